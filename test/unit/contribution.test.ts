import { describe, expect, it } from 'vitest'
import { calculateContribution, multiplyToOre, rateFor, type PopulationFigure } from '@shared/contribution'
import { DIGIFIN_2017, type FinancingRound } from '@shared/financingRound'
import { formatKroner } from '@shared/format'

const tysnes = { kind: 'kommune' as const, number: '1223', name: 'Tysnes' }
const hordaland = { kind: 'fylkeskommune' as const, number: '12', name: 'Hordaland' }
const q2: PopulationFigure = { count: 2853, date: '2017-06-30', source: 'SSB, tabell 01222', origin: 'manual' }

describe('calculateContribution', () => {
  it('gives Tysnes kr 57 060 for 2 853 innbyggjarar × kr 20, as its saksframlegg says', () => {
    const c = calculateContribution(DIGIFIN_2017, tysnes, q2)
    expect(c.rate).toBe('20')
    expect(c.amount).toBe('57060')
    expect(formatKroner(c.amount)).toBe('kr\u00a057\u00a0060')
    expect(c.population).toBe(q2)
  })

  it('uses the fylkeskommune rate (kr 5) for a fylkeskommune', () => {
    expect(rateFor(DIGIFIN_2017, 'fylkeskommune')).toBe('5')
    expect(calculateContribution(DIGIFIN_2017, hordaland, { ...q2, count: 519963 }).amount).toBe('2599815')
  })

  it('refuses a population outside 1..10 000 000 or not whole', () => {
    for (const count of [0, -1, 2853.5, 10_000_001]) {
      expect(() => calculateContribution(DIGIFIN_2017, tysnes, { ...q2, count })).toThrow(RangeError)
    }
    expect(calculateContribution(DIGIFIN_2017, tysnes, { ...q2, count: 10_000_000 }).amount).toBe('200000000')
    expect(calculateContribution(DIGIFIN_2017, tysnes, { ...q2, count: 1 }).amount).toBe('20')
  })
})

describe('rounding to øre, half up', () => {
  it('rounds 3 × kr 0,125 = 0,375 up to 0,38', () => {
    expect(multiplyToOre(3, '0.125').toFixed()).toBe('0.38')
  })

  it('rounds exactly half an øre up and less than half down', () => {
    expect(multiplyToOre(1, '0.005').toFixed()).toBe('0.01')
    expect(multiplyToOre(1, '0.0049').toFixed()).toBe('0')
    expect(multiplyToOre(5, '0.125').toFixed()).toBe('0.63') // 0,625
    expect(multiplyToOre(2, '0.125').toFixed()).toBe('0.25')
  })

  it('carries øre through a round with an øre rate', () => {
    const round: FinancingRound = { ...DIGIFIN_2017, id: 'test', rateKommune: '0.125', builtIn: false }
    const c = calculateContribution(round, tysnes, { ...q2, count: 2853 })
    expect(c.amount).toBe('356.63') // 356,625 → 356,63
    expect(formatKroner(c.amount)).toBe('kr\u00a0356,63')
  })
})
