import type { Maalform } from '../maalform'

/**
 * The display blocks every council document is drawn from. A document type renders its model to
 * these once; the React preview and the Word writer both draw them, so the preview cannot drift
 * from the file, and a new type needs neither a preview nor a writer of its own.
 */

export interface Run {
  text: string
  bold?: boolean
  italic?: boolean
  /** A gap for what nobody gave ("[dato for folketalet]"): marked in the preview, highlighted in Word (placeholder.ts). */
  placeholder?: boolean
  /** The run starts on a new line of the same paragraph (a line break, not a new paragraph): address and signature lines. */
  breakBefore?: boolean
}

/** Lines of one paragraph, single-spaced: each line after the first starts after a line break. */
export function lineRuns(lines: string[]): Run[] {
  return lines.map((text, i) => (i === 0 ? { text } : { text, breakBefore: true }))
}

/** A list item's runs: each "\n" a line break within the item. */
export function itemRuns(item: string): Run[] {
  return lineRuns(item.split('\n'))
}

/**
 * Which part of the model a block shows, so a preview can open the right editor on click. Each
 * document type names its own parts (`P`); `id` tells apart repeated parts, such as sections.
 */
export interface BlockOrigin<P extends string = string> {
  part: P
  id?: string
}

/** How a paragraph looks: the Word writer gives each role its own paragraph style. */
export type ParagraphRole = 'body' | 'organisation' | 'documentKind' | 'label'

export type DisplayBlock<P extends string = string> = (
  | { type: 'heading'; level: 1 | 2; text: string }
  /**
   * keep: the paragraph is not split over a page, and stays on the page of the next paragraph that
   * also keeps (a short closing part such as the innstilling stays together with its heading).
   */
  | { type: 'paragraph'; role: ParagraphRole; runs: Run[]; keep?: boolean }
  /** Label–value pairs of a header ("Sakshandsamar: Anders Teigen"). */
  | { type: 'fields'; rows: { label: string; value: string }[] }
  /**
   * Column weights are relative (2, 1, 1); the Word writer turns them into fixed widths. A column
   * of amounts is aligned right, heading and cells, so the figures line up by their last digit.
   */
  /** `totalRow`: the last row is a sum, set in bold. */
  | { type: 'table'; columns: { label: string; weight: number; align?: 'left' | 'right' }[]; rows: string[][]; totalRow?: boolean }
  /** An item's "\n" starts a new line within the item: an address shown on its own line, never broken at a hyphen. */
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'quote'; text: string }
) & { origin: BlockOrigin<P> }

/**
 * The closing paragraph of a line of argument kept on the page of the one before it, so a short
 * conclusion («Rådmannen tilrår …») never stands alone at the top of a page (set 10, D26). Only
 * when the last two blocks are paragraphs; anything else is left as it is.
 */
export function keepLastTwo<B extends DisplayBlock>(blocks: B[]): B[] {
  const [before, last] = blocks.slice(-2)
  if (blocks.length < 2 || before?.type !== 'paragraph' || last?.type !== 'paragraph') return blocks
  return [...blocks.slice(0, -2), { ...before, keep: true }, { ...last, keep: true }]
}

export type DocumentLanguage = 'nn-NO' | 'nb-NO'

/** The language tag Word checks spelling by: without it, Word marks every word misspelt. */
export function documentLanguage(maalform: Maalform): DocumentLanguage {
  return maalform === 'nn' ? 'nn-NO' : 'nb-NO'
}

/**
 * One archive property of the file (docProps/custom.xml), named as the records standard names it
 * (Noark 5: "saksaar", "klasseID"), so a case system's import or a records manager can read it.
 */
export interface DocumentProperty {
  name: string
  value: string
}

/** For the document properties, the spelling language and the footer. */
export interface DocumentMeta {
  title: string
  /** What the document is, in its målform ("Saksframlegg 17/596"); Word shows it as the subject. */
  subject?: string
  /** The document's creator and last editor in its properties. */
  author: string
  language: DocumentLanguage
  /** Archive metadata; the writer leaves out a property whose value is empty. */
  properties?: DocumentProperty[]
  /** The words around the page fields of the footer: "Side" 1 "av" 2. */
  footer: { page: string; of: string }
}

export interface RenderedDocument<P extends string = string> {
  blocks: DisplayBlock<P>[]
  meta: DocumentMeta
}
