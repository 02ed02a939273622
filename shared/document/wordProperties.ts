import { StringContainer, type Document, type IPropertiesOptions } from 'docx'
import type { DocumentMeta } from './blocks'

/**
 * The document properties of a Word file: core (docProps/core.xml: title, subject, creator,
 * language, created), extended (docProps/app.xml: the version of what wrote it) and custom
 * (docProps/custom.xml: the archive metadata), so Explorer, Word's Info pane, a case system's import
 * and a records manager can read what the file is without opening it.
 */

/** What wrote the file. `appVersion` is the app's package.json version, passed in by the app and the CLI. */
export interface WordProducer {
  appVersion: string
}

/**
 * app.xml's AppVersion must be of the form XX.YYYY (ISO/IEC 29500-1, 22.2.2.2); Word refuses to
 * open a file whose AppVersion has two dots ("0.1.0"). A semantic version major.minor.patch is
 * written as major.MMPP ("0.1.0" → "0.0100", "1.12.3" → "1.1203"); a version that does not fit is
 * left out rather than written in a form Word refuses.
 */
export function wordAppVersion(version: string): string | undefined {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{1,2})(?:[-+].*)?$/.exec(version.trim())
  if (!match) return undefined
  const [, major, minor, patch] = match as unknown as [string, string, string, string]
  return `${Number(major)}.${minor.padStart(2, '0')}${patch.padStart(2, '0')}`
}

/** The options of `new Document` that docx writes itself: core properties and custom properties. */
export function propertyOptions(meta: DocumentMeta): Pick<IPropertiesOptions, 'title' | 'subject' | 'creator' | 'lastModifiedBy' | 'customProperties'> {
  return {
    title: meta.title,
    ...(meta.subject ? { subject: meta.subject } : {}),
    creator: meta.author,
    lastModifiedBy: meta.author,
    customProperties: (meta.properties ?? []).filter((p) => p.name.trim() !== '' && p.value.trim() !== '')
  }
}

/**
 * What docx has no option for: the document's language in core.xml (Word's and a records system's
 * language of the document as a whole, besides the spelling language in the styles) and the
 * version in app.xml. docx writes created and modified itself, as W3CDTF timestamps.
 *
 * app.xml names no Application: a saksframlegg or a letter goes to the archive and eInnsyn as the
 * kommune's document, and Explorer's "Program name" and Word's file properties should not show the
 * tool that wrote it. The creator in core.xml is the sakshandsamar (or the kommune), never the tool.
 */
export function addPackageProperties(doc: Document, meta: DocumentMeta, producer: WordProducer): void {
  doc.CoreProperties.addChildElement(new StringContainer('dc:language', meta.language))
  const version = wordAppVersion(producer.appVersion)
  if (version) doc.AppProperties.addChildElement(new StringContainer('AppVersion', version))
}
