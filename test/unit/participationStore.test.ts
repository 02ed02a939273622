import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SpleiselagDatabase } from '../../renderer/src/db/database'
import { ParticipationStore, type RoundStart } from '../../renderer/src/deltaking/participationStore'
import type { Step } from '../../shared/tracking/participation'

let counter = 0
let database: SpleiselagDatabase
let store: ParticipationStore

const round: RoundStart = { roundId: '2017', invitationDate: '2017-09-08', by: 'Anders Teigen' }
const by = 'Anders Teigen'
const handsaming: Step = { status: 'tilPolitiskHandsaming', date: '2017-11-20', by, note: 'Sendt til formannskapet' }
const ja: Step = { status: 'vedteke', decision: 'ja', utval: 'Kommunestyret', saksnummer: '65/17', date: '2017-12-13', by, note: '' }

beforeEach(() => {
  database = new SpleiselagDatabase(`spleiselag-participation-${++counter}`)
  let clock = Date.parse('2017-11-20T08:00:00Z')
  store = new ParticipationStore(database, () => new Date((clock += 60_000)))
})

afterEach(async () => {
  database.close()
  await Dexie.delete(database.name)
})

describe('the participation store', () => {
  it('starts a round at its invitation, without writing anything', async () => {
    const loaded = await store.load(round)
    expect(loaded.ok && loaded.value).toMatchObject({ status: 'invitert', steps: [{ status: 'invitert', date: '2017-09-08' }] })
    expect(await database.participations.count()).toBe(0)
  })

  it('keeps each change with one history event: when, by whom, before → after', async () => {
    await store.advance(round, handsaming)
    const decided = await store.advance(round, ja)
    expect(decided.ok && decided.value.status).toBe('vedteke')
    expect((await store.load(round)).ok && (await database.participations.get('2017'))?.updatedAt).toBe('2017-11-20T08:02:00.000Z')
    const history = await store.history('2017', 10)
    expect(history.ok && history.value.map((e) => [e.at, e.by, e.event.before, e.event.after])).toEqual([
      ['2017-11-20T08:02:00.000Z', by, 'tilPolitiskHandsaming', 'vedteke'],
      ['2017-11-20T08:01:00.000Z', by, 'invitert', 'tilPolitiskHandsaming']
    ])
  })

  it('adds going back to the history; it never changes or removes an event', async () => {
    await store.advance(round, handsaming)
    await store.advance(round, ja)
    const before = await database.history.toArray()
    const back = await store.goBack(round, 'Vedtaket vart registrert på feil sak', 'Kari Nordmann')
    expect(back.ok && back.value.status).toBe('tilPolitiskHandsaming')
    const after = await database.history.toArray()
    expect(after.slice(0, before.length)).toEqual(before)
    expect(after).toHaveLength(3)
    expect(after[2]).toMatchObject({ by: 'Kari Nordmann', event: { kind: 'back', before: 'vedteke', after: 'tilPolitiskHandsaming', note: 'Vedtaket vart registrert på feil sak' } })
  })

  it('writes nothing when the flow refuses the change', async () => {
    const refused = await store.advance(round, { status: 'betalt', amount: '57060', date: '2018-01-01', by, note: '' })
    expect(refused).toMatchObject({ ok: false, reason: 'refused', refusal: { reason: 'skip', next: 'tilPolitiskHandsaming' } })
    expect(await database.participations.count()).toBe(0)
    expect(await database.history.count()).toBe(0)
  })

  it('writes neither record nor event when the history write fails', async () => {
    await store.advance(round, handsaming)
    const record = await database.participations.get('2017')
    database.history.hook('creating', () => {
      throw new Error('disk full')
    })
    await expect(store.advance(round, ja)).rejects.toThrow('disk full')
    expect(await database.participations.get('2017')).toEqual(record)
    expect(await database.history.count()).toBe(1)
  })

  it('lists the newest events first, a page at a time, only of the round asked for', async () => {
    await store.advance(round, handsaming)
    await store.advance(round, ja)
    await store.goBack(round, '', by)
    await store.advance({ ...round, roundId: 'other' }, handsaming)
    const first = await store.history('2017', 2)
    const second = await store.history('2017', 2, 2)
    expect(first.ok && first.value.map((e) => e.event.kind)).toEqual(['back', 'forward'])
    expect(second.ok && second.value.map((e) => e.event.after)).toEqual(['tilPolitiskHandsaming'])
    expect(await store.historyCount('2017')).toBe(3)
  })

  it('reports a damaged stored record instead of computing with it', async () => {
    await database.participations.put({ roundId: '2017', record: { status: 'betalt' }, updatedAt: 'x' })
    expect(await store.load(round)).toMatchObject({ ok: false, reason: 'malformed' })
    expect(await store.advance(round, handsaming)).toMatchObject({ ok: false, reason: 'malformed' })
  })
})
