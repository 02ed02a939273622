import { describe, expect, it } from 'vitest'
import { plainText } from '../../shared/document/text'
import { renderTilknyting } from '../../shared/tilknyting'
import { adoptionCase } from '../fixtures/tilknyting/cases'

/**
 * A price the source gives "from 2021" says nothing of 2019 and 2020 (issue 11, U5 finding 1):
 * Digiorden taken into use on 1 January 2019 by Tysnes (2 922 innbyggjarar) has no known cost in
 * 2019 and 2020; from 2021 the running cost is 12 × (500 + 0,125 × 2 922) = 10 383 a year.
 */
const plain = (text: string): string => text.replace(/\u00a0/g, ' ')
const early = (date = '2018-06-04') => ({ ...adoptionCase('tysnes', 'digiorden', { fromYear: 2019, start: '2019-01-01' }), date })

describe('the adoption case with a price from a year after the start', () => {
  it('leaves the years before the price unknown in the table and the sums, never the 2021 price', () => {
    const c = early()
    expect(c.connection).toEqual({ kind: 'unknownPrice' })
    expect(c.plan.map((p) => p.running.kind)).toEqual(['unknownPrice', 'unknownPrice', 'amount', 'amount'])
    expect(c.total).toEqual({ amount: '20766', incomplete: true })
  })

  it('says why in nynorsk and bokmål, and the total is only the known part', () => {
    const nn = plain(plainText(renderTilknyting(early(), 'nn')))
    expect(nn).toContain('Vedlegg 1 gjev prisar frå 2021, og kommunen skal ta løysinga i bruk i 2019. Tilknytingskostnaden for 2019 er difor ikkje kjend')
    expect(nn).toContain('driftskostnaden for 2019–2020 er ikkje kjend og er ikkje med i summane.')
    expect(nn).toContain('Dei kjende kostnadene er til saman kr 20 766 i perioden 2019–2022.')
    const nb = plain(plainText(renderTilknyting(early(), 'nb')))
    expect(nb).toContain('Vedlegg 1 gir priser fra 2021, og kommunen skal ta løsningen i bruk i 2019. Tilknytningskostnaden for 2019 er derfor ikke kjent')
    expect(nb).toContain('driftskostnaden for 2019–2020 er ikke kjent og er ikke med i summene.')
  })

  it('does not say a case dated 2018 had its prices checked in November 2026, and says it when the case is dated after the check', () => {
    for (const maalform of ['nn', 'nb'] as const) {
      const doc = plain(plainText(renderTilknyting(early(), maalform)))
      expect(doc).not.toMatch(/november 2026/)
    }
    const nn = plain(plainText(renderTilknyting(early(), 'nn')))
    expect(nn).toContain('Prisane er henta frå vedlegg 1, gjeld 2021.')
    const later = plain(plainText(renderTilknyting(early('2026-11-24'), 'nn')))
    expect(later).toContain('kontrollerte i november 2026')
  })
})
