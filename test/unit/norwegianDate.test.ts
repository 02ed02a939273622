import { describe, expect, it } from 'vitest'
import { parseNorwegianDate, parseNorwegianDateWhileTyping, showDate } from '@shared/norwegianDate'

describe('parseNorwegianDate: a date typed the Norwegian way becomes the ISO date the app stores', () => {
  it.each([
    ['30.06.2017', '2017-06-30'],
    ['30.6.2017', '2017-06-30'],
    ['1.1.2018', '2018-01-01'],
    ['30062017', '2017-06-30'],
    ['300617', '2017-06-30'],
    ['30.6.17', '2017-06-30'],
    ['30.06.17', '2017-06-30'],
    ['30/6/2017', '2017-06-30'],
    ['30-6-2017', '2017-06-30'],
    ['30 6 2017', '2017-06-30'],
    ['  30.06.2017  ', '2017-06-30'],
    ['29.02.2020', '2020-02-29'],
    ['20.12.2017', '2017-12-20'],
    ['2017-06-30', '2017-06-30'],
    ['31.12.99', '2099-12-31']
  ])('reads %j as %s', (typed, iso) => {
    expect(parseNorwegianDate(typed)).toEqual({ ok: true, iso })
  })

  it.each([
    ['31.02.2017', 'noSuchDate'],
    ['29.02.2017', 'noSuchDate'],
    ['32.1.2017', 'noSuchDate'],
    ['30.13.2017', 'noSuchDate'],
    ['0.1.2017', 'noSuchDate'],
    ['31062017', 'noSuchDate'],
    ['1.1.1899', 'noSuchDate'],
    ['1.1.2200', 'noSuchDate'],
    ['i går', 'format'],
    ['30. juni 2017', 'format'],
    ['30.06', 'format'],
    ['3062017', 'format'],
    ['30.06.217', 'format'],
    ['06/30/2017x', 'format'],
    ['', 'empty'],
    ['   ', 'empty']
  ])('refuses %j (%s)', (typed, reason) => {
    expect(parseNorwegianDate(typed)).toEqual({ ok: false, reason })
  })

  it('reads the day first, so 06/30/2017 as an American types it is no date', () => {
    expect(parseNorwegianDate('06/30/2017')).toEqual({ ok: false, reason: 'noSuchDate' })
  })
})

describe('showDate', () => {
  it('shows a stored date as dd.mm.åååå and leaves other text as typed', () => {
    expect(showDate('2017-06-30')).toBe('30.06.2017')
    expect(showDate('30.6')).toBe('30.6')
    expect(showDate('')).toBe('')
  })
})

describe('parseNorwegianDateWhileTyping: a year still being typed is not a date yet', () => {
  it('does not read «21.12.20» or «300620», the way to 2017, as a date in 2020', () => {
    expect(parseNorwegianDateWhileTyping('21.12.20').ok).toBe(false)
    expect(parseNorwegianDateWhileTyping('21.12.201').ok).toBe(false)
    expect(parseNorwegianDateWhileTyping('300620').ok).toBe(false)
  })

  it('reads a complete date as parseNorwegianDate does', () => {
    for (const text of ['30062017', '30.6.2017', '21.12.2017', '2017-06-30']) {
      expect(parseNorwegianDateWhileTyping(text)).toEqual(parseNorwegianDate(text))
    }
    expect(parseNorwegianDateWhileTyping('30062017')).toEqual({ ok: true, iso: '2017-06-30' })
    expect(parseNorwegianDateWhileTyping('30.6.2017')).toEqual({ ok: true, iso: '2017-06-30' })
  })
})
