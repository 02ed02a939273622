import { documentLanguage, lineRuns, type BlockOrigin, type DisplayBlock, type RenderedDocument } from '../document/blocks'
import { safeFileName } from '../document/fileName'
import { oneLine, splitParagraphs } from '../document/text'
import { formatDateLong } from '../format'
import type { Maalform } from '../maalform'
import type { MeldingOmVedtak } from './model'
import { meldingNb } from './text.nb'
import { meldingNn } from './text.nn'
import type { MeldingText } from './textTypes'

/** The parts of the melding, so a preview can tell what a block shows. */
export type MeldingPart = 'sender' | 'recipient' | 'subject' | 'decision' | 'economy' | 'signature'

const TEXTS: Record<Maalform, MeldingText> = { nn: meldingNn, nb: meldingNb }

function paragraph(text: string, origin: BlockOrigin<MeldingPart>): DisplayBlock<MeldingPart> {
  return { type: 'paragraph', role: 'body', runs: [{ text }], origin }
}

/** An empty paragraph of the signature: a line's height of room to sign. */
const EMPTY_LINE: DisplayBlock<MeldingPart> = { type: 'paragraph', role: 'body', runs: [], origin: { part: 'signature' } }

/** Address or signature: one single-spaced paragraph, a line each, empty lines left out. */
function lines(texts: string[], origin: BlockOrigin<MeldingPart>): DisplayBlock<MeldingPart>[] {
  const kept = texts.map(oneLine).filter((line) => line !== '')
  return kept.length === 0 ? [] : [{ type: 'paragraph', role: 'body', runs: lineRuns(kept), origin }]
}

/**
 * The kommune's archive reference as the letter shows it, or '' when it has none: the «Vår ref.»
 * line is then left out, never sent to KS as «[arkivsaksnummer]» (Deltaking asks for the reference).
 */
export function shownReference(melding: MeldingOmVedtak): string {
  return oneLine(melding.ourReference)
}

/** KS's letter as the header cites it: "Dykkar dato: 8. september 2017", or with KS's reference "Dykkar ref.: 17/1234 (brev av 8. september 2017)". */
export function theirLetterField(melding: MeldingOmVedtak, maalform: Maalform): { label: string; value: string } {
  const labels = TEXTS[maalform].labels
  const date = formatDateLong(melding.theirLetter.date)
  const reference = oneLine(melding.theirLetter.reference ?? '')
  return reference ? { label: labels.theirReference, value: `${reference} (brev av ${date})` } : { label: labels.theirLetter, value: date }
}

/** The melding as display blocks, wholly in the målform asked for; the kommune's own words are kept as written. */
export function renderMelding(melding: MeldingOmVedtak, maalform: Maalform): RenderedDocument<MeldingPart> {
  const text = TEXTS[maalform]
  const sender: BlockOrigin<MeldingPart> = { part: 'sender' }
  const decision: BlockOrigin<MeldingPart> = { part: 'decision' }
  const economy: BlockOrigin<MeldingPart> = { part: 'economy' }
  const signature: BlockOrigin<MeldingPart> = { part: 'signature' }
  const organisation = oneLine(melding.sender.organisation)
  const letterTitle = oneLine(melding.theirLetter.title)
  const subject = text.subject(letterTitle)
  const d = { ...melding.decision, utval: oneLine(melding.decision.utval), saksnummer: oneLine(melding.decision.saksnummer) }
  const joins = d.answer === 'ja'
  const reference = melding.invoiceReference ? oneLine(melding.invoiceReference) : ''
  const fields = [
    { label: text.labels.ourReference, value: shownReference(melding) },
    theirLetterField(melding, maalform),
    { label: text.labels.date, value: formatDateLong(melding.date) }
  ].filter((row) => row.value !== '')
  return {
    blocks: [
      { type: 'paragraph', role: 'organisation', runs: [{ text: organisation, bold: true }], origin: sender },
      // No «MELDING OM VEDTAK» title: the subject line says it, as a letter does (set 4, C26).
      { type: 'fields', rows: fields, origin: sender },
      ...lines(melding.recipient, { part: 'recipient' }),
      ...(melding.sentByEmail ? [paragraph(text.sentByEmail(oneLine(melding.sentByEmail)), { part: 'recipient' })] : []),
      { type: 'heading', level: 1, text: subject, origin: { part: 'subject' } },
      // The subject line above gives KS's title; the first sentence does not repeat it (set 8, D21).
      paragraph(text.reference(melding.theirLetter.date), decision),
      paragraph(text.decisionIntro(d, organisation), decision),
      // The vedtak as adopted, every line of it, never reworded.
      ...splitParagraphs(d.text).map((line): DisplayBlock<MeldingPart> => ({ type: 'quote', text: line, origin: decision })),
      // What the vedtak means follows it straight away; the attachment line closes the body.
      // What KS needs to act: the invoice, its amount and the reference to mark it with (set 4, A12), not the vedtak again.
      ...(joins && melding.amount ? [paragraph(text.invoiceRequest(melding.amount, organisation, reference || oneLine(melding.ourReference)), economy)] : []),
      ...(joins && !melding.amount && reference ? [paragraph(text.invoice(reference), economy)] : []),
      ...(joins ? [] : [paragraph(text.declined, decision)]),
      paragraph(text.attached, decision),
      // An empty line before the closing greeting and one after it: room to sign, in the plain letter and in a template alike.
      EMPTY_LINE,
      ...lines([text.closing], signature),
      EMPTY_LINE,
      ...lines([melding.sender.name, melding.sender.title, organisation], signature),
      // The body says the protocol goes with the letter; the «Vedlegg:» line under the signature names it (set 10, D27).
      EMPTY_LINE,
      ...lines([text.attachments(d.saksnummer)], signature)
    ],
    meta: {
      title: subject,
      subject: `${text.documentKind.charAt(0)}${text.documentKind.slice(1).toLowerCase()} ${d.saksnummer}`,
      author: oneLine(melding.sender.name) || organisation,
      language: documentLanguage(maalform),
      properties: [
        { name: 'mappeID', value: oneLine(melding.ourReference) },
        { name: 'saksbehandler', value: oneLine(melding.sender.name) },
        { name: 'journalposttype', value: 'U' },
        { name: 'korrespondansepartNavn', value: oneLine(melding.recipient[0] ?? '') }
      ].filter((property) => property.value !== ''),
      footer: text.footer
    }
  }
}

/** "Melding om vedtak 65-17 Tysnes kommune.docx": safe on Windows, macOS and Linux. */
export function meldingFileName(melding: MeldingOmVedtak): string {
  return safeFileName(`Melding om vedtak ${melding.decision.saksnummer} ${melding.sender.organisation}`, 'docx', 'Melding om vedtak')
}
