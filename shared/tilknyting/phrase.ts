import Decimal from 'decimal.js'
import { formatDateLong, formatKroner, formatNumber, formatRate as rate, MONTHS, NBSP, parseIsoDate } from '../format'
import type { Maalform } from '../maalform'
import { bandFor, bandLabel, PERIOD_WORD, type ConnectionCost, type PopulationBand, type RunningPart } from '../tracking/priceModel'
import type { CostCell, TilknytingCase } from './model'

/**
 * Wording both målformer's text of the adoption case share: figures, dates and band labels, which
 * are written alike in nynorsk and bokmål. The sentences around them are in text.nn.ts and text.nb.ts.
 */

/** A date as a source gives it: "2021", "desember 2023", "31. desember 2023". */
export function statedDate(value: string): string {
  const [year, month, day] = value.split('-')
  if (day !== undefined) return formatDateLong(value)
  if (month !== undefined) return `${MONTHS[Number(month) - 1]}${NBSP}${year}`
  return year ?? value
}

/**
 * The years in use before the first year the source gives a price for: their costs are unknown
 * (a price "from 2021" says nothing of 2019 and 2020).
 */
export function yearsBeforePrice(c: Pick<TilknytingCase, 'price' | 'years' | 'start'>): number[] {
  const from = c.price?.inForceFrom
  if (from === undefined) return []
  const startYear = parseIsoDate(c.start).year
  return c.years.filter((y) => y >= startYear && y < from)
}

/** "2019" or "2019–2020". */
export function yearSpan(years: readonly number[]): string {
  return years.length > 1 ? `${years[0]}–${years.at(-1)}` : String(years[0] ?? '')
}

/**
 * Whether the case may say when the prices were checked: not when that is after the case's own date
 * (a case dated 2018 cannot say the prices were checked in November 2026). A case without a date may.
 */
export function checkTellable(c: Pick<TilknytingCase, 'price' | 'date'>): boolean {
  const checked = c.price?.collectedOn
  if (!checked) return false
  return !c.date || checked <= c.date.slice(0, checked.length)
}

/** "2027–2030". */
export function period(c: Pick<TilknytingCase, 'years'>): string {
  return c.years.length > 1 ? `${c.years[0]}–${c.years.at(-1)}` : String(c.years[0])
}

/** "under 5 000 innbyggjarar kr 25 000; 5 000–10 000 innbyggjarar kr 40 000; …". */
export function bandList(bands: readonly PopulationBand[], maalform: Maalform, people: string): string {
  return bands.map((band, i) => `${bandLabel(bands, i, maalform)} ${people} ${formatKroner(band.amount)}`).join('; ')
}

/** The label of the band `count` falls in, or undefined. */
export function bandOf(bands: readonly PopulationBand[], count: number, maalform: Maalform): string | undefined {
  const band = bandFor(bands, count)
  return band ? bandLabel(bands, bands.indexOf(band), maalform) : undefined
}

/** One payee's amounts in words: "kr 500 per månad og kr 0,125 per innbyggjar per månad". */
export function partAmounts(part: RunningPart, maalform: Maalform, words: { perPerson: string; and: string; byPopulation: string; people: string }): string {
  const amounts: string[] = []
  if (part.fixed) amounts.push(`${rate(part.fixed.amount)} ${PERIOD_WORD[part.fixed.per][maalform]}`)
  if (part.perInnbyggjar) amounts.push(`${rate(part.perInnbyggjar.amount)} ${words.perPerson} ${PERIOD_WORD[part.perInnbyggjar.per][maalform]}`)
  if (part.bands) amounts.push(`${words.byPopulation} ${PERIOD_WORD[part.bands.per][maalform]} (${bandList(part.bands.bands, maalform, words.people)})`)
  return amounts.join(` ${words.and} `)
}

/**
 * An amount in the cost table, in whole kroner and without the "kr" a sentence gives it; nothing
 * is "–". The sentences keep the exact amount KS invoices (20 574 × kr 9,30 = kr 191 338,20); the
 * table, an overview of six columns on a page, rounds each cell half up (191 338), so no column
 * mixes øre with whole kroner and "191 338,20" never breaks inside a narrow cell, and its
 * introduction says the amounts are whole kroner.
 */
export function kroner(amount: string): string {
  const rounded = whole(amount)
  return rounded.isZero() ? '–' : formatKroner(rounded).replace(/^kr\u00a0/, '')
}

/** An amount in whole kroner, rounded half up: the table's cells and the innstilling's budget. */
function whole(amount: string): Decimal {
  return new Decimal(amount).toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
}

/**
 * An amount the innstilling puts in the budget, "kr 191 338": a budget vedtak is in whole kroner,
 * rounded half up, while the text before it keeps the øre of what KS invoices (set 8, B16).
 */
export function budgetKroner(amount: string): string {
  return formatKroner(whole(amount))
}

/**
 * Whether a sum in the cost table differs from the sum of the rounded cells it sums, in some row
 * (a cost over the years) or column (a year's known sum): only then does the table need to say its
 * sums are reckoned from the exact amounts (set 7, B7).
 */
export function sumsOffByRounding(c: Pick<TilknytingCase, 'plan' | 'rowTotals' | 'totals' | 'total'>): boolean {
  const amounts = (cells: readonly CostCell[]): string[] => cells.flatMap((cell) => (cell.kind === 'amount' ? [cell.amount] : []))
  const off = (parts: readonly string[], sum: string): boolean => !parts.reduce((a, p) => a.plus(whole(p)), new Decimal(0)).equals(whole(sum))
  const rows = (['connection', 'running'] as const).some((row) => {
    const total = c.rowTotals[row]
    return total.kind === 'amount' && off(amounts(c.plan.map((p) => p[row])), total.amount)
  })
  const columns = c.plan.some((p, i) => off(amounts([p.connection, p.running]), c.totals[i]?.amount ?? '0'))
  const corner = off(c.totals.map((t) => t.amount), c.total.amount) || off(amounts([c.rowTotals.connection, c.rowTotals.running]), c.total.amount)
  return rows || columns || corner
}

/** Whether any of the amounts has øre, so the table's whole kroner are rounded. */
export function anyOre(amounts: readonly string[]): boolean {
  return amounts.some((amount) => !new Decimal(amount).isInteger())
}

/** A cost as a table cell: the amount, or the words for a cost not known (a fact, not a gap) or waiting for a figure. */
export function cellText(cell: CostCell, gaps: { unknownPrice: string; noPopulation: string }): string {
  return cell.kind === 'amount' ? kroner(cell.amount) : gaps[cell.kind]
}

/** "Min kommune – barnevern og Chat – barnevern (DigiBarnevern)": an entry named with its companion ("X, med Y") as two solutions; undefined for one. */
export function withCompanion(name: string): string | undefined {
  const at = name.indexOf(', med ')
  return at < 0 ? undefined : `${name.slice(0, at)} og ${name.slice(at + ', med '.length)}`
}

/** A dash between words keeps to the word before it, so a line never begins with one: "Min kommune – barnevern". */
const dashesKept = (text: string): string => text.replace(/ (–|—)/g, `${NBSP}$1`)

/**
 * The solution after a word that names it ("fellesløysinga Digiorden"); a companion entry by its
 * package's short name first and its two solutions in brackets, so the title reads as one thing:
 * "DigiBarnevern (Min kommune – barnevern og Chat – barnevern)".
 */
export function solutionNamed(name: string, word: string): string {
  const both = withCompanion(name)
  if (both === undefined) return dashesKept(`${word} ${name}`)
  const short = /\(([^()]+)\)\s*$/.exec(both)
  return dashesKept(short?.[1] ? `${short[1].trim()} (${both.slice(0, short.index).trim()})` : both)
}

/**
 * The solution as a sentence names it after the subject and title have named it in full: an entry
 * of two solutions by the package's short name in its closing brackets ("DigiBarnevern"), so the
 * sentence has one subject; any other by its name.
 */
export function solutionInText(name: string): string {
  if (withCompanion(name) === undefined) return name
  return /\(([^()]+)\)\s*$/.exec(name)?.[1]?.trim() || (withCompanion(name) ?? name)
}

/**
 * The population figure where it sits on an edge the source leaves open, so the case says which
 * side it reckoned it on: a band's own edge ("5 000" of "5 000–10 000"), or the threshold itself.
 */
export function edgeAt(rule: ConnectionCost | undefined, count: number | undefined): { kind: 'band'; label: (m: Maalform) => string } | { kind: 'threshold' } | undefined {
  if (count === undefined || !rule) return undefined
  if (rule.kind === 'threshold') return count === rule.threshold ? { kind: 'threshold' } : undefined
  if (rule.kind !== 'bands') return undefined
  const i = rule.bands.findIndex((band, at) => at > 0 && band.max !== undefined && (band.min === count || band.max === count))
  return i < 0 ? undefined : { kind: 'band', label: (m) => bandLabel(rule.bands, i, m) }
}

/** The year the prices are from, when it lies more than a year before the plan's first year. */
export function oldPriceYear(c: Pick<TilknytingCase, 'price' | 'years'>): number | undefined {
  const year = c.price?.year
  const first = c.years[0]
  return year !== undefined && first !== undefined && year < first - 1 ? year : undefined
}

/** The year KS Digital moved to base funding (grunnfinansiering) plus a price per service (fellesloysingar.md). */
export const BASE_FUNDING_FROM = 2025

/**
 * Whether a KS price from `year` is older than KS Digital's base funding while the solution is taken
 * into use after it: the old price may be wrong in kind, not only in level (set 12, A2).
 */
export function modelChanged(year: number, c: Pick<TilknytingCase, 'start' | 'solution'>): boolean {
  return /\bKS\b/.test(c.solution.operator) && year < BASE_FUNDING_FROM && parseIsoDate(c.start).year >= BASE_FUNDING_FROM
}

/** The running price reckoned in one line, "(500 + 0,125 × 2 853) × 12", when it is one payee's fixed part and a part per innbyggjar. */
export function runningSum(parts: readonly RunningPart[], count: number | undefined): string | undefined {
  const part = parts.length === 1 ? parts[0] : undefined
  if (!part?.fixed || !part.perInnbyggjar || part.bands || count === undefined || part.fixed.per !== part.perInnbyggjar.per) return undefined
  // Non-breaking spaces throughout: the sum is read as one, never broken inside its brackets.
  const sum = `${formatNumber(part.fixed.amount)} + ${formatNumber(part.perInnbyggjar.amount)} × ${formatNumber(count)}`
  return (part.fixed.per === 'month' ? `(${sum}) × 12` : sum).replaceAll(' ', NBSP)
}

/** Which costs the sums leave out, for the sentence under the table. */
export function leftOut(c: TilknytingCase): { connection: boolean; running: boolean; population: boolean } {
  const cells = c.plan.flatMap((p) => [p.connection, p.running])
  return {
    connection: c.plan.some((p) => p.connection.kind !== 'amount'),
    running: c.plan.some((p) => p.running.kind !== 'amount'),
    population: cells.some((cell) => cell.kind === 'noPopulation')
  }
}

/** Clauses as one list, empty ones left out: "a, b og c". `and` is the målform's "og". */
export function listed(clauses: readonly string[], and: string): string {
  const kept = clauses.filter((clause) => clause.trim() !== '')
  return kept.length < 2 ? (kept[0] ?? '') : `${kept.slice(0, -1).join(', ')} ${and} ${kept[kept.length - 1]}`
}

/**
 * A title's closing brackets kept on one line, so a long title breaks before them and not inside:
 * "Tilknytning til DigiBarnevern / (Min kommune – barnevern og Chat – barnevern)" (set 4, C28).
 * Brackets too long for one line are left to break.
 */
export function bracketKept(title: string): string {
  return title.replace(/\(([^()]{1,50})\)\s*$/, (brackets) => brackets.replace(/ /g, NBSP))
}

/** Which price the operator must confirm before the kommune takes the solution into use; none when all are known. */
export function pendingPrice(c: Pick<TilknytingCase, 'rowTotals'>): 'both' | 'running' | 'connection' | undefined {
  const { connection: conn, running: run } = c.rowTotals
  if (conn.kind === 'unknownPrice' && run.kind === 'unknownPrice') return 'both'
  if (run.kind === 'unknownPrice') return 'running'
  if (conn.kind === 'unknownPrice') return 'connection'
  return undefined
}

/**
 * Which of the prices the case cites vedlegg 1 for (set 14, B5): `all` when it gives both, the one
 * it gives when the other is left out, `none` when it gives neither (then no sentence cites it).
 */
export function pricesFromVedlegg(price: NonNullable<TilknytingCase['price']>): 'all' | 'connection' | 'running' | 'none' {
  const stated = (rule?: { kind: string }): boolean => rule !== undefined && rule.kind !== 'unknown'
  const [connection, running] = [stated(price.connection), stated(price.running)]
  if (connection && running) return 'all'
  if (connection) return 'connection'
  return running ? 'running' : 'none'
}
