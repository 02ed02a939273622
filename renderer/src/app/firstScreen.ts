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

/**
 * Whether this start is most likely a first one, with no profile saved: the last start found
 * none, or this browser profile has never run the app (no hint, and no målform remembered, which
 * every version has written). Then the setup is shown at once, before the database has answered
 * (App's `databaseChecked`). A start from a version before the hint has the målform, so it waits
 * for the database as before, and a returning user never sees the setup.
 */
export function firstStartLikely(): boolean {
  try {
    const hint = localStorage.getItem(PROFILE_HINT_KEY)
    return hint === '0' || (hint === null && localStorage.getItem('spleiselag.maalform') === null)
  } catch {
    return false
  }
}

export function rememberProfileSaved(saved: boolean): void {
  try {
    localStorage.setItem(PROFILE_HINT_KEY, saved ? '1' : '0')
  } catch {
    // No storage: the next start reads the profile first, as without the hint.
  }
}
