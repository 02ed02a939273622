import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphStyleOptions
} from 'docx'
import type { DisplayBlock, ParagraphRole, RenderedDocument } from './blocks'

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

/**
 * Arial is on every Windows machine; LibreOffice substitutes the metric-compatible Liberation Sans,
 * so lines break in the same places in both.
 */
export const FONT = 'Arial'

const STYLE = {
  organisation: 'Organisation',
  documentKind: 'DocumentKind',
  label: 'Label',
  field: 'Field',
  quote: 'Quote',
  tableText: 'TableText',
  footer: 'Footer'
} as const

/** A body paragraph has no style of its own: it is Normal, the document default. */
const ROLE_STYLE: Record<ParagraphRole, string | undefined> = {
  body: undefined,
  organisation: STYLE.organisation,
  documentKind: STYLE.documentKind,
  label: STYLE.label
}

const LIST = { ordered: 'document-ordered', bullet: 'document-bullet' } as const

const FIELD_TAB = 2268

function paragraphStyles(): IParagraphStyleOptions[] {
  const base = { basedOn: 'Normal', next: 'Normal', quickFormat: true }
  return [
    {
      id: STYLE.organisation,
      name: 'Organisation',
      ...base,
      run: { bold: true, size: 28 },
      paragraph: { spacing: { after: 40 } }
    },
    {
      id: STYLE.documentKind,
      name: 'Document kind',
      ...base,
      run: { bold: true, size: 32, characterSpacing: 20 },
      paragraph: {
        spacing: { after: 200 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } }
      }
    },
    {
      id: STYLE.label,
      name: 'Label',
      ...base,
      run: { bold: true },
      paragraph: { keepNext: true, spacing: { before: 200, after: 60 } }
    },
    {
      id: STYLE.field,
      name: 'Header field',
      ...base,
      paragraph: { spacing: { after: 0 } }
    },
    {
      id: STYLE.quote,
      name: 'Quote',
      ...base,
      run: { italics: true },
      paragraph: { indent: { left: 567, right: 567 } }
    },
    {
      id: STYLE.tableText,
      name: 'Table text',
      ...base,
      paragraph: { spacing: { before: 40, after: 40 } }
    },
    {
      id: STYLE.footer,
      name: 'Footer',
      ...base,
      run: { size: 18 },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } }
    }
  ]
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '808080' }

function table(block: Extract<DisplayBlock, { type: 'table' }>): Table {
  const total = block.columns.reduce((sum, c) => sum + c.weight, 0)
  const widths = block.columns.map((c) => Math.floor((TEXT_WIDTH * c.weight) / total))
  widths[0] = (widths[0] ?? 0) + TEXT_WIDTH - widths.reduce((a, b) => a + b, 0)
  const cell = (text: string, index: number, header: boolean): TableCell =>
    new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
      children: [new Paragraph({ style: STYLE.tableText, children: text ? [new TextRun({ text, bold: header })] : [] })]
    })
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    margins: { left: 100, right: 100 },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((c, i) => cell(c.label, i, true))
      }),
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) }))
    ]
  })
}

function toWord(blocks: DisplayBlock[]): (Paragraph | Table)[] {
  let listInstance = 0
  return blocks.flatMap((block, index): (Paragraph | Table)[] => {
    // A lead-in ("… gjeld mellom anna dette:") stays on the page of the list it introduces.
    const keepNext = blocks[index + 1]?.type === 'list' ? true : undefined
    switch (block.type) {
      case 'heading':
        return [
          new Paragraph({
            heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
            children: [new TextRun(block.text)]
          })
        ]
      case 'paragraph': {
        return [
          new Paragraph({
            style: ROLE_STYLE[block.role],
            keepNext,
            children: block.runs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic }))
          })
        ]
      }
      case 'quote':
        return [new Paragraph({ style: STYLE.quote, children: [new TextRun(block.text)] })]
      case 'fields':
        return block.rows.map(
          (row, i) =>
            new Paragraph({
              style: STYLE.field,
              tabStops: [{ type: TabStopType.LEFT, position: FIELD_TAB }],
              spacing: i === block.rows.length - 1 ? { after: 240 } : undefined,
              children: [new TextRun({ text: `${row.label}:`, bold: true }), new TextRun({ children: [new Tab(), row.value] })]
            })
        )
      case 'table':
        return [table(block)]
      case 'list': {
        // A new instance for every list, so each numbered list starts again at 1.
        listInstance += 1
        const instance = listInstance
        return block.items.map(
          (item) =>
            new Paragraph({
              numbering: { reference: block.ordered ? LIST.ordered : LIST.bullet, level: 0, instance },
              spacing: { after: 60 },
              children: [new TextRun(item)]
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

/** A Word document from display blocks already rendered (e.g. the ones a preview shows). */
export function buildWordDocument(rendered: RenderedDocument): Document {
  const { meta } = rendered
  return new Document({
    title: meta.title,
    creator: meta.author,
    lastModifiedBy: meta.author,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: meta.language } },
          paragraph: { spacing: { after: 160, line: 264 } }
        },
        heading1: {
          run: { font: FONT, size: 30, bold: true, color: '000000' },
          paragraph: { keepNext: true, keepLines: true, spacing: { before: 360, after: 200 }, outlineLevel: 0 }
        },
        heading2: {
          run: { font: FONT, size: 24, bold: true, color: '000000' },
          paragraph: { keepNext: true, keepLines: true, spacing: { before: 320, after: 120 }, outlineLevel: 1 }
        }
      },
      paragraphStyles: paragraphStyles()
    },
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
                  new TextRun({
                    children: [`${meta.footer.page} `, PageNumber.CURRENT, ` ${meta.footer.of} `, PageNumber.TOTAL_PAGES]
                  })
                ]
              })
            ]
          })
        },
        children: toWord(rendered.blocks)
      }
    ]
  })
}
