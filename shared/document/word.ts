import {
  AlignmentType,
  BorderStyle,
  BuilderElement,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  StringContainer,
  WidthType
} from 'docx'
import { estimatePageNumbers } from 'docx/layout'
import { itemRuns, type DisplayBlock, type ParagraphRole, type RenderedDocument, type Run } from './blocks'
import { runsOf, withPlaceholders } from './placeholder'
import { keepSpansTogether } from './text'
import { addPackageProperties, propertyOptions, type WordProducer } from './wordProperties'
import { BODY_AFTER, STYLE, wordStyles } from './wordStyles'

export type { WordProducer } from './wordProperties'

/**
 * The one Word writer for every council document, for the app (browser: `Packer.toBlob`) and the
 * CLI (Node: `Packer.toBuffer`). It draws the display blocks a document type rendered and adds only
 * Word's own matters: styles, page, footer, list numbering, document properties.
 *
 * Measures are in twips (1/20 pt; 567 twips = 1 cm).
 */

export const PAGE = { width: 11906, height: 16838, margin: 1417 } as const
/** The text column on A4 with 2.5 cm margins. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin

export { FONT } from './wordStyles'

/** A body paragraph has no style of its own: it is Normal, the document default. */
const ROLE_STYLE: Record<ParagraphRole, string | undefined> = {
  body: undefined,
  organisation: STYLE.organisation,
  documentKind: STYLE.documentKind,
  label: STYLE.label
}

const LIST = { ordered: 'document-ordered', bullet: 'document-bullet' } as const

const FIELD_TAB = 2268

/** Space below a list item, and below a body paragraph (the document default, wordStyles.ts). */
const LIST_ITEM_AFTER = 60

const thin = { style: BorderStyle.SINGLE, size: 4, color: '808080' }

/** Runs as Word's, a gap for what nobody gave highlighted yellow as Word's highlighter marks it. */
function wordRuns(runs: readonly Run[]): TextRun[] {
  return withPlaceholders(runs).map((r) => new TextRun({ text: keepSpansTogether(r.text), bold: r.bold, italics: r.italic, highlight: r.placeholder ? 'yellow' : undefined, break: r.breakBefore ? 1 : undefined }))
}

function wordText(text: string, format: { bold?: boolean } = {}): TextRun[] {
  return wordRuns(runsOf(text, format))
}

function table(block: Extract<DisplayBlock, { type: 'table' }>): Table {
  const total = block.columns.reduce((sum, c) => sum + c.weight, 0)
  const widths = block.columns.map((c) => Math.floor((TEXT_WIDTH * c.weight) / total))
  widths[0] = (widths[0] ?? 0) + TEXT_WIDTH - widths.reduce((a, b) => a + b, 0)
  const cell = (text: string, index: number, header: boolean, bold = header): TableCell =>
    new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
      children: [
        new Paragraph({
          style: STYLE.tableText,
          ...(block.columns[index]?.align === 'right' ? { alignment: AlignmentType.RIGHT } : {}),
          children: text ? wordText(text, { bold }) : []
        })
      ]
    })
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    margins: { left: 70, right: 70 },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((c, i) => cell(c.label, i, true))
      }),
      ...block.rows.map(
        (row, r) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false, block.totalRow === true && r === block.rows.length - 1)) })
      )
    ]
  })
}

function toWord(blocks: DisplayBlock[]): (Paragraph | Table)[] {
  let listInstance = 0
  return blocks.flatMap((block, index): (Paragraph | Table)[] => {
    // A lead-in ("… gjeld mellom anna dette:") stays on the page of the list it introduces.
    const next = blocks[index + 1]
    const keepNext = next?.type === 'list' || (block.type === 'paragraph' && block.keep && next?.type === 'paragraph' && next.keep) ? true : undefined
    switch (block.type) {
      case 'heading':
        return [
          new Paragraph({
            heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
            children: wordText(block.text)
          })
        ]
      case 'paragraph': {
        return [
          new Paragraph({
            style: ROLE_STYLE[block.role],
            keepNext,
            keepLines: block.keep ? true : undefined,
            children: wordRuns(block.runs)
          })
        ]
      }
      case 'quote':
        return [new Paragraph({ style: STYLE.quote, children: wordText(block.text) })]
      case 'fields':
        return block.rows.map(
          (row, i) =>
            new Paragraph({
              style: STYLE.field,
              tabStops: [{ type: TabStopType.LEFT, position: FIELD_TAB }],
              spacing: i === block.rows.length - 1 ? { after: 240 } : undefined,
              children: [new TextRun({ text: `${row.label}:`, bold: true }), new TextRun({ children: [new Tab()] }), ...wordText(row.value)]
            })
        )
      case 'table':
        return [table(block)]
      case 'list': {
        // A new instance for every list, so each numbered list starts again at 1.
        listInstance += 1
        const instance = listInstance
        // Items stand close together; the last keeps a body paragraph's space below it, so the
        // paragraph after the list does not sit tight against it.
        return block.items.map(
          (item, i) =>
            new Paragraph({
              numbering: { reference: block.ordered ? LIST.ordered : LIST.bullet, level: 0, instance },
              spacing: { after: i === block.items.length - 1 ? BODY_AFTER : LIST_ITEM_AFTER },
              children: wordRuns(itemRuns(item))
            })
        )
      }
    }
  })
}

function listLevel(format: 'ordered' | 'bullet') {
  return {
    level: 0,
    format: format === 'ordered' ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: format === 'ordered' ? '%1.' : '\u2022',
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 567, hanging: 340 } } }
  }
}

/**
 * A complex field (PAGE, NUMPAGES) with a result already in it. Word and LibreOffice work the
 * result out as they lay the pages out; a converter that does not shows the result as written, so
 * an empty one would print "Side  av ". Each part is a run of its own, as Word writes it. The
 * footer is one part for every page, so PAGE can only say "1"; NUMPAGES gets docx's estimate of the
 * page count (`pageNumbers` below), and keeps "1" where the estimate stops.
 */
function fieldRuns(instruction: string, result: string): TextRun[] {
  const char = (type: 'begin' | 'separate' | 'end') =>
    new BuilderElement<{ type: string }>({ name: 'w:fldChar', attributes: { type: { key: 'w:fldCharType', value: type } } })
  return [
    new TextRun({ children: [char('begin')] }),
    new TextRun({ children: [new StringContainer('w:instrText', instruction)] }),
    new TextRun({ children: [char('separate')] }),
    new TextRun(result),
    new TextRun({ children: [char('end')] })
  ]
}

/** A Word document from display blocks already rendered (e.g. the ones a preview shows). */
export function buildWordDocument(rendered: RenderedDocument, producer: WordProducer): Document {
  const { meta } = rendered
  const doc = new Document({
    ...propertyOptions(meta),
    // Lays the pages out as Word would (docx/layout) to write the page count into NUMPAGES.
    pageNumbers: estimatePageNumbers,
    styles: wordStyles(meta.language),
    numbering: {
      config: [
        { reference: LIST.ordered, levels: [listLevel('ordered')] },
        { reference: LIST.bullet, levels: [listLevel('bullet')] }
      ]
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 708, footer: 708 }
          }
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: STYLE.footer,
                children: [
                  new TextRun(`${meta.footer.page} `),
                  ...fieldRuns('PAGE', '1'),
                  new TextRun(` ${meta.footer.of} `),
                  ...fieldRuns('NUMPAGES', '1')
                ]
              })
            ]
          })
        },
        children: toWord(rendered.blocks)
      }
    ]
  })
  addPackageProperties(doc, meta, producer)
  return doc
}
