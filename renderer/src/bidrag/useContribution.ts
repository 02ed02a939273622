import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { Contributor } from '@shared/contribution'
import { BUILT_IN_ROUNDS, type FinancingRound } from '@shared/financingRound'
import type { Profile } from '@shared/profile'
import {
  candidatesFor,
  computeChoice,
  contributorFromChoice,
  currentChoice,
  type ContributionChoice,
  type ContributionOutcome
} from '@shared/contributionChoice'
import { contributionStore, type Checked, type DamagedRows, type StoredPopulationFigure } from './contributionStore'

export interface ContributionState {
  loading: boolean
  rounds: FinancingRound[]
  round: FinancingRound
  choice: ContributionChoice
  /** The profile's organisation in the round's register; several after a merge. */
  candidates: Contributor[]
  contributor: Contributor | undefined
  /** Figures the user entered or imported for this contributor. */
  storedFigures: StoredPopulationFigure[]
  outcome: ContributionOutcome
  /** Stored rows that failed their check and are not used; the page offers to delete them. */
  damaged: DamagedRows
  update(change: Partial<ContributionChoice>): Promise<void>
  /** Deletes a round the user added, and its choice, in one transaction. */
  forgetRound(roundId: string): Promise<void>
  /** Deletes a stored figure, and resets the choice if it named the figure, in one transaction. */
  forgetFigure(id: number): Promise<void>
}

const NO_FIGURES: Checked<StoredPopulationFigure> = { valid: [], invalid: [] }

/**
 * The contribution as the user has chosen it on the Bidrag page, for any page that needs it
 * (Bidrag, Saksframlegg). Everything is read live from the database.
 */
export function useContribution(profile: Profile): ContributionState {
  const checkedRounds = useLiveQuery(() => contributionStore.rounds(), [], undefined)
  const stored = useLiveQuery(() => contributionStore.choices(), [], null)
  const rounds = useMemo(() => [...BUILT_IN_ROUNDS, ...(checkedRounds?.valid ?? [])], [checkedRounds])
  const saved = stored ?? undefined
  const round = rounds.find((r) => r.id === saved?.roundId) ?? BUILT_IN_ROUNDS[0]!
  const candidates = useMemo(() => candidatesFor(profile, round), [profile, round])
  const remembered = currentChoice(saved, round.id)
  const only = candidates.length === 1 ? candidates[0]! : undefined
  const choice: ContributionChoice = {
    ...remembered,
    contributor: remembered.contributor ?? (only ? { kind: only.kind, number: only.number } : null)
  }
  const contributor = contributorFromChoice(round, choice.contributor)
  const checkedFigures = useLiveQuery(
    () => (contributor ? contributionStore.figures(contributor) : Promise.resolve(NO_FIGURES)),
    [contributor?.kind, contributor?.number],
    NO_FIGURES
  )
  const storedFigures = checkedFigures.valid
  const outcome = computeChoice(round, contributor, choice.population, storedFigures)

  const update = (change: Partial<ContributionChoice>): Promise<void> => contributionStore.updateChoice(choice, change)

  const forgetRound = async (roundId: string): Promise<void> => {
    const result = await contributionStore.deleteRound(roundId)
    if (!result.ok) console.error('Deleting the round failed:', result)
  }

  const forgetFigure = async (id: number): Promise<void> => {
    const result = await contributionStore.deleteFigure(id, choice)
    if (!result.ok) console.error('Deleting the figure failed:', result)
  }

  return {
    loading: checkedRounds === undefined || stored === null,
    rounds,
    round,
    choice,
    candidates,
    contributor,
    storedFigures,
    outcome,
    damaged: { rounds: checkedRounds?.invalid ?? [], figures: checkedFigures.invalid },
    update,
    forgetRound,
    forgetFigure
  }
}
