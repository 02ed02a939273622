import { describe, expect, it } from 'vitest'
import { earlierKommunar, earlierNumbersText, getKommune, predecessorsOf, resolveInPeriod, successorsOf } from '@shared/register'

const steps = (list: { number: string; date: string }[]): string[] => list.map((s) => `${s.number}@${s.date}`)

describe('kommunenummer changes', () => {
  it('follows 1223 Tysnes to 4616 Tysnes on 1.1.2020, and back', () => {
    expect(successorsOf('1223')).toEqual([{ number: '4616', name: 'Tysnes', date: '2020-01-01', via: '1223' }])
    expect(predecessorsOf('4616')).toEqual([{ number: '1223', name: 'Tysnes', date: '2020-01-01', via: '4616' }])
  })

  it('follows Levanger 1719 → 5037 on 1.1.2018, and a name change after that is not a new number', () => {
    expect(steps(successorsOf('1719'))).toEqual(['5037@2018-01-01'])
    expect(steps(predecessorsOf('5037'))).toEqual(['1719@2018-01-01'])
  })

  it('splits 0720 Stokke into Tønsberg and Sandefjord and follows both through two reforms', () => {
    expect(steps(successorsOf('0720'))).toEqual([
      '0704@2017-01-01',
      '0710@2017-01-01',
      '3803@2020-01-01',
      '3804@2020-01-01',
      '3905@2024-01-01',
      '3907@2024-01-01'
    ])
    expect(steps(predecessorsOf('0710'))).toEqual(['0706@2017-01-01', '0719@2017-01-01', '0720@2017-01-01'])
  })

  it('lists every kommune that went into a merger, with dates, newest first', () => {
    expect(steps(predecessorsOf('1806'))).toEqual(['1805@2020-01-01', '1850@2020-01-01', '1854@2020-01-01'])
    // Snillfjord was split three ways in 2020 after being renumbered in 2018.
    expect(steps(successorsOf('1613'))).toEqual(['5012@2018-01-01', '5055@2020-01-01', '5056@2020-01-01', '5059@2020-01-01'])
  })

  it('has nothing for a number that never changed or never existed', () => {
    expect(successorsOf('0301')).toEqual([])
    expect(predecessorsOf('0301')).toEqual([])
    expect(successorsOf('9999')).toEqual([])
  })
})

describe('a number in another period', () => {
  it('finds 1223 Tysnes for 4616 in 2017 and 4616 for 1223 in 2024', () => {
    expect(resolveInPeriod('2017', '4616')).toMatchObject({ relation: 'predecessor', kommunar: [{ number: '1223' }] })
    expect(resolveInPeriod('2024', '1223')).toMatchObject({ relation: 'successor', kommunar: [{ number: '4616' }] })
    expect(resolveInPeriod('2017', '1223')).toMatchObject({ relation: 'same', kommunar: [{ number: '1223' }] })
  })

  it('gives all three 2017 kommunar for 1806 Narvik, so the user must choose', () => {
    expect(resolveInPeriod('2017', '1806')?.kommunar.map((k) => k.number)).toEqual(['1805', '1850', '1854'])
  })

  it('finds nothing for an unknown number', () => {
    expect(resolveInPeriod('2017', '9999')).toBeUndefined()
  })
})

describe('the number of 2017 said beside a renumbered kommune at setup', () => {
  const said = (number: string): string | undefined => {
    const today = getKommune('2024', number)!
    return earlierNumbersText(today.name, earlierKommunar('2017', number))
  }

  it('gives Levanger (5037) its 2017 number 1719, though today its name has a sami form', () => {
    expect(said('5037')).toBe('1719')
    expect(said('4616')).toBe('1223')
  })

  it('gives the number of the namesake where kommunar merged or split: Trondheim 1601, Haram 1534', () => {
    expect(said('5001')).toBe('1601')
    expect(said('1580')).toBe('1534')
  })

  it('lists number and name of each where none bears today’s name (Indre Østfold)', () => {
    expect(said('3118')).toBe('0122 Trøgstad, 0123 Spydeberg, 0124 Askim, 0125 Eidsberg, 0138 Hobøl')
  })

  it('says nothing for a kommune whose number has not changed (Oslo 0301)', () => {
    expect(said('0301')).toBeUndefined()
  })
})
