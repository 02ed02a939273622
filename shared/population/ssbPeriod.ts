import { MONTHS } from '../format'
import type { Tekst } from '../maalform'
import { foldLabel } from './foldLabel'

/** An SSB time label read: "2017K2" is the second quarter of 2017, 1 April to 30 June. */
export interface SsbPeriod {
  /** As SSB writes it: "2017", "2017K2", "2017M06", "2017H1". */
  label: string
  /** As a document writes it: "2. kvartal 2017", "juni 2017". */
  text: Tekst
  /** First and last day (ISO). */
  start: string
  end: string
}

function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function lastDay(year: number, month: number): string {
  return isoDay(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate())
}

/** Reads "2017", "2017K2", "2017M06" or "2017H1"; undefined for anything else. */
export function parseSsbPeriod(label: string): SsbPeriod | undefined {
  const match = /^(\d{4})(?:([KMH])(\d{1,2}))?$/.exec(label.trim())
  if (!match) return undefined
  const year = Number(match[1])
  const kind = match[2]
  const n = Number(match[3])
  const same = (text: string): Tekst => ({ nn: text, nb: text })
  if (kind === undefined) return { label, text: same(String(year)), start: isoDay(year, 1, 1), end: isoDay(year, 12, 31) }
  if (kind === 'K' && n >= 1 && n <= 4) {
    return { label, text: same(`${n}. kvartal ${year}`), start: isoDay(year, 3 * n - 2, 1), end: lastDay(year, 3 * n) }
  }
  if (kind === 'M' && n >= 1 && n <= 12 && match[3]!.length === 2) {
    return { label, text: same(`${MONTHS[n - 1]} ${year}`), start: isoDay(year, n, 1), end: lastDay(year, n) }
  }
  if (kind === 'H' && (n === 1 || n === 2)) {
    return { label, text: same(`${n}. halvår ${year}`), start: isoDay(year, 6 * n - 5, 1), end: lastDay(year, 6 * n) }
  }
  return undefined
}

/**
 * The day a count for a period refers to. SSB says it in the variable's name when it matters
 * ("Folketalet 1. januar", "Folketalet ved utgangen av kvartalet"); otherwise its custom holds:
 * yearly population tables (07459) count on 1 January, quarterly and monthly ones (01222) at the
 * end of the period.
 */
export function referenceDate(period: SsbPeriod, variableLabel: string): string {
  const v = foldLabel(variableLabel)
  if (/\b1 januar\b|\b1 1\b/.test(v)) return period.start.slice(0, 4) + '-01-01'
  if (/inngangen|start of|beginning/.test(v)) return period.start
  if (/utgangen|slutten|31 desember|end of/.test(v)) return period.end
  return period.label.length === 4 ? period.start : period.end
}
