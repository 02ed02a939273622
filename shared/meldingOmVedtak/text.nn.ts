import { formatDateLong, formatKroner } from '../format'
import type { MeldingText } from './textTypes'

export const meldingNn: MeldingText = {
  maalform: 'nn',
  documentKind: 'MELDING OM VEDTAK',
  labels: { ourReference: 'Vår ref.', theirLetter: 'Dykkar dato', theirReference: 'Dykkar ref.', date: 'Dato', invoiceReference: 'Fakturareferanse' },
  subject: (title) => `Melding om vedtak – «${title}»`,
  reference: (date) => `Vi viser til brevet dykkar av ${formatDateLong(date)}.`,
  decisionIntro: (d, organisation) =>
    `${d.utval} i ${organisation} handsama saka i møte ${formatDateLong(d.date)}, sak ${d.saksnummer}, og gjorde slikt vedtak${d.changed ? ' (endra frå innstillinga)' : ''}:`,
  decisionHeading: 'Vedtaket',
  attached: 'Saksprotokollen med saksframlegget ligg ved.',
  attachments: (saksnummer) => `Vedlegg: Saksprotokoll, sak ${saksnummer}, med saksframlegg`,
  sentByEmail: (address) => `Sendt per e-post til ${address}`,
  invoiceRequest: (amount, organisation, reference) =>
    `Vi ber om at KS sender faktura på ${formatKroner(amount)} til ${organisation}${reference ? `, merkt «${reference}»` : ''}.`,
  invoice: (reference) => `Vi ber om at fakturaen vert merkt med referansen ${reference}.`,
  declined: 'Kommunen deltek difor ikkje i finansieringsordninga no.',
  closing: 'Med helsing',
  footer: { page: 'Side', of: 'av' }
}
