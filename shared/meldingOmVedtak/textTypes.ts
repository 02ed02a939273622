import type { Maalform } from '../maalform'
import type { MeldingOmVedtak } from './model'

/** Every fixed word of the melding in one målform. */
export interface MeldingText {
  maalform: Maalform
  documentKind: string
  labels: { ourReference: string; theirLetter: string; date: string; invoiceReference: string }
  subject: (letterTitle: string) => string
  reference: (letterDate: string, letterTitle: string) => string
  decisionIntro: (d: MeldingOmVedtak['decision'], organisation: string) => string
  decisionHeading: string
  amount: (amount: string, budgetYear: number | undefined) => string
  invoice: (reference: string) => string
  declined: string
  closing: string
  footer: { page: string; of: string }
}
