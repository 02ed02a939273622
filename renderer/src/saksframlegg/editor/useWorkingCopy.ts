import { useCallback, useEffect, useRef } from 'react'
import type { Saksframlegg } from '@shared/saksframlegg'
import { caseStore } from '../caseStore'
import { sameDocument } from '../draft'
import type { Loaded } from './caseDraftReducer'

/** How long after the last change the working copy is written: often enough to lose at most a second's typing. */
export const WORKING_COPY_DELAY_MS = 1000

interface Options {
  caseId: string
  draft: Saksframlegg | null
  loaded: Loaded | null
  /** False while the case loads, fails, or unsaved work from before is still offered back. */
  ready: boolean
  /** The database refused to keep the copy: the user is told to save. Stable (a useCallback). */
  onFailed: () => void
}

/**
 * Keeps what the user types in the database as this editor session's working copy of the case
 * (not a new version; another tab's session keeps its own), shortly after each change and at once
 * when the window is hidden, closed or left, so that a closed window or a crash loses nothing; the
 * next visit offers it back. When the draft is the case as saved again, the session's copy is
 * removed. `discard` drops it on the user's word.
 */
export function useWorkingCopy({ caseId, draft, loaded, ready, onFailed }: Options) {
  const pending = useRef<{ loaded: Loaded; draft: Saksframlegg } | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  /** The session whose copy may hold a draft that differs from the case as saved. */
  const differed = useRef<string | null>(null)
  /**
   * What the session's copy holds, as far as this editor knows, for the `loaded` it was known
   * for: a draft equal to it is not written again (a copy taken back keeps the time it was typed).
   */
  const held = useRef<{ loaded: Loaded; draft: Saksframlegg | null } | null>(null)
  const sessionId = loaded?.sessionId

  const stopTimer = (): void => {
    if (timer.current !== null) clearTimeout(timer.current)
    timer.current = null
  }

  /** Writes the waiting copy now, if there is one. */
  const flush = useCallback(() => {
    stopTimer()
    const next = pending.current
    pending.current = null
    if (!next) return
    held.current = next
    caseStore
      .keepWorkingCopy(caseId, next.loaded.sessionId, next.loaded.baseVersion, next.draft)
      .then((result) => {
        if (!result.ok) console.error('The working copy was not kept:', result)
      })
      .catch((error: unknown) => {
        console.error('Keeping the working copy failed:', error)
        onFailed()
      })
  }, [caseId, onFailed])

  useEffect(() => {
    if (!ready || !draft || !loaded) return
    // A copy just taken back is held as it is; otherwise, on another `loaded`, what is held is not known.
    if (held.current?.loaded !== loaded) {
      const taken = loaded.kept !== undefined && loaded.kept !== held.current?.loaded.kept
      held.current = { loaded, draft: taken ? (loaded.kept ?? null) : null }
    }
    if (!sameDocument(draft, loaded.saved)) {
      differed.current = loaded.sessionId
      const kept = held.current.draft
      if (kept !== null && sameDocument(draft, kept)) {
        pending.current = null
        stopTimer()
        return
      }
      pending.current = { loaded, draft }
      stopTimer()
      timer.current = setTimeout(flush, WORKING_COPY_DELAY_MS)
      return
    }
    pending.current = null
    stopTimer()
    held.current = { loaded, draft: null }
    const stale = differed.current
    if (stale !== null) {
      differed.current = null
      caseStore.discardWorkingCopies(caseId, [stale]).catch((error: unknown) => console.error('Removing the working copy failed:', error))
    }
  }, [ready, draft, loaded, caseId, flush])

  // Hidden, closed or reloaded (the desktop window as well as a browser tab), or the editor left: written at once.
  useEffect(() => {
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flush()
    }
    window.addEventListener('pagehide', flush)
    window.addEventListener('beforeunload', flush)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('pagehide', flush)
      window.removeEventListener('beforeunload', flush)
      document.removeEventListener('visibilitychange', onVisibility)
      flush()
    }
  }, [flush])

  /** The user threw the unsaved work away: nothing waits to be written, and the copy is removed. */
  const discard = useCallback(async (): Promise<void> => {
    pending.current = null
    stopTimer()
    differed.current = null
    held.current = null
    if (sessionId !== undefined) await caseStore.discardWorkingCopies(caseId, [sessionId])
  }, [caseId, sessionId])

  return { discard }
}
