import { formatDateLong, formatInnbyggjarar, formatKroner, formatNumber, formatRate, parseIsoDate } from '../format'
import { areaName, bracketed, capitalise } from '../saksframlegg/phrase'
import type { TilknytingCase } from './model'
import { anyOre, bandList, bandOf, budgetKroner, checkTellable, edgeAt, leftOut, listed, modelChanged, oldPriceYear, pendingPrice, pricesFromVedlegg, partAmounts, period, runningSum, solutionInText, solutionNamed, statedDate, yearsBeforePrice, yearSpan } from './phrase'
import type { TilknytingText } from './textTypes'
import { textNb } from '../saksframlegg/text.nb'
import { headerLabels } from '../saksframlegg/textTypes'

/**
 * Bokmål, as Levanger's case (ordliste.md): "tilknytningskostnad", "innbyggere", "forvaltning,
 * drift, vedlikehold og videreutvikling", the passive with -es ("innarbeides").
 */

/** The catalogue's fields as clauses of one sentence (set 4, B18); an unknown funding is the vurdering's to say. */
const STATUS = { underUtvikling: 'er under utvikling', tilgjengeleg: 'er i bruk i dag', avvikla: 'er avviklet' } as const
const FUND = { yes: 'er finansiert av KS DigiFin', no: 'er ikke finansiert av KS DigiFin', unknown: '' } as const
const PEOPLE = 'innbyggere'
const WORDS = { perPerson: 'per innbygger', and: 'pluss', byPopulation: 'etter folketall', people: PEOPLE }

const self = (c: TilknytingCase): string => (c.contributorKind === 'kommune' ? 'kommunen' : 'fylkeskommunen')
/** The operator KS's prices and the running cost are to be settled with: "KS Digital". */
const op = (c: TilknytingCase): string => c.solution.operator.trim() || 'KS'
/** KS as the catalogue names it the operator, «KS Digital» or «KS»: whose word the case's KS claims are (set 12, B9). */
const ks = (c: TilknytingCase): string => /\bKS Digital\b/.test(c.solution.operator) ? 'KS Digital' : 'KS'

/**
 * A price the source leaves out, said of the source the case cites (vedlegg 1, the catalogue entry's
 * page), not of a website the reader may find otherwise (set 8, A3).
 */
const notStated = (c: TilknytingCase, what: string): string =>
  c.price ? `Vedlegg 1 oppgir ikke ${what}.` : `${capitalise(what)} er ikke kjent.`
/** KS runs the solution: the kommune signs KS's hovedavtale and a tjenestevedlegg for it. */
const byKs = (c: TilknytingCase): boolean => /\bKS\b/.test(c.solution.operator)
/** Statuses past the council's decision to take part and short of payment. */
const DECIDED: readonly string[] = ['vedteke', 'meldingSendt', 'fakturert']

/** An amount with øre in whole kroner, saying so: the case and its table give one figure (set 12, B10). */
const wholeKroner = (amount: string): string => (anyOre([amount]) ? `${budgetKroner(amount)} (avrundet til hele kroner)` : formatKroner(amount))

function population(c: TilknytingCase): string {
  const p = c.population
  if (!p) return 'Folketallet er ikke satt opp, så kostnadene som følger folketallet, er ikke regnet ut: [folketall].'
  const source = bracketed(p.source.nb) || '[kilde for folketallet]'
  if (p.dateInSource) return `Kostnadene er regnet ut fra folketallet i ${areaName(c.organisationInText)}, ${formatInnbyggjarar(p.count, 'nb')} (${source}).`
  const date = p.date ? formatDateLong(p.date) : '[dato for folketallet]'
  return `Kostnadene er regnet ut fra folketallet i ${areaName(c.organisationInText)} per ${date}, ${formatInnbyggjarar(p.count, 'nb')} (${source}).`
}

function connection(c: TilknytingCase): string {
  const rule = c.price?.connection
  const count = c.population?.count
  // Under a prinsippvedtak the year is the first the solution may be taken into use, not a fact (set 14, B6).
  const when = pendingPrice(c)
    ? `Beløpet er lagt inn i ${parseIsoDate(c.start).year}, det første året løsningen kan tas i bruk.`
    : `Beløpet belastes i ${parseIsoDate(c.start).year}, året løsningen tas i bruk.`
  const noFigure = 'Beløpet kan ikke regnes ut uten folketall.'
  const from = c.price?.inForceFrom
  if (from !== undefined) {
    const year = parseIsoDate(c.start).year
    return `Vedlegg 1 gir priser fra ${from}, og ${self(c)} skal ta løsningen i bruk i ${year}. Tilknytningskostnaden for ${year} er derfor ikke kjent, er ikke med i summene nedenfor og må innhentes fra ${op(c)}.`
  }
  switch (rule?.kind) {
    case undefined:
    case 'unknown':
      return `${notStated(c, 'tilknytningskostnaden')} Den er derfor ikke med i summene nedenfor og må innhentes fra ${op(c)}.`
    case 'none':
      return 'Kilden oppgir at det ikke er noen tilknytningskostnad.'
    case 'fixed':
      return `Tilknytningskostnaden er et engangsbeløp på ${formatKroner(rule.amount)}. ${when}`
    case 'perInnbyggjar':
      return (
        `Tilknytningskostnaden er et engangsbeløp på ${formatRate(rule.rate)} per innbygger. ` +
        (count === undefined || c.connection.kind !== 'amount'
          ? noFigure
          : `For ${formatInnbyggjarar(count, 'nb')} blir det ${formatNumber(count)} × ${formatRate(rule.rate)} = ${wholeKroner(c.connection.amount)}. ${when}`)
      )
    case 'bands': {
      const edge = edgeAt(rule, count)
      const note = edge?.kind === 'band' && count !== undefined ? `Vi har lagt til grunn at ${formatNumber(count)} innbyggere hører til «${edge.label('nb')}».` : ''
      const band = count === undefined ? undefined : bandOf(rule.bands, count, 'nb')
      return (
        `Tilknytningskostnaden er et engangsbeløp etter folketall: ${bandList(rule.bands, 'nb', PEOPLE)}.${note ? ` ${note}` : ''} ` +
        (count === undefined || c.connection.kind !== 'amount' || !band
          ? noFigure
          : `${areaName(c.organisationInText)} har ${band} ${PEOPLE}, og tilknytningskostnaden blir derfor ${formatKroner(c.connection.amount)}. ${when}`)
      )
    }
    case 'threshold': {
      const n = formatNumber(rule.threshold)
      const stated =
        `Tilknytningskostnaden er et engangsbeløp på ${formatKroner(rule.below)} for ${c.contributorKind}r med under ${n} innbyggere ` +
        `og ${formatRate(rule.rate)} per innbygger for større ${c.contributorKind}r.`
      if (count === undefined || c.connection.kind !== 'amount') return `${stated} ${noFigure}`
      const result =
        count < rule.threshold
          ? `Med ${formatInnbyggjarar(count, 'nb')} blir tilknytningskostnaden ${formatKroner(c.connection.amount)}.`
          : `Med ${formatInnbyggjarar(count, 'nb')} blir tilknytningskostnaden ${formatNumber(count)} × ${formatRate(rule.rate)} = ${wholeKroner(c.connection.amount)}.`
      const edge = edgeAt(rule, count) ? ` Vi har lagt til grunn at en ${c.contributorKind} med ${n} innbyggere betaler per innbygger.` : ''
      return `${stated}${edge} ${result} ${when}`
    }
  }
}

function running(c: TilknytingCase): string[] {
  const rule = c.price?.running
  if (!rule || rule.kind === 'unknown') {
    return [`${notStated(c, 'driftsprisen')} Driftskostnaden er derfor ikke med i summene nedenfor, og driftsprisen må innhentes fra ${op(c)}.`]
  }
  if (rule.kind === 'none') return ['Kilden oppgir at det ikke er noen driftskostnad.']
  const perYear = c.runningPerYear
  const before = yearsBeforePrice(c)
  const from = before.length && c.price?.inForceFrom ? `${c.price.inForceFrom}-01-01` : c.start
  const sum = runningSum(rule.parts, c.population?.count)
  const payee = (part: (typeof rule.parts)[number]): string => (rule.parts.length > 1 ? ` til ${part.payee}` : '')
  const only = rule.parts.length === 1 ? rule.parts[0] : undefined
  // A yearly price by population alone reads as what it depends on (set 7, C2).
  const parts =
    only?.bands && !only.fixed && !only.perInnbyggjar && only.bands.per === 'year'
      ? `Den årlige driftsprisen avhenger av folketallet: ${bandList(only.bands.bands, 'nb', PEOPLE)}`
      : `Driftsprisen er ${rule.parts.map((part) => partAmounts(part, 'nb', WORDS) + payee(part)).join(' og ')}`
  const result =
    sum && perYear.kind === 'amount'
      ? `${parts}: ${sum} = ${formatKroner(perYear.amount)} per år.`
      : `${parts}. ` +
        (perYear.kind === 'amount' && c.population
      ? `For ${formatInnbyggjarar(c.population.count, 'nb')} er driftskostnaden ${formatKroner(perYear.amount)} per år, regnet fra ${formatDateLong(from)}.`
      : perYear.kind === 'amount'
        ? `Driftskostnaden er ${formatKroner(perYear.amount)} per år, regnet fra ${formatDateLong(from)}.`
        : 'Beløpet kan ikke regnes ut uten folketall.')
  const discount = rule.discountUnknown ? ' Kilden nevner en rabatt, men ikke regelen for den; beløpene her er før rabatt.' : ''
  const unknownYears = before.length
    ? ` Vedlegg 1 gir ingen driftspris før ${c.price?.inForceFrom}, så driftskostnaden for ${yearSpan(before)} er ikke kjent og er ikke med i summene.`
    : ''
  return [`${ks(c)} opplyser at driftskostnaden skal dekke forvaltning, drift, vedlikehold og videreutvikling (FDVU). ${result}${discount}${unknownYears}`]
}

function access(c: TilknytingCase): string {
  const name = solutionInText(c.solution.name)
  const rule = 'Bare kommuner som har betalt engangsbeløpet til ordningen, kan ta i bruk løsninger som KS DigiFin har finansiert.'
  switch (c.access.kind) {
    case 'notFundFinanced':
      return `${name} er ikke finansiert av KS DigiFin, så regelen om at bare kommuner som har betalt engangsbeløpet, kan ta løsningene i bruk, gjelder ikke her.`
    case 'fundUnknown':
      return `Kilden sier ikke om ${name} er finansiert av KS DigiFin. ${rule} Dette bør avklares med ${op(c)}.`
    case 'paid':
      return `${name} er finansiert av KS DigiFin. ${rule} ${paid(c, c.access)}`
    case 'notPaid': {
      const status = c.access.participation
      const must = `${capitalise(self(c))} må betale sin andel før løsningen kan tas i bruk, og innstillingen setter det som forutsetning.`
      if (!status) return `${name} er finansiert av KS DigiFin. ${rule} [bekreft at ${self(c)} har betalt engangsbeløpet til KS DigiFin]`
      const council = c.contributorKind === 'kommune' ? 'Kommunestyret' : 'Fylkestinget'
      const where = DECIDED.includes(status)
        ? `${council} vedtok å delta i finansieringsordningen, men beløpet er ikke betalt ennå.`
        : `${c.organisationInText} har ikke betalt engangsbeløpet til KS DigiFin.`
      return `${name} er finansiert av KS DigiFin. ${rule} ${where} ${must}`
    }
  }
}

/** The DPIA: required where the catalogue says the solution handles data of a special kind, else to be considered (set 12, A3). */
function dpia(c: TilknytingCase): string {
  const data = c.solution.sensitiveData?.nb.trim()
  if (data) return `Før løsningen tas i bruk, må ${self(c)} gjennomføre en risiko- og sårbarhetsanalyse (ROS-analyse) og en personvernkonsekvensvurdering (DPIA), fordi løsningen behandler ${data}.`
  return `Før løsningen tas i bruk, må ${self(c)} gjennomføre en risiko- og sårbarhetsanalyse (ROS-analyse) og vurdere om det trengs en personvernkonsekvensvurdering (DPIA).`
}

/** Where the prices are from, after them; old prices are cited where the economy says they are not adjusted (set 4, B20, B23). */
function pricesCited(c: TilknytingCase): string[] {
  const price = c.price
  if (!price || oldPriceYear(c) !== undefined) return []
  const which = pricesFromVedlegg(price)
  if (which === 'none') return []
  const what = which === 'connection' ? 'Tilknytningsprisen er hentet' : which === 'running' ? 'Driftsprisen er hentet' : 'Prisene er hentet'
  return [`${what} fra vedlegg 1${price.statedOn ? `, gjelder ${statedDate(price.statedOn)}` : ''}${checkTellable(c) ? ` og ble sist kontrollert i ${statedDate(price.collectedOn)}` : ''}.`]
}

/** The payment to the fund, citing the council's vedtak when the tracking record holds it. */
function paid(c: TilknytingCase, access: Extract<TilknytingCase['access'], { kind: 'paid' }>): string {
  const d = access.decision
  if (d) {
    const payment = access.paidOn ? `, og ${self(c)} betalte engangsbeløpet ${formatDateLong(access.paidOn)}` : ''
    return `${d.utval} vedtok ${formatDateLong(d.date)} (sak ${d.saksnummer}) å delta i ordningen${payment}. ${capitalise(self(c))} kan derfor ta løsningen i bruk.`
  }
  return `${c.organisationInText} ${access.paidOn ? `betalte engangsbeløpet til KS DigiFin ${formatDateLong(access.paidOn)}` : 'har betalt engangsbeløpet til KS DigiFin'} og kan derfor ta løsningen i bruk.`
}

/** The price the operator must confirm before the kommune takes the solution into use, by name. */
const PENDING = { both: 'prisene', running: 'driftsprisen', connection: 'tilknytningskostnaden' } as const
const pending = (c: TilknytingCase): string | undefined => {
  const which = pendingPrice(c)
  return which && PENDING[which]
}

/**
 * What the innstilling binds: only the costs that are known, at the prices KS confirms when they
 * are old. With a price not yet known the council does not give fullmakt to sign a tjenestevedlegg
 * that binds the kommune to it: the case comes back when KS has confirmed it (set 7, A1).
 */
function budget(c: TilknytingCase, chief: string): string {
  const { connection: conn, running: run } = c.rowTotals
  const year = oldPriceYear(c)
  // The council budgets the old amount and knows when it changes (set 14, A2).
  const adjusted = (one: boolean): string => (year === undefined ? '' : `, og justeres når ${op(c)} har bekreftet ${one ? 'prisen' : 'prisene'}`)
  const waiting = pendingPrice(c)
  if (waiting) {
    // The prinsippvedtak binds nothing the council has not seen an amount for (set 10, A2/A3).
    const again = `Saken legges fram på nytt når ${op(c)} har oppgitt ${PENDING[waiting]}. Inntil da ${byKs(c) ? 'inngås ikke tjenestevedlegg' : `binder ikke ${self(c)} seg`}.`
    if (waiting === 'running' && conn.kind === 'amount' && !/^0(\.0+)?$/.test(conn.amount)) {
      return `Tilknytningskostnaden på ${budgetKroner(conn.amount)} innarbeides i budsjett ${parseIsoDate(c.start).year}${adjusted(true)}. Driftskostnaden kommer i tillegg og er ikke budsjettert. ${again}`
    }
    if (waiting === 'connection' && run.kind === 'amount') {
      const perYear = c.runningPerYear.kind === 'amount' ? `, ${year === undefined ? '' : 'om lag '}${budgetKroner(c.runningPerYear.amount)} per år${year === undefined ? '' : ` (${year}-priser)`},` : ''
      return `Driftskostnaden${perYear} innarbeides i budsjett ${c.years[0]} og økonomiplanen ${period(c)}${adjusted(true)}. Tilknytningskostnaden kommer i tillegg og er ikke budsjettert. ${again}`
    }
    return again
  }
  const sign = byKs(c) ? ` ${capitalise(chief)} gis fullmakt til å inngå tjenestevedlegg for løsningen.` : ''
  return `Kostnadene innarbeides i budsjett ${c.years[0]} og økonomiplanen ${period(c)}${adjusted(false)}.${sign}`
}

export const tilknytingNb: TilknytingText = {
  maalform: 'nb',
  documentKind: 'SAKSFRAMLEGG',
  labels: {
    ...headerLabels(textNb),
    item: 'Post',
    connection: 'Tilknytning',
    running: 'Drift',
    sum: 'Sum',
    knownSum: 'Sum kjent'
  },
  gaps: { unknownPrice: 'ikke\u00a0kjent', noPopulation: '[folketall]' },
  executive: (kind) => (kind === 'kommune' ? 'Formannskapet' : 'Fylkesutvalget'),
  title: (name) => `Tilknytning til ${solutionNamed(name, 'fellesløsningen')}`,
  headings: { subject: 'Saken gjelder', background: 'Bakgrunn', assessment: 'Vurdering', economy: 'Økonomiske konsekvenser' },
  innstillingHeading: (chief) => `Innstilling fra ${chief}`,
  subject: (c) =>
    `${c.organisationInText} må ta stilling til om ${self(c)} skal ta i bruk ${solutionNamed(c.solution.name, 'fellesløsningen')}, og hva det vil koste i økonomiplanperioden ${period(c)}.`,
  background: (c) => {
    const s = c.solution
    return {
      intro:
        `${solutionInText(s.name)} er en fellesløsning for kommunal sektor. ${s.purpose.nb.trim() || '[hva løsningen gjør]'} ` +
        `Løsningen ${listed([`eies og drives av ${s.operator.trim()}`, FUND[s.fundFinanced], STATUS[s.status]], 'og')}.`,
      after: [
        'En kommune som tar i bruk en løsning som KS DigiFin har finansiert, betaler en tilknytningskostnad som går tilbake til ordningen. ' +
          `Kommunene som bruker løsningen, deler kostnadene til forvaltning, drift, vedlikehold og videreutvikling. Ifølge ${ks(c)} er prisene satt til selvkost.`,
        ...(byKs(c) ? [`${capitalise(self(c))} må ha hovedavtale med KS (SSA-L) og inngå et tjenestevedlegg for løsningen.`] : []),
        // The prices' source is cited under the economy, with the prices (set 10, B12; set 12, B12).
        ...(c.price ? [] : ['Katalogen har ingen pris for løsningen.'])
      ]
    }
  },
  assessment: (c, chief) => [
    access(c),
    c.benefit || `[hva ${self(c)} får ut av løsningen og hvem som skal bruke den]`,
    // General law (personopplysningsloven, GDPR art. 35), not a fact about the kommune (set 10, A5); required
    // where the catalogue entry handles data of a special kind, else to be considered (set 12, A3).
    dpia(c),
    // With a price not yet known the chief recommends a prinsippvedtak, in one paragraph with why (set 10, A2; D26).
    ...(pending(c)
      ? [
          `Ikke alle kostnadene er kjente, se «Økonomiske konsekvenser» nedenfor. ${capitalise(chief)} anbefaler derfor et prinsippvedtak om at ${c.organisationInText} tar i bruk ${solutionInText(c.solution.name)}: ` +
            `de kjente kostnadene budsjetteres nå, men ${self(c)} binder seg ikke før ${op(c)} har oppgitt ${pending(c)} og saken er lagt fram på nytt.`
        ]
      : [
          ...(c.total.incomplete ? [`Ikke alle kostnadene er kjente, se «Økonomiske konsekvenser» nedenfor. De må avklares med ${op(c)} før ${self(c)} binder seg.`] : []),
          `${capitalise(chief)} anbefaler at ${c.organisationInText} tar i bruk ${solutionInText(c.solution.name)}.`
        ])
  ],
  // The source's note (what the connection covers, how the running price is built) before the running cost, which it explains (set 4, B22).
  economy: (c) => [population(c), connection(c), ...(c.price?.note?.nb.trim() ? [c.price.note.nb.trim()] : []), ...running(c), ...pricesCited(c)],
  // When the prices were checked stands with their year, so the two do not read as a contradiction (set 7, B6).
  oldPrices: (year, c) =>
    `Vedlegg 1 viser fortsatt prisene fra ${year}${c.price && checkTellable(c) ? ` (kontrollert i ${statedDate(c.price.collectedOn)})` : ''}. ` +
    `Tallene nedenfor bygger på disse prisene og er ikke prisjusterte. ` +
    (modelChanged(year, c)
      ? `Ifølge ${ks(c)} er tjenestene fra 2025 finansiert med grunnfinansiering og en pris per tjeneste. ${op(c)} må derfor bekrefte at prisene fortsatt gjelder, før avtale inngås.`
      : `${op(c)} må bekrefte prisen før avtale inngås.`),
  tableIntro: (c, rounded, sumsOff) =>
    !rounded
      ? `Kostnadene for ${c.organisationInText} år for år, i kroner:`
      : sumsOff
        ? `Kostnadene for ${c.organisationInText} år for år, i hele kroner. Summene er regnet ut fra de nøyaktige beløpene og avviker derfor med en krone eller to fra summen av de avrundede tallene:`
        : `Kostnadene for ${c.organisationInText} år for år, i hele kroner:`,
  totals: (c) => {
    const out = leftOut(c)
    const missing = [out.connection ? 'tilknytningskostnaden' : '', out.running ? 'driftskostnaden' : ''].filter(Boolean).join(' og ')
    if (!c.total.incomplete) return [`Til sammen koster løsningen ${self(c)} ${budgetKroner(c.total.amount)} i perioden ${period(c)}.`]
    // Why a cost the source does not state is left out is said once, where the cost is told of.
    const known = `De kjente kostnadene er til sammen ${budgetKroner(c.total.amount)} i perioden ${period(c)}.`
    return [out.population ? `Summene er bare de kostnadene som kan regnes ut; ${missing} er ikke med før folketallet er satt opp. ${known}` : known]
  },
  innstilling: (c, chief) =>
    // A price not yet known: the council backs the adoption and binds only the known costs; the case comes back (set 7, A1).
    (pending(c)
      ? `${c.organisationInText} skal ta i bruk ${solutionNamed(c.solution.name, 'fellesløsningen')}, tidligst fra ${formatDateLong(c.start)} (prinsippvedtak).`
      : `${c.utval} vedtar at ${c.organisationInText} tar i bruk ${solutionNamed(c.solution.name, 'fellesløsningen')} fra ${formatDateLong(c.start)}.`) +
    (c.access.kind === 'notPaid' ? ` Forutsetningen er at ${self(c)} har betalt engangsbeløpet til KS DigiFin.` : '') +
    ` ${budget(c, chief)}`,
  footer: { page: 'Side', of: 'av' }
}
