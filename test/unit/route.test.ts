import { describe, expect, it } from 'vitest'
import { AREAS, areaFor } from '../../renderer/src/app/areas'
import { hrefFor, routeFromHash } from '../../renderer/src/app/route'

describe('the route in the hash', () => {
  it('gives the area and the path below it, decoded', () => {
    expect(routeFromHash('#/bidrag')).toEqual({ area: 'bidrag', path: [] })
    expect(routeFromHash('#/saksframlegg/sak%201?x=1')).toEqual({ area: 'saksframlegg', path: ['sak 1'] })
    expect(routeFromHash('')).toEqual({ area: '', path: [] })
  })

  it('keeps the area when the path is not a valid escape', () => {
    expect(routeFromHash('#/saksframlegg/%E0%A4%A')).toEqual({ area: 'saksframlegg', path: [] })
  })

  it('makes links that read back as the same route', () => {
    expect(hrefFor('bidrag')).toBe('#/bidrag')
    expect(hrefFor('saksframlegg', 'a/b c')).toBe('#/saksframlegg/a%2Fb%20c')
    expect(routeFromHash(hrefFor('saksframlegg', 'a/b c'))).toEqual({ area: 'saksframlegg', path: ['a/b c'] })
  })
})

describe('the area table', () => {
  it('lists each area once, with its navigation label', () => {
    expect(AREAS.map((a) => a.id)).toEqual(['oversikt', 'bidrag', 'saksframlegg', 'deltaking', 'fellesloysingar', 'okonomi', 'innstillingar'])
    for (const area of AREAS) expect(area.label).toBe(`nav.${area.id}`)
  })

  it('lands an unknown or empty route on the first area', () => {
    expect(areaFor('saksframlegg').id).toBe('saksframlegg')
    expect(areaFor('profile-sakshandsamar').id).toBe('oversikt')
    expect(areaFor('').id).toBe('oversikt')
  })
})
