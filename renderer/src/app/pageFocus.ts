import { useEffect, useRef } from 'react'

/** How long a page that opens may take to show its heading (an area's code loading, a case being read). */
const HEADING_WAIT_MS = 10_000

/**
 * After the user goes to another page (a link, Back, the setup's «Lagre og start»), the focus moves
 * to the new page's heading, so a screen reader says which page opened and the next Tab goes into
 * it, not on through the navigation. Not at the first load (the page is simply there), and not when
 * the page has put the focus somewhere itself (a form's first field).
 *
 * `page` names the page on screen; null while there is none yet.
 */
export function useFocusPageHeading(page: string | null): void {
  const first = useRef<string | null>(null)
  useEffect(() => {
    if (page === null) return
    if (first.current === null) {
      first.current = page
      return
    }
    const main = document.getElementById('main')
    if (!main) return
    const before = document.activeElement
    const focusHeading = (): boolean => {
      const heading = main.querySelector<HTMLElement>('h1')
      if (!heading) return false
      const now = document.activeElement
      const pageChoseFocus = now !== before && now !== null && now !== document.body && now !== main && main.contains(now)
      if (!pageChoseFocus) {
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1
        heading.focus({ preventScroll: true })
      }
      return true
    }
    if (focusHeading()) return
    // The page's code or its data is still loading: the heading comes a moment later.
    const observer = new MutationObserver(() => {
      if (focusHeading()) stop()
    })
    const timer = window.setTimeout(() => stop(), HEADING_WAIT_MS)
    const stop = (): void => {
      observer.disconnect()
      window.clearTimeout(timer)
    }
    observer.observe(main, { childList: true, subtree: true })
    return stop
  }, [page])
}
