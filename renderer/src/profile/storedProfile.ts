import { useEffect, useState } from 'react'
import type { Profile } from '@shared/profile'
import type * as LiveProfileModule from './liveProfile'

type LiveProfile = typeof LiveProfileModule

let module: Promise<LiveProfile> | null = null

/**
 * The profile store and its database (Dexie), fetched on first need: a first start shows the
 * setup without them, and they arrive while the user types (BENCHMARKS.md, issue 11); a returning
 * user's start fetches them at once, beside the database check (main.tsx). Later calls share the
 * first load; a failed fetch is tried again next time.
 */
export function loadStoredProfile(): Promise<LiveProfile> {
  module ??= import('./liveProfile').catch((error: unknown) => {
    module = null
    throw error
  })
  return module
}

/**
 * The stored profile, kept up to date as it changes (Dexie's live query, as `useLiveQuery` would):
 * `null` while it has not been looked up (or `open` is false: the database may not be opened
 * yet), `undefined` when there is none. A failed lookup is thrown in render, for the error
 * boundary, as `useLiveQuery` does.
 */
export function useStoredProfile(open: boolean): Profile | undefined | null {
  const [state, setState] = useState<{ value: Profile | undefined | null; error?: unknown }>({ value: null })
  useEffect(() => {
    if (!open) return
    let live = true
    let stop: (() => void) | null = null
    loadStoredProfile().then(
      ({ watchProfile }) => {
        if (!live) return
        stop = watchProfile(
          (value) => setState({ value }),
          (error) => setState({ value: null, error })
        )
      },
      (error: unknown) => {
        if (live) setState({ value: null, error })
      }
    )
    return () => {
      live = false
      stop?.()
    }
  }, [open])
  if (state.error !== undefined) throw state.error
  return open ? state.value : null
}
