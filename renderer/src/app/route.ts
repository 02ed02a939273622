import { useEffect, useState } from 'react'

/** The app's areas, in the order the navigation shows them. */
export const AREAS = ['oversikt', 'bidrag', 'saksframlegg', 'deltaking', 'fellesloysingar', 'innstillingar'] as const
export type Area = (typeof AREAS)[number]

function isArea(value: string): value is Area {
  return (AREAS as readonly string[]).includes(value)
}

/** The area lives in the URL's hash (#/bidrag), so a reload keeps the user where they were. */
export function areaFromHash(hash: string): Area {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? ''
  return isArea(name) ? name : 'oversikt'
}

export function hrefFor(area: Area): string {
  return `#/${area}`
}

export function useArea(): Area {
  const [area, setArea] = useState<Area>(() => areaFromHash(window.location.hash))
  useEffect(() => {
    // In-page links (an error summary's "#profile-sakshandsamar") are not routes: stay put.
    const onChange = (): void => {
      const hash = window.location.hash
      if (hash === '' || hash.startsWith('#/')) setArea(areaFromHash(hash))
    }
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return area
}
