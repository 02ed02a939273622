/**
 * Where a kommune's participation in one financing round stands (DOMAIN.md: invitert → til politisk
 * handsaming → vedteke → melding sendt til KS → fakturert → betalt). The participation flow
 * (participation.ts) moves between these; the access rule for fellesløysingar (access.ts) only asks
 * whether the participation is paid.
 *
 * Stored in `StoredParticipation.record.status` (renderer/src/db/database.ts), so that a reader of
 * the status does not need the whole flow.
 */
export const PARTICIPATION_STATUSES = [
  'invitert',
  'tilPolitiskHandsaming',
  'vedteke',
  'meldingSendt',
  'fakturert',
  'betalt'
] as const

export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number]

/** Only a kommune that has paid its share may adopt the fund's solutions. */
export function hasPaid(status: ParticipationStatus | undefined): boolean {
  return status === 'betalt'
}
