import Decimal from 'decimal.js'
import type { PopulationFigure } from '../contribution'
import { formatDateLong, isIsoDate, parseIsoDate } from '../format'
import { organisationInText } from '../naming'
import type { Profile } from '../profile'
import { mayTakeStep } from '../tracking/access'
import type { Solution } from '../tracking/catalogue'
import { monthsInUse, PLAN_YEARS } from '../tracking/okonomiplan'
import type { ParticipationStatus } from '../tracking/participationStatus'
import { connectionCost, priceFor, priceToDescribe, runningCost, type ConnectionCost, type Cost, type RunningCost } from '../tracking/priceModel'
import type { AccessFinding, CostCell, FundDecision, TilknytingCase } from './model'

/** What the adoption case is written from: the catalogue entry, the profile and the figures in force. */
export interface TilknytingSource {
  solution: Solution
  profile: Pick<Profile, 'kind' | 'name' | 'sakshandsamar' | 'chiefTitle'>
  /** The population figure in force (the one the contribution is reckoned from); none set up: undefined. */
  population?: PopulationFigure
  /** Where the kommune's participation in the fund stands; undefined: nothing recorded. */
  participation?: ParticipationStatus
  /** ISO date of the recorded payment to the fund, when there is one: the case says the year it was paid in. */
  paidOn?: string
  /** The økonomiplan's first year, which is also the budget year the innstilling names. */
  fromYear: number
  /** ISO date the solution is to be taken into use; the first of January of `fromYear` when not given. */
  start?: string
  /** ISO date of the case; '' leaves a gap to fill in. */
  date: string
  /** The header as the user set it before download; the profile's sakshandsamar when not given. */
  sakshandsamar?: string
  arkivsak?: string
  arkivkode?: string
  /** What the kommune gains and who will use the solution, in the case's målform. */
  benefit?: string
  /** The council's vedtak to take part in the fund, from the tracking record, when recorded. */
  decision?: FundDecision
  /** The utval asked to decide; the council of the kommune or fylkeskommune when not given. */
  utval?: string
  years?: number
}

const AMOUNT_ZERO: CostCell = { kind: 'amount', amount: '0' }

function cellOf(cost: Cost): CostCell {
  return cost.known ? { kind: 'amount', amount: cost.amount.toFixed() } : { kind: 'unknownPrice' }
}

/** Whether the rule's amount depends on the number of innbyggjarar. */
export function connectionNeedsPopulation(rule: ConnectionCost): boolean {
  return rule.kind === 'perInnbyggjar' || rule.kind === 'bands' || rule.kind === 'threshold'
}

export function runningNeedsPopulation(rule: RunningCost): boolean {
  return rule.kind === 'parts' && rule.parts.some((part) => part.perInnbyggjar !== undefined || part.bands !== undefined)
}

function connectionCell(rule: ConnectionCost | undefined, count: number | undefined): CostCell {
  if (!rule || rule.kind === 'unknown') return { kind: 'unknownPrice' }
  if (count === undefined && connectionNeedsPopulation(rule)) return { kind: 'noPopulation' }
  return cellOf(connectionCost(rule, count ?? 0))
}

function runningCell(rule: RunningCost | undefined, count: number | undefined, months: number): CostCell {
  if (months === 0) return AMOUNT_ZERO
  if (!rule || rule.kind === 'unknown') return { kind: 'unknownPrice' }
  if (count === undefined && runningNeedsPopulation(rule)) return { kind: 'noPopulation' }
  return cellOf(runningCost(rule, count ?? 0, months))
}

function totalOf(cells: readonly CostCell[]): { amount: string; incomplete: boolean } {
  return {
    amount: cells.reduce((sum, c) => (c.kind === 'amount' ? sum.plus(c.amount) : sum), new Decimal(0)).toFixed(),
    incomplete: cells.some((c) => c.kind !== 'amount')
  }
}

/** The cells' sum, or the first gap among them. */
function sumCells(cells: readonly CostCell[]): CostCell {
  const gap = cells.find((c) => c.kind !== 'amount')
  return gap ?? { kind: 'amount', amount: totalOf(cells).amount }
}

/** The access rule (shared/tracking/access.ts) as the case tells it. */
export function accessFinding(
  solution: Pick<Solution, 'name' | 'fundFinanced'>,
  participation: ParticipationStatus | undefined,
  paidOn?: string,
  decision?: FundDecision
): AccessFinding {
  if (solution.fundFinanced === 'no') return { kind: 'notFundFinanced' }
  if (solution.fundFinanced === 'unknown') return { kind: 'fundUnknown' }
  if (mayTakeStep(solution, 'iBruk', participation).allowed) {
    const paid = participation === 'betalt'
    return {
      kind: 'paid',
      // The recorded date, so the claim has its source (set 12, B8).
      ...(paid && paidOn && isIsoDate(paidOn) ? { paidOn } : {}),
      ...(paid && decision && isIsoDate(decision.date) && decision.saksnummer.trim() ? { decision } : {})
    }
  }
  return participation ? { kind: 'notPaid', participation } : { kind: 'notPaid' }
}

/** The year the prices are from, as the model keeps it. */
function priceYear(price: { statedOn?: string; fromYear?: number }): { year?: number } {
  const year = price.statedOn ? Number(price.statedOn.slice(0, 4)) : price.fromYear
  return year === undefined ? {} : { year }
}

/** The population as a council document cites it: a date or source the figure does not truly have is ''. */
function citedFigure(figure: PopulationFigure): NonNullable<TilknytingCase['population']> {
  // The register's newest figures come by way of norway-geodata, which dates none of them; they match
  // SSB's 1 January figures (Oslo's exactly, resources/data/source/README.md). A council cites SSB and the
  // date they are reckoned to be, never the data set or a «truleg»: that provenance is in the register credits.
  if (figure.dateUnknown && figure.origin === 'embedded') {
    const cited = `SSB, per ${formatDateLong(figure.date)}`
    return { count: figure.count, date: '', source: { nn: cited, nb: cited }, dateInSource: true }
  }
  const source = figure.sourceUnknown ? { nn: '', nb: '' } : (figure.sourceText ?? { nn: figure.source, nb: figure.source })
  return { count: figure.count, date: figure.dateUnknown ? '' : figure.date, source: { nn: source.nn, nb: source.nb } }
}



/**
 * The adoption case for one solution: its costs from the price in force and the population figure,
 * exact to the øre; a price the source does not state stays unknown and is never filled in.
 */
export function tilknytingFrom(source: TilknytingSource): TilknytingCase {
  const { solution, profile, fromYear } = source
  const start = source.start ?? `${fromYear}-01-01`
  const startYear = parseIsoDate(start).year
  const years = Array.from({ length: source.years ?? PLAN_YEARS }, (_, i) => fromYear + i)
  const count = source.population?.count
  const price = priceToDescribe(solution.prices, startYear)
  const inForce = priceFor(solution.prices, startYear)
  const connection = connectionCell(inForce?.connection, count)
  const plan = years.map((year) => ({
    connection: year === startYear ? connection : AMOUNT_ZERO,
    running: runningCell(priceFor(solution.prices, year)?.running, count, monthsInUse(year, start))
  }))
  const totals = plan.map((p) => totalOf([p.connection, p.running]))
  const council = profile.kind === 'kommune' ? 'Kommunestyret' : 'Fylkestinget'
  const utval = source.utval?.trim() || council
  return {
    organisation: organisationInText(profile),
    organisationInText: organisationInText(profile),
    contributorKind: profile.kind,
    chiefTitle: profile.chiefTitle,
    utval,
    preparedByExecutive: utval === council,
    sakshandsamar: source.sakshandsamar ?? profile.sakshandsamar,
    arkivsak: source.arkivsak ?? '',
    arkivkode: source.arkivkode ?? '',
    date: source.date,
    benefit: source.benefit?.trim() ?? '',
    solution: {
      name: solution.name,
      operator: solution.operator,
      purpose: solution.purpose,
      status: solution.status,
      fundFinanced: solution.fundFinanced,
      url: solution.url,
      example: solution.example,
      ...(solution.sensitiveData ? { sensitiveData: solution.sensitiveData } : {})
    },
    ...(price
      ? {
          price: {
            connection: price.connection,
            running: price.running,
            source: price.source,
            ...(price.statedOn ? { statedOn: price.statedOn } : {}),
            collectedOn: price.collectedOn,
            ...priceYear(price),
            ...(inForce ? {} : { inForceFrom: price.fromYear }),
            // A note about the other kind of contributor (a fylkeskommune's price in a kommune's case) is not quoted.
            ...(price.note && (price.noteFor ?? profile.kind) === profile.kind ? { note: price.note } : {})
          }
        }
      : {}),
    ...(source.population ? { population: citedFigure(source.population) } : {}),
    access: accessFinding(solution, source.participation, source.paidOn, source.decision),
    start,
    years,
    connection,
    runningPerYear: runningCell(price?.running, count, 12),
    plan,
    rowTotals: { connection: sumCells(plan.map((p) => p.connection)), running: sumCells(plan.map((p) => p.running)) },
    totals,
    total: totalOf(plan.flatMap((p) => [p.connection, p.running]))
  }
}
