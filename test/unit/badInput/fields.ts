import { formatDateLong, isIsoDate, todayIso } from '../../../shared/format'
import { parsePopulation } from '../../../shared/population'
import { checkFigureDate } from '../../../shared/populationFigure'
import type { ChiefTitleKind } from '../../../shared/profile'
import type { AdoptionStatus, StepInput } from '../../../shared/tracking/adoption'
import type { Step } from '../../../shared/tracking/participation'
import { refusalMessage } from '../../../shared/tracking/participationText'
import { validateRound, type RoundDraft } from '../../../renderer/src/bidrag/roundInput'
import { draftFrom, solutionFromDraft, type SolutionDraft } from '../../../renderer/src/fellesloysingar/solutionDraft'
import { validateProfile } from '../../../renderer/src/profile/ProfileForm'
import { userRound } from '../../fixtures/saksframlegg/cases'
import { refused, solution, type BadInput, type World } from './world'

/**
 * The forms' fields, each given what the form gives its store: the form's own check first (the
 * message under the field), then the store with the same value, which must refuse it too.
 */

/** The population figure form: count, date and source checked in that order, as the form shows them. */
function figure(count: string, date = '2025-01-01', source = 'SSB'): BadInput['attempt'] {
  return async (w: World) => {
    const parsed = parsePopulation(count)
    if (!parsed.ok) {
      refused(await w.contribution.addFigure({ contributorKind: 'kommune', number: '4616', count: Number(count), date, source, origin: 'manual' }), count)
      return parsed.error
    }
    const check = isIsoDate(date) ? checkFigureDate(date, userRound.invitationDate, todayIso()) : null
    if (!check) {
      refused(await w.contribution.addFigure({ contributorKind: 'kommune', number: '4616', count: parsed.value, date, source, origin: 'manual' }), date)
      return w.say('bidrag', 'error.figureDate')
    }
    if (check === 'future') return w.both((m) => w.say('bidrag', 'error.figureDateFuture', { today: formatDateLong(todayIso()) })[m])
    if (source.trim() === '') {
      refused(await w.contribution.addFigure({ contributorKind: 'kommune', number: '4616', count: parsed.value, date, source, origin: 'manual' }), 'no source')
      return w.say('bidrag', 'error.figureSource')
    }
    // A date long before the invitation, or after it: the form warns and saves only when asked again.
    if (check === 'afterInvitation' || check === 'longBefore') {
      return w.say('bidrag', check === 'afterInvitation' ? 'warn.figureAfterInvitation' : 'warn.figureLongBefore', { invitation: formatDateLong(userRound.invitationDate) })
    }
    throw new Error(`The form would save ${count} on ${date}`)
  }
}

const ROUND: RoundDraft = { name: 'Runde 2026', invitationDate: '2026-03-01', answerBy: '2026-06-15', budgetYear: '2027', rateKommune: '12,5', rateFylkeskommune: '3' }

/** The new-round form: the first field the check refuses. */
function round(change: Partial<RoundDraft>): BadInput['attempt'] {
  return async (w: World) => {
    const checked = validateRound({ ...ROUND, ...change }, 'runde-2026')
    if (checked.ok) throw new Error('The round form would save this round')
    return w.say('bidrag', Object.values(checked.errors)[0]!)
  }
}

/** The profile form (Innstillingar and the first run). */
function profile(sakshandsamar: string, chiefKind: ChiefTitleKind = 'kommunedirektoer', chiefCustom = '', organisation = true): BadInput['attempt'] {
  return async (w: World) => {
    const errors = validateProfile({ organisation: organisation ? { kind: 'kommune', number: '4616', name: 'Tysnes' } as never : null, sakshandsamar, chiefKind, chiefCustom })
    const first = Object.values(errors)[0]
    if (!first) throw new Error('The profile form would save this')
    return w.say('setup', first)
  }
}

/** A step on Deltaking (the participation stands at «melding sendt til KS»): the store's refusal, worded by the page. */
function step(taken: Partial<Step> & Pick<Step, 'status'>): BadInput['attempt'] {
  return async (w: World) => {
    const result = await w.participation.advance(w.start, { date: '2025-05-02', by: 'Anders Teigen', note: '', amount: '57060', invoiceReference: 'F-1', ...taken } as Step)
    if (result.ok || result.reason !== 'refused') throw new Error(`The step was not refused: ${JSON.stringify(result)}`)
    return w.both((m) => refusalMessage(result.refusal, m))
  }
}

/** A step of the adoption (it stands at «vurderer»), as the adoption panel takes it. */
function adoption(to: AdoptionStatus | 'start', input: Partial<StepInput>): BadInput['attempt'] {
  return async (w: World) => {
    const full: StepInput = { date: '2025-05-02', by: 'Anders Teigen', ...input }
    const result = to === 'start' ? await w.adoptions.start(solution, full, '2026-13-01') : await w.adoptions.step('a1', to, full, solution)
    if (result.ok || result.reason !== 'refused') throw new Error(`The adoption step was not refused: ${JSON.stringify(result)}`)
    return result.message
  }
}

/** The catalogue entry form: the message under the first field it refuses. */
function entry(change: Partial<SolutionDraft>): BadInput['attempt'] {
  return async (w: World) => {
    const drafted = solutionFromDraft({ ...draftFrom(undefined, 'nn'), name: 'Digital post', operator: 'KS', purpose: 'Post', ...change }, undefined, new Set(), 'nn')
    if (drafted.ok) throw new Error('The entry form would save this')
    return w.say('fellesloysingar', `form.${Object.values(drafted.errors)[0]!}`)
  }
}

const today = formatDateLong(todayIso())
const price = { addPrice: true, fromYear: '2026', connectionKind: 'fixed' as const, connectionAmount: '25000', source: 'KS', statedOn: '2025' }

export const FIELD_INPUTS: BadInput[] = [
  { entry: 'folketal', input: 'negative (-5)', nn: 'Folketalet kan ikkje vere negativt.', nb: 'Folketallet kan ikke være negativt.', attempt: figure('-5') },
  { entry: 'folketal', input: 'zero', nn: 'Folketalet må vere minst 1.', nb: 'Folketallet må være minst 1.', attempt: figure('0') },
  { entry: 'folketal', input: 'text («to tusen»)', nn: 'Folketalet kan berre innehalde siffer og mellomrom.', nb: 'Folketallet kan bare inneholde sifre og mellomrom.', attempt: figure('to tusen') },
  { entry: 'folketal', input: '1e9', nn: 'Folketalet kan berre innehalde siffer og mellomrom.', nb: 'Folketallet kan bare inneholde sifre og mellomrom.', attempt: figure('1e9') },
  { entry: 'folketal', input: 'over ten million', nn: 'Folketalet kan ikkje vere over 10 000 000.', nb: 'Folketallet kan ikke være over 10 000 000.', attempt: figure('999999999999') },
  { entry: 'folketal', input: 'decimals (2853,5)', nn: 'Folketalet må vere eit heilt tal, utan desimalar.', nb: 'Folketallet må være et helt tall, uten desimaler.', attempt: figure('2853,5') },
  { entry: 'folketal', input: 'empty', nn: 'Skriv inn folketalet.', nb: 'Skriv inn folketallet.', attempt: figure('   ') },
  { entry: 'folketal', input: 'a thousands point (2.853)', nn: 'Skriv folketalet utan punktum, til dømes 2853 eller 2 853.', nb: 'Skriv folketallet uten punktum, for eksempel 2853 eller 2 853.', attempt: figure('2.853') },
  { entry: 'folketal date', input: 'in the future (2031)', nn: `Datoen kan ikkje vere etter i dag (${today}): eit folketal gjeld ein dag som har vore.`, nb: `Datoen kan ikke være etter i dag (${today}): et folketall gjelder en dag som har vært.`, attempt: figure('2853', '2031-01-01') },
  { entry: 'folketal date', input: '1899', nn: 'Datoen er meir enn to år før invitasjonen (1. mars 2025). Sjekk at talet og datoen er rette. Lagre likevel om det er dette talet de skal bruke.', nb: 'Datoen er mer enn to år før invitasjonen (1. mars 2025). Sjekk at tallet og datoen er riktige. Lagre likevel hvis det er dette tallet dere skal bruke.', attempt: figure('2853', '1899-12-31') },
  { entry: 'folketal date', input: 'no such day (2025-02-30)', nn: 'Vel datoen folketalet gjeld for.', nb: 'Velg datoen folketallet gjelder for.', attempt: figure('2853', '2025-02-30') },
  { entry: 'folketal date', input: 'after the invitation', nn: 'Datoen er etter invitasjonen (1. mars 2025). Runden reknar vanlegvis med folketalet før invitasjonen kom. Lagre likevel om det er dette talet de skal bruke.', nb: 'Datoen er etter invitasjonen (1. mars 2025). Runden regner vanligvis med folketallet før invitasjonen kom. Lagre likevel hvis det er dette tallet dere skal bruke.', attempt: figure('2853', '2025-04-01') },
  { entry: 'folketal source', input: 'empty', nn: 'Skriv kvar folketalet kjem frå.', nb: 'Skriv hvor folketallet kommer fra.', attempt: figure('2853', '2025-01-01', ' ') },
  { entry: 'round', input: 'no name', nn: 'Gje runden eit namn.', nb: 'Gi runden et navn.', attempt: round({ name: '  ' }) },
  { entry: 'round', input: 'invitation date as text', nn: 'Vel ein dato.', nb: 'Velg en dato.', attempt: round({ invitationDate: 'i morgon' }) },
  { entry: 'round', input: 'answer before the invitation', nn: 'Svarfristen kan ikkje vere før invitasjonen.', nb: 'Svarfristen kan ikke være før invitasjonen.', attempt: round({ answerBy: '2026-01-01' }) },
  { entry: 'round', input: 'budget year 1899', nn: 'Budsjettåret må vere eit årstal, til dømes 2018.', nb: 'Budsjettåret må være et årstall, for eksempel 2018.', attempt: round({ budgetYear: '1899' }) },
  { entry: 'round', input: 'rate negative', nn: 'Skriv satsen som eit tal i kroner, til dømes 20 eller 0,125.', nb: 'Skriv satsen som et tall i kroner, for eksempel 20 eller 0,125.', attempt: round({ rateKommune: '-20' }) },
  { entry: 'round', input: 'rate zero', nn: 'Skriv satsen som eit tal i kroner, til dømes 20 eller 0,125.', nb: 'Skriv satsen som et tall i kroner, for eksempel 20 eller 0,125.', attempt: round({ rateKommune: '0' }) },
  { entry: 'round', input: 'rate as words', nn: 'Skriv satsen som eit tal i kroner, til dømes 20 eller 0,125.', nb: 'Skriv satsen som et tall i kroner, for eksempel 20 eller 0,125.', attempt: round({ rateFylkeskommune: 'tjue' }) },
  { entry: 'round', input: 'rate above 10 000', nn: 'Skriv satsen som eit tal i kroner, til dømes 20 eller 0,125.', nb: 'Skriv satsen som et tall i kroner, for eksempel 20 eller 0,125.', attempt: round({ rateKommune: '20 001' }) },
  { entry: 'profile', input: 'sakshandsamar empty', nn: 'Skriv namnet ditt.', nb: 'Skriv navnet ditt.', attempt: profile('   ') },
  { entry: 'profile', input: 'sakshandsamar 121 characters', nn: 'Namnet kan vere på høgst 120 teikn.', nb: 'Navnet kan være på høyst 120 tegn.', attempt: profile('A'.repeat(121)) },
  { entry: 'profile', input: 'own title empty', nn: 'Skriv tittelen, eller vel ein frå lista.', nb: 'Skriv tittelen, eller velg en fra listen.', attempt: profile('Anders Teigen', 'custom', '') },
  { entry: 'profile', input: 'own title 500 characters', nn: 'Tittelen kan vere på høgst 120 teikn.', nb: 'Tittelen kan være på høyst 120 tegn.', attempt: profile('Anders Teigen', 'custom', 'rådmann '.repeat(62)) },
  { entry: 'profile', input: 'no kommune chosen', nn: 'Vel kommunen eller fylkeskommunen frå lista.', nb: 'Velg kommunen eller fylkeskommunen fra listen.', attempt: profile('Anders Teigen', 'kommunedirektoer', '', false) },
  { entry: 'participation', input: 'paid before invoiced', nn: 'Deltakinga står på «melding sendt til KS», så «betalt» kan ikkje registrerast no. Neste steg er «fakturert».', nb: 'Deltakelsen står på «melding sendt til KS», så «betalt» kan ikke registreres nå. Neste steg er «fakturert».', attempt: step({ status: 'betalt' }) },
  { entry: 'participation', input: 'a second decision', nn: 'Deltakinga står på «melding sendt til KS», så «vedteke» kan ikkje registrerast no. Neste steg er «fakturert».', nb: 'Deltakelsen står på «melding sendt til KS», så «vedtatt» kan ikke registreres nå. Neste steg er «fakturert».', attempt: step({ status: 'vedteke', decision: 'ja', utval: 'K', saksnummer: '1' } as Step) },
  { entry: 'participation', input: 'amount as words', nn: '«mykje» er ikkje eit beløp. Skriv kroner, til dømes 57 060 eller 57 060,50.', nb: '«mykje» er ikke et beløp. Skriv kroner, for eksempel 57 060 eller 57 060,50.', attempt: step({ status: 'fakturert', amount: 'mykje' } as Step) },
  { entry: 'participation', input: 'amount negative', nn: '«-57 060» er ikkje eit beløp. Skriv kroner, til dømes 57 060 eller 57 060,50.', nb: '«-57 060» er ikke et beløp. Skriv kroner, for eksempel 57 060 eller 57 060,50.', attempt: step({ status: 'fakturert', amount: '-57 060' } as Step) },
  { entry: 'participation', input: 'amount zero', nn: '«0» er ikkje eit beløp. Skriv kroner, til dømes 57 060 eller 57 060,50.', nb: '«0» er ikke et beløp. Skriv kroner, for eksempel 57 060 eller 57 060,50.', attempt: step({ status: 'fakturert', amount: '0' } as Step) },
  { entry: 'participation', input: 'amount empty', nn: 'Skriv beløpet.', nb: 'Skriv beløpet.', attempt: step({ status: 'fakturert', amount: ' ' } as Step) },
  { entry: 'participation', input: 'no invoice reference', nn: 'Skriv fakturareferansen.', nb: 'Skriv fakturareferansen.', attempt: step({ status: 'fakturert', invoiceReference: '' } as Step) },
  { entry: 'participation', input: 'no such day', nn: 'Skriv ein gyldig dato.', nb: 'Skriv en gyldig dato.', attempt: step({ status: 'fakturert', date: '2025-02-30' }) },
  { entry: 'participation', input: 'before the step it follows', nn: 'Datoen 1. april 2025 er før steget «melding sendt til KS» (20. april 2025). Skriv 20.04.2025 eller ein seinare dato.', nb: 'Datoen 1. april 2025 er før steget «melding sendt til KS» (20. april 2025). Skriv 20.04.2025 eller en senere dato.', attempt: step({ status: 'fakturert', date: '2025-04-01' }) },
  { entry: 'participation', input: 'by nobody', nn: 'Skriv kven som registrerer steget.', nb: 'Skriv hvem som registrerer steget.', attempt: step({ status: 'fakturert', by: '  ' }) },
  { entry: 'adoption', input: 'in use before decided', nn: 'Frå «vurderer» kan tilknytinga berre gå til «vedteke» eller «avslutta», ikkje til «i bruk».', nb: 'Fra «vurderer» kan tilknytningen bare gå til «vedtatt» eller «avsluttet», ikke til «i bruk».', attempt: adoption('iBruk', {}) },
  { entry: 'adoption', input: 'decided without utval and saksnummer', nn: 'Skriv kva utval som gjorde vedtaket og saksnummeret (til dømes Kommunestyret, 65/17).', nb: 'Skriv hvilket utvalg som gjorde vedtaket og saksnummeret (for eksempel Kommunestyret, 65/17).', attempt: adoption('vedteke', {}) },
  { entry: 'adoption', input: 'a step with no such day', nn: 'Skriv ein gyldig dato.', nb: 'Skriv en gyldig dato.', attempt: adoption('avslutta', { date: '2025-02-30' }) },
  { entry: 'adoption', input: 'a planned start of month 13', nn: 'Skriv ein gyldig dato.', nb: 'Skriv en gyldig dato.', attempt: adoption('start', {}) },
  { entry: 'catalogue entry', input: 'no name', nn: 'Fyll ut feltet.', nb: 'Fyll ut feltet.', attempt: entry({ name: ' ' }) },
  { entry: 'catalogue entry', input: 'a link that is no web address', nn: 'Skriv ei lenkje som byrjar med https://.', nb: 'Skriv en lenke som begynner med https://.', attempt: entry({ url: 'ftp://ks.no/fil' }) },
  { entry: 'catalogue entry', input: 'a price from 1999', nn: 'Skriv eit årstal frå 2000 til 2100.', nb: 'Skriv et årstall fra 2000 til 2100.', attempt: entry({ ...price, fromYear: '1999' }) },
  { entry: 'catalogue entry', input: 'a price as words', nn: 'Skriv eit beløp som 25000 eller 0,125.', nb: 'Skriv et beløp som 25000 eller 0,125.', attempt: entry({ ...price, connectionAmount: 'gratis' }) },
  { entry: 'catalogue entry', input: 'stated on as text', nn: 'Skriv åååå eller dd.mm.åååå, til dømes 2021 eller 30.06.2021.', nb: 'Skriv åååå eller dd.mm.åååå, for eksempel 2021 eller 30.06.2021.', attempt: entry({ ...price, statedOn: 'i fjor' }) }
]
