import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DIGIFIN_2017 } from '../../shared/financingRound'
import type { ContributionChoice, StoredChoices } from '../../shared/contributionChoice'
import { CHOICE_SETTING_KEY, ContributionStore, type NewPopulationFigure } from '../../renderer/src/bidrag/contributionStore'
import { SpleiselagDatabase } from '../../renderer/src/db/database'
import { ownRound, tysnesFigure } from '../fixtures/stores/records'

let counter = 0
let database: SpleiselagDatabase
let store: ContributionStore

beforeEach(() => {
  database = new SpleiselagDatabase(`spleiselag-contribution-${++counter}`)
  store = new ContributionStore(database, () => new Date('2017-10-01T10:00:00.000Z'))
})

afterEach(async () => {
  database.close()
  await Dexie.delete(database.name)
})


const tysnes = { kind: 'kommune', number: '1223' } as const

function choosing(population: ContributionChoice['population'], roundId = DIGIFIN_2017.id): ContributionChoice {
  return { roundId, contributor: tysnes, population }
}

/** Makes every later write to the table fail, as a full disk or a closed connection would. */
function failWrites(table: Dexie.Table): void {
  const fail = (): never => {
    throw new Error('disk full')
  }
  table.hook('creating', fail)
  table.hook('updating', fail)
}

async function added(figure: NewPopulationFigure = tysnesFigure): Promise<number> {
  const result = await store.addFigure(figure)
  if (!result.ok) throw new Error(`addFigure failed: ${result.reason}`)
  return result.value
}

describe('the contribution store', () => {
  it('stores a figure with the time from its clock, and lists the contributor’s figures oldest first', async () => {
    const later = await added({ ...tysnesFigure, date: '2017-09-30', count: 2860 })
    const earlier = await added()
    await added({ ...tysnesFigure, number: '4616' })
    const figures = await store.figures(tysnes)
    expect(figures.valid.map((f) => f.id)).toEqual([earlier, later])
    expect(figures.valid[0]).toEqual({ ...tysnesFigure, id: earlier, createdAt: '2017-10-01T10:00:00.000Z' })
    expect(figures.invalid).toEqual([])
  })

  it('refuses a figure or a round that does not pass its schema, and writes nothing', async () => {
    const figure = await store.addFigure({ ...tysnesFigure, count: 0 })
    expect(figure).toMatchObject({ ok: false, reason: 'invalid' })
    expect(!figure.ok && 'issues' in figure && figure.issues.join()).toMatch(/count/)
    const round = await store.addRound({ ...ownRound, rateKommune: 'tjue' })
    expect(round).toMatchObject({ ok: false, reason: 'invalid' })
    expect(await database.populationFigures.count()).toBe(0)
    expect(await database.rounds.count()).toBe(0)
    expect(await store.addRound(ownRound)).toEqual({ ok: true, value: 'runde-1' })
  })

  it('sets aside damaged rounds and figures when it reads them, by key', async () => {
    await store.addRound(ownRound)
    await database.rounds.add({ ...ownRound, id: 'runde-2', budgetYear: 18 })
    const good = await added()
    const bad = (await database.populationFigures.add({ ...tysnesFigure, count: 2853.5, createdAt: 'x' })) as number
    const rounds = await store.rounds()
    expect(rounds.valid.map((r) => r.id)).toEqual(['runde-1'])
    expect(rounds.invalid.map((r) => r.key)).toEqual(['runde-2'])
    const figures = await store.figures(tysnes)
    expect(figures.valid.map((f) => f.id)).toEqual([good])
    expect(figures.invalid.map((f) => f.key)).toEqual([bad])

    await store.deleteDamaged({ rounds: rounds.invalid, figures: figures.invalid })
    expect(await database.rounds.count()).toBe(1)
    expect(await database.populationFigures.count()).toBe(1)
  })

  it('reads the stored choice through its schema: a damaged one counts as no choice', async () => {
    expect(await store.choices()).toBeUndefined()
    await store.updateChoice(choosing(null), { population: { kind: 'embedded', date: '2017-01-01' } })
    const expected: StoredChoices = {
      roundId: DIGIFIN_2017.id,
      perRound: { [DIGIFIN_2017.id]: { contributor: tysnes, population: { kind: 'embedded', date: '2017-01-01' } } }
    }
    expect(await store.choices()).toEqual(expected)

    for (const damaged of [
      'contributionChoice',
      { roundId: '2017' },
      { roundId: '2017', perRound: { '2017': { contributor: null, population: { kind: 'stored', id: '7' } } } },
      { roundId: '2017', perRound: { '2017': { contributor: { kind: 'bydel', number: '1223' }, population: null } } }
    ]) {
      await database.settings.put({ key: CHOICE_SETTING_KEY, value: damaged })
      expect(await store.choices()).toBeUndefined()
    }
  })

  it('deletes a chosen figure and resets the choice to the default figure in one transaction', async () => {
    const id = await added()
    await store.updateChoice(choosing(null), { population: { kind: 'stored', id } })
    expect(await store.deleteFigure(id, choosing({ kind: 'stored', id }))).toEqual({ ok: true, value: undefined })
    expect(await database.populationFigures.count()).toBe(0)
    expect((await store.choices())?.perRound[DIGIFIN_2017.id]).toEqual({ contributor: tysnes, population: null })
    expect(await store.deleteFigure(id, choosing(null))).toEqual({ ok: false, reason: 'notFound' })
  })

  it('leaves the choice alone when the deleted figure was not the chosen one', async () => {
    const chosen = await added()
    const other = await added({ ...tysnesFigure, count: 2860 })
    await store.updateChoice(choosing(null), { population: { kind: 'stored', id: chosen } })
    const before = await store.choices()
    await store.deleteFigure(other, choosing({ kind: 'stored', id: chosen }))
    expect(await store.choices()).toEqual(before)
  })

  it('keeps the figure when resetting the choice fails: nothing is half written', async () => {
    const id = await added()
    await store.updateChoice(choosing(null), { population: { kind: 'stored', id } })
    const before = await store.choices()
    failWrites(database.settings)
    await expect(store.deleteFigure(id, choosing({ kind: 'stored', id }))).rejects.toThrow(/disk full/)
    expect(await database.populationFigures.get(id)).toBeDefined()
    expect(await store.choices()).toEqual(before)
  })

  it('deletes a round with its choice, and goes back to the first built-in round', async () => {
    await store.addRound(ownRound)
    await store.updateChoice(choosing(null), { roundId: ownRound.id })
    await store.updateChoice(choosing(null, ownRound.id), { population: { kind: 'embedded', date: '2017-01-01' } })
    expect((await store.choices())?.roundId).toBe(ownRound.id)
    expect(await store.deleteRound(ownRound.id)).toEqual({ ok: true, value: undefined })
    expect(await database.rounds.count()).toBe(0)
    expect(await store.choices()).toEqual({ roundId: DIGIFIN_2017.id, perRound: {} })
    expect(await store.deleteRound(ownRound.id)).toEqual({ ok: false, reason: 'notFound' })
  })

  it('keeps the round when forgetting its choice fails: nothing is half written', async () => {
    await store.addRound(ownRound)
    await store.updateChoice(choosing(null), { roundId: ownRound.id })
    failWrites(database.settings)
    await expect(store.deleteRound(ownRound.id)).rejects.toThrow(/disk full/)
    expect(await database.rounds.get(ownRound.id)).toBeDefined()
    expect((await store.choices())?.roundId).toBe(ownRound.id)
  })

  it('imports every figure or none: a bad row or a failing write stores nothing', async () => {
    const rows: NewPopulationFigure[] = [
      { ...tysnesFigure, origin: 'import', number: '1219', count: 11_400 },
      { ...tysnesFigure, origin: 'import' },
      { ...tysnesFigure, origin: 'import', date: '2017-09-30', count: 2860 }
    ]
    const refused = await store.importFigures([...rows, { ...tysnesFigure, date: '2017-02-30' }])
    expect(refused).toMatchObject({ ok: false, reason: 'invalid' })
    expect(!refused.ok && 'issues' in refused && refused.issues.join()).toMatch(/^3\.date/)
    expect(await database.populationFigures.count()).toBe(0)

    let writes = 0
    const hook = (): void => {
      if (++writes === 3) throw new Error('disk full')
    }
    database.populationFigures.hook('creating', hook)
    const errorLog = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(await store.importFigures(rows)).toEqual({ ok: false, reason: 'storage', quota: false })
    expect(errorLog).toHaveBeenCalled()
    errorLog.mockRestore()
    expect(await database.populationFigures.count()).toBe(0)
    database.populationFigures.hook('creating').unsubscribe(hook)

    const imported = await store.importFigures(rows)
    expect(imported.ok && imported.value).toHaveLength(3)
    expect((await store.figures(tysnes)).valid.map((f) => f.count)).toEqual([2853, 2860])
  })

  it('lists a figure once however often a file holding it is imported', async () => {
    const rows: NewPopulationFigure[] = [
      { ...tysnesFigure, origin: 'import' },
      { ...tysnesFigure, origin: 'import' },
      { ...tysnesFigure, origin: 'import', date: '2017-09-30', count: 2860 }
    ]
    const first = await store.importFigures(rows)
    const again = await store.importFigures(rows)
    expect(first.ok && first.value[0]).toBe(first.ok && first.value[1])
    expect(again.ok && again.value).toEqual(first.ok && first.value)
    expect((await store.figures(tysnes)).valid.map((f) => f.count)).toEqual([2853, 2860])
  })
})
