import { buildOkonomiplan, type Okonomiplan } from '@shared/tracking/okonomiplan'
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
