import { documentLanguage, keepLastTwo, type BlockOrigin, type DisplayBlock, type RenderedDocument } from '../document/blocks'
import { oneLine, splitParagraphs } from '../document/text'
import { renderTextBlocks } from '../document/textBlocks'
import { formatDateLong, formatDateShort } from '../format'
import type { Maalform } from '../maalform'
import { archiveProperties } from './archiveProperties'
import { caseFacts, sectionBlocks } from './defaults'
import { partName } from './fileName'
import { headerGap, type HeaderGapField } from './headerGaps'
import type { DocumentPart, Saksframlegg, Section } from './model'
import { chiefDefinite, textFor } from './text'

/**
 * The saksframlegg as display blocks of the document core: the one place that decides what a
 * saksframlegg says and in which order. The preview and the Word writer draw what this returns.
 */

/** The parts of a saksframlegg a preview can open an editor for; a section's origin has its id. */
export type SaksframleggPart = 'header' | 'saksgang' | 'title' | 'vedlegg' | 'andreSaksdokument' | 'section' | 'innstilling'

export type SaksframleggOrigin = BlockOrigin<SaksframleggPart>
export type SaksframleggBlock = DisplayBlock<SaksframleggPart>

// The callers of the saksframlegg's render API also read its text back.
export { plainText } from '../document/text'

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

function label(text: string, origin: SaksframleggOrigin): SaksframleggBlock {
  return { type: 'paragraph', role: 'label', runs: [{ text, bold: true }], origin }
}

/** The saksgang as a table: utval, møtedato, saksnummer. */
export function saksgangTable(doc: Saksframlegg, maalform: Maalform): SaksframleggBlock {
  const labels = textFor(maalform).labels
  return {
    type: 'table',
    columns: [
      { label: labels.utval, weight: 2 },
      { label: labels.moetedato, weight: 1 },
      { label: labels.saksnr, weight: 1 }
    ],
    rows: doc.saksgang.map((row) => [oneLine(row.utval), row.moetedato ? formatDateShort(row.moetedato) : '', oneLine(row.saksnr)]),
    origin: { part: 'saksgang' }
  }
}

/** The header's fields as they are written: the date long ("8. september 2017"), a visible gap ("[arkivkode]") when not given. */
export function headerValues(doc: Saksframlegg, maalform: Maalform): { sakshandsamar: string; arkivsak: string; arkivkode: string; date: string } {
  const value = (field: HeaderGapField, text: string) => text || headerGap(field, maalform)
  return {
    sakshandsamar: value('sakshandsamar', oneLine(doc.header.sakshandsamar)),
    arkivsak: value('arkivsak', oneLine(doc.header.arkivsak)),
    arkivkode: value('arkivkode', oneLine(doc.header.arkivkode)),
    date: value('date', doc.header.date ? formatDateLong(doc.header.date) : '')
  }
}

function renderHead(doc: Saksframlegg, maalform: Maalform): SaksframleggBlock[] {
  const labels = textFor(maalform).labels
  const header: SaksframleggOrigin = { part: 'header' }
  const values = headerValues(doc, maalform)
  const blocks: SaksframleggBlock[] = [
    { type: 'paragraph', role: 'organisation', runs: [{ text: oneLine(doc.header.kommuneName), bold: true }], origin: header },
    { type: 'paragraph', role: 'documentKind', runs: [{ text: labels.documentKind, bold: true }], origin: header },
    {
      type: 'fields',
      rows: [
        { label: labels.sakshandsamar, value: values.sakshandsamar },
        { label: labels.arkivsak, value: values.arkivsak },
        { label: labels.arkivkode, value: values.arkivkode },
        { label: labels.date, value: values.date }
      ],
      origin: header
    }
  ]
  if (doc.saksgang.length > 0) blocks.push(label(labels.saksgang, { part: 'saksgang' }), saksgangTable(doc, maalform))
  blocks.push({ type: 'heading', level: 1, text: oneLine(doc.title), origin: { part: 'title' } })
  return blocks
}

/** "Vedlegg:" and "Andre saksdokument …" with their lists; nothing when both are empty. */
export function renderVedlegg(doc: Saksframlegg, maalform: Maalform): SaksframleggBlock[] {
  const labels = textFor(maalform).labels
  const blocks: SaksframleggBlock[] = []
  const lists: [SaksframleggPart, string, string[], boolean][] = [
    ['vedlegg', labels.vedlegg, doc.vedlegg, true],
    ['andreSaksdokument', labels.andreSaksdokument, doc.andreSaksdokument, false]
  ]
  for (const [part, text, entries, ordered] of lists) {
    const items = entries.map(oneLine).filter((item) => item.length > 0)
    if (items.length === 0) continue
    blocks.push(label(text, { part }), { type: 'list', ordered, items, origin: { part } })
  }
  return blocks
}

/** One section with its heading: the user's own text, or the standard text written from the case's data now. */
export function renderSection(doc: Saksframlegg, section: Section, maalform: Maalform): SaksframleggBlock[] {
  const origin: SaksframleggOrigin = { part: 'section', id: section.id }
  const body = renderTextBlocks(sectionBlocks(section, doc, maalform), origin)
  return [
    { type: 'heading', level: 2, text: sectionHeading(section, maalform), origin },
    // The vurdering's conclusion stays with the paragraph it concludes (set 10, D26).
    ...(section.id === 'vurdering' ? keepLastTwo(body) : body)
  ]
}

/** The innstilling's paragraphs; with its heading unless the template has its own ("INNSTILLING FRÅ RÅDMANNEN:"). */
export function renderInnstilling(doc: Saksframlegg, maalform: Maalform, withHeading: boolean): SaksframleggBlock[] {
  const innstilling: SaksframleggOrigin = { part: 'innstilling' }
  const heading: SaksframleggBlock[] = withHeading ? [{ type: 'heading', level: 2, text: innstillingHeading(doc, maalform), origin: innstilling }] : []
  return [
    ...heading,
    // Short, and the part the council adopts: kept whole and on one page with its heading.
    ...splitParagraphs(innstillingText(doc, maalform)).map(
      (text): SaksframleggBlock => ({ type: 'paragraph', role: 'body', runs: [{ text }], keep: true, origin: innstilling })
    )
  ]
}

/** The vedlegg and the sections: what a template's saksutgreiing place takes. */
function renderSaksutgreiing(doc: Saksframlegg, maalform: Maalform): SaksframleggBlock[] {
  return [...renderVedlegg(doc, maalform), ...doc.sections.flatMap((section) => renderSection(doc, section, maalform))]
}

/**
 * `part: 'whole'` is the full saksframlegg; `'sections'` is the vedlegg and the saksutgreiing alone
 * (no header, saksgang, title or innstilling), for pasting into the kommune's own case-system
 * template, which has those already and a place of its own for the innstilling (WebSak's second
 * marker pair); `'innstilling'` is the innstilling's text alone, for that place (under the
 * template's own heading). So the two pasted parts are the two parts the template export fills,
 * and the innstilling is never written twice.
 */
export function renderSaksframlegg(doc: Saksframlegg, maalform: Maalform, part: DocumentPart = 'whole'): RenderedDocument<SaksframleggPart> {
  const labels = textFor(maalform).labels
  const blocks =
    part === 'whole'
      ? [...renderHead(doc, maalform), ...renderSaksutgreiing(doc, maalform), ...renderInnstilling(doc, maalform, true)]
      : part === 'innstilling'
        ? renderInnstilling(doc, maalform, false)
        : renderSaksutgreiing(doc, maalform)
  return {
    blocks,
    meta: {
      title: oneLine(doc.title),
      subject: [partName(part, maalform), oneLine(doc.header.arkivsak)].filter((s) => s !== '').join(' '),
      author: oneLine(doc.header.sakshandsamar) || oneLine(doc.header.kommuneName),
      language: documentLanguage(maalform),
      properties: archiveProperties(doc),
      footer: { page: labels.page, of: labels.of }
    }
  }
}
