import { useEffect, useState } from 'react'

/**
 * What the app does at start but the first screen does not need (the areas' texts, the automatic
 * backup, the restore at first start) waits until that screen has been painted, so none of it is
 * fetched or run while the user waits for the first control. And a start hint: whether this
 * browser profile has a saved profile, so that a returning user's page code is fetched at once,
 * beside the database check, rather than after the profile has been read.
 */

const PROFILE_HINT_KEY = 'spleiselag.profileSaved'

let shown = false
const waiting: (() => void)[] = []

/** Runs `task` once the first screen (the first-run setup, or the frame with its page) is painted. */
export function afterFirstScreen(task: () => void): void {
  if (shown) task()
  else waiting.push(task)
}

/** The first screen has been committed: its waiting tasks run after the frame that paints it. */
export function firstScreenShown(): void {
  if (shown) return
  shown = true
  requestAnimationFrame(() => {
    setTimeout(() => {
      for (const task of waiting.splice(0)) task()
    }, 0)
  })
}

/** True once the first screen has been painted: for a part of it that loads after. */
export function useAfterFirstScreen(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let live = true
    afterFirstScreen(() => {
      if (live) setReady(true)
    })
    return () => {
      live = false
    }
  }, [])
  return ready
}

/** Whether the last start found a saved profile; only a hint for what to fetch first, never the record. */
export function profileSavedBefore(): boolean {
  try {
    return localStorage.getItem(PROFILE_HINT_KEY) === '1'
  } catch {
    return false
  }
}

export function rememberProfileSaved(saved: boolean): void {
  try {
    if (saved) localStorage.setItem(PROFILE_HINT_KEY, '1')
    else localStorage.removeItem(PROFILE_HINT_KEY)
  } catch {
    // No storage: the next start reads the profile first, as without the hint.
  }
}
