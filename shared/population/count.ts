import { MAX_POPULATION, MIN_POPULATION } from '../contribution'
import { formatNumber } from '../format'
import type { Tekst } from '../maalform'

/**
 * A population the user types into a field or gives on the command line. Every rejection says
 * what to do, in both målformer.
 */

export type PopulationParseResult = { ok: true; value: number } | { ok: false; error: Tekst }

/** The messages for a typed population, exported so screens and tests use the very same words. */
export const POPULATION_ERRORS = {
  empty: { nn: 'Skriv inn folketalet.', nb: 'Skriv inn folketallet.' },
  negative: { nn: 'Folketalet kan ikkje vere negativt.', nb: 'Folketallet kan ikke være negativt.' },
  zero: { nn: 'Folketalet må vere minst 1.', nb: 'Folketallet må være minst 1.' },
  decimal: {
    nn: 'Folketalet må vere eit heilt tal, utan desimalar.',
    nb: 'Folketallet må være et helt tall, uten desimaler.'
  },
  dot: {
    nn: 'Skriv folketalet utan punktum, til dømes 2853 eller 2 853.',
    nb: 'Skriv folketallet uten punktum, for eksempel 2853 eller 2 853.'
  },
  notDigits: {
    nn: 'Folketalet kan berre innehalde siffer og mellomrom.',
    nb: 'Folketallet kan bare inneholde sifre og mellomrom.'
  },
  grouping: {
    nn: 'Mellomrom skal berre skilje tusen, til dømes 2 853 eller 12 345.',
    nb: 'Mellomrom skal bare skille tusener, for eksempel 2 853 eller 12 345.'
  },
  tooLarge: {
    nn: `Folketalet kan ikkje vere over ${formatNumber(MAX_POPULATION)}.`,
    nb: `Folketallet kan ikke være over ${formatNumber(MAX_POPULATION)}.`
  }
} as const satisfies Record<string, Tekst>

/** Thousands separators a user or a copied table may give: space, no-break space, narrow and thin space. */
const GROUP_SEPARATORS = /[ \u00a0\u202f\u2009]/
const MINUS_SIGNS = /^[-\u2212\u2013]/

/**
 * A whole number of inhabitants, 1 to 10 000 000, as a person types it: "2853", "2 853", or with
 * a no-break or narrow space. "2.853" is refused rather than guessed: in Norwegian it is two
 * thousand, in English two point something.
 */
export function parsePopulation(input: string): PopulationParseResult {
  const text = input.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '')
  if (text === '') return { ok: false, error: POPULATION_ERRORS.empty }
  if (MINUS_SIGNS.test(text)) return { ok: false, error: POPULATION_ERRORS.negative }
  if (!/^[0-9 \u00a0\u202f\u2009.,]+$/.test(text)) return { ok: false, error: POPULATION_ERRORS.notDigits }
  if (text.includes(',')) return { ok: false, error: POPULATION_ERRORS.decimal }
  if (text.includes('.')) return { ok: false, error: POPULATION_ERRORS.dot }
  if (GROUP_SEPARATORS.test(text) && !/^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+$/.test(text)) {
    return { ok: false, error: POPULATION_ERRORS.grouping }
  }
  const digits = text.replace(/[^0-9]/g, '').replace(/^0+(?=\d)/, '')
  if (digits.length > 8 || Number(digits) > MAX_POPULATION) return { ok: false, error: POPULATION_ERRORS.tooLarge }
  const value = Number(digits)
  if (value < MIN_POPULATION) return { ok: false, error: POPULATION_ERRORS.zero }
  return { ok: true, value }
}
