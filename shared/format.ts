import Decimal from 'decimal.js'
import type { Maalform } from './maalform'
import { groupThousands, MINUS, NBSP } from './plainFormat'

/**
 * All number, money and date formatting in one place, for screens and documents alike.
 *
 * Thousands are separated by a no-break space (U+00A0) so that "kr 57 060" never breaks across
 * lines; the same character stands between "kr" and the amount. Decimals use a comma. Negative
 * numbers use the minus sign U+2212, as Norwegian typography (and Node's ICU) does.
 */
export { formatWhole, MINUS, NBSP, todayIso } from './plainFormat'

/** A whole or decimal number: 2853 → "2 853", 0.125 → "0,125". */
export function formatNumber(value: Decimal.Value): string {
  const d = new Decimal(value)
  const [whole = '0', fraction] = d.abs().toFixed().split('.')
  const body = groupThousands(whole) + (fraction ? ',' + fraction : '')
  return d.isNegative() && !d.isZero() ? MINUS + body : body
}

/** Money: whole kroner as "kr 57 060", øre as "kr 1 234,50". Never ",-". */
export function formatKroner(value: Decimal.Value): string {
  const d = new Decimal(value)
  const fixed = d.isInteger() ? d.abs().toFixed(0) : d.abs().toFixed(2)
  const [whole = '0', fraction] = fixed.split('.')
  const body = groupThousands(whole) + (fraction ? ',' + fraction : '')
  return (d.isNegative() && !d.isZero() ? MINUS : '') + 'kr' + NBSP + body
}

/** A price that may go below the øre, shown exactly: "kr 0,125", "kr 9,30", "kr 500". */
export function formatRate(value: Decimal.Value): string {
  const d = new Decimal(value)
  if (d.decimalPlaces() <= 2) return formatKroner(d)
  return (d.isNegative() && !d.isZero() ? MINUS : '') + 'kr' + NBSP + formatNumber(d.abs())
}

/** Large sums in the way the seeds write them: 125 000 000 → "125 mill. kr". */
export function formatMillionar(value: Decimal.Value): string {
  const millions = new Decimal(value).dividedBy(1_000_000)
  const shown = millions.isInteger() ? millions.toFixed(0) : millions.toDecimalPlaces(1).toFixed()
  return formatNumber(shown) + NBSP + 'mill.' + NBSP + 'kr'
}

/** A sum as the seeds write it: millions as "125 mill. kr", smaller sums as "kr 500 000". */
export function formatSum(value: Decimal.Value): string {
  return new Decimal(value).gte(1_000_000) ? formatMillionar(value) : formatKroner(value)
}

export function formatInnbyggjarar(count: number, maalform: Maalform): string {
  const noun =
    maalform === 'nn' ? (count === 1 ? 'innbyggjar' : 'innbyggjarar') : count === 1 ? 'innbygger' : 'innbyggere'
  return formatNumber(count) + NBSP + noun
}

/** The same word after a rate: "kr 20 per innbyggjar". */
export function perInnbyggjar(maalform: Maalform): string {
  return maalform === 'nn' ? 'per innbyggjar' : 'per innbygger'
}

/** Month names, the same in nynorsk and bokmål. */
export const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember'
] as const

/** An ISO date (YYYY-MM-DD) as it stands in a document: "20. desember 2017" (same in both forms). */
export function formatDateLong(iso: string): string {
  const { year, month, day } = parseIsoDate(iso)
  return `${day}.${NBSP}${MONTHS[month - 1]}${NBSP}${year}`
}

/** An ISO date in the short form used in tables and headers: "20.12.2017". */
export function formatDateShort(iso: string): string {
  const { year, month, day } = parseIsoDate(iso)
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`
}

export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`)
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date: ${iso}`)
  }
  return { year, month, day }
}

export function isIsoDate(value: string): boolean {
  try {
    parseIsoDate(value)
    return true
  } catch {
    return false
  }
}


/** Whole days from one ISO date to another, negative when `toIso` is before `fromIso`: a deadline's days left. */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 86_400_000)
}

/** A moment as lists of saves show it: "12.10.2025 kl. 14.05" (local time), the same in both målformer. */
export function formatTimestamp(iso: string): string {
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return iso
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${pad(at.getDate())}.${pad(at.getMonth() + 1)}.${at.getFullYear()} kl. ${pad(at.getHours())}.${pad(at.getMinutes())}`
}
