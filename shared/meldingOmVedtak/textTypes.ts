import type { Maalform } from '../maalform'
import type { MeldingOmVedtak } from './model'

/** Every fixed word of the melding in one målform. */
export interface MeldingText {
  maalform: Maalform
  documentKind: string
  /** `theirLetter` heads the date of KS's letter when its reference is not known, `theirReference` the reference when it is. */
  labels: { ourReference: string; theirLetter: string; theirReference: string; date: string; invoiceReference: string }
  subject: (letterTitle: string) => string
  reference: (letterDate: string) => string
  decisionIntro: (d: MeldingOmVedtak['decision'], organisation: string) => string
  decisionHeading: string
  /** The archive reference the melding shows when the linked case has none: visible, never another case's. */
  /** Last of the body: the protocol and the case go with the melding. */
  attached: string
  /** Under the signature: the «Vedlegg:» line naming what `attached` says goes with the letter. */
  attachments: (saksnummer: string) => string
  /** Under the address: the letter went by e-mail to the address KS asked for. */
  sentByEmail: (address: string) => string
  /** On a "ja", right after the vedtak: what KS needs, the invoice for the amount to the kommune, marked with the reference when there is one. */
  invoiceRequest: (amount: string, organisation: string, reference: string) => string
  /** On a "ja" with no amount known: only the reference the invoice is to carry. */
  invoice: (reference: string) => string
  declined: string
  closing: string
  footer: { page: string; of: string }
}
