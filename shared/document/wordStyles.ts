import { AlignmentType, BorderStyle, type IParagraphStyleOptions, type IStylesOptions } from 'docx'
import type { DocumentLanguage } from './blocks'

/**
 * The styles of every council document. A user who goes on writing in Word picks from these, so
 * our own styles have Norwegian names, and the heading levels we do not use are black like the two
 * we do, not Word's default blue.
 */

/**
 * Arial is on every Windows machine; LibreOffice substitutes the metric-compatible Liberation Sans,
 * so lines break in the same places in both.
 */
export const FONT = 'Arial'

/** Style ids: what the document's paragraphs refer to, never shown to the user. */
export const STYLE = {
  organisation: 'Organisation',
  documentKind: 'DocumentKind',
  label: 'Label',
  field: 'Field',
  quote: 'Quote',
  tableText: 'TableText',
  footer: 'Footer'
} as const

const BLACK = '000000'

/** The space below a body paragraph (Normal), in twips: 8 pt. */
export const BODY_AFTER = 160

/**
 * Our own styles have Norwegian names, the same word in nynorsk and bokmål, so one set serves both
 * målformer. Quote and footer are Word's built-in styles: they keep Word's own names ("Quote",
 * "footer"), which Word shows in the user's language ("Sitat", "Bunntekst"); a Norwegian name would
 * make each a second style beside Word's own.
 */
function paragraphStyles(): IParagraphStyleOptions[] {
  const base = { basedOn: 'Normal', next: 'Normal', quickFormat: true }
  return [
    {
      id: STYLE.organisation,
      name: 'Organisasjon',
      ...base,
      run: { bold: true, size: 28 },
      paragraph: { spacing: { after: 40 } }
    },
    {
      id: STYLE.documentKind,
      name: 'Dokumenttype',
      ...base,
      run: { bold: true, size: 32, characterSpacing: 20 },
      paragraph: {
        spacing: { after: 200 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 4 } }
      }
    },
    {
      id: STYLE.label,
      name: 'Etikett',
      ...base,
      run: { bold: true },
      paragraph: { keepNext: true, spacing: { before: 200, after: 60 } }
    },
    {
      id: STYLE.field,
      name: 'Felt',
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
      name: 'Tabelltekst',
      ...base,
      paragraph: { spacing: { before: 40, after: 40 } }
    },
    {
      id: STYLE.footer,
      name: 'footer',
      ...base,
      run: { size: 18 },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } }
    },
    ...unusedHeadings()
  ]
}

/**
 * Heading 3 to 9 and Title, which the document does not use but a user may pick in Word: bold black
 * Arial with their outline level, so a heading added by hand looks like ours and shows in the
 * navigation pane. Without these, docx's defaults (and Word's, for 7 to 9) draw them blue.
 */
function unusedHeadings(): IParagraphStyleOptions[] {
  const heading = (level: number): IParagraphStyleOptions => ({
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: FONT, bold: true, size: 22, color: BLACK },
    paragraph: { keepNext: true, keepLines: true, spacing: { before: 240, after: 120 }, outlineLevel: level - 1 }
  })
  return [
    ...[3, 4, 5, 6, 7, 8, 9].map(heading),
    {
      id: 'Title',
      name: 'Title',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: FONT, bold: true, size: 36, color: BLACK },
      paragraph: { spacing: { after: 240 } }
    }
  ]
}

export function wordStyles(language: DocumentLanguage): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, language: { value: language } },
        paragraph: { spacing: { after: BODY_AFTER, line: 264 } }
      },
      heading1: {
        run: { font: FONT, size: 30, bold: true, color: BLACK },
        paragraph: { keepNext: true, keepLines: true, spacing: { before: 360, after: 200 }, outlineLevel: 0 }
      },
      heading2: {
        run: { font: FONT, size: 24, bold: true, color: BLACK },
        paragraph: { keepNext: true, keepLines: true, spacing: { before: 320, after: 120 }, outlineLevel: 1 }
      }
    },
    paragraphStyles: paragraphStyles()
  }
}
