import JSZip from 'jszip'
import type { Refusal } from './types'
import { descendants, parseXml, XmlError, type XmlElement } from './xml'

/**
 * Opening a template file: telling a Word package from a .doc, an encrypted file or anything else,
 * and finding its main part. Both a .docx and a .dotx are read; the filled copy is always a .docx.
 */

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

const MAIN_DOCUMENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
const MAIN_TEMPLATE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml'
/** The main part of a .docm and of a .dotm: a document or template with macros. */
const HEADER = 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml'
const FOOTER = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml'
const MAIN_MACRO = ['application/vnd.ms-word.document.macroEnabled.main+xml', 'application/vnd.ms-word.template.macroEnabledTemplate.main+xml']

/** A header or footer part (`word/header1.xml`): its `{{name}}`, bookmarks and controls take one line each. */
export interface SidePart {
  path: string
  xml: string
  root: XmlElement
  where: 'header' | 'footer'
}

export interface WordPackage {
  zip: JSZip
  /** E.g. `word/document.xml`, without a leading slash. */
  mainPath: string
  mainXml: string
  main: XmlElement
  contentTypes: string
  /** The main part is a template's (.dotx/.dotm): its content type must change for the copy. */
  isTemplate: boolean
  /** `word/styles.xml`, `word/numbering.xml`, when the package has them. */
  stylesXml: string | undefined
  numberingPath: string | undefined
  numberingXml: string | undefined
  /** The headers and footers, in the order the content types name them. */
  sideParts: SidePart[]
}

export type OpenResult = { ok: true; pkg: WordPackage } | { ok: false; refusal: Refusal }

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b)
}

/** An encrypted OOXML file is an OLE container holding a stream named "EncryptionInfo" (UTF-16LE in its directory). */
function hasEncryptionInfo(bytes: Uint8Array): boolean {
  const name = Array.from('EncryptionInfo').flatMap((c) => [c.charCodeAt(0), 0])
  outer: for (let i = 0; i + name.length <= bytes.length; i++) {
    for (let j = 0; j < name.length; j++) if (bytes[i + j] !== name[j]) continue outer
    return true
  }
  return false
}

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async('string')
}

/**
 * The main part, as the content types name it. Macro-enabled files (.docm/.dotm) are named as such
 * and not read: the copy is a .docx, which may not hold macros, and a kommune's template should not
 * bring code into every case.
 */
function mainPartOf(contentTypes: string): { path: string; isTemplate: boolean } | 'macroEnabled' | undefined {
  const root = parseXml(contentTypes)
  for (const override of descendants(root, (e) => e.name === 'Override')) {
    const type = override.attrs.ContentType
    const part = override.attrs.PartName
    if (!part || !type) continue
    if (MAIN_MACRO.includes(type)) return 'macroEnabled'
    if (type === MAIN_DOCUMENT) return { path: part.replace(/^\//, ''), isTemplate: false }
    if (type === MAIN_TEMPLATE) return { path: part.replace(/^\//, ''), isTemplate: true }
  }
  return undefined
}

/**
 * Editing restrictions (Review → Restrict editing) are enforced when `w:enforcement` is on. We refuse
 * such a template rather than write past a lock the kommune set: the filled copy would open
 * read-only or as a form, and the case worker could not finish the text.
 */
function isProtected(settings: string | undefined): boolean {
  if (!settings) return false
  const protection = /<w:documentProtection\b[^>]*>/.exec(settings)?.[0]
  if (!protection) return false
  const enforcement = /w:enforcement="([^"]*)"/.exec(protection)?.[1]
  return enforcement === '1' || enforcement === 'true' || enforcement === 'on'
}

/** The header and footer parts as the content types name them. */
function sidePartsOf(contentTypes: string): { path: string; where: SidePart['where'] }[] {
  return descendants(parseXml(contentTypes), (e) => e.name === 'Override')
    .filter((o) => o.attrs.ContentType === HEADER || o.attrs.ContentType === FOOTER)
    .map((o) => ({ path: (o.attrs.PartName ?? '').replace(/^\//, ''), where: o.attrs.ContentType === HEADER ? ('header' as const) : ('footer' as const) }))
}

async function readSideParts(zip: JSZip, contentTypes: string): Promise<SidePart[] | Refusal> {
  const parts: SidePart[] = []
  for (const { path, where } of sidePartsOf(contentTypes)) {
    const xml = await text(zip, path)
    if (xml === undefined) continue
    try {
      parts.push({ path, xml, root: parseXml(xml), where })
    } catch (error) {
      if (error instanceof XmlError) return { reason: 'unreadable', detail: `${path}: ${error.message}` }
      throw error
    }
  }
  return parts
}

export async function openWordPackage(bytes: Uint8Array): Promise<OpenResult> {
  if (startsWith(bytes, OLE_MAGIC)) {
    return { ok: false, refusal: { reason: hasEncryptionInfo(bytes) ? 'encrypted' : 'legacyWord' } }
  }
  if (!startsWith(bytes, ZIP_MAGIC)) return { ok: false, refusal: { reason: 'notWord' } }
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch {
    return { ok: false, refusal: { reason: 'notWord' } }
  }
  const contentTypes = await text(zip, '[Content_Types].xml')
  if (!contentTypes) return { ok: false, refusal: { reason: 'noMainPart' } }
  let mainPart: ReturnType<typeof mainPartOf>
  try {
    mainPart = mainPartOf(contentTypes)
  } catch {
    return { ok: false, refusal: { reason: 'noMainPart' } }
  }
  if (mainPart === 'macroEnabled') return { ok: false, refusal: { reason: 'macroEnabled' } }
  const mainXml = mainPart && (await text(zip, mainPart.path))
  if (!mainPart || mainXml === undefined) return { ok: false, refusal: { reason: 'noMainPart' } }
  const dir = mainPart.path.slice(0, mainPart.path.lastIndexOf('/') + 1)
  if (isProtected(await text(zip, `${dir}settings.xml`))) return { ok: false, refusal: { reason: 'protected' } }
  let main: XmlElement
  try {
    main = parseXml(mainXml)
  } catch (error) {
    if (error instanceof XmlError) return { ok: false, refusal: { reason: 'unreadable', detail: error.message } }
    throw error
  }
  const sideParts = await readSideParts(zip, contentTypes)
  if (!Array.isArray(sideParts)) return { ok: false, refusal: sideParts }
  const numberingPath = `${dir}numbering.xml`
  const numberingXml = await text(zip, numberingPath)
  return {
    ok: true,
    pkg: {
      zip,
      mainPath: mainPart.path,
      mainXml,
      main,
      contentTypes,
      isTemplate: mainPart.isTemplate,
      stylesXml: await text(zip, `${dir}styles.xml`),
      numberingPath: numberingXml === undefined ? undefined : numberingPath,
      numberingXml,
      sideParts
    }
  }
}

/** The content types with the main part declared as a document's, so a filled .dotx opens as a .docx. */
export function asDocumentContentTypes(contentTypes: string): string {
  return contentTypes.replace(MAIN_TEMPLATE, MAIN_DOCUMENT)
}
