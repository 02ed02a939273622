import type { checkProfile } from './profileCheck'

export type Check = typeof checkProfile

let check: Promise<Check> | null = null

/**
 * The profile's check (zod) is loaded on first need, not with the app's first screen: see
 * profileCheck.ts. Later calls share the first load. Apart from the profile store so that the
 * start (main.tsx) can fetch it early without bringing the store and its database.
 */
export function loadProfileCheck(): Promise<Check> {
  check ??= import('./profileCheck').then(
    (module) => module.checkProfile,
    (error: unknown) => {
      check = null // a failed fetch is tried again next time
      throw error
    }
  )
  return check
}
