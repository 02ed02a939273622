import { describe, expect, it } from 'vitest'
import { parsePopulation, parseSsbPeriod, POPULATION_ERRORS, referenceDate } from '@shared/population'

describe('parsePopulation: what a person may type', () => {
  it.each([
    ['2853', 2853],
    ['2 853', 2853],
    ['2\u00a0853', 2853],
    ['2\u202f853', 2853],
    ['  2853  ', 2853],
    ['1', 1],
    ['10 000 000', 10_000_000],
    ['5258317', 5_258_317],
    ['02853', 2853]
  ])('accepts %j as %d', (input, value) => {
    expect(parsePopulation(input)).toEqual({ ok: true, value })
  })

  // The exact words are pinned: they are what the user reads in the form and on the command line.
  it.each([
    ['', 'Skriv inn folketalet.', 'Skriv inn folketallet.'],
    ['   ', 'Skriv inn folketalet.', 'Skriv inn folketallet.'],
    ['-5', 'Folketalet kan ikkje vere negativt.', 'Folketallet kan ikke være negativt.'],
    ['\u22125', 'Folketalet kan ikkje vere negativt.', 'Folketallet kan ikke være negativt.'],
    ['0', 'Folketalet må vere minst 1.', 'Folketallet må være minst 1.'],
    ['000', 'Folketalet må vere minst 1.', 'Folketallet må være minst 1.'],
    ['2853,5', 'Folketalet må vere eit heilt tal, utan desimalar.', 'Folketallet må være et helt tall, uten desimaler.'],
    [
      '2.853',
      'Skriv folketalet utan punktum, til dømes 2853 eller 2 853.',
      'Skriv folketallet uten punktum, for eksempel 2853 eller 2 853.'
    ],
    ['2853.0', 'Skriv folketalet utan punktum, til dømes 2853 eller 2 853.', 'Skriv folketallet uten punktum, for eksempel 2853 eller 2 853.'],
    ['to tusen', 'Folketalet kan berre innehalde siffer og mellomrom.', 'Folketallet kan bare inneholde sifre og mellomrom.'],
    ['2853 innb.', 'Folketalet kan berre innehalde siffer og mellomrom.', 'Folketallet kan bare inneholde sifre og mellomrom.'],
    ['2853x', 'Folketalet kan berre innehalde siffer og mellomrom.', 'Folketallet kan bare inneholde sifre og mellomrom.'],
    ['+2853', 'Folketalet kan berre innehalde siffer og mellomrom.', 'Folketallet kan bare inneholde sifre og mellomrom.'],
    ['28 53', 'Mellomrom skal berre skilje tusen, til dømes 2 853 eller 12 345.', 'Mellomrom skal bare skille tusener, for eksempel 2 853 eller 12 345.'],
    ['10 000 001', 'Folketalet kan ikkje vere over 10\u00a0000\u00a0000.', 'Folketallet kan ikke være over 10\u00a0000\u00a0000.'],
    ['999999999999', 'Folketalet kan ikkje vere over 10\u00a0000\u00a0000.', 'Folketallet kan ikke være over 10\u00a0000\u00a0000.']
  ])('refuses %j with a message in both målformer', (input, nn, nb) => {
    expect(parsePopulation(input)).toEqual({ ok: false, error: { nn, nb } })
  })

  it('has a distinct nynorsk and bokmål text for every message', () => {
    for (const message of Object.values(POPULATION_ERRORS)) expect(message.nn).not.toBe(message.nb)
  })
})

describe('SSB periods', () => {
  it.each([
    ['2017K2', '2. kvartal 2017', '2017-04-01', '2017-06-30'],
    ['2017K4', '4. kvartal 2017', '2017-10-01', '2017-12-31'],
    ['2017', '2017', '2017-01-01', '2017-12-31'],
    ['2016M02', 'februar 2016', '2016-02-01', '2016-02-29'],
    ['2017H1', '1. halvår 2017', '2017-01-01', '2017-06-30']
  ])('reads %s as %s (%s–%s)', (label, text, start, end) => {
    expect(parseSsbPeriod(label)).toEqual({ label, text: { nn: text, nb: text }, start, end })
  })

  it.each(['2017K5', '2017K0', '2017M13', '2017M6', '17K2', 'K2 2017', ''])('refuses %j', (label) => {
    expect(parseSsbPeriod(label)).toBeUndefined()
  })

  it('dates a count by what the variable says, else by SSB’s custom for the period', () => {
    const q2 = parseSsbPeriod('2017K2')!
    expect(referenceDate(q2, 'Folketalet ved utgangen av kvartalet')).toBe('2017-06-30')
    expect(referenceDate(q2, 'Folkemengde ved inngangen av kvartalet')).toBe('2017-04-01')
    expect(referenceDate(q2, 'Folketalet 1. januar')).toBe('2017-01-01')
    expect(referenceDate(q2, 'Personar')).toBe('2017-06-30')
    expect(referenceDate(parseSsbPeriod('2017')!, 'Personer')).toBe('2017-01-01')
  })
})
