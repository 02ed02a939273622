import { describe, expect, it } from 'vitest'
import Decimal from 'decimal.js'
import { BUILT_IN_ROUNDS, DIGIFIN_2017 } from '@shared/financingRound'
import { defaultMaalform, isMaalform } from '@shared/maalform'

describe('målform', () => {
  it('defaults a nynorsk kommune to nn and a bokmål or nøytral one to nb', () => {
    expect(defaultMaalform('nynorsk')).toBe('nn')
    expect(defaultMaalform('bokmaal')).toBe('nb')
    expect(defaultMaalform('noytral')).toBe('nb')
    expect(defaultMaalform(undefined)).toBe('nb')
  })

  it('accepts only nn and nb', () => {
    expect(isMaalform('nn')).toBe(true)
    expect(isMaalform('nb')).toBe(true)
    expect(isMaalform('no')).toBe(false)
    expect(isMaalform(undefined)).toBe(false)
  })
})

describe('KS DigiFin 2017', () => {
  it('has the rates, dates and budget year of KS’s letter of 08.09.2017', () => {
    expect(DIGIFIN_2017).toMatchObject({
      invitationDate: '2017-09-08',
      answerBy: '2017-12-20',
      budgetYear: 2018,
      rateKommune: '20',
      rateFylkeskommune: '5'
    })
    expect(BUILT_IN_ROUNDS).toContain(DIGIFIN_2017)
  })

  it('has KMD’s 125 mill. kr as fixed sources and KS’s 40 mill. as an upper bound', () => {
    const fixed = DIGIFIN_2017.otherSources.filter((s) => !s.upTo)
    expect(fixed.reduce((a, s) => a.plus(s.amount), new Decimal(0)).toFixed()).toBe('125000000')
    expect(DIGIFIN_2017.otherSources.filter((s) => s.upTo).map((s) => [s.id, s.amount])).toEqual([['ks', '40000000']])
    expect(DIGIFIN_2017.announcedTotal?.amount).toBe('250000000')
  })
})

describe('the chief executive’s title as typed', () => {
  it('recognises the known titles with or without æøå, and keeps any other title as written', async () => {
    const { parseChiefTitle } = await import('../../shared/profile')
    for (const typed of ['rådmann', 'Rådmannen', 'raadmann', 'radmann']) expect(parseChiefTitle(typed)).toEqual({ kind: 'raadmann' })
    expect(parseChiefTitle('kommunedirektoer')).toEqual({ kind: 'kommunedirektoer' })
    expect(parseChiefTitle('Fylkesdirektør')).toEqual({ kind: 'fylkesdirektoer' })
    expect(parseChiefTitle('Administrasjonssjef')).toEqual({ kind: 'custom', custom: 'Administrasjonssjef' })
  })
})
