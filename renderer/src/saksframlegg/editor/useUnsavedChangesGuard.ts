import { useCallback, useEffect, useRef } from 'react'
import type { Saksframlegg } from '@shared/saksframlegg'
import { useAskBeforeLinks, useAskBeforeUnload } from '../../components/UnsavedChangesGuard'
import { useSaveShortcut } from '../../components/useSaveShortcut'
import type { Platform } from '../../platform/platform'
import { unsavedDrafts } from '../draft'

type Then = (doc: Saksframlegg) => void | Promise<void>

interface Options {
  caseId: string
  draft: Saksframlegg | null
  /** The case as saved; null until it has loaded. */
  saved: Saksframlegg | null
  /** The stored version the draft was started from, and the editor session that keeps its working copy. */
  base: { version: number; sessionId: string } | null
  dirty: boolean
  platform: Platform['kind']
  /** Puts the question "save, leave without saving, or stay?" to the user. */
  ask: (then: Then) => void
  save: () => Promise<unknown>
}

/**
 * Unsaved work is never lost without the user deciding: leaving by the editor's own buttons or the
 * app's links asks first, a browser tab asks before it closes, work left by the browser's back
 * button is kept for the session, and Ctrl+S saves.
 */
export function useUnsavedChangesGuard({ caseId, draft, saved, base, dirty, platform, ask, save }: Options) {
  const discard = useRef(false)

  // Work left without a decision (the browser's back button) is kept for the session, with the
  // version it stands on, so that a save after coming back still checks that version.
  const latest = useRef({ draft, dirty, base })
  useEffect(() => {
    latest.current = { draft, dirty, base }
  }, [draft, dirty, base])
  useEffect(
    () => () => {
      const { draft: last, dirty: unsaved, base: on } = latest.current
      // Only a real visit stashes: React's development double mount runs this before anything loaded.
      if (unsaved && last && on && !discard.current) unsavedDrafts.set(caseId, { draft: last, baseVersion: on.version, sessionId: on.sessionId })
    },
    [caseId]
  )

  /** Runs `then` with the case as saved, after asking what to do with unsaved changes. */
  const leave = useCallback(
    (then: Then) => {
      if (!saved) return
      if (!dirty) void then(saved)
      else ask(then)
    },
    [dirty, saved, ask]
  )

  /** The answer "leave without saving": the draft is dropped, not kept for the session. */
  const leaveWithoutSaving = useCallback(
    (then: Then) => {
      if (!saved) return
      discard.current = true
      void then(saved)
    },
    [saved]
  )

  // Links elsewhere in the app (the navigation) ask first, and a browser tab before it closes.
  useAskBeforeLinks(dirty, leave)
  useAskBeforeUnload(dirty, platform)

  // Ctrl+S saves wherever the focus is while the editor is open (after a dialog closes it is on the
  // page itself, not in a field), and never lets the browser offer to save the page instead.
  useSaveShortcut(() => void save())

  return { leave, leaveWithoutSaving }
}
