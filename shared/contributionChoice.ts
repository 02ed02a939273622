import { calculateContribution, type Contribution, type Contributor } from './contribution'
import type { FinancingRound } from './financingRound'
import { givenFigure, populationFigureFor, type FigureRequest, type UserPopulationFigure } from './populationFigure'
import type { Profile } from './profile'
import {
  fylkeskommuneContributor,
  getFylke,
  getKommune,
  invitedFylkeskommunar,
  kommuneContributor,
  kommunarInFylke,
  periodForRound,
  resolveInPeriod
} from './register'

/**
 * What the user has chosen on the Bidrag page: the round, who pays, and which population figure.
 * Kept in the settings table so the saksframlegg can build on the same figures.
 */
export type PopulationChoice =
  /** An embedded figure: the newest one not after this date. */
  | { kind: 'embedded'; date: string }
  /** A figure the user entered or imported, by its id. */
  | { kind: 'stored'; id: number }

export interface ContributionChoice {
  roundId: string
  /** The contributor in the round's register period (a 2017 round: 1223 Tysnes, not 4616). */
  contributor: { kind: Contributor['kind']; number: string } | null
  /** Null: the default, the newest embedded figure not after the round's invitation date. */
  population: PopulationChoice | null
}

/**
 * The contributors in the round's register that the profile's organisation stands for. One for
 * most; several where kommunar merged after the round (4647 Sunnfjord was four kommunar in 2017),
 * and the user must say which.
 */
export function candidatesFor(profile: Pick<Profile, 'kind' | 'number'>, round: FinancingRound): Contributor[] {
  const period = periodForRound(round)
  if (profile.kind === 'kommune') {
    return (resolveInPeriod(period, profile.number)?.kommunar ?? []).map(kommuneContributor)
  }
  const own = getFylke(period, profile.number)
  if (own && !own.alsoKommune) return [fylkeskommuneContributor(own)]
  // A fylke number from another period: the fylke its kommunar belonged to then.
  const otherPeriod = period === '2017' ? '2024' : '2017'
  const numbers = new Set<string>()
  for (const kommune of kommunarInFylke(otherPeriod, profile.number)) {
    for (const then of resolveInPeriod(period, kommune.number)?.kommunar ?? []) numbers.add(then.number.slice(0, 2))
  }
  const invited = invitedFylkeskommunar(period)
  return invited.filter((f) => numbers.has(f.number)).map(fylkeskommuneContributor)
}

export function contributorFromChoice(round: FinancingRound, choice: ContributionChoice['contributor']): Contributor | undefined {
  if (!choice) return undefined
  const period = periodForRound(round)
  if (choice.kind === 'kommune') {
    const kommune = getKommune(period, choice.number)
    return kommune && kommuneContributor(kommune)
  }
  const fylke = getFylke(period, choice.number)
  return fylke && !fylke.alsoKommune ? fylkeskommuneContributor(fylke) : undefined
}

export type ContributionOutcome =
  | { ok: true; contribution: Contribution }
  | { ok: false; reason: 'noContributor' | 'noFigure' }

/** Applies the choice: the figure it names, times the round's rate. */
export function computeChoice(
  round: FinancingRound,
  contributor: Contributor | undefined,
  population: PopulationChoice | null,
  stored: readonly UserPopulationFigure[]
): ContributionOutcome {
  if (!contributor) return { ok: false, reason: 'noContributor' }
  const request = requestFor(population, stored)
  const found = request && populationFigureFor(round, contributor, request)
  if (!found?.ok) return { ok: false, reason: 'noFigure' }
  try {
    return { ok: true, contribution: calculateContribution(round, contributor, found.figure) }
  } catch {
    // The stored rows are checked before they get here; this guards the page all the same.
    return { ok: false, reason: 'noFigure' }
  }
}

/** The figure a choice names; undefined when it names a kept figure that is gone. */
function requestFor(population: PopulationChoice | null, stored: readonly UserPopulationFigure[]): FigureRequest | undefined {
  if (population?.kind !== 'stored') return { kind: 'embedded', date: population?.date }
  const row = stored.find((s) => s.id === population.id)
  return row && givenFigure(row)
}

/**
 * What is stored: the round in view, and for each round the user has worked on, their choice in
 * it, so that looking at another round and coming back keeps the figure they chose.
 */
export interface StoredChoices {
  roundId: string
  perRound: Record<string, Omit<ContributionChoice, 'roundId'>>
}

export function currentChoice(stored: StoredChoices | undefined, roundId: string): ContributionChoice {
  const saved = stored?.perRound?.[roundId]
  return { roundId, contributor: saved?.contributor ?? null, population: saved?.population ?? null }
}

/** A change to the choice. A new contributor makes the old figure meaningless: back to the default. */
export function nextChoice(stored: StoredChoices | undefined, current: ContributionChoice, change: Partial<ContributionChoice>): StoredChoices {
  const perRound = { ...(stored?.perRound ?? {}) }
  if (change.roundId !== undefined && change.roundId !== current.roundId) {
    return { roundId: change.roundId, perRound }
  }
  const next = { contributor: current.contributor, population: current.population }
  if (change.contributor !== undefined) {
    if (change.contributor?.number !== current.contributor?.number || change.contributor?.kind !== current.contributor?.kind) {
      next.population = null
    }
    next.contributor = change.contributor
  }
  if (change.population !== undefined) next.population = change.population
  perRound[current.roundId] = next
  return { roundId: current.roundId, perRound }
}

/** Forgets a deleted round's choice and goes back to the first built-in round. */
export function withoutRound(stored: StoredChoices | undefined, roundId: string, fallbackRoundId: string): StoredChoices {
  const perRound = { ...(stored?.perRound ?? {}) }
  delete perRound[roundId]
  return { roundId: stored?.roundId === roundId ? fallbackRoundId : (stored?.roundId ?? fallbackRoundId), perRound }
}
