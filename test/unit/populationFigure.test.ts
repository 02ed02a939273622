import { describe, expect, it } from 'vitest'
import { calculateContribution, type Contributor } from '../../shared/contribution'
import { DIGIFIN_2017 } from '../../shared/financingRound'
import { checkFigureDate, givenFigure, populationFigureFor } from '../../shared/populationFigure'

/** The figure a round's contribution uses, asked the same way by the Bidrag page and the CLI. */

const tysnes: Contributor = { kind: 'kommune', number: '1223', name: 'Tysnes' }

describe('the contributor’s population figure for a round', () => {
  it('is the embedded figure not after the invitation date by default: Tysnes 2 847 at 1.1.2017', () => {
    const found = populationFigureFor(DIGIFIN_2017, tysnes, { kind: 'embedded' })
    expect(found.ok && found.figure).toMatchObject({ count: 2847, date: '2017-01-01', origin: 'embedded' })
  })

  it('is the embedded figure not after a given date', () => {
    const found = populationFigureFor(DIGIFIN_2017, tysnes, { kind: 'embedded', date: '2017-06-30' })
    expect(found.ok && found.figure).toMatchObject({ count: 2847, date: '2017-01-01' })
  })

  it('is a given count with its date and source: 2 853 gives kr 57 060', () => {
    const source = { nn: 'SSB tabell 01222, 2. kvartal 2017', nb: 'SSB tabell 01222, 2. kvartal 2017' }
    const found = populationFigureFor(DIGIFIN_2017, tysnes, { kind: 'given', count: 2853, date: '2017-06-30', source, origin: 'manual' })
    if (!found.ok) throw new Error('expected a figure')
    expect(found.figure).toEqual({ count: 2853, date: '2017-06-30', source: source.nb, sourceText: source, origin: 'manual' })
    expect(calculateContribution(DIGIFIN_2017, tysnes, found.figure).amount).toBe('57060')
  })

  it('dates a given count without a date to the round’s invitation', () => {
    const source = { nn: 'oppgitt på kommandolinja', nb: 'oppgitt på kommandolinjen' }
    const found = populationFigureFor(DIGIFIN_2017, tysnes, { kind: 'given', count: 2853, source, origin: 'manual' })
    expect(found.ok && found.figure.date).toBe(DIGIFIN_2017.invitationDate)
  })

  it('is a failure, not a throw, for a date before any embedded figure', () => {
    expect(populationFigureFor(DIGIFIN_2017, tysnes, { kind: 'embedded', date: '1990-01-01' })).toEqual({
      ok: false,
      reason: 'noFigure',
      date: '1990-01-01'
    })
  })

  it('cites a kept figure in its own words in both målformer', () => {
    const kept = { id: 7, contributorKind: 'kommune' as const, number: '1223', count: 2853, date: '2017-06-30', source: 'SSB', origin: 'import' as const }
    const found = populationFigureFor(DIGIFIN_2017, tysnes, givenFigure(kept))
    expect(found.ok && found.figure).toEqual({ count: 2853, date: '2017-06-30', source: 'SSB', sourceText: { nn: 'SSB', nb: 'SSB' }, origin: 'import' })
  })
})

describe('whether a figure’s date is plausible for its round (invitation 8 September 2017)', () => {
  const today = '2026-11-24'
  it.each([
    ['2017-06-30', 'plausible'],
    ['2017-09-08', 'plausible'],
    ['2015-09-08', 'plausible'],
    ['2015-09-07', 'longBefore'],
    ['1899-12-31', 'longBefore'],
    ['2017-09-09', 'afterInvitation'],
    ['2026-11-24', 'afterInvitation'],
    ['2026-11-25', 'future'],
    ['2031-01-01', 'future']
  ] as const)('%s is %s', (date, expected) => {
    expect(checkFigureDate(date, DIGIFIN_2017.invitationDate, today)).toBe(expected)
  })
})
