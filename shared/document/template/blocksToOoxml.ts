import { itemRuns, type DisplayBlock, type Run } from '../blocks'
import { runsOf, withPlaceholders } from '../placeholder'
import { keepSpansTogether } from '../text'
import type { StyleSheet } from './templateStyles'
import { escapeXml } from './xml'

/**
 * Display blocks as WordprocessingML paragraphs and tables that use the template's own styles: a
 * body paragraph has no style (it is the template's Normal), a heading its "heading 1/2", a list
 * its list style and numbering. Where the template lacks a style, the paragraph carries the least
 * direct formatting that shows the block's role (bold for a heading, a bullet character for a list).
 *
 * The order of the elements inside `w:pPr`, `w:rPr` and `w:tblPr` follows the schema: Word refuses
 * a file where it does not.
 */

/** New list instances (`w:num`) for numbered lists, so each starts again at 1; added to numbering.xml. */
export class ListInstances {
  readonly added: string[] = []
  private next: number

  constructor(private readonly sheet: StyleSheet) {
    this.next = sheet.maxNumId + 1
  }

  ordered(): string | undefined {
    const abstractId = this.sheet.decimalAbstractId
    if (abstractId === undefined) return undefined
    const numId = String(this.next++)
    this.added.push(
      `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>` +
        `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`
    )
    return numId
  }
}

interface ParagraphOptions {
  style?: string | undefined
  keepNext?: boolean
  keepLines?: boolean
  numId?: string | undefined
  spacing?: string
  indent?: string
  /** w:jc, which comes after the spacing and the indent in a paragraph's properties. */
  align?: 'right'
}

function paragraphProperties(o: ParagraphOptions): string {
  const inner =
    (o.style ? `<w:pStyle w:val="${escapeXml(o.style)}"/>` : '') +
    (o.keepNext ? '<w:keepNext/>' : '') +
    (o.keepLines ? '<w:keepLines/>' : '') +
    (o.numId ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${o.numId}"/></w:numPr>` : '') +
    (o.spacing ?? '') +
    (o.indent ?? '') +
    (o.align === 'right' ? '<w:jc w:val="right"/>' : '')
  return inner ? `<w:pPr>${inner}</w:pPr>` : ''
}

const HIGHLIGHT = '<w:highlight w:val="yellow"/>'
/** The run properties that follow `w:highlight` in the schema's order; it goes before the first of them. */
const AFTER_HIGHLIGHT = /<w:(u|effect|bdr|shd|fitText|vertAlign|rtl|cs|em|lang|eastAsianLayout|specVanish|oMath|rPrChange)[\s/>]/

/** The template's run properties (`<w:rPr>…</w:rPr>` or '') with a yellow highlight, in the schema's place. */
export function highlighted(rPr: string): string {
  const own = rPr.replace(/<w:highlight [^>]*\/>/, '')
  if (!own) return `<w:rPr>${HIGHLIGHT}</w:rPr>`
  const at = own.search(AFTER_HIGHLIGHT)
  const end = own.lastIndexOf('</w:rPr>')
  if (end < 0) return `<w:rPr>${HIGHLIGHT}</w:rPr>`
  const where = at >= 0 ? at : end
  return own.slice(0, where) + HIGHLIGHT + own.slice(where)
}

type RunFormat = { bold?: boolean | undefined; italic?: boolean | undefined; placeholder?: boolean | undefined; breakBefore?: boolean | undefined }

/** One run; a gap for what nobody gave ("[arkivkode]") highlighted yellow, as the Word writer does; a line of an address or a signature after a line break. */
export function textRun(text: string, format: RunFormat = {}, rPr = ''): string {
  const own = (format.bold ? '<w:b/>' : '') + (format.italic ? '<w:i/>' : '')
  const properties = own ? `<w:rPr>${own}${format.placeholder ? HIGHLIGHT : ''}</w:rPr>` : format.placeholder ? highlighted(rPr) : rPr
  return `<w:r>${properties}${format.breakBefore ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(keepSpansTogether(text))}</w:t></w:r>`
}

/** A line of text as runs with the template's run properties, each gap in it highlighted. */
export function textRuns(text: string, rPr = ''): string {
  return runsOf(text)
    .map((r) => textRun(r.text, { placeholder: r.placeholder }, rPr))
    .join('')
}

function paragraph(runs: readonly Run[], o: ParagraphOptions = {}): string {
  return `<w:p>${paragraphProperties(o)}${withPlaceholders(runs).map((r) => textRun(r.text, r)).join('')}</w:p>`
}

export function plainParagraph(text: string): string {
  return paragraph(runsOf(text))
}

const CELL_SPACING = '<w:spacing w:before="40" w:after="40"/>'
/** Space after a paragraph of text, where the template's Normal has none, so paragraphs do not run together. */
const BODY_SPACING = '<w:spacing w:after="200"/>'
/** Room above and below a heading where the template's Normal has none, so a heading does not sit against the text round it. */
const HEADING_SPACING = '<w:spacing w:before="240" w:after="120"/>'
const QUOTE_INDENT = '<w:ind w:left="567" w:right="567"/>'
const LIST_INDENT = '<w:ind w:left="567" w:hanging="340"/>'

function table(block: Extract<DisplayBlock, { type: 'table' }>, sheet: StyleSheet): string {
  const total = block.columns.reduce((sum, c) => sum + c.weight, 0)
  const widths = block.columns.map((c) => Math.floor((sheet.textWidth * c.weight) / total))
  widths[0] = (widths[0] ?? 0) + sheet.textWidth - widths.reduce((a, b) => a + b, 0)
  const style = sheet.builtIn['table grid']
  const line = '<w:TAG w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
  const borders = style
    ? ''
    : `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => line.replace('TAG', side)).join('')}</w:tblBorders>`
  const cell = (text: string, index: number, header: boolean): string => {
    const options: ParagraphOptions = { spacing: CELL_SPACING, ...(block.columns[index]?.align === 'right' ? { align: 'right' } : {}) }
    return (
      `<w:tc><w:tcPr><w:tcW w:w="${widths[index] ?? 0}" w:type="dxa"/></w:tcPr>` +
      `${text ? paragraph(runsOf(text, { bold: header }), options) : `<w:p>${paragraphProperties(options)}</w:p>`}</w:tc>`
    )
  }
  const row = (cells: string[], header: boolean): string =>
    `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells.map((text, i) => cell(text, i, header)).join('')}</w:tr>`
  return (
    `<w:tbl><w:tblPr>${style ? `<w:tblStyle w:val="${escapeXml(style)}"/>` : ''}` +
    `<w:tblW w:w="${sheet.textWidth}" w:type="dxa"/>${borders}<w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    row(
      block.columns.map((c) => c.label),
      true
    ) +
    block.rows.map((r) => row(r, false)).join('') +
    '</w:tbl>'
  )
}

function list(block: Extract<DisplayBlock, { type: 'list' }>, sheet: StyleSheet, lists: ListInstances): string {
  const numId = block.ordered ? lists.ordered() : sheet.bulletNumId
  const style = (block.ordered ? sheet.builtIn['list number'] : sheet.builtIn['list bullet']) ?? sheet.builtIn['list paragraph']
  return block.items
    .map((item, i) => {
      if (numId) return paragraph(itemRuns(item), { style, numId })
      // No numbering in the template to borrow: the number or bullet is written as text.
      const mark = block.ordered ? `${i + 1}.\u00a0` : '\u2022\u00a0'
      return paragraph(itemRuns(mark + item), { style, indent: style ? undefined : LIST_INDENT })
    })
    .join('')
}

/** The blocks as OOXML for the body of the template's main part. */
export function blocksToOoxml(blocks: readonly DisplayBlock[], sheet: StyleSheet, lists: ListInstances): string {
  return blocks
    .map((block, index) => {
      const next = blocks[index + 1]
      const keepNext = next?.type === 'list'
      switch (block.type) {
        case 'heading': {
          const style = sheet.builtIn[block.level === 1 ? 'heading 1' : 'heading 2']
          const spacing = sheet.normalSpacesParagraphs ? {} : { spacing: HEADING_SPACING }
          return style
            ? paragraph(runsOf(block.text), { style, ...spacing })
            : paragraph(runsOf(block.text, { bold: true }), { keepNext: true, ...spacing })
        }
        case 'paragraph':
          return paragraph(block.runs, {
            keepNext: keepNext || block.role === 'label' || (block.keep === true && next?.type === 'paragraph' && next.keep === true),
            keepLines: block.keep === true,
            ...(sheet.normalSpacesParagraphs ? {} : { spacing: BODY_SPACING })
          })
        case 'quote': {
          const style = sheet.builtIn.quote
          const spacing = sheet.normalSpacesParagraphs ? {} : { spacing: BODY_SPACING }
          return style ? paragraph(runsOf(block.text), { style, ...spacing }) : paragraph(runsOf(block.text, { italic: true }), { indent: QUOTE_INDENT, ...spacing })
        }
        case 'fields':
          return block.rows
            .map((row) => `<w:p>${textRun(`${row.label}:`, { bold: true })}<w:r><w:tab/></w:r>${textRuns(row.value)}</w:p>`)
            .join('')
        case 'table':
          return table(block, sheet)
        case 'list':
          return list(block, sheet, lists)
      }
    })
    .join('')
}
