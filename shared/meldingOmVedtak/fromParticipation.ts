import { KS_INVITATION_2017 } from '../citedTitles'
import type { FinancingRound } from '../financingRound'
import type { Maalform } from '../maalform'
import type { Saksframlegg } from '../saksframlegg/model'
import { currentDecision, invoiceReference, type Participation } from '../tracking/participation'
import { adoptedAmount, changedFromCase, vedtakSums } from './vedtakAmount'
import { KS_ADDRESS, KS_CONTACT_2017, type MeldingOmVedtak } from './model'

/** What the melding takes from the saksframlegg the participation is linked to. */
export interface LinkedCase {
  /**
   * The case's arkivsak and sakshandsamar, and the kommune as the case names it: the council decided
   * on a case written under the name of the day (Levanger kommune, 1719, in 2017), which may differ
   * from the profile's name now (Levanger - Levangke kommune, 5037), and the letter names the sender
   * as the decision does.
   */
  header: Pick<Saksframlegg['header'], 'arkivsak' | 'sakshandsamar'> & Partial<Pick<Saksframlegg['header'], 'kommuneName'>>
  economy: Pick<Saksframlegg['economy'], 'amount' | 'budgetYear'>
}

export interface MeldingSource {
  participation: Participation
  round: FinancingRound
  /** The profile's organisation name: the sender when the linked case names none. */
  organisation: string
  /** The profile's sakshandsamar: signs when the linked case names none. */
  sakshandsamar: string
  maalform: Maalform
  /** The saksframlegg the decision was made on: its arkivsak, sakshandsamar and amount are the melding's. */
  linkedCase?: LinkedCase
  /** ISO date of the melding. */
  date: string
  /** The decision as adopted, when the recorded decision has no text of its own (the linked case's innstilling). */
  vedtakText: string
  /** The contribution computed now: the amount asked for when there is neither a linked case nor an invoice. */
  computedAmount?: string
}

/**
 * The amount the council decided on: the linked case's economy, unless the vedtak as recorded from
 * the protocol adopted another sum (vedtakAmount.ts). Without a linked case, the amount recorded
 * from KS's invoice, else the contribution computed now as the vedtak adopted it (or the one sum the
 * vedtak states): a melding sent before the invoice must ask for one.
 */
export function meldingAmount(participation: Participation, linkedCase: LinkedCase | undefined, vedtakText = '', computed?: string): string | undefined {
  if (linkedCase) return adoptedAmount(linkedCase.economy.amount, vedtakText)
  const invoiced = participation.steps.findLast((step) => step.status === 'fakturert')
  if (invoiced?.status === 'fakturert') return invoiced.amount
  if (computed) return adoptedAmount(computed, vedtakText)
  const sums = [...new Set(vedtakSums(vedtakText))]
  return sums.length === 1 ? sums[0] : undefined
}

/**
 * The kommune's archive reference for the melding's «Vår ref.»: the linked case's arkivsak, else the
 * one typed by the melding (Participation.meldingReference), else none: the letter then has no
 * «Vår ref.» line rather than a placeholder.
 */
export function meldingOurReference(participation: Participation, linkedCase: LinkedCase | undefined): string {
  return linkedCase?.header.arkivsak.trim() || participation.meldingReference?.trim() || ''
}

/**
 * The reference the melding asks KS to mark the invoice with, so the «fakturert» step can expect the
 * same: the one the kommune gave (with the melding, or KS's on an invoice already recorded), else the
 * melding's «Vår ref.», which the letter names as the invoice's mark (render.ts).
 */
export function meldingInvoiceReference(participation: Participation, linkedCase: LinkedCase | undefined): string | undefined {
  return invoiceReference(participation) ?? (meldingOurReference(participation, linkedCase) || undefined)
}

/**
 * The melding for the decision on the participation's current path; undefined until a decision is
 * recorded and its text is known. KS's 2017 invitation is cited by its own title; a round the user added by its name.
 */
export function meldingFrom(source: MeldingSource): MeldingOmVedtak | undefined {
  const decision = currentDecision(source.participation)
  if (!decision) return undefined
  const text = (decision.vedtakText ?? source.vedtakText).trim()
  if (text === '') return undefined
  const builtIn = source.round.builtIn && source.round.id === '2017'
  const invoice = invoiceReference(source.participation)
  const linked = source.linkedCase
  const amount = meldingAmount(source.participation, linked, text, source.computedAmount)
  return {
    sender: {
      organisation: linked?.header.kommuneName?.trim() || source.organisation,
      name: linked?.header.sakshandsamar.trim() || source.sakshandsamar,
      title: source.maalform === 'nn' ? 'sakshandsamar' : 'saksbehandler'
    },
    // KS's 2017 letter named whom to answer, by e-mail (set 4, A13); a round the user added names no one.
    recipient: builtIn ? [KS_ADDRESS[0], `Att.: ${KS_CONTACT_2017.name}`, ...KS_ADDRESS.slice(1)] : [...KS_ADDRESS],
    ...(builtIn ? { sentByEmail: KS_CONTACT_2017.email } : {}),
    // The kommune's own archive reference: the case's, or the one typed by the melding; '' leaves the line out.
    ourReference: meldingOurReference(source.participation, linked),
    theirLetter: { date: source.round.invitationDate, title: builtIn ? KS_INVITATION_2017 : source.round.name[source.maalform] },
    date: source.date,
    decision: {
      answer: decision.decision,
      utval: decision.utval,
      date: decision.date,
      saksnummer: decision.saksnummer,
      text,
      // KS receives the case with the protocol: a vedtak with another amount than its innstilling says so (set 12, B5).
      ...(linked && changedFromCase(linked.economy.amount, text) ? { changed: true } : {})
    },
    // A kommune joining later pays in the year it decides, not the round's budget year.
    ...(amount ? { amount } : {}),
    ...(invoice ? { invoiceReference: invoice } : {})
  }
}
