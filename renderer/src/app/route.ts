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

/** The one route hook: the area and the path below it, following every change of the hash. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash))
  useEffect(() => {
    // In-page links (an error summary's "#profile-sakshandsamar") are not routes: stay put.
    const onChange = (): void => {
      const hash = window.location.hash
      if (hash === '' || hash.startsWith('#/')) setRoute(routeFromHash(hash))
    }
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
