import { describe, expect, it } from 'vitest'
import {
  formatDateLong,
  formatDateShort,
  formatInnbyggjarar,
  formatKroner,
  formatMillionar,
  formatNumber,
  formatSum,
  formatTimestamp,
  isIsoDate,
  perInnbyggjar
} from '@shared/format'

// U+00A0 is spelt out so that a plain space in the code can never pass for it.
const NBSP = '\u00a0'

describe('formatKroner', () => {
  it('writes Tysnes’ amount as "kr 57 060" with no-break spaces and no ",-"', () => {
    expect(formatKroner('57060')).toBe(`kr${NBSP}57${NBSP}060`)
    expect([...formatKroner(57060)].map((c) => c.codePointAt(0))).toEqual([
      0x6b, 0x72, 0xa0, 0x35, 0x37, 0xa0, 0x30, 0x36, 0x30
    ])
  })

  it('shows øre only when there are any, with a decimal comma', () => {
    expect(formatKroner('1234.5')).toBe(`kr${NBSP}1${NBSP}234,50`)
    expect(formatKroner('0.38')).toBe(`kr${NBSP}0,38`)
    expect(formatKroner('20')).toBe(`kr${NBSP}20`)
  })

  it('groups millions and uses the minus sign U+2212 for negative amounts', () => {
    expect(formatKroner('105166340')).toBe(`kr${NBSP}105${NBSP}166${NBSP}340`)
    expect(formatKroner('-500')).toBe(`\u2212kr${NBSP}500`)
  })
})

describe('money from decimal strings, never through a float', () => {
  it('keeps every digit of large amounts and the øre of exact ones', () => {
    expect(formatKroner('253124130')).toBe(`kr${NBSP}253${NBSP}124${NBSP}130`)
    expect(formatKroner('10279.5')).toBe(`kr${NBSP}10${NBSP}279,50`)
    // Beyond a double's 15–17 digits, where Number() would round.
    expect(formatKroner('90071992547409931.25')).toBe(`kr${NBSP}90${NBSP}071${NBSP}992${NBSP}547${NBSP}409${NBSP}931,25`)
  })

  it('writes a sum in millions from 1 000 000 kr up, and in kroner below', () => {
    expect(formatSum('253124130')).toBe(`253,1${NBSP}mill.${NBSP}kr`)
    expect(formatSum('1000000')).toBe(`1${NBSP}mill.${NBSP}kr`)
    expect(formatSum('999999.99')).toBe(`kr${NBSP}999${NBSP}999,99`)
    expect(formatSum('10279.5')).toBe(`kr${NBSP}10${NBSP}279,50`)
    expect(formatSum('-2000000')).toBe(`\u2212kr${NBSP}2${NBSP}000${NBSP}000`)
  })
})

describe('formatNumber and formatInnbyggjarar', () => {
  it('groups thousands with U+00A0 and keeps small numbers ungrouped', () => {
    expect(formatNumber(5258317)).toBe(`5${NBSP}258${NBSP}317`)
    expect(formatNumber(999)).toBe('999')
    expect(formatNumber('0.125')).toBe('0,125')
  })

  it('uses the målform’s word for inhabitants, singular and plural', () => {
    expect(formatInnbyggjarar(2853, 'nn')).toBe(`2${NBSP}853${NBSP}innbyggjarar`)
    expect(formatInnbyggjarar(2853, 'nb')).toBe(`2${NBSP}853${NBSP}innbyggere`)
    expect(formatInnbyggjarar(1, 'nn')).toBe(`1${NBSP}innbyggjar`)
    expect(formatInnbyggjarar(1, 'nb')).toBe(`1${NBSP}innbygger`)
    expect(perInnbyggjar('nn')).toBe('per innbyggjar')
    expect(perInnbyggjar('nb')).toBe('per innbygger')
  })

  it('writes large sums in millions as the seeds do', () => {
    expect(formatMillionar('125000000')).toBe(`125${NBSP}mill.${NBSP}kr`)
    expect(formatMillionar('253124130')).toBe(`253,1${NBSP}mill.${NBSP}kr`)
  })
})

describe('dates', () => {
  it('writes the answer-by date as a document does', () => {
    expect(formatDateLong('2017-12-20')).toBe(`20.${NBSP}desember${NBSP}2017`)
    expect(formatDateShort('2017-09-08')).toBe('08.09.2017')
  })

  it('refuses dates that are not in the calendar', () => {
    expect(isIsoDate('2017-02-29')).toBe(false)
    expect(isIsoDate('2016-02-29')).toBe(true)
    expect(isIsoDate('17-01-01')).toBe(false)
    expect(() => formatDateLong('2017-13-01')).toThrow(RangeError)
  })

  it('writes a save’s time in local time, and leaves a broken one as it is', () => {
    expect(formatTimestamp(new Date(2025, 9, 12, 14, 5).toISOString())).toBe('12.10.2025 kl. 14.05')
    expect(formatTimestamp('not a time')).toBe('not a time')
  })
})
