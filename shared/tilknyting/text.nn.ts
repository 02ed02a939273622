import { formatDateLong, formatInnbyggjarar, formatKroner, formatNumber, formatRate, parseIsoDate } from '../format'
import { areaName, bracketed, capitalise } from '../saksframlegg/phrase'
import type { TilknytingCase } from './model'
import { anyOre, bandList, bandOf, budgetKroner, checkTellable, edgeAt, leftOut, listed, modelChanged, oldPriceYear, pendingPrice, pricesFromVedlegg, partAmounts, period, runningSum, solutionInText, solutionNamed, statedDate, yearsBeforePrice, yearSpan } from './phrase'
import type { TilknytingText } from './textTypes'
import { textNn } from '../saksframlegg/text.nn'
import { headerLabels } from '../saksframlegg/textTypes'

/**
 * Nynorsk, as the DigiFin saksframlegg (seed 001, ordliste.md): "vert" for the passive, "ikkje",
 * "frå", "berre", "tilknytingskostnad", "forvalting, drift, vedlikehald og vidareutvikling".
 */

/** The catalogue's fields as clauses of one sentence (set 4, B18); an unknown funding is the vurdering's to say. */
const STATUS = { underUtvikling: 'er under utvikling', tilgjengeleg: 'er i bruk i dag', avvikla: 'er avvikla' } as const
const FUND = { yes: 'er finansiert av KS DigiFin', no: 'er ikkje finansiert av KS DigiFin', unknown: '' } as const
const PEOPLE = 'innbyggjarar'
const WORDS = { perPerson: 'per innbyggjar', and: 'pluss', byPopulation: 'etter folketal', people: PEOPLE }

const self = (c: TilknytingCase): string => (c.contributorKind === 'kommune' ? 'kommunen' : 'fylkeskommunen')
/** The operator KS's prices and the running cost are to be settled with: "KS Digital". */
const op = (c: TilknytingCase): string => c.solution.operator.trim() || 'KS'
/** KS as the catalogue names it the operator, «KS Digital» or «KS»: whose word the case's KS claims are (set 12, B9). */
const ks = (c: TilknytingCase): string => /\bKS Digital\b/.test(c.solution.operator) ? 'KS Digital' : 'KS'

/**
 * A price the source leaves out, said of the source the case cites (vedlegg 1, the catalogue entry's
 * page), not of a website the reader may find otherwise (set 8, A3).
 */
const notStated = (c: TilknytingCase, what: string): string => (c.price ? `Vedlegg 1 oppgjev ikkje ${what}.` : `${capitalise(what)} er ikkje kjend.`)
/** KS runs the solution: the kommune signs KS's hovudavtale and a tenestevedlegg for it. */
const byKs = (c: TilknytingCase): boolean => /\bKS\b/.test(c.solution.operator)
/** Statuses past the council's decision to take part and short of payment. */
const DECIDED: readonly string[] = ['vedteke', 'meldingSendt', 'fakturert']

/** An amount with øre in whole kroner, saying so: the case and its table give one figure (set 12, B10). */
const wholeKroner = (amount: string): string => (anyOre([amount]) ? `${budgetKroner(amount)} (avrunda til heile kroner)` : formatKroner(amount))

function population(c: TilknytingCase): string {
  const p = c.population
  if (!p) return 'Folketalet er ikkje sett opp, så kostnadene som følgjer folketalet, er ikkje rekna ut: [folketal].'
  const source = bracketed(p.source.nn) || '[kjelde for folketalet]'
  if (p.dateInSource) return `Kostnadene er rekna ut frå folketalet i ${areaName(c.organisationInText)}, ${formatInnbyggjarar(p.count, 'nn')} (${source}).`
  const date = p.date ? formatDateLong(p.date) : '[dato for folketalet]'
  return `Kostnadene er rekna ut frå folketalet i ${areaName(c.organisationInText)} per ${date}, ${formatInnbyggjarar(p.count, 'nn')} (${source}).`
}

function connection(c: TilknytingCase): string {
  const rule = c.price?.connection
  const count = c.population?.count
  // Under a prinsippvedtak the year is the first the solution may be taken into use, not a fact (set 14, B6).
  const when = pendingPrice(c)
    ? `Beløpet er lagt inn i ${parseIsoDate(c.start).year}, det første året løysinga kan takast i bruk.`
    : `Beløpet vert belasta i ${parseIsoDate(c.start).year}, året løysinga vert teken i bruk.`
  const noFigure = 'Beløpet kan ikkje reknast ut utan folketal.'
  const from = c.price?.inForceFrom
  if (from !== undefined) {
    const year = parseIsoDate(c.start).year
    return `Vedlegg 1 gjev prisar frå ${from}, og ${self(c)} skal ta løysinga i bruk i ${year}. Tilknytingskostnaden for ${year} er difor ikkje kjend, er ikkje med i summane nedanfor og må innhentast frå ${op(c)}.`
  }
  switch (rule?.kind) {
    case undefined:
    case 'unknown':
      return `${notStated(c, 'tilknytingskostnaden')} Kostnaden er difor ikkje med i summane nedanfor og må innhentast frå ${op(c)}.`
    case 'none':
      return 'Kjelda oppgjev at det ikkje er nokon tilknytingskostnad.'
    case 'fixed':
      return `Tilknytingskostnaden er eit eingongsbeløp på ${formatKroner(rule.amount)}. ${when}`
    case 'perInnbyggjar':
      return (
        `Tilknytingskostnaden er eit eingongsbeløp på ${formatRate(rule.rate)} per innbyggjar. ` +
        (count === undefined || c.connection.kind !== 'amount'
          ? noFigure
          : `For ${formatInnbyggjarar(count, 'nn')} vert det ${formatNumber(count)} × ${formatRate(rule.rate)} = ${wholeKroner(c.connection.amount)}. ${when}`)
      )
    case 'bands': {
      const edge = edgeAt(rule, count)
      const note = edge?.kind === 'band' && count !== undefined ? `Vi har lagt til grunn at ${formatNumber(count)} innbyggjarar høyrer til «${edge.label('nn')}».` : ''
      const band = count === undefined ? undefined : bandOf(rule.bands, count, 'nn')
      return (
        `Tilknytingskostnaden er eit eingongsbeløp etter folketal: ${bandList(rule.bands, 'nn', PEOPLE)}.${note ? ` ${note}` : ''} ` +
        (count === undefined || c.connection.kind !== 'amount' || !band
          ? noFigure
          : `${areaName(c.organisationInText)} har ${band} ${PEOPLE}, og tilknytingskostnaden vert difor ${formatKroner(c.connection.amount)}. ${when}`)
      )
    }
    case 'threshold': {
      const n = formatNumber(rule.threshold)
      const stated =
        `Tilknytingskostnaden er eit eingongsbeløp på ${formatKroner(rule.below)} for ${c.contributorKind.slice(0, -1)}ar med under ${n} innbyggjarar ` +
        `og ${formatRate(rule.rate)} per innbyggjar for større ${c.contributorKind.slice(0, -1)}ar.`
      if (count === undefined || c.connection.kind !== 'amount') return `${stated} ${noFigure}`
      const result =
        count < rule.threshold
          ? `Med ${formatInnbyggjarar(count, 'nn')} vert tilknytingskostnaden ${formatKroner(c.connection.amount)}.`
          : `Med ${formatInnbyggjarar(count, 'nn')} vert tilknytingskostnaden ${formatNumber(count)} × ${formatRate(rule.rate)} = ${wholeKroner(c.connection.amount)}.`
      const edge = edgeAt(rule, count) ? ` Vi har lagt til grunn at ein ${c.contributorKind} med ${n} innbyggjarar betaler per innbyggjar.` : ''
      return `${stated}${edge} ${result} ${when}`
    }
  }
}

function running(c: TilknytingCase): string[] {
  const rule = c.price?.running
  if (!rule || rule.kind === 'unknown') {
    return [`${notStated(c, 'driftsprisen')} Driftskostnaden er difor ikkje med i summane nedanfor og må innhentast frå ${op(c)}.`]
  }
  if (rule.kind === 'none') return ['Kjelda oppgjev at det ikkje er nokon driftskostnad.']
  const perYear = c.runningPerYear
  const before = yearsBeforePrice(c)
  const from = before.length && c.price?.inForceFrom ? `${c.price.inForceFrom}-01-01` : c.start
  const sum = runningSum(rule.parts, c.population?.count)
  const payee = (part: (typeof rule.parts)[number]): string => (rule.parts.length > 1 ? ` til ${part.payee}` : '')
  const only = rule.parts.length === 1 ? rule.parts[0] : undefined
  // A yearly price by population alone reads as what it depends on (set 7, C2).
  const parts =
    only?.bands && !only.fixed && !only.perInnbyggjar && only.bands.per === 'year'
      ? `Den årlege driftsprisen avheng av folketalet: ${bandList(only.bands.bands, 'nn', PEOPLE)}`
      : `Driftsprisen er ${rule.parts.map((part) => partAmounts(part, 'nn', WORDS) + payee(part)).join(' og ')}`
  const result =
    sum && perYear.kind === 'amount'
      ? `${parts}: ${sum} = ${formatKroner(perYear.amount)} per år.`
      : `${parts}. ` +
        (perYear.kind === 'amount' && c.population
      ? `For ${formatInnbyggjarar(c.population.count, 'nn')} er driftskostnaden ${formatKroner(perYear.amount)} per år, rekna frå ${formatDateLong(from)}.`
      : perYear.kind === 'amount'
        ? `Driftskostnaden er ${formatKroner(perYear.amount)} per år, rekna frå ${formatDateLong(from)}.`
        : 'Beløpet kan ikkje reknast ut utan folketal.')
  const discount = rule.discountUnknown ? ' Kjelda nemner ein rabatt, men ikkje regelen for han; beløpa her er før rabatt.' : ''
  const unknownYears = before.length
    ? ` Vedlegg 1 gjev ingen driftspris før ${c.price?.inForceFrom}, så driftskostnaden for ${yearSpan(before)} er ikkje kjend og er ikkje med i summane.`
    : ''
  return [`${ks(c)} opplyser at driftskostnaden skal dekkje forvalting, drift, vedlikehald og vidareutvikling (FDVU). ${result}${discount}${unknownYears}`]
}

function access(c: TilknytingCase): string {
  const name = solutionInText(c.solution.name)
  const rule = 'Berre kommunar som har betalt eingongsbeløpet til ordninga, kan ta i bruk løysingar som KS DigiFin har finansiert.'
  switch (c.access.kind) {
    case 'notFundFinanced':
      return `${name} er ikkje finansiert av KS DigiFin, så regelen om at berre kommunar som har betalt eingongsbeløpet, kan ta løysingane i bruk, gjeld ikkje her.`
    case 'fundUnknown':
      return `Kjelda seier ikkje om ${name} er finansiert av KS DigiFin. ${rule} Dette bør avklarast med ${op(c)}.`
    case 'paid':
      return `${name} er finansiert av KS DigiFin. ${rule} ${paid(c, c.access)}`
    case 'notPaid': {
      const status = c.access.participation
      const must = `${capitalise(self(c))} må betale sin del før løysinga kan takast i bruk, og innstillinga set det som føresetnad.`
      if (!status) return `${name} er finansiert av KS DigiFin. ${rule} [stadfest at ${self(c)} har betalt eingongsbeløpet til KS DigiFin]`
      const council = c.contributorKind === 'kommune' ? 'Kommunestyret' : 'Fylkestinget'
      const where = DECIDED.includes(status)
        ? `${council} vedtok å delta i finansieringsordninga, men beløpet er ikkje betalt enno.`
        : `${c.organisationInText} har ikkje betalt eingongsbeløpet til KS DigiFin.`
      return `${name} er finansiert av KS DigiFin. ${rule} ${where} ${must}`
    }
  }
}

/** The DPIA: required where the catalogue says the solution handles data of a special kind, else to be considered (set 12, A3). */
function dpia(c: TilknytingCase): string {
  const data = c.solution.sensitiveData?.nn.trim()
  if (data) return `Før løysinga vert teken i bruk, må ${self(c)} gjennomføre ein risiko- og sårbarheitsanalyse (ROS-analyse) og ei personvernkonsekvensvurdering (DPIA), fordi løysinga handsamar ${data}.`
  return `Før løysinga vert teken i bruk, må ${self(c)} gjennomføre ein risiko- og sårbarheitsanalyse (ROS-analyse) og vurdere om det trengst ei personvernkonsekvensvurdering (DPIA).`
}

/** Where the prices are from, after them; old prices are cited where the economy says they are not adjusted (set 4, B20, B23). */
function pricesCited(c: TilknytingCase): string[] {
  const price = c.price
  if (!price || oldPriceYear(c) !== undefined) return []
  const which = pricesFromVedlegg(price)
  if (which === 'none') return []
  const what = which === 'connection' ? 'Tilknytingsprisen er henta' : which === 'running' ? 'Driftsprisen er henta' : 'Prisane er henta'
  return [`${what} frå vedlegg 1${price.statedOn ? `, gjeld ${statedDate(price.statedOn)}` : ''}${checkTellable(c) ? ` og vart sist ${which === 'all' ? 'kontrollerte' : 'kontrollert'} i ${statedDate(price.collectedOn)}` : ''}.`]
}

/** The payment to the fund, citing the council's vedtak when the tracking record holds it. */
function paid(c: TilknytingCase, access: Extract<TilknytingCase['access'], { kind: 'paid' }>): string {
  const d = access.decision
  if (d) {
    const payment = access.paidOn ? `, og ${self(c)} betalte eingongsbeløpet ${formatDateLong(access.paidOn)}` : ''
    return `${d.utval} vedtok ${formatDateLong(d.date)} (sak ${d.saksnummer}) å delta i ordninga${payment}. ${capitalise(self(c))} kan difor ta løysinga i bruk.`
  }
  return `${c.organisationInText} ${access.paidOn ? `betalte eingongsbeløpet til KS DigiFin ${formatDateLong(access.paidOn)}` : 'har betalt eingongsbeløpet til KS DigiFin'} og kan difor ta løysinga i bruk.`
}

/** The price the operator must confirm before the kommune takes the solution into use, by name. */
const PENDING = { both: 'prisane', running: 'driftsprisen', connection: 'tilknytingskostnaden' } as const
const pending = (c: TilknytingCase): string | undefined => {
  const which = pendingPrice(c)
  return which && PENDING[which]
}

/**
 * What the innstilling binds: only the costs that are known, at the prices KS confirms when they
 * are old. With a price not yet known the council does not give fullmakt to sign a tenestevedlegg
 * that binds the kommune to it: the case comes back when KS has confirmed it (set 7, A1).
 */
function budget(c: TilknytingCase, chief: string): string {
  const { connection: conn, running: run } = c.rowTotals
  const year = oldPriceYear(c)
  // The council budgets the old amount and knows when it changes (set 14, A2).
  const adjusted = (one: boolean): string => (year === undefined ? '' : `, og vert ${one ? 'justert' : 'justerte'} når ${op(c)} har stadfesta ${one ? 'prisen' : 'prisane'}`)
  const waiting = pendingPrice(c)
  if (waiting) {
    // The prinsippvedtak binds nothing the council has not seen an amount for (set 10, A2/A3).
    const again = `Saka vert lagd fram på nytt når ${op(c)} har gjeve opp ${PENDING[waiting]}. Fram til då ${byKs(c) ? 'vert det ikkje inngått tenestevedlegg' : `bind ikkje ${self(c)} seg`}.`
    if (waiting === 'running' && conn.kind === 'amount' && !/^0(\.0+)?$/.test(conn.amount)) {
      return `Tilknytingskostnaden på ${budgetKroner(conn.amount)} vert innarbeidd i budsjett ${parseIsoDate(c.start).year}${adjusted(true)}. Driftskostnaden kjem i tillegg og er ikkje budsjettert. ${again}`
    }
    if (waiting === 'connection' && run.kind === 'amount') {
      const perYear = c.runningPerYear.kind === 'amount' ? `, ${year === undefined ? '' : 'om lag '}${budgetKroner(c.runningPerYear.amount)} per år${year === undefined ? '' : ` (${year}-prisar)`},` : ''
      return `Driftskostnaden${perYear} vert innarbeidd i budsjett ${c.years[0]} og økonomiplanen ${period(c)}${adjusted(true)}. Tilknytingskostnaden kjem i tillegg og er ikkje budsjettert. ${again}`
    }
    return again
  }
  const sign = byKs(c) ? ` ${capitalise(chief)} får fullmakt til å inngå tenestevedlegg for løysinga.` : ''
  return `Kostnadene vert innarbeidde i budsjett ${c.years[0]} og økonomiplanen ${period(c)}${adjusted(false)}.${sign}`
}

export const tilknytingNn: TilknytingText = {
  maalform: 'nn',
  documentKind: 'SAKSFRAMLEGG',
  labels: {
    ...headerLabels(textNn),
    item: 'Post',
    connection: 'Tilknyting',
    running: 'Drift',
    sum: 'Sum',
    knownSum: 'Sum kjend'
  },
  gaps: { unknownPrice: 'ikkje\u00a0kjend', noPopulation: '[folketal]' },
  executive: (kind) => (kind === 'kommune' ? 'Formannskapet' : 'Fylkesutvalet'),
  title: (name) => `Tilknyting til ${solutionNamed(name, 'fellesløysinga')}`,
  headings: { subject: 'Saka gjeld', background: 'Bakgrunn', assessment: 'Vurdering', economy: 'Økonomiske konsekvensar' },
  innstillingHeading: (chief) => `Innstilling frå ${chief}`,
  subject: (c) =>
    `${c.organisationInText} må ta stilling til om ${self(c)} skal ta i bruk ${solutionNamed(c.solution.name, 'fellesløysinga')}, og kva det vil koste i økonomiplanperioden ${period(c)}.`,
  background: (c) => {
    const s = c.solution
    return {
      intro:
        `${solutionInText(s.name)} er ei fellesløysing for kommunal sektor. ${s.purpose.nn.trim() || '[kva løysinga gjer]'} ` +
        `Løysinga ${listed([`er eigd og driven av ${s.operator.trim()}`, FUND[s.fundFinanced], STATUS[s.status]], 'og')}.`,
      after: [
        'Ein kommune som tek i bruk ei løysing som KS DigiFin har finansiert, betaler ein tilknytingskostnad som går tilbake til ordninga. ' +
          `Kommunane som brukar løysinga, deler kostnadene til forvalting, drift, vedlikehald og vidareutvikling. Ifølgje ${ks(c)} er prisane sette til sjølvkost.`,
        ...(byKs(c) ? [`${capitalise(self(c))} må ha hovudavtale med KS (SSA-L) og inngå eit tenestevedlegg for løysinga.`] : []),
        // The prices' source is cited under the economy, with the prices (set 10, B12; set 12, B12).
        ...(c.price ? [] : ['Katalogen har ingen pris for løysinga.'])
      ]
    }
  },
  assessment: (c, chief) => [
    access(c),
    c.benefit || `[kva ${self(c)} vinn på løysinga og kven som skal bruke ho]`,
    // General law (personopplysningslova, GDPR art. 35), not a fact about the kommune (set 10, A5); required
    // where the catalogue entry handles data of a special kind, else to be considered (set 12, A3).
    dpia(c),
    // With a price not yet known the chief recommends a prinsippvedtak, in one paragraph with why (set 10, A2; D26).
    ...(pending(c)
      ? [
          `Ikkje alle kostnadene er kjende, sjå «Økonomiske konsekvensar» nedanfor. ${capitalise(chief)} tilrår difor eit prinsippvedtak om at ${c.organisationInText} tek i bruk ${solutionInText(c.solution.name)}: ` +
            `dei kjende kostnadene vert budsjetterte no, men ${self(c)} bind seg ikkje før ${op(c)} har gjeve opp ${pending(c)} og saka er lagd fram på nytt.`
        ]
      : [
          ...(c.total.incomplete ? [`Ikkje alle kostnadene er kjende, sjå «Økonomiske konsekvensar» nedanfor. Dei må avklarast med ${op(c)} før ${self(c)} bind seg.`] : []),
          `${capitalise(chief)} tilrår at ${c.organisationInText} tek i bruk ${solutionInText(c.solution.name)}.`
        ])
  ],
  // The source's note (what the connection covers, how the running price is built) before the running cost, which it explains (set 4, B22).
  economy: (c) => [population(c), connection(c), ...(c.price?.note?.nn.trim() ? [c.price.note.nn.trim()] : []), ...running(c), ...pricesCited(c)],
  // When the prices were checked stands with their year, so the two do not read as a contradiction (set 7, B6).
  oldPrices: (year, c) =>
    `Vedlegg 1 viser framleis prisane frå ${year}${c.price && checkTellable(c) ? ` (kontrollert i ${statedDate(c.price.collectedOn)})` : ''}. ` +
    `Tala nedanfor byggjer på desse prisane og er ikkje prisjusterte. ` +
    (modelChanged(year, c)
      ? `Ifølgje ${ks(c)} er tenestene frå 2025 finansierte med grunnfinansiering og ein pris per teneste. ${op(c)} må difor stadfeste at prisane framleis gjeld, før avtale vert inngått.`
      : `${op(c)} må stadfeste prisen før avtale vert inngått.`),
  tableIntro: (c, rounded, sumsOff) =>
    !rounded
      ? `Kostnadene for ${c.organisationInText} år for år, i kroner:`
      : sumsOff
        ? `Kostnadene for ${c.organisationInText} år for år, i heile kroner. Summane er rekna ut frå dei nøyaktige beløpa og skil seg difor med ei krone eller to frå summen av dei avrunda tala:`
        : `Kostnadene for ${c.organisationInText} år for år, i heile kroner:`,
  totals: (c) => {
    const out = leftOut(c)
    const missing = [out.connection ? 'tilknytingskostnaden' : '', out.running ? 'driftskostnaden' : ''].filter(Boolean).join(' og ')
    if (!c.total.incomplete) return [`Til saman kostar løysinga ${self(c)} ${budgetKroner(c.total.amount)} i perioden ${period(c)}.`]
    // Why a cost the source does not state is left out is said once, where the cost is told of.
    const known = `Dei kjende kostnadene er til saman ${budgetKroner(c.total.amount)} i perioden ${period(c)}.`
    return [out.population ? `Summane er berre dei kostnadene som kan reknast ut; ${missing} er ikkje med før folketalet er sett opp. ${known}` : known]
  },
  innstilling: (c, chief) =>
    // A price not yet known: the council backs the adoption and binds only the known costs; the case comes back (set 7, A1).
    (pending(c)
      ? `${c.organisationInText} skal ta i bruk ${solutionNamed(c.solution.name, 'fellesløysinga')}, tidlegast frå ${formatDateLong(c.start)} (prinsippvedtak).`
      : `${c.utval} vedtek at ${c.organisationInText} tek i bruk ${solutionNamed(c.solution.name, 'fellesløysinga')} frå ${formatDateLong(c.start)}.`) +
    (c.access.kind === 'notPaid' ? ` Føresetnaden er at ${self(c)} har betalt eingongsbeløpet til KS DigiFin.` : '') +
    ` ${budget(c, chief)}`,
  footer: { page: 'Side', of: 'av' }
}
