import { formatDateLong, formatDateShort, formatKroner } from '../format'
import type { Maalform, Tekst } from '../maalform'
import type { PaymentDifference, Refusal } from './participation'
import type { ParticipationStatus } from './participationStatus'

/**
 * The participation flow in words, in each målform: the name of each status and why a change was
 * refused. Shared by the app and any other reader (the CLI, a report), so they word it alike.
 */

const STATUS_NAMES: Record<ParticipationStatus, Tekst> = {
  invitert: { nn: 'invitert', nb: 'invitert' },
  tilPolitiskHandsaming: { nn: 'til politisk handsaming', nb: 'til politisk behandling' },
  vedteke: { nn: 'vedteke', nb: 'vedtatt' },
  meldingSendt: { nn: 'melding sendt til KS', nb: 'melding sendt til KS' },
  fakturert: { nn: 'fakturert', nb: 'fakturert' },
  betalt: { nn: 'betalt', nb: 'betalt' }
}

export function statusName(status: ParticipationStatus, maalform: Maalform): string {
  return STATUS_NAMES[status][maalform]
}

const FIELD_NAMES: Record<Extract<Refusal, { reason: 'missing' }>['field'], Tekst> = {
  utval: { nn: 'utvalet som gjorde vedtaket', nb: 'utvalget som gjorde vedtaket' },
  saksnummer: { nn: 'saksnummeret', nb: 'saksnummeret' },
  amount: { nn: 'beløpet', nb: 'beløpet' },
  invoiceReference: { nn: 'fakturareferansen', nb: 'fakturareferansen' },
  by: { nn: 'kven som registrerer steget', nb: 'hvem som registrerer steget' }
}

/** Why the change was refused, as one or two sentences in the målform. */
export function refusalMessage(refusal: Refusal, maalform: Maalform): string {
  const nn = maalform === 'nn'
  const name = (status: ParticipationStatus) => `«${statusName(status, maalform)}»`
  switch (refusal.reason) {
    case 'skip':
      return nn
        ? `Deltakinga står på ${name(refusal.from)}, så ${name(refusal.to)} kan ikkje registrerast no. Neste steg er ${name(refusal.next)}.`
        : `Deltakelsen står på ${name(refusal.from)}, så ${name(refusal.to)} kan ikke registreres nå. Neste steg er ${name(refusal.next)}.`
    case 'declined':
      return nn
        ? `Kommunen har takka nei, så ${name(refusal.to)} kan ikkje registrerast. Vil kommunen vere med likevel, må det gjerast eit nytt vedtak først.`
        : `Kommunen har takket nei, så ${name(refusal.to)} kan ikke registreres. Vil kommunen likevel være med, må det gjøres et nytt vedtak først.`
    case 'complete':
      return nn ? 'Deltakinga er betalt, og det er ingen fleire steg.' : 'Deltakelsen er betalt, og det er ingen flere steg.'
    case 'secondNo':
      return nn
        ? 'Kommunen har alt takka nei. Eit nytt vedtak etter eit nei er eit ja til å vere med likevel.'
        : 'Kommunen har allerede takket nei. Et nytt vedtak etter et nei er et ja til å være med likevel.'
    case 'invalidDate':
      return nn ? 'Skriv ein gyldig dato.' : 'Skriv en gyldig dato.'
    case 'beforePrevious':
      return nn
        ? `Datoen ${formatDateLong(refusal.date)} er før steget ${name(refusal.previous)} (${formatDateLong(refusal.previousDate)}). Skriv ${formatDateShort(refusal.previousDate)} eller ein seinare dato.`
        : `Datoen ${formatDateLong(refusal.date)} er før steget ${name(refusal.previous)} (${formatDateLong(refusal.previousDate)}). Skriv ${formatDateShort(refusal.previousDate)} eller en senere dato.`
    case 'missing':
      return nn ? `Skriv ${FIELD_NAMES[refusal.field].nn}.` : `Skriv ${FIELD_NAMES[refusal.field].nb}.`
    case 'invalidAmount':
      return nn
        ? `«${refusal.text}» er ikkje eit beløp. Skriv kroner, til dømes 57 060 eller 57 060,50.`
        : `«${refusal.text}» er ikke et beløp. Skriv kroner, for eksempel 57 060 eller 57 060,50.`
    case 'nothingToUndo':
      return nn ? 'Invitasjonen er det første steget; det er ingenting å gå tilbake til.' : 'Invitasjonen er det første steget; det er ingenting å gå tilbake til.'
  }
}

/** A paid amount that differs from the computed one, with both figures. */
export function paymentDifferenceMessage(difference: PaymentDifference, maalform: Maalform): string {
  const paid = formatKroner(difference.paid)
  const computed = formatKroner(difference.computed)
  const gap = formatKroner(difference.difference.replace(/^-/, ''))
  const more = !difference.difference.startsWith('-')
  return maalform === 'nn'
    ? `Betalt ${paid}, men utrekna bidrag er ${computed}: ${gap} ${more ? 'meir' : 'mindre'} enn utrekna. Det betalte beløpet er lagra som betalt, ` +
        `og Økonomi reknar med det. Avviket på ${gap} bør avklarast med KS, som fakturerer bidraget: sjekk fakturaen og kva folketal KS rekna med.`
    : `Betalt ${paid}, men beregnet bidrag er ${computed}: ${gap} ${more ? 'mer' : 'mindre'} enn beregnet. Det betalte beløpet er lagret som betalt, ` +
        `og Økonomi regner med det. Avviket på ${gap} bør avklares med KS, som fakturerer bidraget: sjekk fakturaen og hvilket folketall KS regnet med.`
}
