import { useLiveQuery } from 'dexie-react-hooks'
import type { PopulationFigure } from '@shared/contribution'
import type { FinancingRound } from '@shared/financingRound'
import type { Profile } from '@shared/profile'
import { FUND_ROUND_ID } from '@shared/tracking/access'
import type { Adoption } from '@shared/tracking/adoption'
import type { ParticipationStatus } from '@shared/tracking/participationStatus'
import { useContribution } from '../bidrag/useContribution'
import { adoptionStore } from './adoptionStore'
import { solutionStore, type Catalogue } from './solutionStore'

export interface Tracking {
  loading: boolean
  catalogue: Catalogue
  adoptions: Adoption[]
  /** The participation in the fund's round (DigiFin), whichever round Bidrag shows: it decides the access rule. */
  /** The round Bidrag shows, for the dates a step starts with. */
  round: FinancingRound
  participation: ParticipationStatus | undefined
  /** The chosen round's budget year, its participation's status, and whether that ended at a "nei". */
  budgetYear: number
  roundStatus: ParticipationStatus | undefined
  declined: boolean
  /** The population figure in force, when the Bidrag page has one. */
  population: number | undefined
  /** The same figure with its date and source, for a document to cite. */
  figure: PopulationFigure | undefined
  /** The contribution in the budget: the amount paid once the payment is recorded, else the one reckoned from the figure. */
  contribution: { amount: string; year: number } | undefined
}

const EMPTY: Catalogue = { solutions: [], damaged: [], edited: new Set() }

/** The catalogue, the adoptions and the figures they are reckoned with, read live from the database. */
export function useTracking(profile: Profile): Tracking {
  const { round, outcome, loading } = useContribution(profile)
  const catalogue = useLiveQuery(() => solutionStore.catalogue(), [], undefined)
  const adoptions = useLiveQuery(() => adoptionStore.list(), [], undefined)
  const participation = useLiveQuery(() => adoptionStore.participationStatus(FUND_ROUND_ID), [], null)
  const roundStatus = useLiveQuery(() => adoptionStore.participationStatus(round.id), [round.id], null)
  const declined = useLiveQuery(() => adoptionStore.participationDeclined(round.id), [round.id], null)
  const paid = useLiveQuery(() => adoptionStore.participationPaid(round.id), [round.id], null)
  const amount = paid ?? (outcome.ok ? outcome.contribution.amount : undefined)
  return {
    loading: loading || catalogue === undefined || adoptions === undefined || participation === null || roundStatus === null || declined === null || paid === null,
    catalogue: catalogue ?? EMPTY,
    adoptions: adoptions ?? [],
    round,
    participation: participation ?? undefined,
    budgetYear: round.budgetYear,
    roundStatus: roundStatus ?? undefined,
    declined: declined ?? false,
    population: outcome.ok ? outcome.contribution.population.count : undefined,
    figure: outcome.ok ? outcome.contribution.population : undefined,
    contribution: amount !== undefined ? { amount, year: round.budgetYear } : undefined
  }
}

/** The adoption that is current for a solution: the newest one. */
export function currentAdoption(adoptions: readonly Adoption[], solutionId: string): Adoption | undefined {
  const mine = adoptions.filter((a) => a.solutionId === solutionId)
  return mine.sort((a, b) => (a.steps[0]!.date < b.steps[0]!.date ? -1 : 1)).at(-1)
}
