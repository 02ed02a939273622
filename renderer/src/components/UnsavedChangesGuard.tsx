import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApp } from '../app/context'
import { askBeforeRouteChange, goTo } from '../app/route'
import type { Platform } from '../platform/platform'
import { ConfirmDialog } from './ConfirmDialog'

/**
 * The app's links (the navigation, "#/…"), the browser's Back and Forward and a typed address ask
 * `leave(go)` first while `dirty`: `go` goes there, and is called only if the user decides to leave.
 * A link marked `data-keeps-draft` keeps what is typed for the session by its own click (a
 * refusal's way to Deltaking), so it does not ask.
 */
export function useAskBeforeLinks(dirty: boolean, leave: (go: () => void) => void): void {
  useEffect(() => {
    if (!dirty) return
    const onClick = (event: MouseEvent): void => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null
      const href = link?.getAttribute('href')
      if (!link || !href || href === window.location.hash) return
      event.preventDefault()
      // Its own click keeps the draft: go without asking, and without the route hook asking either.
      if (link.hasAttribute('data-keeps-draft')) goTo(href)
      else leave(() => goTo(href))
    }
    document.addEventListener('click', onClick, true)
    const stopAsking = askBeforeRouteChange(leave)
    return () => {
      document.removeEventListener('click', onClick, true)
      stopAsking()
    }
  }, [dirty, leave])
}

/**
 * A browser tab asks before it closes or reloads while `dirty`. (The desktop window would close
 * without a word if the page refused to unload, so it is not asked there.)
 */
export function useAskBeforeUnload(dirty: boolean, platform: Platform['kind']): void {
  useEffect(() => {
    if (!dirty || platform !== 'web') return
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [dirty, platform])
}

/**
 * The one form rule of the app (ARCHITECTURE.md, "Forms"): a form with a save button that holds
 * changes not saved asks before the user leaves it by a link, the browser's Back or Forward, or
 * closes the tab: "leave without saving" or "stay" (the safe answer, with the focus), and "save and
 * leave" where the form gives `save` (true when saved; a refused save keeps the user on the form,
 * with its message). Put it inside the form with `dirty` true while what is typed differs from what
 * is saved.
 */
export function UnsavedChangesGuard({ dirty, save }: { dirty: boolean; save?: () => Promise<boolean> }) {
  const { t } = useTranslation('forms')
  const { platform } = useApp()
  const [pending, setPending] = useState<(() => void) | null>(null)
  const [saving, setSaving] = useState(false)
  const leave = useCallback((go: () => void) => setPending(() => go), [])
  useAskBeforeLinks(dirty, leave)
  useAskBeforeUnload(dirty, platform.kind)
  const answer = (go: (() => void) | null): void => {
    setPending(null)
    go?.()
  }
  const saveAndLeave = async (): Promise<void> => {
    if (!save) return
    const go = pending
    setSaving(true)
    const saved = await save().finally(() => setSaving(false))
    answer(saved ? go : null)
  }
  return (
    <ConfirmDialog
      open={pending !== null}
      heading={t('leave.heading')}
      actions={[
        ...(save ? [{ label: t('leave.save'), loading: saving, onClick: () => void saveAndLeave() }] : []),
        { label: t('leave.discard'), danger: true, variant: 'secondary' as const, onClick: () => answer(pending) }
      ]}
      onCancel={() => setPending(null)}
      cancelLabel={t('leave.stay')}
      testId="leave-dialog"
    >
      {t('leave.body')}
    </ConfirmDialog>
  )
}
