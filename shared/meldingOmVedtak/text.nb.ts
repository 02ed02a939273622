import { formatDateLong, formatKroner } from '../format'
import type { MeldingText } from './textTypes'

export const meldingNb: MeldingText = {
  maalform: 'nb',
  documentKind: 'MELDING OM VEDTAK',
  labels: { ourReference: 'Vår ref.', theirLetter: 'Deres dato', theirReference: 'Deres ref.', date: 'Dato', invoiceReference: 'Fakturareferanse' },
  subject: (title) => `Melding om vedtak – «${title}»`,
  reference: (date) => `Vi viser til brevet deres av ${formatDateLong(date)}.`,
  decisionIntro: (d, organisation) =>
    `${d.utval} i ${organisation} behandlet saken i møte ${formatDateLong(d.date)}, sak ${d.saksnummer}, og fattet følgende vedtak${d.changed ? ' (endret fra innstillingen)' : ''}:`,
  decisionHeading: 'Vedtaket',
  attached: 'Saksprotokollen med saksframlegget ligger ved.',
  attachments: (saksnummer) => `Vedlegg: Saksprotokoll, sak ${saksnummer}, med saksframlegg`,
  sentByEmail: (address) => `Sendt per e-post til ${address}`,
  invoiceRequest: (amount, organisation, reference) =>
    `Vi ber om at KS sender faktura på ${formatKroner(amount)} til ${organisation}${reference ? `, merket «${reference}»` : ''}.`,
  invoice: (reference) => `Vi ber om at fakturaen merkes med referansen ${reference}.`,
  declined: 'Kommunen deltar derfor ikke i finansieringsordningen nå.',
  closing: 'Med hilsen',
  footer: { page: 'Side', of: 'av' }
}
