import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { Contributor } from '@shared/contribution'
import { BUILT_IN_ROUNDS, type FinancingRound } from '@shared/financingRound'
import type { Profile } from '@shared/profile'
import { db, type StoredPopulationFigure } from '../db/database'
import { checkFigures, checkRounds, type Checked } from '../db/validate'
import {
  CHOICE_SETTING_KEY,
  candidatesFor,
  computeChoice,
  contributorFromChoice,
  currentChoice,
  nextChoice,
  withoutRound,
  type StoredChoices,
  type ContributionChoice,
  type ContributionOutcome
} from '@shared/contributionChoice'

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
  damaged: { rounds: Checked<FinancingRound>['invalid']; figures: Checked<StoredPopulationFigure>['invalid'] }
  update(change: Partial<ContributionChoice>): Promise<void>
  /** Deletes a round the user added, and its choice, in one transaction. */
  forgetRound(roundId: string): Promise<void>
}

/**
 * The contribution as the user has chosen it on the Bidrag page, for any page that needs it
 * (Bidrag, Saksframlegg). Everything is read live from the database.
 */
export function useContribution(profile: Profile): ContributionState {
  const userRounds = useLiveQuery(() => db.rounds.toArray(), [], undefined)
  const stored = useLiveQuery(() => db.settings.get(CHOICE_SETTING_KEY), [], null)
  const checkedRounds = useMemo(() => checkRounds(userRounds ?? []), [userRounds])
  const rounds = useMemo(() => [...BUILT_IN_ROUNDS, ...checkedRounds.valid], [checkedRounds])
  const saved = stored ? (stored.value as StoredChoices) : undefined
  const round = rounds.find((r) => r.id === saved?.roundId) ?? BUILT_IN_ROUNDS[0]!
  const candidates = useMemo(() => candidatesFor(profile, round), [profile, round])
  const remembered = currentChoice(saved, round.id)
  const only = candidates.length === 1 ? candidates[0]! : undefined
  const choice: ContributionChoice = {
    ...remembered,
    contributor: remembered.contributor ?? (only ? { kind: only.kind, number: only.number } : null)
  }
  const contributor = contributorFromChoice(round, choice.contributor)
  const figureRows = useLiveQuery(
    () =>
      contributor
        ? db.populationFigures.where('[contributorKind+number]').equals([contributor.kind, contributor.number]).sortBy('date')
        : Promise.resolve([] as StoredPopulationFigure[]),
    [contributor?.kind, contributor?.number],
    [] as StoredPopulationFigure[]
  )
  const checkedFigures = useMemo(() => checkFigures(figureRows), [figureRows])
  const storedFigures = checkedFigures.valid
  const outcome = computeChoice(round, contributor, choice.population, storedFigures)

  const update = async (change: Partial<ContributionChoice>): Promise<void> => {
    await db.settings.put({ key: CHOICE_SETTING_KEY, value: nextChoice(saved, choice, change) })
  }

  const forgetRound = async (roundId: string): Promise<void> => {
    await db.transaction('rw', db.rounds, db.settings, async () => {
      await db.rounds.delete(roundId)
      await db.settings.put({ key: CHOICE_SETTING_KEY, value: withoutRound(saved, roundId, BUILT_IN_ROUNDS[0]!.id) })
    })
  }

  return {
    loading: userRounds === undefined || stored === null,
    rounds,
    round,
    choice,
    candidates,
    contributor,
    storedFigures,
    outcome,
    damaged: { rounds: checkedRounds.invalid, figures: checkedFigures.invalid },
    update,
    forgetRound
  }
}
