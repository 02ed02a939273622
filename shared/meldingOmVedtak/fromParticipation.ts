import { KS_INVITATION_2017 } from '../citedTitles'
import type { FinancingRound } from '../financingRound'
import type { Maalform } from '../maalform'
import { currentDecision, invoiceReference, type Participation } from '../tracking/participation'
import { KS_ADDRESS, type MeldingOmVedtak } from './model'

export interface MeldingSource {
  participation: Participation
  round: FinancingRound
  organisation: string
  sakshandsamar: string
  maalform: Maalform
  /** The kommune's archive reference, from the linked saksframlegg when there is one. */
  ourReference: string
  /** ISO date of the melding. */
  date: string
  /** The decision as adopted, when the recorded decision has no text of its own (the linked case's innstilling). */
  vedtakText: string
  /** The computed contribution, kroner as a decimal string. */
  amount?: string
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
  return {
    sender: {
      organisation: source.organisation,
      name: source.sakshandsamar,
      title: source.maalform === 'nn' ? 'sakshandsamar' : 'saksbehandler'
    },
    recipient: [...KS_ADDRESS],
    ourReference: source.ourReference,
    theirLetter: { date: source.round.invitationDate, title: builtIn ? KS_INVITATION_2017 : source.round.name[source.maalform] },
    date: source.date,
    decision: {
      answer: decision.decision,
      utval: decision.utval,
      date: decision.date,
      saksnummer: decision.saksnummer,
      text
    },
    // A kommune joining later pays in the year it decides, not the round's budget year.
    ...(source.amount
      ? { amount: source.amount, ...(source.participation.joinedLater ? {} : { budgetYear: source.round.budgetYear }) }
      : {}),
    ...(invoice ? { invoiceReference: invoice } : {})
  }
}
