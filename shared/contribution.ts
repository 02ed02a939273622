import Decimal from 'decimal.js'
import type { FinancingRound } from './financingRound'
import type { Tekst } from './maalform'

/** Who pays: a kommune (by kommunenummer) or a fylkeskommune (by fylkesnummer). */
export interface Contributor {
  kind: 'kommune' | 'fylkeskommune'
  /** Kommunenummer (4 digits) or fylkesnummer (2 digits). */
  number: string
  name: string
}

/** Where a population figure came from. Documents cite it, so it always travels with the count. */
export interface PopulationFigure {
  count: number
  /** The reference date of the count (ISO). */
  date: string
  /** A human-readable source, e.g. "SSB tabell 07459" or "SSB tabell 01222, 2. kvartal 2017". */
  source: string
  /**
   * The source as a document in each målform writes it, when the words differ between them
   * ("kjelde"/"kilde", "oppgitt på kommandolinja"/"oppgitt på kommandolinjen"). Falls back to `source`.
   */
  sourceText?: Tekst
  /**
   * The source does not say which date the count is for: `date` is only what the figure was
   * chosen by (the register's 2024 figures, a count given without a date), so a document never
   * cites it and shows a placeholder instead.
   */
  dateUnknown?: true
  /** No publisher a council document can cite: a document shows a placeholder for the source. */
  sourceUnknown?: true
  origin: 'embedded' | 'manual' | 'import'
}

/** The result of a calculation, carrying every input so that a document can cite them. */
export interface Contribution {
  round: FinancingRound
  contributor: Contributor
  population: PopulationFigure
  /** Kroner per innbyggjar, decimal string. */
  rate: string
  /** Kroner, decimal string, rounded to whole øre. */
  amount: string
}

export const MIN_POPULATION = 1
export const MAX_POPULATION = 10_000_000

export function rateFor(round: FinancingRound, kind: Contributor['kind']): string {
  return kind === 'kommune' ? round.rateKommune : round.rateFylkeskommune
}

/**
 * amount = population × rate.
 *
 * Rounding rule: the product is rounded half up to whole øre (two decimals). With whole-krone
 * rates, as in 2017, nothing is ever rounded; a rate with øre (e.g. 0,125) can give fractions
 * of an øre, and those are rounded half up (0,005 → 0,01).
 */
export function multiplyToOre(population: number, rate: Decimal.Value): Decimal {
  return new Decimal(population).times(rate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
}

export function calculateContribution(
  round: FinancingRound,
  contributor: Contributor,
  population: PopulationFigure
): Contribution {
  if (!Number.isInteger(population.count) || population.count < MIN_POPULATION || population.count > MAX_POPULATION) {
    throw new RangeError(`Population out of range: ${population.count}`)
  }
  const rate = rateFor(round, contributor.kind)
  const amount = multiplyToOre(population.count, rate)
  return { round, contributor, population, rate: new Decimal(rate).toFixed(), amount: amount.toFixed() }
}
