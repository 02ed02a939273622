import type { Maalform } from '../maalform'
import type { MeldingOmVedtak } from './model'

/** Every fixed word of the melding in one målform. */
export interface MeldingText {
  maalform: Maalform
  documentKind: string
  /** `theirLetter` heads the date of KS's letter when its reference is not known, `theirReference` the reference when it is. */
  labels: { ourReference: string; theirLetter: string; theirReference: string; date: string; invoiceReference: string }
  subject: (letterTitle: string) => string
  reference: (letterDate: string, letterTitle: string) => string
  decisionIntro: (d: MeldingOmVedtak['decision'], organisation: string) => string
  decisionHeading: string
  /** The archive reference the melding shows when the linked case has none: visible, never another case's. */
  placeholders: { ourReference: string }
  /** Last of the body: the protocol and the case go with the melding. */
  attached: string
  /** The app's own sentence on a "ja", right after the vedtak: what it means, with the case's amount and the budget it was put into. */
  amount: (amount: string, budgetYear: number | undefined) => string
  invoice: (reference: string) => string
  declined: string
  closing: string
  footer: { page: string; of: string }
}
