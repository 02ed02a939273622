import { useEffect, useState } from 'react'
import type { AreaId } from './areas'

/**
 * Where the user is lives in the URL's hash, so a reload keeps them there: `#/bidrag` is an area,
 * `#/saksframlegg/ID` an area and the path below it (here the open case). The area table
 * (./areas.tsx) says which areas exist; a name it does not know falls back to its first area.
 */
export interface Route {
  area: string
  /** The decoded segments after the area: ['ID'] for #/saksframlegg/ID. */
  path: readonly string[]
}

export function routeFromHash(hash: string): Route {
  const [area = '', ...segments] = (hash.replace(/^#\/?/, '').split('?')[0] ?? '').split('/')
  try {
    return { area, path: segments.map(decodeURIComponent) }
  } catch {
    // A malformed %-escape: the area is still known, the path below it is not.
    return { area, path: [] }
  }
}

export function hrefFor(area: AreaId, ...path: string[]): string {
  return ['#', area, ...path.map(encodeURIComponent)].join('/')
}

/**
 * A form with unsaved changes asks before the route changes (ARCHITECTURE.md, "Forms"): `ask(go)`
 * puts the question, and `go` follows the user's way out only if they decide to leave. The browser's
 * Back and Forward and a typed address change the hash before anyone can ask, so the route hook puts
 * the page's own address back and asks then.
 */
type LeaveQuestion = (go: () => void) => void
const questions = new Set<LeaveQuestion>()
/** The address the app itself is going to (`goTo`): it has already been asked about, or needs no asking. */
let passing: string | null = null
/** The address of the route on screen. */
let shown = ''

/** While registered, a change of route asks `ask` first. Returns the unregistration. */
export function askBeforeRouteChange(ask: LeaveQuestion): () => void {
  questions.add(ask)
  return () => {
    questions.delete(ask)
  }
}

/** The app's own way to another route (after a save, a cancel, an answer to the leave question): it does not ask. */
export function goTo(href: string): void {
  if (href === window.location.hash) return
  passing = href
  window.location.hash = href
}

function isRoute(hash: string): boolean {
  return hash === '' || hash.startsWith('#/')
}

/** The one route hook: the area and the path below it, following every change of the hash. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash))
  useEffect(() => {
    shown = window.location.hash
    const onChange = (): void => {
      const hash = window.location.hash
      // In-page links (an error summary's "#profile-sakshandsamar") are not routes: stay put.
      if (!isRoute(hash)) return
      const [ask] = questions
      if (ask && hash !== passing && hash !== shown) {
        // Back, Forward or a typed address away from unsaved changes: the page stays, its address
        // comes back as the newest history entry (after Back, history is as it was), and the user decides.
        window.history.pushState(window.history.state, '', shown === '' ? window.location.pathname + window.location.search : shown)
        ask(() => goTo(hash))
        return
      }
      passing = null
      shown = hash
      setRoute(routeFromHash(hash))
    }
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
