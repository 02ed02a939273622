import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SpleiselagDatabase } from '../../renderer/src/db/database'
import { AdoptionStore } from '../../renderer/src/fellesloysingar/adoptionStore'
import { SolutionStore } from '../../renderer/src/fellesloysingar/solutionStore'
import { invited } from '../../shared/tracking/participation'
import { STARTER_CATALOGUE } from '../../shared/tracking/starterCatalogue'

let counter = 0
let database: SpleiselagDatabase
let solutions: SolutionStore
let adoptions: AdoptionStore

beforeEach(() => {
  database = new SpleiselagDatabase(`spleiselag-loysingar-${++counter}`)
  let clock = Date.parse('2018-01-10T08:00:00Z')
  const now = (): Date => new Date((clock += 60_000))
  let ids = 0
  solutions = new SolutionStore(database, now)
  adoptions = new AdoptionStore(database, now, () => `a${++ids}`)
})

afterEach(async () => {
  database.close()
  await Dexie.delete(database.name)
})

const digiorden = STARTER_CATALOGUE[0]!

describe('the catalogue store', () => {
  it('keeps the user’s version of a shipped entry, retires and restores entries, and can go back to the shipped one', async () => {
    await solutions.save({ ...digiorden, example: false, operator: 'KS Digital' })
    let c = await solutions.catalogue()
    expect(c.solutions.find((s) => s.id === 'digiorden')?.operator).toBe('KS Digital')
    expect(c.edited.has('digiorden')).toBe(true)
    await solutions.setRetired('digiorden', true)
    expect((await solutions.catalogue()).solutions.find((s) => s.id === 'digiorden')?.retired).toBe(true)
    await solutions.setRetired('digiorden', false)
    c = await solutions.catalogue()
    expect(c.solutions.find((s) => s.id === 'digiorden')).toMatchObject({ operator: 'KS Digital' })
    expect(c.solutions.find((s) => s.id === 'digiorden')?.retired).toBeUndefined()
    await solutions.revertToShipped('digiorden')
    expect((await solutions.catalogue()).solutions.find((s) => s.id === 'digiorden')?.operator).toBe('KS')
  })

  it('exports a file that imports again, and a bad file changes nothing', async () => {
    await solutions.save({ ...digiorden, id: 'fiks-arkiv', name: 'Fiks arkiv' })
    const file = await solutions.exportFile()
    expect(file.solutions).toHaveLength(STARTER_CATALOGUE.length + 1)
    const before = await database.solutions.toArray()
    expect(await solutions.importFile('{ not json')).toMatchObject({ ok: false, reason: 'notJson' })
    const broken = { ...file, solutions: [...file.solutions, { ...digiorden, id: 'ny', prices: [{ bad: true }] }] }
    expect(await solutions.importFile(JSON.stringify(broken))).toMatchObject({ ok: false, reason: 'invalid' })
    expect(await database.solutions.toArray()).toEqual(before)
    const other = { ...file, solutions: [{ ...digiorden, id: 'fiks-plan', name: 'Fiks plan' }] }
    expect(await solutions.importFile(JSON.stringify(other))).toEqual({ ok: true, value: 1 })
    expect((await solutions.catalogue()).solutions.map((s) => s.id)).toContain('fiks-plan')
  })
})

describe('the adoption store', () => {
  it('refuses vedteke of a fund-financed solution until the participation row says betalt, then records the step in the history', async () => {
    const started = await adoptions.start(digiorden, { date: '2018-01-10', by: 'Anders' }, '2019-01-01')
    if (!started.ok) throw new Error('start')
    const step = { date: '2018-03-01', by: 'Anders', decision: { utval: 'Kommunestyret', saksnummer: '12/18' } }
    await database.participations.put({ roundId: '2017', record: { status: 'fakturert' }, updatedAt: 'x' })
    const refused = await adoptions.step('a1', 'vedteke', step, digiorden)
    expect(refused).toMatchObject({ ok: false, reason: 'refused' })
    expect((await adoptions.list())[0]?.status).toBe('vurderer')
    await database.participations.put({ roundId: '2017', record: { status: 'betalt' }, updatedAt: 'y' })
    const allowed = await adoptions.step('a1', 'vedteke', step, digiorden)
    expect(allowed.ok).toBe(true)
    expect((await adoptions.list())[0]?.status).toBe('vedteke')
    const history = await adoptions.history('a1')
    expect(history.map((h) => [h.event.from, h.event.to])).toEqual([
      ['vurderer', 'vedteke'],
      [null, 'vurderer']
    ])
    expect(history[0]?.by).toBe('Anders')
  })

  it('reads the participation in the fund’s round, not in a round of the user’s own', async () => {
    const started = await adoptions.start(digiorden, { date: '2019-01-10', by: 'Anders' }, '2020-01-01')
    if (!started.ok) throw new Error('start')
    const step = { date: '2019-03-01', by: 'Anders', decision: { utval: 'Kommunestyret', saksnummer: '12/19' } }
    // Paid in a round the user added, invited only in DigiFin 2017: DigiFin's solutions stay closed.
    await database.participations.put({ roundId: 'eigen-2019', record: { status: 'betalt' }, updatedAt: 'x' })
    await database.participations.put({ roundId: '2017', record: { status: 'invitert' }, updatedAt: 'x' })
    const refused = await adoptions.step('a1', 'vedteke', step, digiorden)
    if (refused.ok || refused.reason !== 'refused') throw new Error('expected a refusal')
    expect(refused.message.nn).toContain('Deltakinga står no som «invitert».')
    expect(refused.message.nb).toContain('Deltakelsen står nå som «invitert».')
    // Paid in DigiFin 2017 and only invited in the user's own round: allowed.
    await database.participations.put({ roundId: 'eigen-2019', record: { status: 'invitert' }, updatedAt: 'y' })
    await database.participations.put({ roundId: '2017', record: { status: 'betalt' }, updatedAt: 'y' })
    expect((await adoptions.step('a1', 'vedteke', step, digiorden)).ok).toBe(true)
  })
  it('gives the day the fund’s contribution was paid, for the adoption case to name its year; none before it is paid', async () => {
    const steps = [
      { status: 'tilPolitiskHandsaming', date: '2017-11-01', by: 'Anders', note: '' },
      { status: 'vedteke', decision: 'ja', utval: 'Kommunestyret', saksnummer: '65/17', date: '2017-12-13', by: 'Anders', note: '' },
      { status: 'meldingSendt', date: '2017-12-15', by: 'Anders', note: '' },
      { status: 'fakturert', amount: '56940', invoiceReference: 'F-1', date: '2018-02-01', by: 'Anders', note: '' },
      { status: 'betalt', amount: '56940', date: '2018-03-15', by: 'Anders', note: '' }
    ] as const
    const record = (upTo: number) => ({ ...invited('2017', '2017-09-08', 'Anders'), status: steps[upTo]!.status, steps: [...invited('2017', '2017-09-08', 'Anders').steps, ...steps.slice(0, upTo + 1)] })
    await database.participations.put({ roundId: '2017', record: record(3), updatedAt: 'x' })
    expect(await adoptions.participationPaidOn('2017')).toBeUndefined()
    await database.participations.put({ roundId: '2017', record: record(4), updatedAt: 'y' })
    expect(await adoptions.participationPaidOn('2017')).toBe('2018-03-15')
    // A row that fails its check gives no date, rather than a guess.
    await database.participations.put({ roundId: '2017', record: { status: 'betalt' }, updatedAt: 'z' })
    expect(await adoptions.participationPaidOn('2017')).toBeUndefined()
  })
})
