import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { FinancingRound } from '@shared/financingRound'
import { organisationName, type Profile } from '@shared/profile'
import type { Participation } from '@shared/tracking/participation'
import { participationStore, type RoundStart } from './participationStore'

export interface ParticipationState {
  start: RoundStart
  /** undefined while loading; null when the stored record is damaged. */
  record: Participation | null | undefined
}

/** Who a step is recorded by when the user does not say: the profile's sakshandsamar. */
export function defaultBy(profile: Profile): string {
  return profile.sakshandsamar.trim() || organisationName(profile)
}

/** The participation in the round the user works on, read live from the database. */
export function useParticipation(profile: Profile, round: FinancingRound): ParticipationState {
  const start = useMemo<RoundStart>(
    () => ({ roundId: round.id, invitationDate: round.invitationDate, by: defaultBy(profile) }),
    [round.id, round.invitationDate, profile]
  )
  const loaded = useLiveQuery(() => participationStore.load(start), [start])
  const record = loaded === undefined ? undefined : loaded.ok ? loaded.value : null
  return { start, record }
}
