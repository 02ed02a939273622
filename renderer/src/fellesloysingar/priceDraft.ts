import type { ConnectionCost, Period, PopulationBand, RunningCost, RunningPart } from '@shared/tracking/priceModel'

/**
 * The price parts of the entry form that come in lists: population bands (each with its edges
 * typed as the user reads them, both included: "0"–"4 999", "5 000"–"10 000", "10 001"–"") and the
 * payees of the running costs. A band list is refused when the bands overlap, leave a gap, do not
 * start at 0 or do not end open, each with its reason, so the price model's inclusive rule
 * (shared/tracking/priceModel.ts) is what the user sees and saves.
 */

export interface BandDraft {
  from: string
  /** Empty for the last band: no upper edge. */
  to: string
  amount: string
}

export interface PartDraft {
  payee: string
  fixed: string
  fixedPer: Period
  per: string
  perPer: Period
}

export const emptyBand = (from = ''): BandDraft => ({ from, to: '', amount: '' })
export const emptyPart = (payee = ''): PartDraft => ({ payee, fixed: '', fixedPer: 'month', per: '', perPer: 'month' })

export type PriceError =
  | 'required'
  | 'badAmount'
  | 'badCount'
  /** The first band does not start at 0: smaller kommunar would have no price. */
  | 'bandFirst'
  /** The band starts at or before the previous band's upper edge: a population would be in two bands. */
  | 'bandOverlap'
  /** The band starts after the number following the previous band's upper edge: some populations have no band. */
  | 'bandGap'
  /** A band's upper edge below its lower edge. */
  | 'bandOrder'
  /** A band other than the last without an upper edge, or the last with one. */
  | 'bandOpen'
  | 'bandLastClosed'

/** Errors by the id of the field they belong to (`band-1-from`, `part-0-payee`). */
export type PriceErrors = Record<string, PriceError>

/** "25 000", "0,125" → "25000", "0.125"; undefined if it is not an amount. */
export function amount(text: string): string | undefined {
  const clean = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')
  return /^\d+(\.\d+)?$/.test(clean) ? clean : undefined
}

/** "5 000" → 5000; undefined if it is not a whole number of innbyggjarar. */
export function count(text: string): number | undefined {
  const clean = text.replace(/[\s\u00a0\u202f.]/g, '')
  return /^\d{1,9}$/.test(clean) ? Number(clean) : undefined
}

/** The bands as the price model holds them, or the errors by field. */
export function bandsFromDraft(drafts: readonly BandDraft[], errors: PriceErrors): PopulationBand[] {
  const bands: PopulationBand[] = []
  drafts.forEach((d, i) => {
    const at = (field: keyof BandDraft): string => `band-${i}-${field}`
    const last = i === drafts.length - 1
    const min = count(d.from)
    const max = d.to.trim() ? count(d.to) : undefined
    const price = amount(d.amount)
    if (min === undefined) errors[at('from')] = d.from.trim() ? 'badCount' : 'required'
    if (d.to.trim() && max === undefined) errors[at('to')] = 'badCount'
    else if (!d.to.trim() && !last) errors[at('to')] = 'bandOpen'
    else if (d.to.trim() && last) errors[at('to')] = 'bandLastClosed'
    if (!price) errors[at('amount')] = d.amount.trim() ? 'badAmount' : 'required'
    if (min !== undefined && max !== undefined && max < min) errors[at('to')] = 'bandOrder'
    if (min !== undefined && !errors[at('from')]) {
      const before = bands[i - 1]
      if (i === 0 && min !== 0) errors[at('from')] = 'bandFirst'
      else if (before?.max !== undefined && min <= before.max) errors[at('from')] = 'bandOverlap'
      else if (before?.max !== undefined && min > before.max + 1) errors[at('from')] = 'bandGap'
    }
    bands.push({ min: min ?? 0, ...(max !== undefined ? { max } : {}), amount: price ?? '0' })
  })
  return bands
}

/** Where the band must start: the number after the previous band's upper edge (0 for the first); undefined if that is unreadable. */
export function expectedStart(drafts: readonly BandDraft[], index: number): number | undefined {
  if (index === 0) return 0
  const before = count(drafts[index - 1]?.to ?? '')
  return before === undefined ? undefined : before + 1
}

/** The connection cost for the bands or the threshold kinds. */
export function bandedConnection(
  kind: 'bands' | 'threshold',
  d: { bands: readonly BandDraft[]; threshold: string; below: string; rate: string },
  errors: PriceErrors
): ConnectionCost {
  if (kind === 'bands') return { kind: 'bands', bands: bandsFromDraft(d.bands, errors) }
  const threshold = count(d.threshold)
  const below = amount(d.below)
  const rate = amount(d.rate)
  if (threshold === undefined || threshold < 1) errors.connectionThreshold = d.threshold.trim() ? 'badCount' : 'required'
  if (!below) errors.connectionBelow = d.below.trim() ? 'badAmount' : 'required'
  if (!rate) errors.connectionRate = d.rate.trim() ? 'badAmount' : 'required'
  return { kind: 'threshold', threshold: threshold ?? 1, below: below ?? '0', rate: rate ?? '0' }
}

/** The running costs of every payee, each with a fixed amount and/or an amount per innbyggjar. */
export function runningFromParts(drafts: readonly PartDraft[], errors: PriceErrors): RunningCost {
  const parts = drafts.map((d, i): RunningPart => {
    const at = (field: keyof PartDraft): string => `part-${i}-${field}`
    if (!d.payee.trim()) errors[at('payee')] = 'required'
    const fixed = d.fixed.trim() ? amount(d.fixed) : undefined
    const per = d.per.trim() ? amount(d.per) : undefined
    if (d.fixed.trim() && !fixed) errors[at('fixed')] = 'badAmount'
    if (d.per.trim() && !per) errors[at('per')] = 'badAmount'
    if (!d.fixed.trim() && !d.per.trim()) errors[at('fixed')] = 'required'
    return {
      payee: d.payee.trim(),
      ...(fixed ? { fixed: { amount: fixed, per: d.fixedPer } } : {}),
      ...(per ? { perInnbyggjar: { amount: per, per: d.perPer } } : {})
    }
  })
  return { kind: 'parts', parts }
}
