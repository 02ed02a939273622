import Decimal from 'decimal.js'
import { calculateContribution, type Contributor, type PopulationFigure } from './contribution'
import type { FinancingRound } from './financingRound'
import { formatDateLong, formatKroner, formatMillionar, formatNumber } from './format'
import type { Tekst } from './maalform'
import {
  fylkePopulationAt,
  fylkeskommuneContributor,
  getPeriod,
  invitedFylkeskommunar,
  kommuneContributor,
  kommunePopulationAt,
  listFylke,
  listKommunar,
  OSLO_NOTE,
  periodForRound,
  type PeriodId,
  type RegisterFylke
} from './register'

/**
 * The whole country for one round: what every kommune and fylkeskommune would pay, and what the
 * fund would hold if all of them joined, beside the state's and KS's money.
 */

export interface LandsoversiktOptions {
  /** Each contributor's newest embedded figure not after this date (ISO). Default: the round's invitation date. */
  date?: string
}

export interface LandsoversiktRow {
  contributor: Contributor
  /** Missing when the register has no figure on or before the date. */
  population?: PopulationFigure
  /** Kroner per innbyggjar, decimal string. */
  rate: string
  /** Kroner, decimal string; missing with the population. */
  amount?: string
}

export interface FundComponent {
  id: string
  label: Tekst
  /** Kroner, decimal string. */
  amount: string
  /** "inntil": KS's money is an upper bound. */
  upTo: boolean
  kind: 'kommunar' | 'fylkeskommunar' | 'other'
  /** Share of the fund with every upper bound reached, 0..1, for a chart. */
  share: number
}

export interface LandsoversiktTotals {
  populationKommunar: number
  populationFylkeskommunar: number
  kommunar: string
  fylkeskommunar: string
  /** Kommunar and fylkeskommunar together. */
  sector: string
  /** The other sources that are fixed amounts (KMD). */
  otherFixed: string
  /** The other sources given as "up to" (KS). */
  otherUpTo: string
  /** If every kommune and fylkeskommune joins: sector + fixed sources. KS's "ca. 250 mill." is this. */
  ifAllJoin: string
  /** The same with every "up to" source at its maximum. */
  ifAllJoinWithUpTo: string
}

export interface Landsoversikt {
  round: FinancingRound
  period: PeriodId
  /** The date the figures were chosen for (ISO). */
  date: string
  /** The reference dates of the figures actually used, ascending; more than one means mixed dates. */
  datesUsed: string[]
  kommunar: LandsoversiktRow[]
  fylkeskommunar: LandsoversiktRow[]
  /** Fylke not invited as fylkeskommune (Oslo), with the reason to show. */
  notInvited: { fylke: RegisterFylke; reason: Tekst }[]
  /** Contributors left out of the sums for want of a figure. */
  missing: Contributor[]
  totals: LandsoversiktTotals
  composition: FundComponent[]
  explanation: Tekst
}

function row(round: FinancingRound, contributor: Contributor, population: PopulationFigure | undefined): LandsoversiktRow {
  if (!population) {
    return { contributor, rate: new Decimal(contributor.kind === 'kommune' ? round.rateKommune : round.rateFylkeskommune).toFixed() }
  }
  const c = calculateContribution(round, contributor, population)
  return { contributor, population, rate: c.rate, amount: c.amount }
}

const sum = (values: (string | undefined)[]): Decimal =>
  values.reduce((acc: Decimal, v) => (v === undefined ? acc : acc.plus(v)), new Decimal(0))

export function buildLandsoversikt(round: FinancingRound, options: LandsoversiktOptions = {}): Landsoversikt {
  const period = periodForRound(round)
  const date = options.date ?? round.invitationDate
  const kommunar = listKommunar(period).map((k) => row(round, kommuneContributor(k), kommunePopulationAt(period, k.number, date)))
  const fylkeskommunar = invitedFylkeskommunar(period).map((f) =>
    row(round, fylkeskommuneContributor(f), fylkePopulationAt(period, f.number, date))
  )
  const notInvited = listFylke(period)
    .filter((f) => f.alsoKommune)
    .map((fylke) => ({ fylke, reason: OSLO_NOTE }))
  const all = [...kommunar, ...fylkeskommunar]
  const missing = all.filter((r) => !r.population).map((r) => r.contributor)
  const datesUsed = [...new Set(all.flatMap((r) => (r.population ? [r.population.date] : [])))].sort()

  const kommuneSum = sum(kommunar.map((r) => r.amount))
  const fylkeSum = sum(fylkeskommunar.map((r) => r.amount))
  const sector = kommuneSum.plus(fylkeSum)
  const otherFixed = sum(round.otherSources.filter((s) => !s.upTo).map((s) => s.amount))
  const otherUpTo = sum(round.otherSources.filter((s) => s.upTo).map((s) => s.amount))
  const ifAllJoin = sector.plus(otherFixed)
  const ifAllJoinWithUpTo = ifAllJoin.plus(otherUpTo)
  const totals: LandsoversiktTotals = {
    populationKommunar: kommunar.reduce((a, r) => a + (r.population?.count ?? 0), 0),
    populationFylkeskommunar: fylkeskommunar.reduce((a, r) => a + (r.population?.count ?? 0), 0),
    kommunar: kommuneSum.toFixed(),
    fylkeskommunar: fylkeSum.toFixed(),
    sector: sector.toFixed(),
    otherFixed: otherFixed.toFixed(),
    otherUpTo: otherUpTo.toFixed(),
    ifAllJoin: ifAllJoin.toFixed(),
    ifAllJoinWithUpTo: ifAllJoinWithUpTo.toFixed()
  }

  const share = (amount: Decimal.Value): number =>
    ifAllJoinWithUpTo.isZero() ? 0 : new Decimal(amount).dividedBy(ifAllJoinWithUpTo).toDecimalPlaces(4).toNumber()
  const composition: FundComponent[] = [
    { id: 'kommunar', label: { nn: 'Kommunar', nb: 'Kommuner' }, amount: totals.kommunar, upTo: false, kind: 'kommunar', share: share(kommuneSum) },
    {
      id: 'fylkeskommunar',
      label: { nn: 'Fylkeskommunar', nb: 'Fylkeskommuner' },
      amount: totals.fylkeskommunar,
      upTo: false,
      kind: 'fylkeskommunar',
      share: share(fylkeSum)
    },
    ...round.otherSources.map((s) => ({
      id: s.id,
      label: s.label,
      amount: new Decimal(s.amount).toFixed(),
      upTo: s.upTo,
      kind: 'other' as const,
      share: share(s.amount)
    }))
  ]

  const result: Omit<Landsoversikt, 'explanation'> = {
    round,
    period,
    date,
    datesUsed,
    kommunar,
    fylkeskommunar,
    notInvited,
    missing,
    totals,
    composition
  }
  return { ...result, explanation: explainLandsoversikt(result) }
}

function list(items: string[], and: string): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`
}

/**
 * How the total comes about, in words and with the real figures. For 2017 with the 1.1.2017
 * figures: 426 kommunar, 5 258 317 × kr 20 = kr 105 166 340; 18 fylkeskommunar × kr 5; plus
 * KMD's 125 mill. kr gives about 253 mill. kr, KS's "ca. 250 millioner"; KS's up to 40 mill. on top.
 */
export function explainLandsoversikt(o: Omit<Landsoversikt, 'explanation'>): Tekst {
  const { round, totals } = o
  const kommuneCount = o.kommunar.filter((r) => r.amount !== undefined).length
  const fylkeCount = o.fylkeskommunar.filter((r) => r.amount !== undefined).length
  const source = getPeriod(o.period).populationSource.citation
  if (o.datesUsed.length === 0) {
    return {
      nn: `Registeret har ingen folketal på eller før ${formatDateLong(o.date)} for ${getPeriod(o.period).label.nn.toLowerCase()}. Vel ein seinare dato eller legg inn folketala sjølv.`,
      nb: `Registeret har ingen folketall på eller før ${formatDateLong(o.date)} for ${getPeriod(o.period).label.nb.toLowerCase()}. Velg en senere dato eller legg inn folketallene selv.`
    }
  }
  const k = (v: Decimal.Value): string => formatKroner(v)
  const fixed = round.otherSources.filter((s) => !s.upTo)
  const upTo = round.otherSources.filter((s) => s.upTo)
  const oslo = o.notInvited.map((n) => n.fylke.name)

  const when: Tekst =
    o.datesUsed.length === 1
      ? { nn: `Med folketalet per ${formatDateLong(o.datesUsed[0]!)}`, nb: `Med folketallet per ${formatDateLong(o.datesUsed[0]!)}` }
      : {
          nn: `Med det nyaste folketalet for kvar kommune på eller før ${formatDateLong(o.date)} (datoar: ${o.datesUsed.map(formatDateLong).join(', ')})`,
          nb: `Med det nyeste folketallet for hver kommune på eller før ${formatDateLong(o.date)} (datoer: ${o.datesUsed.map(formatDateLong).join(', ')})`
        }
  const parts: Tekst[] = [
    { nn: `${when.nn} (kjelde: ${source}):`, nb: `${when.nb} (kilde: ${source}):` },
    {
      nn: `${kommuneCount} kommunar med til saman ${formatNumber(totals.populationKommunar)} innbyggjarar × ${k(round.rateKommune)} = ${k(totals.kommunar)}.`,
      nb: `${kommuneCount} kommuner med til sammen ${formatNumber(totals.populationKommunar)} innbyggere × ${k(round.rateKommune)} = ${k(totals.kommunar)}.`
    },
    {
      nn: `${fylkeCount} fylkeskommunar med til saman ${formatNumber(totals.populationFylkeskommunar)} innbyggjarar × ${k(round.rateFylkeskommune)} = ${k(totals.fylkeskommunar)}${oslo.length ? ` (${list(oslo, 'og')} er rekna med som kommune, ikkje som fylkeskommune)` : ''}.`,
      nb: `${fylkeCount} fylkeskommuner med til sammen ${formatNumber(totals.populationFylkeskommunar)} innbyggere × ${k(round.rateFylkeskommune)} = ${k(totals.fylkeskommunar)}${oslo.length ? ` (${list(oslo, 'og')} er regnet med som kommune, ikke som fylkeskommune)` : ''}.`
    }
  ]
  const fixedList = (m: 'nn' | 'nb'): string => list(fixed.map((s) => `${s.label[m]} (${k(s.amount)})`), 'og')
  parts.push(
    fixed.length
      ? {
          nn: `Saman med ${fixedList('nn')} vert det ${k(totals.ifAllJoin)}, om lag ${formatMillionar(totals.ifAllJoin)}, dersom alle vert med.`,
          nb: `Sammen med ${fixedList('nb')} blir det ${k(totals.ifAllJoin)}, om lag ${formatMillionar(totals.ifAllJoin)}, hvis alle blir med.`
        }
      : {
          nn: `Til saman ${k(totals.ifAllJoin)}, om lag ${formatMillionar(totals.ifAllJoin)}, dersom alle vert med.`,
          nb: `Til sammen ${k(totals.ifAllJoin)}, om lag ${formatMillionar(totals.ifAllJoin)}, hvis alle blir med.`
        }
  )
  if (round.announcedTotal) {
    parts.push({
      nn: `Invitasjonen rekna med «${round.announcedTotal.quote.nn}» dersom alle vert med.`,
      nb: `Invitasjonen regnet med «${round.announcedTotal.quote.nb}» hvis alle blir med.`
    })
  }
  if (upTo.length) {
    const upToList = (m: 'nn' | 'nb'): string => list(upTo.map((s) => `${s.label[m]} (inntil ${k(s.amount)})`), 'og')
    parts.push({
      nn: `${upToList('nn')} kjem i tillegg: til saman inntil ${k(totals.ifAllJoinWithUpTo)}.`,
      nb: `${upToList('nb')} kommer i tillegg: til sammen inntil ${k(totals.ifAllJoinWithUpTo)}.`
    })
  }
  if (o.missing.length) {
    parts.push({
      nn: `${o.missing.length} manglar folketal på eller før ${formatDateLong(o.date)} og er ikkje rekna med.`,
      nb: `${o.missing.length} mangler folketall på eller før ${formatDateLong(o.date)} og er ikke regnet med.`
    })
  }
  return { nn: parts.map((p) => p.nn).join(' '), nb: parts.map((p) => p.nb).join(' ') }
}
