import type { TemplateStyle } from './types'
import { child, childValue, descendants, named, parseXml, type XmlElement } from './xml'

/**
 * The template's own styles and list numbering, which inserted paragraphs use so the text looks
 * like the rest of the kommune's documents. A style is found by its built-in name ("heading 1" —
 * Word writes the English built-in name even in a Norwegian template whose id is "Overskrift1"),
 * else by the id Word and LibreOffice give it in an English template ("Heading1").
 */

export type BuiltInStyle = 'heading 1' | 'heading 2' | 'list paragraph' | 'list bullet' | 'list number' | 'quote' | 'table grid'

export interface StyleSheet {
  styles: TemplateStyle[]
  /** The style id of each built-in style the template has. */
  builtIn: Partial<Record<BuiltInStyle, string>>
  /** A `w:numId` whose level 0 is a bullet, and an abstract numbering whose level 0 counts 1, 2, 3. */
  bulletNumId: string | undefined
  decimalAbstractId: string | undefined
  /** The highest `w:numId` in use, so a new list instance gets a fresh one. */
  maxNumId: number
  /** The text column in twips, from the body's last section settings. */
  textWidth: number
  /** Whether the template's Normal leaves space after a paragraph; if not, inserted paragraphs bring their own. */
  normalSpacesParagraphs: boolean
}

const BUILT_IN: BuiltInStyle[] = ['heading 1', 'heading 2', 'list paragraph', 'list bullet', 'list number', 'quote', 'table grid']

function readStyles(stylesXml: string | undefined): TemplateStyle[] {
  if (!stylesXml) return []
  return descendants(parseXml(stylesXml), named('w:style')).map((s) => ({
    id: s.attrs['w:styleId'] ?? '',
    name: childValue(s, 'w:name') ?? '',
    type: s.attrs['w:type'] ?? 'paragraph'
  }))
}

function findBuiltIn(styles: TemplateStyle[], name: BuiltInStyle): string | undefined {
  const type = name === 'table grid' ? 'table' : 'paragraph'
  const ofType = styles.filter((s) => s.type === type)
  const squeezed = name.replace(/ /g, '')
  return (
    ofType.find((s) => s.name.toLowerCase() === name)?.id ??
    ofType.find((s) => s.id.toLowerCase() === squeezed)?.id
  )
}

function numIdOfStyle(stylesXml: string | undefined, styleId: string | undefined): string | undefined {
  if (!stylesXml || !styleId) return undefined
  const style = descendants(parseXml(stylesXml), (e) => e.name === 'w:style' && e.attrs['w:styleId'] === styleId)[0]
  const numPr = style && child(style, 'w:pPr') && child(child(style, 'w:pPr') as XmlElement, 'w:numPr')
  return numPr ? childValue(numPr, 'w:numId') : undefined
}

interface Numbering {
  /** numId → abstractNumId */
  nums: Map<string, string>
  /** abstractNumId → level 0's number format */
  formats: Map<string, string>
}

function readNumbering(numberingXml: string | undefined): Numbering {
  const nums = new Map<string, string>()
  const formats = new Map<string, string>()
  if (!numberingXml) return { nums, formats }
  const root = parseXml(numberingXml)
  for (const abstract of descendants(root, named('w:abstractNum'))) {
    const level0 = abstract.children.find((l) => l.name === 'w:lvl' && l.attrs['w:ilvl'] === '0')
    const format = level0 && childValue(level0, 'w:numFmt')
    if (format) formats.set(abstract.attrs['w:abstractNumId'] ?? '', format)
  }
  for (const num of descendants(root, named('w:num'))) {
    const abstractId = childValue(num, 'w:abstractNumId')
    if (abstractId !== undefined) nums.set(num.attrs['w:numId'] ?? '', abstractId)
  }
  return { nums, formats }
}

/** The space after a paragraph in Normal, or else in the document defaults; none stated is none. */
function normalSpaceAfter(stylesXml: string | undefined): number {
  if (!stylesXml) return 0
  const root = parseXml(stylesXml)
  const after = (pPr: XmlElement | undefined): number | undefined => {
    const spacing = pPr && child(pPr, 'w:spacing')
    const value = spacing?.attrs['w:after']
    return value === undefined ? undefined : Number(value)
  }
  const normal = descendants(root, (e) => e.name === 'w:style' && e.attrs['w:type'] === 'paragraph' && (e.attrs['w:default'] === '1' || e.attrs['w:default'] === 'true'))[0]
  const defaults = descendants(root, named('w:pPrDefault'))[0]
  const found = after(normal && child(normal, 'w:pPr')) ?? after(defaults && child(defaults, 'w:pPr'))
  return found !== undefined && Number.isFinite(found) ? found : 0
}

const A4_TEXT_WIDTH = 9072

function textWidth(main: XmlElement): number {
  const sections = descendants(main, named('w:sectPr'))
  const last = sections[sections.length - 1]
  const width = Number(last && child(last, 'w:pgSz')?.attrs['w:w'])
  const margins = last && child(last, 'w:pgMar')
  const left = Number(margins?.attrs['w:left'])
  const right = Number(margins?.attrs['w:right'])
  const column = width - left - right
  return Number.isFinite(column) && column > 1000 ? Math.round(column) : A4_TEXT_WIDTH
}

export function readStyleSheet(stylesXml: string | undefined, numberingXml: string | undefined, main: XmlElement): StyleSheet {
  const styles = readStyles(stylesXml)
  const builtIn: StyleSheet['builtIn'] = {}
  for (const name of BUILT_IN) {
    const id = findBuiltIn(styles, name)
    if (id) builtIn[name] = id
  }
  const { nums, formats } = readNumbering(numberingXml)
  const formatOf = (numId: string | undefined): string | undefined => formats.get(nums.get(numId ?? '') ?? '')
  const styleBullet = numIdOfStyle(stylesXml, builtIn['list bullet'])
  const styleNumber = numIdOfStyle(stylesXml, builtIn['list number'])
  const bulletNumId =
    formatOf(styleBullet) === 'bullet' ? styleBullet : [...nums.keys()].find((id) => formatOf(id) === 'bullet')
  const decimalNumId =
    formatOf(styleNumber) === 'decimal' ? styleNumber : [...nums.keys()].find((id) => formatOf(id) === 'decimal')
  return {
    styles,
    builtIn,
    bulletNumId,
    decimalAbstractId: decimalNumId === undefined ? undefined : nums.get(decimalNumId),
    maxNumId: Math.max(0, ...[...nums.keys()].map(Number).filter(Number.isFinite)),
    textWidth: textWidth(main),
    normalSpacesParagraphs: normalSpaceAfter(stylesXml) > 0
  }
}
