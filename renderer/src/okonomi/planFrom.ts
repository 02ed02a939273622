import { buildOkonomiplan, pendingStartYears, planStartYear, type Okonomiplan } from '@shared/tracking/okonomiplan'
import type { Tracking } from '../fellesloysingar/useTracking'

/** The økonomiplan of what the kommune has adopted or is considering, from `fromYear`; undefined without a population figure. */
export function planFrom(tracking: Tracking, fromYear: number): Okonomiplan | undefined {
  if (tracking.population === undefined) return undefined
  const byId = new Map(tracking.catalogue.solutions.map((s) => [s.id, s]))
  return buildOkonomiplan({
    fromYear,
    population: tracking.population,
    ...(tracking.contribution ? { contribution: tracking.contribution } : {}),
    adoptions: tracking.adoptions.flatMap((adoption) => {
      const solution = byId.get(adoption.solutionId)
      return solution ? [{ solution, adoption }] : []
    })
  })
}

/**
 * The year Økonomi opens on until the user chooses one, and the first year Oversikt's card shows:
 * the rule is shared/'s planStartYear, asked with what the tracking knows.
 */
export function openingYear(tracking: Tracking, currentYear: number): number {
  const round = { budgetYear: tracking.budgetYear, status: tracking.roundStatus, declined: tracking.declined }
  return planStartYear(round, currentYear, pendingStartYears(tracking.adoptions))
}
