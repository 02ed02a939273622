import { describe, expect, it } from 'vitest'
import { DIGIFIN_2017 } from '../../shared/financingRound'
import { buildLandsoversikt } from '../../shared/landsoversikt'
import { candidatesFor, computeChoice, contributorFromChoice, currentChoice, nextChoice, withoutRound } from '../../shared/contributionChoice'
import { landsoversiktCsv, landsoversiktFileName } from '../../renderer/src/bidrag/landsoversiktCsv'
import { saveFileRequestSchema } from '../../shared/ipc'
import { parseRate, validateRound } from '../../renderer/src/bidrag/roundInput'
import type { StoredPopulationFigure } from '../../renderer/src/db/database'

const tysnes2853: StoredPopulationFigure = {
  id: 7,
  contributorKind: 'kommune',
  number: '1223',
  count: 2853,
  date: '2017-06-30',
  source: 'SSB tabell 01222, 2. kvartal 2017',
  origin: 'manual',
  createdAt: '2017-10-01T10:00:00.000Z'
}

// A round after the 2020 reform: computed from the 2024 register.
const round2026 = { ...DIGIFIN_2017, id: 'r2026', invitationDate: '2026-09-01', builtIn: false }

describe('who pays in the 2017 round, from today’s profile', () => {
  it('finds 1223 Tysnes for today’s 4616 Tysnes', () => {
    expect(candidatesFor({ kind: 'kommune', number: '4616' }, DIGIFIN_2017)).toEqual([
      { kind: 'kommune', number: '1223', name: 'Tysnes' }
    ])
  })

  it('offers every 2017 kommune that merged into a kommune of today (4647 Sunnfjord)', () => {
    const names = candidatesFor({ kind: 'kommune', number: '4647' }, DIGIFIN_2017).map((c) => c.name)
    expect(names.sort()).toEqual(['Førde', 'Gaular', 'Jølster', 'Naustdal'])
  })

  it('finds Hordaland and Sogn og Fjordane for today’s Vestland fylkeskommune', () => {
    const found = candidatesFor({ kind: 'fylkeskommune', number: '46' }, DIGIFIN_2017).map((c) => `${c.number} ${c.name}`)
    expect(found).toEqual(['12 Hordaland', '14 Sogn og Fjordane'])
  })

  it('never makes Oslo a fylkeskommune', () => {
    expect(contributorFromChoice(DIGIFIN_2017, { kind: 'fylkeskommune', number: '03' })).toBeUndefined()
    expect(candidatesFor({ kind: 'fylkeskommune', number: '03' }, DIGIFIN_2017)).toEqual([])
  })

  it('finds a fylkeskommune of the round’s own time as itself (12 Hordaland in 2017)', () => {
    expect(candidatesFor({ kind: 'fylkeskommune', number: '12' }, DIGIFIN_2017)).toEqual([
      { kind: 'fylkeskommune', number: '12', name: 'Hordaland' }
    ])
    expect(contributorFromChoice(DIGIFIN_2017, { kind: 'fylkeskommune', number: '12' })).toEqual({
      kind: 'fylkeskommune',
      number: '12',
      name: 'Hordaland'
    })
  })

  it('finds today’s Vestland for the 2017 Hordaland fylkeskommune in a round after the reform', () => {
    expect(candidatesFor({ kind: 'fylkeskommune', number: '12' }, round2026).map((c) => `${c.number} ${c.name}`)).toEqual(['46 Vestland'])
  })

  it('finds no one for a kommunenummer no register knows, and no contributor before one is chosen', () => {
    expect(candidatesFor({ kind: 'kommune', number: '9999' }, DIGIFIN_2017)).toEqual([])
    expect(contributorFromChoice(DIGIFIN_2017, null)).toBeUndefined()
    expect(computeChoice(DIGIFIN_2017, undefined, null, [tysnes2853])).toEqual({ ok: false, reason: 'noContributor' })
  })
})

describe('the contribution from the user’s choice', () => {
  const tysnes = contributorFromChoice(DIGIFIN_2017, { kind: 'kommune', number: '1223' })

  it('uses 1.1.2017 by default: 2 847 × kr 20 = kr 56 940', () => {
    const outcome = computeChoice(DIGIFIN_2017, tysnes, null, [])
    expect(outcome.ok && [outcome.contribution.population.count, outcome.contribution.amount]).toEqual([2847, '56940'])
  })

  it('uses the seed’s figure when the user entered it: 2 853 → kr 57 060, with its source', () => {
    const outcome = computeChoice(DIGIFIN_2017, tysnes, { kind: 'stored', id: 7 }, [tysnes2853])
    expect(outcome.ok && outcome.contribution.amount).toBe('57060')
    expect(outcome.ok && outcome.contribution.population.source).toBe('SSB tabell 01222, 2. kvartal 2017')
  })

  it('uses the embedded figure of the date the user picked: 1.1.2016, 2 797 × kr 20 = kr 55 940', () => {
    const outcome = computeChoice(DIGIFIN_2017, tysnes, { kind: 'embedded', date: '2016-01-01' }, [])
    expect(outcome.ok && [outcome.contribution.population.count, outcome.contribution.amount]).toEqual([2797, '55940'])
  })

  it('says there is no figure rather than computing with a damaged kept figure', () => {
    expect(computeChoice(DIGIFIN_2017, tysnes, { kind: 'stored', id: 8 }, [{ ...tysnes2853, id: 8, count: 2853.5 }])).toEqual({
      ok: false,
      reason: 'noFigure'
    })
  })

  it('says there is no figure rather than guessing when a chosen figure was deleted', () => {
    expect(computeChoice(DIGIFIN_2017, tysnes, { kind: 'stored', id: 99 }, [tysnes2853])).toEqual({
      ok: false,
      reason: 'noFigure'
    })
  })

  it('goes back to the default figure when the contributor changes', () => {
    const current = { roundId: '2017', contributor: { kind: 'kommune' as const, number: '1223' }, population: { kind: 'stored' as const, id: 7 } }
    const stored = nextChoice(undefined, current, {})
    expect(nextChoice(stored, current, { contributor: { kind: 'kommune', number: '1201' } }).perRound['2017']).toEqual({
      contributor: { kind: 'kommune', number: '1201' },
      population: null
    })
    expect(nextChoice(stored, current, { population: { kind: 'embedded', date: '2016-01-01' } }).perRound['2017']?.contributor).toEqual(
      current.contributor
    )
  })

  it('keeps the figure when the user picks the same contributor again, and forgets it when the contributor is cleared', () => {
    const current = { roundId: '2017', contributor: { kind: 'kommune' as const, number: '1223' }, population: { kind: 'stored' as const, id: 7 } }
    const stored = nextChoice(undefined, current, {})
    expect(nextChoice(stored, current, { contributor: { kind: 'kommune', number: '1223' } }).perRound['2017']).toEqual({
      contributor: current.contributor,
      population: current.population
    })
    expect(nextChoice(stored, current, { contributor: null }).perRound['2017']).toEqual({ contributor: null, population: null })
    const none = { roundId: '2017', contributor: null, population: null }
    expect(nextChoice(undefined, none, { contributor: null }).perRound['2017']).toEqual({ contributor: null, population: null })
  })

  it('remembers the figure the user picks', () => {
    const current = { roundId: '2017', contributor: { kind: 'kommune' as const, number: '1223' }, population: null }
    expect(nextChoice(undefined, current, { population: { kind: 'stored', id: 7 } }).perRound['2017']).toEqual({
      contributor: current.contributor,
      population: { kind: 'stored', id: 7 }
    })
  })

  it('starts from nothing chosen before the user has chosen anything', () => {
    expect(currentChoice(undefined, '2017')).toEqual({ roundId: '2017', contributor: null, population: null })
    expect(withoutRound(undefined, 'runde-x', '2017')).toEqual({ roundId: '2017', perRound: {} })
  })

  it('stays on the round in view when another round is deleted', () => {
    const inX = { roundId: 'runde-x', contributor: { kind: 'kommune' as const, number: '1223' }, population: null }
    const stored = nextChoice(undefined, inX, {})
    expect(withoutRound(stored, 'runde-y', '2017')).toEqual({ roundId: 'runde-x', perRound: stored.perRound })
  })

  it('keeps each round’s choice when the user looks at another round and comes back', () => {
    const in2017 = { roundId: '2017', contributor: { kind: 'kommune' as const, number: '1223' }, population: { kind: 'stored' as const, id: 7 } }
    const stored = nextChoice(undefined, in2017, { population: { kind: 'stored', id: 7 } })
    const elsewhere = nextChoice(stored, in2017, { roundId: 'runde-x' })
    expect(elsewhere.roundId).toBe('runde-x')
    expect(currentChoice(elsewhere, 'runde-x')).toEqual({ roundId: 'runde-x', contributor: null, population: null })
    const back = nextChoice(elsewhere, currentChoice(elsewhere, 'runde-x'), { roundId: '2017' })
    expect(currentChoice(back, '2017')).toEqual(in2017)
    expect(withoutRound(elsewhere, 'runde-x', '2017')).toEqual({ roundId: '2017', perRound: stored.perRound })
  })
})

describe('a new financing round as the user types it', () => {
  const good = { name: 'DigiFin 2019', invitationDate: '2019-09-01', answerBy: '2019-12-20', budgetYear: '2020', rateKommune: '20', rateFylkeskommune: '0,125' }

  it('is stored with decimal-string rates', () => {
    const result = validateRound(good, 'r1')
    expect(result.ok && [result.round.rateKommune, result.round.rateFylkeskommune, result.round.budgetYear]).toEqual(['20', '0.125', 2020])
  })

  it.each([
    ['name', { name: '  ' }, 'error.roundName'],
    ['invitationDate', { invitationDate: '2019-02-30' }, 'error.date'],
    ['answerBy', { answerBy: '2019-08-01' }, 'error.answerBeforeInvitation'],
    ['budgetYear', { budgetYear: '19' }, 'error.budgetYear'],
    ['rateKommune', { rateKommune: '-20' }, 'error.rate'],
    ['rateKommune', { rateKommune: '20 kr' }, 'error.rate'],
    ['rateFylkeskommune', { rateFylkeskommune: '0' }, 'error.rate']
  ])('refuses a bad %s', (field, change, message) => {
    const result = validateRound({ ...good, ...change }, 'r1')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors[field as keyof typeof good]).toBe(message)
  })

  it('reads rates with a decimal comma or spaces', () => {
    expect(parseRate('0,125')).toBe('0.125')
    expect(parseRate('1 000')).toBe('1000')
    expect(parseRate('abc')).toBeUndefined()
  })
})

describe('the landsoversikt as CSV', () => {
  it('has a header, one line per contributor, semicolons and decimal commas', () => {
    const csv = landsoversiktCsv(buildLandsoversikt(DIGIFIN_2017), 'nn')
    const lines = csv.replace('\ufeff', '').trimEnd().split('\r\n')
    expect(lines[0]).toBe('nummer;namn;type;folketal;folketal_dato;sats;beløp')
    expect(lines).toHaveLength(1 + 426 + 18)
    expect(lines).toContain('1223;Tysnes;kommune;2847;2017-01-01;20;56940')
    expect(csv.startsWith('\ufeff')).toBe(true)
  })

  it('is offered under a name the desktop accepts even when the round is named with / : ?', () => {
    const name = landsoversiktFileName('Runde 2/2026: kva no?', '2026-01-01')
    expect(name).toBe('Landsoversikt Runde 2-2026 kva no 2026-01-01.csv')
    const request = { suggestedName: name, kind: 'csv', data: new Uint8Array([59]) }
    expect(saveFileRequestSchema.safeParse(request).success).toBe(true)
    // The name as it was built before: refused by the main process, so the file could not be saved.
    expect(saveFileRequestSchema.safeParse({ ...request, suggestedName: 'Landsoversikt Runde 2/2026: kva no? 2026-01-01.csv' }).success).toBe(false)
  })
})

describe('stored rows read back from the database', () => {
  it('sets aside a damaged figure or round instead of computing with it', async () => {
    const { checkFigures, checkRounds } = await import('../../renderer/src/db/validate')
    const figures = checkFigures([tysnes2853, { ...tysnes2853, id: 8, count: 2853.5 }, { ...tysnes2853, id: 9, source: ' ' }, null])
    expect(figures.valid.map((f) => f.id)).toEqual([7])
    expect(figures.invalid.map((f) => f.key)).toEqual([8, 9, 'undefined'])
    const good = validateRound(
      { name: 'R', invitationDate: '2019-01-01', answerBy: '2019-02-01', budgetYear: '2020', rateKommune: '20', rateFylkeskommune: '5' },
      'r1'
    )
    if (!good.ok) throw new Error('round should be valid')
    const rounds = checkRounds([good.round, { ...good.round, id: 'r2', rateKommune: 'tjue' }])
    expect(rounds.valid.map((r) => r.id)).toEqual(['r1'])
    expect(rounds.invalid.map((r) => r.key)).toEqual(['r2'])
  })
})
