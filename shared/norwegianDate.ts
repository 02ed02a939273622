import { formatDateShort, isIsoDate } from './format'

/**
 * A date as a Norwegian types it, whatever the machine's locale: day first, then month, then year.
 *
 * - "30.06.2017", "30.6.2017", "30/6/2017", "30-6-2017", "30 6 2017": any of . / - or space between
 *   the parts;
 * - "30062017" (eight digits) and "300617" (six digits): the parts without separators;
 * - a two-digit year is this century's: "30.6.17" is 30 June 2017 (the app's rounds start in 2017);
 * - "2017-06-30", the ISO form a pasted value or an older file may carry.
 *
 * Years from 1900 to 2199 are dates; "31.02.2017" and "32.1.2017" are not, nor is any other text.
 * The result is the ISO date the app stores (yyyy-mm-dd), or why the text is none.
 */
export type DateParse = { ok: true; iso: string } | { ok: false; reason: 'empty' | 'format' | 'noSuchDate' }

const SEPARATED = /^(\d{1,2})[./\- ](\d{1,2})[./\- ](\d{2}|\d{4})$/
const RUN_OF_DIGITS = /^(\d{2})(\d{2})(\d{2}|\d{4})$/
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/

export const FIRST_YEAR = 1900
export const LAST_YEAR = 2199

export function parseNorwegianDate(text: string): DateParse {
  const trimmed = text.trim().replace(/\s+/g, ' ')
  if (trimmed === '') return { ok: false, reason: 'empty' }
  const iso = ISO.exec(trimmed)
  const parts = iso ? [iso[3], iso[2], iso[1]] : (SEPARATED.exec(trimmed) ?? RUN_OF_DIGITS.exec(trimmed))?.slice(1, 4)
  if (!parts) return { ok: false, reason: 'format' }
  const [day, month, yearText] = parts as [string, string, string]
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText)
  const candidate = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  if (year < FIRST_YEAR || year > LAST_YEAR || !isIsoDate(candidate)) return { ok: false, reason: 'noSuchDate' }
  return { ok: true, iso: candidate }
}

/**
 * The date a field's text gives while it is still being typed, key by key. A two-digit year may be
 * the start of a four-digit one ("21.12.20" on the way to "21.12.2017", "300620" on the way to
 * "30062017"), so it is not a date yet: it counts when the field is left. Every other text reads as
 * parseNorwegianDate reads it.
 */
export function parseNorwegianDateWhileTyping(text: string): DateParse {
  const trimmed = text.trim().replace(/\s+/g, ' ')
  const twoDigitYear = SEPARATED.exec(trimmed) ?? RUN_OF_DIGITS.exec(trimmed)
  if (twoDigitYear?.[3]?.length === 2) return { ok: false, reason: 'format' }
  return parseNorwegianDate(text)
}

/** What a date field shows for a stored value: an ISO date as "30.06.2017", anything else as it is. */
export function showDate(value: string): string {
  return isIsoDate(value) ? formatDateShort(value) : value
}
