import { liveQuery } from 'dexie'
import type { Profile } from '@shared/profile'
import { profileStore } from './profileStore'

export { profileStore }

async function loadProfile(): Promise<Profile | undefined> {
  const loaded = await profileStore.load()
  // Missing or damaged: the first-run setup asks for it, and saving it replaces the damaged one.
  if (!loaded.ok && loaded.reason === 'malformed') console.error('The stored profile is set aside:', loaded.issues)
  return loaded.ok ? loaded.value : undefined
}

/** Calls `onValue` with the stored profile now and whenever it changes; returns the stop. */
export function watchProfile(onValue: (profile: Profile | undefined) => void, onError: (error: unknown) => void): () => void {
  const subscription = liveQuery(loadProfile).subscribe({ next: onValue, error: onError })
  return () => subscription.unsubscribe()
}
