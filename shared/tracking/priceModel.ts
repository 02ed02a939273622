import Decimal from 'decimal.js'
import { z } from 'zod'
import { formatNumber } from '../format'
import { TEXT_LIMITS } from '../limits'
import type { Maalform, Tekst } from '../maalform'

/**
 * What a kommune pays for a fellesløysing, as data (fellesloysingar.md, "What the price models need
 * to express"): a one-off connection cost (tilknytingskostnad) and running costs (FDVU), each
 * stated by a source on a date and in force from a given year. Where the source does not say, the
 * rule is 'unknown' and nothing is invented.
 *
 * Population bands: a band holds every population from `min` up to and including `max` (no `max`:
 * no upper edge). The sources write bands as "under 5 000", "5 000–10 000", "over 10 000"; the app
 * reads "N–M" as including both N and M, so 5 000 and 10 000 are in the middle band, 4 999 is
 * "under 5 000" and 10 001 is "over 10 000". `bandLabel` shows each band so, and `edgeNote` says it.
 */

/** A sum of money as a decimal string in kroner: "25000", "0.125", "9.30". */
const money = z.string().regex(/^\d+(\.\d+)?$/)
const population = z.number().int().min(0)

export const tekstSchema = z.object({ nn: z.string(), nb: z.string() })

export const bandSchema = z
  .object({ min: population, max: population.optional(), amount: money })
  .refine((b) => b.max === undefined || b.max >= b.min, { message: 'max below min' })

export type PopulationBand = z.infer<typeof bandSchema>

/** Bands follow each other without gap or overlap, from the first population up; the last has no upper edge. */
export const bandsSchema = z
  .array(bandSchema)
  .min(1)
  .refine(contiguous, { message: 'bands must follow each other without gap or overlap, the last open' })

export const connectionCostSchema = z.discriminatedUnion('kind', [
  /** The source says there is none. */
  z.object({ kind: z.literal('none') }),
  /** The source does not give the amount or the rule. */
  z.object({ kind: z.literal('unknown') }),
  z.object({ kind: z.literal('fixed'), amount: money }),
  z.object({ kind: z.literal('perInnbyggjar'), rate: money }),
  z.object({ kind: z.literal('bands'), bands: bandsSchema }),
  /**
   * `below` kroner for a population under `threshold`, `rate` per innbyggjar from it (the threshold
   * itself is reckoned per innbyggjar).
   */
  z.object({ kind: z.literal('threshold'), threshold: population.min(1), below: money, rate: money })
])

export type ConnectionCost = z.infer<typeof connectionCostSchema>

export const PERIODS = ['month', 'year'] as const
export type Period = (typeof PERIODS)[number]

const periodAmount = z.object({ amount: money, per: z.enum(PERIODS) })

/**
 * What one payee (KS, UiO …) is paid: a fixed amount, an amount per innbyggjar, and/or an amount by
 * population band, each per month or per year.
 */
export const runningPartSchema = z
  .object({
    payee: z.string().trim().min(1).max(TEXT_LIMITS.name),
    fixed: periodAmount.optional(),
    perInnbyggjar: periodAmount.optional(),
    bands: z.object({ per: z.enum(PERIODS), bands: bandsSchema }).optional()
  })
  .refine((p) => p.fixed !== undefined || p.perInnbyggjar !== undefined || p.bands !== undefined, {
    message: 'a part needs an amount'
  })

export type RunningPart = z.infer<typeof runningPartSchema>

export const runningCostSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('unknown') }),
  z.object({
    kind: z.literal('parts'),
    parts: z.array(runningPartSchema).min(1),
    /** A discount the source names but does not give the rule for: the cost shown is before it. */
    discountUnknown: z.boolean().optional()
  })
])

export type RunningCost = z.infer<typeof runningCostSchema>

/**
 * One stated price, in force from `fromYear` until a later one takes over; without `fromYear` (the
 * source gives no year) it holds until the first version that has one.
 */
export const priceVersionSchema = z.object({
  fromYear: z.number().int().min(2000).max(2100).optional(),
  connection: connectionCostSchema,
  running: runningCostSchema,
  /** The source's title (and address), as the source writes it. */
  source: z.string().trim().min(1).max(TEXT_LIMITS.title),
  /** When the source stated the price: "2021", "2023-12-31"; absent where it does not say. */
  statedOn: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
  /** When the price was read from the source: "2026-11". */
  collectedOn: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  /** What the source says beyond the figures (a discount, a half price, what is not stated). */
  note: tekstSchema.optional(),
  /**
   * The one kind of contributor the note is about ("a fylkeskommune pays kr 30 000"): only that
   * kind's adoption case quotes it; without it the note applies to all (set 7, A4).
   */
  noteFor: z.enum(['kommune', 'fylkeskommune']).optional()
})

export type PriceVersion = z.infer<typeof priceVersionSchema>

function contiguous(bands: readonly { min: number; max?: number | undefined }[]): boolean {
  return bands.every((band, i) => {
    const next = bands[i + 1]
    if (!next) return band.max === undefined
    return band.max !== undefined && next.min === band.max + 1
  })
}

const yearOf = (v: PriceVersion): number => v.fromYear ?? -Infinity

/**
 * The price in force in `year`: the newest stated from that year or before (a version without a
 * year counts as before every year). Before the first year a source gives a price for, there is
 * none: a price "from 2021" says nothing of 2020, so that year's cost is unknown.
 */
export function priceFor(versions: readonly PriceVersion[], year: number): PriceVersion | undefined {
  return [...versions].sort((a, b) => yearOf(a) - yearOf(b)).filter((v) => yearOf(v) <= year).at(-1)
}

/** The price to describe for `year`: the one in force, else the first the source gives (which starts later). */
export function priceToDescribe(versions: readonly PriceVersion[], year: number): PriceVersion | undefined {
  return priceFor(versions, year) ?? [...versions].sort((a, b) => yearOf(a) - yearOf(b))[0]
}

/** A cost the app can reckon, or one the source leaves open. */
export type Cost = { known: true; amount: Decimal } | { known: false }

const ore = (d: Decimal): Decimal => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)

export function bandFor(bands: readonly PopulationBand[], count: number): PopulationBand | undefined {
  return bands.find((b) => count >= b.min && (b.max === undefined || count <= b.max))
}

/** The one-off connection cost for a kommune of `count` innbyggjarar, to the øre. */
export function connectionCost(rule: ConnectionCost, count: number): Cost {
  switch (rule.kind) {
    case 'none':
      return { known: true, amount: new Decimal(0) }
    case 'unknown':
      return { known: false }
    case 'fixed':
      return { known: true, amount: new Decimal(rule.amount) }
    case 'perInnbyggjar':
      return { known: true, amount: ore(new Decimal(rule.rate).times(count)) }
    case 'bands': {
      const band = bandFor(rule.bands, count)
      return band ? { known: true, amount: new Decimal(band.amount) } : { known: false }
    }
    case 'threshold':
      return {
        known: true,
        amount: count < rule.threshold ? new Decimal(rule.below) : ore(new Decimal(rule.rate).times(count))
      }
  }
}

/** What one payee costs in a whole year, unrounded: monthly amounts × 12. */
export function partPerYear(part: RunningPart, count: number): Decimal {
  const perYear = (p: { amount: string; per: Period } | undefined, times: Decimal.Value): Decimal =>
    p ? new Decimal(p.amount).times(times).times(p.per === 'month' ? 12 : 1) : new Decimal(0)
  const band = part.bands ? bandFor(part.bands.bands, count) : undefined
  const banded = part.bands && band ? perYear({ amount: band.amount, per: part.bands.per }, 1) : new Decimal(0)
  return perYear(part.fixed, 1).plus(perYear(part.perInnbyggjar, count)).plus(banded)
}

/**
 * The running cost for `months` of one year (12: the whole year), all payees together, to the øre.
 * A yearly price counts a twelfth for each month.
 */
export function runningCost(rule: RunningCost, count: number, months = 12): Cost {
  return forMonths(yearlyRunning(rule, count), months)
}

/** A whole year's running cost, all payees together, not yet rounded. */
export function yearlyRunning(rule: RunningCost, count: number): Cost {
  if (rule.kind === 'none') return { known: true, amount: new Decimal(0) }
  if (rule.kind === 'unknown') return { known: false }
  return { known: true, amount: rule.parts.reduce((sum, part) => sum.plus(partPerYear(part, count)), new Decimal(0)) }
}

/** `months` of a whole year's cost (a twelfth per month), rounded to the øre at the end. */
export function forMonths(yearly: Cost, months: number): Cost {
  if (!yearly.known) return yearly
  return { known: true, amount: ore(months === 12 ? yearly.amount : yearly.amount.times(months).dividedBy(12)) }
}

const WORDS: Record<Maalform, { under: string; over: string; from: string }> = {
  nn: { under: 'under', over: 'over', from: 'frå og med' },
  nb: { under: 'under', over: 'over', from: 'fra og med' }
}

/** A number a source or a user would write as an edge: a whole hundred. */
const isRound = (n: number): boolean => n > 0 && n % 100 === 0

/**
 * A band as the sources write it, by one rule wherever a band is shown (the solution form, the
 * catalogue, the documents): the lowest "under 5 000", one between "5 000–10 000", the open upper
 * band "frå og med 20 000" from its first number. Only where that number is one past a round one
 * (a source's "over 10 000" holds 10 001 up) is it "over 10 000", as the source wrote it, so no
 * label names a number the band does not start at and none reads "frå og med 10 001".
 */
export function bandLabel(bands: readonly PopulationBand[], index: number, maalform: Maalform): string {
  const w = WORDS[maalform]
  const band = bands[index]!
  if (index === 0 && band.max !== undefined) return `${w.under} ${formatNumber(band.max + 1)}`
  if (band.max !== undefined) return `${formatNumber(band.min)}–${formatNumber(band.max)}`
  if (isRound(band.min - 1) && !isRound(band.min)) return `${w.over} ${formatNumber(band.min - 1)}`
  return `${w.from} ${formatNumber(band.min)}`
}

/**
 * Which band the numbers that stand in two labels belong to, in words: "5 000 og 10 000 høyrer til
 * «5 000–10 000»." Shown under every band table, so the reader need not guess.
 */
export function edgeNote(bands: readonly PopulationBand[], maalform: Maalform): string {
  const [verb, and] = maalform === 'nn' ? ['høyrer til', 'og'] : ['hører til', 'og']
  const notes = bands.flatMap((band, i) =>
    i > 0 && band.max !== undefined
      ? [`${formatNumber(band.min)} ${and} ${formatNumber(band.max)} ${verb} «${bandLabel(bands, i, maalform)}»`]
      : []
  )
  return notes.length ? notes.join('; ') + '.' : ''
}

/** The threshold rule in words, with the side the threshold itself is on. */
export function thresholdNote(threshold: number, maalform: Maalform): string {
  const n = formatNumber(threshold)
  return maalform === 'nn'
    ? `Under ${n} innbyggjarar fast beløp; ${WORDS.nn.from} ${n} innbyggjarar per innbyggjar.`
    : `Under ${n} innbyggere fast beløp; ${WORDS.nb.from} ${n} innbyggere per innbygger.`
}

export const PERIOD_WORD: Record<Period, Tekst> = {
  month: { nn: 'per månad', nb: 'per måned' },
  year: { nn: 'per år', nb: 'per år' }
}
