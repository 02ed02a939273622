import { useEffect, useRef } from 'react'

/**
 * Ctrl+S (⌘S on a Mac) calls `save` wherever the focus is while `active`: in a field, on a button,
 * or on the page itself after a click on a heading. The browser never gets the key, so it never
 * offers to save the web page instead. With no `save`, the key is only kept from the browser: the
 * app frame does that on every page, so Ctrl+S where there is no form does nothing at all.
 */
export function useSaveShortcut(save?: () => void, active = true): void {
  const saveRef = useRef(save)
  useEffect(() => {
    saveRef.current = save
  }, [save])
  useEffect(() => {
    if (!active) return
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') return
      event.preventDefault()
      saveRef.current?.()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [active])
}
