import Decimal from 'decimal.js'
import { csvDecimal, csvFile } from '../csv'
import { parseIsoDate } from '../format'
import type { Maalform, Tekst } from '../maalform'
import { costEnd, costStart, type Adoption } from './adoption'
import { byName, type Solution } from './catalogue'
import { hasPaid, type ParticipationStatus } from './participationStatus'
import { connectionCost, forMonths, priceFor, yearlyRunning, type Cost, type RunningCost } from './priceModel'

/**
 * The økonomiplan (issue 9 §5): per budget year, the one-off contribution to the fund, and the
 * connection and running costs of the solutions the kommune has adopted or is considering, exact to
 * the øre, over four years (or as many as asked) from a chosen year.
 *
 * When costs fall: the connection cost in the year the solution is taken into use (or planned to
 * be); running costs for each month from that month up to, not including, the month the adoption
 * ends (avslutta). A yearly price counts a twelfth per month. The price in force in each year is
 * the newest stated from that year or before (priceModel.ts). A cost the source does not state is
 * unknown: it is shown as such and left out of the sums, which then say they are incomplete.
 */

export const PLAN_YEARS = 4

/** A sum of money (decimal string, kroner) or null where the source gives no price. */
export type PlanCell = string | null

export interface PlanRow {
  kind: 'contribution' | 'connection' | 'running'
  /** Decided: vedteke, i bruk, or ended after that. Considered: vurderer. */
  group: 'decided' | 'considered'
  solutionId?: string
  label: Tekst
  cells: PlanCell[]
  /** The row over all the years: the known part, and whether a year is unknown. */
  total: PlanTotal
}

export interface PlanTotal {
  amount: string
  incomplete: boolean
}

export interface Okonomiplan {
  years: number[]
  rows: PlanRow[]
  /** Per year: the contribution and what is decided. */
  decided: PlanTotal[]
  /** Per year: the same with what is being considered. */
  all: PlanTotal[]
}

export interface PlanInput {
  fromYear: number
  years?: number
  /** The population figure in force (the one the contribution is reckoned from). */
  population: number
  /** The one-off contribution to the fund and its budget year, when computed. */
  contribution?: { amount: string; year: number }
  adoptions: readonly { solution: Solution; adoption: Adoption }[]
}

const ZERO = new Decimal(0)

/** Months of `year` the solution is in use: from the start month up to, not including, the end month. */
export function monthsInUse(year: number, start: string, end?: string): number {
  const s = parseIsoDate(start)
  const first = year < s.year ? 13 : year === s.year ? s.month : 1
  let last = 12
  if (end !== undefined) {
    const e = parseIsoDate(end)
    last = year > e.year ? 0 : year === e.year ? e.month - 1 : 12
  }
  return Math.max(0, last - first + 1)
}

const cell = (cost: Cost): PlanCell => (cost.known ? cost.amount.toFixed() : null)

/**
 * One solution's connection cost (in the start year) and running cost in `year`. `yearly` keeps each
 * price's whole-year running cost for this population (unrounded), so a plan reckons it once.
 */
export function costsInYear(
  solution: Pick<Solution, 'prices'>,
  population: number,
  year: number,
  start: string,
  end?: string,
  yearly: Map<RunningCost, Cost> = new Map()
): { connection: PlanCell; running: PlanCell } {
  const startYear = parseIsoDate(start).year
  const connectionPrice = priceFor(solution.prices, startYear)
  const connection =
    year !== startYear ? '0' : connectionPrice ? cell(connectionCost(connectionPrice.connection, population)) : null
  const months = monthsInUse(year, start, end)
  const runningPrice = priceFor(solution.prices, year)
  if (months === 0 || !runningPrice) return { connection, running: months === 0 ? '0' : null }
  let whole = yearly.get(runningPrice.running)
  if (!whole) {
    whole = yearlyRunning(runningPrice.running, population)
    yearly.set(runningPrice.running, whole)
  }
  return { connection, running: cell(forMonths(whole, months)) }
}

function totalOf(cells: readonly PlanCell[]): PlanTotal {
  return {
    amount: cells.reduce<Decimal>((sum, c) => (c === null ? sum : sum.plus(c)), ZERO).toFixed(),
    incomplete: cells.some((c) => c === null)
  }
}

function groupOf(adoption: Adoption): PlanRow['group'] | undefined {
  const reached = new Set(adoption.steps.map((s) => s.status))
  if (reached.has('vedteke') || reached.has('iBruk')) return 'decided'
  return adoption.status === 'vurderer' ? 'considered' : undefined
}

export function buildOkonomiplan(input: PlanInput): Okonomiplan {
  const count = input.years ?? PLAN_YEARS
  const years = Array.from({ length: count }, (_, i) => input.fromYear + i)
  const rows: PlanRow[] = []
  const row = (r: Omit<PlanRow, 'total'>): void => {
    rows.push({ ...r, total: totalOf(r.cells) })
  }
  // The contribution is shown only when its budget year is in the plan.
  if (input.contribution && years.includes(input.contribution.year)) {
    const c = input.contribution
    row({
      kind: 'contribution',
      group: 'decided',
      label: { nn: 'Eingongsbidrag til KS DigiFin', nb: 'Engangsbidrag til KS DigiFin' },
      cells: years.map((y) => (y === c.year ? new Decimal(c.amount).toFixed() : '0'))
    })
  }
  const sorted = [...input.adoptions].sort((a, b) => byName(a.solution, b.solution))
  for (const group of ['decided', 'considered'] as const) {
    for (const { solution, adoption } of sorted) {
      if (groupOf(adoption) !== group) continue
      const start = costStart(adoption)
      const end = costEnd(adoption)
      const yearly = new Map<RunningCost, Cost>()
      const perYear = years.map((y) => (start ? costsInYear(solution, input.population, y, start, end, yearly) : { connection: null, running: null }))
      const base = { group, solutionId: solution.id }
      row({ ...base, kind: 'connection', label: { nn: `Tilknyting: ${solution.name}`, nb: `Tilknytning: ${solution.name}` }, cells: perYear.map((c) => c.connection) })
      row({ ...base, kind: 'running', label: { nn: `Drift: ${solution.name}`, nb: `Drift: ${solution.name}` }, cells: perYear.map((c) => c.running) })
    }
  }
  const column = (i: number, groups: readonly PlanRow['group'][]): PlanTotal =>
    totalOf(rows.filter((r) => groups.includes(r.group)).map((r) => r.cells[i]!))
  return {
    years,
    rows,
    decided: years.map((_, i) => column(i, ['decided'])),
    all: years.map((_, i) => column(i, ['decided', 'considered']))
  }
}

const CSV_WORDS: Record<Maalform, { item: string; group: string; sum: string; unknownYears: string; decided: string; considered: string; totalDecided: string; totalAll: string }> = {
  nn: {
    item: 'post',
    group: 'gruppe',
    sum: 'sum',
    unknownYears: 'ukjend kostnad i år',
    decided: 'vedteke',
    considered: 'til vurdering',
    totalDecided: 'Sum vedteke',
    totalAll: 'Sum med det som er til vurdering'
  },
  nb: {
    item: 'post',
    group: 'gruppe',
    sum: 'sum',
    unknownYears: 'ukjent kostnad i år',
    decided: 'vedtatt',
    considered: 'til vurdering',
    totalDecided: 'Sum vedtatt',
    totalAll: 'Sum med det som er til vurdering'
  }
}

/**
 * The økonomiplan as CSV (shared/csv.ts): one line per item and year columns. The number columns
 * hold numbers only, so a spreadsheet can add them up: a cost not known is an empty cell, a sum that
 * leaves one out holds what is known. The last column names the years whose cost is not known (in
 * full), "ukjend kostnad i år": 2021.
 */
export function okonomiplanCsv(plan: Okonomiplan, maalform: Maalform): string {
  const w = CSV_WORDS[maalform]
  const unknownIn = (unknown: readonly boolean[]): string =>
    plan.years.filter((_, i) => unknown[i]).join(', ')
  const totalsLine = (label: string, totals: readonly PlanTotal[]): string[] => [
    label,
    '',
    ...totals.map((t) => csvDecimal(t.amount)),
    csvDecimal(sumTotals(totals).amount),
    unknownIn(totals.map((t) => t.incomplete))
  ]
  return csvFile([
    [w.item, w.group, ...plan.years.map(String), w.sum, w.unknownYears],
    ...plan.rows.map((r) => [
      r.label[maalform],
      r.group === 'decided' ? w.decided : w.considered,
      ...r.cells.map((c) => (c === null ? '' : csvDecimal(c))),
      csvDecimal(r.total.amount),
      unknownIn(r.cells.map((c) => c === null))
    ]),
    totalsLine(w.totalDecided, plan.decided),
    totalsLine(w.totalAll, plan.all)
  ])
}

/** The sum of several year totals, incomplete if one is. */
export function sumTotals(totals: readonly PlanTotal[]): PlanTotal {
  return {
    amount: totals.reduce((s, t) => s.plus(t.amount), ZERO).toFixed(),
    incomplete: totals.some((t) => t.incomplete)
  }
}

/** Where the round's participation stands, as far as the year the plan opens on is concerned. */
export interface PlanRoundState {
  /** The round's budget year: the year its one-off contribution is budgeted. */
  budgetYear: number
  /** Undefined while no participation is recorded for the round. */
  status: ParticipationStatus | undefined
  /** The flow ended at a "nei": nothing is to be paid. */
  declined: boolean
}

/**
 * The year the økonomiplan opens on:
 * - the round's budget year while its participation is not finished (not paid, and not ended by a
 *   "nei"), so the one-off contribution still to be paid is in view (2018 for DigiFin 2017);
 * - the round's budget year too when the earliest year a solution still being decided on (vurderer
 *   or vedteke, not yet in use) is planned to start falls within the four years from it, so both the
 *   contribution and that connection cost are in view (Tysnes: paid in 2018, Digiorden from 2019);
 * - else that earliest planned start, if it is before the current year, so its connection cost is
 *   in view; else the current year.
 */
export function planStartYear(round: PlanRoundState | undefined, currentYear: number, pendingStartYears: readonly number[] = []): number {
  if (round && !round.declined && !hasPaid(round.status)) return round.budgetYear
  const earliest = Math.min(...pendingStartYears)
  if (round && !round.declined && earliest >= round.budgetYear && earliest < round.budgetYear + PLAN_YEARS) return round.budgetYear
  return Math.min(currentYear, earliest)
}

/** The years the solutions still being decided on (vurderer or vedteke, not yet in use) are planned to start. */
export function pendingStartYears(adoptions: readonly Pick<Adoption, 'status' | 'plannedStart'>[]): number[] {
  return adoptions.flatMap((a) => ((a.status === 'vurderer' || a.status === 'vedteke') && a.plannedStart ? [Number(a.plannedStart.slice(0, 4))] : []))
}
