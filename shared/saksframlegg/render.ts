import { formatDateLong, formatDateShort } from '../format'
import type { Maalform } from '../maalform'
import { caseFacts } from './defaults'
import type { Block, DocumentPart, Saksframlegg, Section } from './model'
import { chiefDefinite, textFor } from './text'

/**
 * The document as a flat list of display blocks: the one place that decides what a saksframlegg
 * says and in which order. The React preview and the Word writer both draw these blocks, so the
 * preview cannot drift from the file.
 */

export interface Run {
  text: string
  bold?: boolean
  italic?: boolean
}

/** Which part of the model a block shows, so a preview can open the right editor on click. */
export interface BlockOrigin {
  part: 'header' | 'saksgang' | 'title' | 'vedlegg' | 'andreSaksdokument' | 'section' | 'innstilling'
  sectionId?: string
}

export type ParagraphRole = 'body' | 'organisation' | 'documentKind' | 'label' | 'innstilling'

export type DisplayBlock = (
  | { type: 'heading'; level: 1 | 2; text: string }
  | { type: 'paragraph'; role: ParagraphRole; runs: Run[] }
  /** Label–value pairs of the header ("Sakshandsamar: Anders Teigen"). */
  | { type: 'fields'; rows: { label: string; value: string }[] }
  /** Column weights are relative (2, 1, 1); the Word writer turns them into fixed widths. */
  | { type: 'table'; columns: { label: string; weight: number }[]; rows: string[][] }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'quote'; text: string }
) & { origin: BlockOrigin }

export interface RenderedDocument {
  blocks: DisplayBlock[]
  /** For document properties and the footer. */
  meta: {
    title: string
    author: string
    language: 'nn-NO' | 'nb-NO'
    footer: { page: string; of: string }
  }
}

/**
 * Characters Word's XML cannot hold, and tabs and line breaks, which would stand as literal
 * characters inside a run. A newline splits a paragraph in two instead (see `splitParagraphs`).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

export function cleanText(text: string): string {
  return text.replace(UNSAFE, '').replace(/\t/g, ' ')
}

function oneLine(text: string): string {
  return cleanText(text).replace(/\s*[\r\n]+\s*/g, ' ').trim()
}

function splitParagraphs(text: string): string[] {
  return cleanText(text)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
}

/** Default headings are written in capitals, as in Tysnes kommune's template; the user's own stand as written. */
function upper(text: string): string {
  return text.toLocaleUpperCase('nb-NO')
}

export function sectionHeading(section: Section, maalform: Maalform): string {
  const own = section.heading?.trim()
  return own ? oneLine(own) : upper(textFor(maalform).sectionHeadings[section.kind])
}

export function innstillingHeading(doc: Saksframlegg, maalform: Maalform): string {
  return upper(textFor(maalform).innstillingHeading(chiefDefinite(doc.chiefTitle)))
}

/** The innstilling's text as the council is asked to adopt it (or, for an orienteringssak, the closing). */
export function innstillingText(doc: Saksframlegg, maalform: Maalform): string {
  const text = textFor(maalform)
  if (doc.innstilling.kind === 'custom') return doc.innstilling.text
  if (doc.caseKind === 'orienteringssak') return text.orientering
  const facts = caseFacts(doc)
  return doc.innstilling.kind === 'join' ? text.innstilling.join(facts) : text.innstilling.decline(facts)
}

function renderBlocks(blocks: Block[], origin: BlockOrigin): DisplayBlock[] {
  return blocks.flatMap((block): DisplayBlock[] => {
    switch (block.type) {
      case 'paragraph':
        return splitParagraphs(block.text).map((text) => ({ type: 'paragraph', role: 'body', runs: [{ text }], origin }))
      case 'quote':
        return splitParagraphs(block.text).map((text) => ({ type: 'quote', text, origin }))
      case 'bullets': {
        const items = block.items.map(oneLine).filter((item) => item.length > 0)
        return items.length > 0 ? [{ type: 'list', ordered: false, items, origin }] : []
      }
    }
  })
}

function label(text: string, origin: BlockOrigin): DisplayBlock {
  return { type: 'paragraph', role: 'label', runs: [{ text, bold: true }], origin }
}

function renderHead(doc: Saksframlegg, maalform: Maalform): DisplayBlock[] {
  const labels = textFor(maalform).labels
  const header: BlockOrigin = { part: 'header' }
  const blocks: DisplayBlock[] = [
    { type: 'paragraph', role: 'organisation', runs: [{ text: oneLine(doc.header.kommuneName), bold: true }], origin: header },
    { type: 'paragraph', role: 'documentKind', runs: [{ text: labels.documentKind, bold: true }], origin: header },
    {
      type: 'fields',
      rows: [
        { label: labels.sakshandsamar, value: oneLine(doc.header.sakshandsamar) },
        { label: labels.arkivsak, value: oneLine(doc.header.arkivsak) },
        { label: labels.arkivkode, value: oneLine(doc.header.arkivkode) },
        { label: labels.date, value: doc.header.date ? formatDateLong(doc.header.date) : '' }
      ],
      origin: header
    }
  ]
  if (doc.saksgang.length > 0) {
    const saksgang: BlockOrigin = { part: 'saksgang' }
    blocks.push(label(labels.saksgang, saksgang), {
      type: 'table',
      columns: [
        { label: labels.utval, weight: 2 },
        { label: labels.moetedato, weight: 1 },
        { label: labels.saksnr, weight: 1 }
      ],
      rows: doc.saksgang.map((row) => [
        oneLine(row.utval),
        row.moetedato ? formatDateShort(row.moetedato) : '',
        oneLine(row.saksnr)
      ]),
      origin: saksgang
    })
  }
  blocks.push({ type: 'heading', level: 1, text: oneLine(doc.title), origin: { part: 'title' } })
  return blocks
}

function renderBody(doc: Saksframlegg, maalform: Maalform): DisplayBlock[] {
  const labels = textFor(maalform).labels
  const blocks: DisplayBlock[] = []
  const lists: [BlockOrigin['part'], string, string[], boolean][] = [
    ['vedlegg', labels.vedlegg, doc.vedlegg, true],
    ['andreSaksdokument', labels.andreSaksdokument, doc.andreSaksdokument, false]
  ]
  for (const [part, text, entries, ordered] of lists) {
    const items = entries.map(oneLine).filter((item) => item.length > 0)
    if (items.length === 0) continue
    blocks.push(label(text, { part }), { type: 'list', ordered, items, origin: { part } })
  }
  for (const section of doc.sections) {
    const origin: BlockOrigin = { part: 'section', sectionId: section.id }
    blocks.push({ type: 'heading', level: 2, text: sectionHeading(section, maalform), origin })
    blocks.push(...renderBlocks(section.blocks, origin))
  }
  const innstilling: BlockOrigin = { part: 'innstilling' }
  blocks.push({ type: 'heading', level: 2, text: innstillingHeading(doc, maalform), origin: innstilling })
  for (const text of splitParagraphs(innstillingText(doc, maalform))) {
    blocks.push({ type: 'paragraph', role: 'innstilling', runs: [{ text }], origin: innstilling })
  }
  return blocks
}

/**
 * `part: 'whole'` is the full saksframlegg; `'sections'` leaves out the header, saksgang and title,
 * for pasting into the kommune's own case-system template (which has those already).
 */
export function renderSaksframlegg(doc: Saksframlegg, maalform: Maalform, part: DocumentPart = 'whole'): RenderedDocument {
  const labels = textFor(maalform).labels
  const blocks = part === 'whole' ? [...renderHead(doc, maalform), ...renderBody(doc, maalform)] : renderBody(doc, maalform)
  return {
    blocks,
    meta: {
      title: oneLine(doc.title),
      author: oneLine(doc.header.sakshandsamar) || oneLine(doc.header.kommuneName),
      language: maalform === 'nn' ? 'nn-NO' : 'nb-NO',
      footer: { page: labels.page, of: labels.of }
    }
  }
}

/** All words of a rendered document, one block a line: for search, the målform check and tests. */
export function plainText(rendered: RenderedDocument): string {
  const lines = rendered.blocks.map((block) => {
    switch (block.type) {
      case 'heading':
      case 'quote':
        return block.text
      case 'paragraph':
        return block.runs.map((r) => r.text).join('')
      case 'fields':
        return block.rows.map((r) => `${r.label}: ${r.value}`).join('\n')
      case 'table':
        return [block.columns.map((c) => c.label), ...block.rows].map((row) => row.join('\t')).join('\n')
      case 'list':
        return block.items.join('\n')
    }
  })
  const { page, of } = rendered.meta.footer
  return [...lines, `${page} 1 ${of} 1`].join('\n')
}
