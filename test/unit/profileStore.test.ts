import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SpleiselagDatabase } from '../../renderer/src/db/database'
import { ProfileStore } from '../../renderer/src/profile/profileStore'
import { documentMaalformOf } from '../../shared/profile'
import { tysnesProfile } from '../fixtures/stores/records'

let counter = 0
let database: SpleiselagDatabase
let store: ProfileStore
let clock: number

beforeEach(() => {
  database = new SpleiselagDatabase(`spleiselag-profile-${++counter}`)
  clock = Date.parse('2017-10-02T08:00:00Z')
  store = new ProfileStore(database, () => new Date((clock += 60_000)))
})

afterEach(async () => {
  database.close()
  await Dexie.delete(database.name)
})

const tysnes = tysnesProfile

describe('the profile store', () => {
  it('has no profile before the first run, then the one saved, stamped by its clock', async () => {
    expect(await store.load()).toEqual({ ok: false, reason: 'notFound' })
    const saved = await store.save(tysnes)
    const expected = { ...tysnes, id: 'profile', updatedAt: '2017-10-02T08:01:00.000Z' }
    expect(saved).toEqual({ ok: true, value: expected })
    expect(await store.load()).toEqual({ ok: true, value: expected })
  })

  it('changes the målform alone', async () => {
    await store.save(tysnes)
    const changed = await store.setMaalform('nb')
    expect(changed).toEqual({ ok: true, value: { ...tysnes, id: 'profile', maalform: 'nb', updatedAt: '2017-10-02T08:02:00.000Z' } })
    expect(await store.load()).toEqual(changed)
  })

  it('keeps the documents in the kommune’s målform when the screen is switched to the other', async () => {
    await store.save({ ...tysnes, maalform: 'nn', documentMaalform: 'nn' })
    const switched = await store.setMaalform('nb')
    expect(switched.ok && switched.value.maalform).toBe('nb')
    expect(switched.ok && documentMaalformOf(switched.value)).toBe('nn')
    const loaded = await store.load()
    expect(loaded.ok && documentMaalformOf(loaded.value)).toBe('nn')
  })

  it('reads a profile saved before documents had their own målform with the documents in its målform, as before', async () => {
    await database.profile.put({ ...tysnes, id: 'profile', maalform: 'nn', updatedAt: '2017-10-02T08:00:00.000Z' })
    const loaded = await store.load()
    expect(loaded.ok && loaded.value.documentMaalform).toBeUndefined()
    expect(loaded.ok && documentMaalformOf(loaded.value)).toBe('nn')
  })

  it('changes no målform when there is no profile, and writes none', async () => {
    expect(await store.setMaalform('nb')).toEqual({ ok: false, reason: 'notFound' })
    expect(await database.profile.count()).toBe(0)
  })

  it('refuses a profile that does not pass its schema, and keeps the stored one', async () => {
    await store.save(tysnes)
    const refused = await store.save({ ...tysnes, number: '46160', maalform: 'sv' as never })
    expect(refused).toMatchObject({ ok: false, reason: 'invalid' })
    expect(!refused.ok && 'issues' in refused && refused.issues.join('\n')).toMatch(/number[\s\S]*maalform/)
    expect(await store.setMaalform('en' as never)).toMatchObject({ ok: false, reason: 'invalid' })
    expect(await store.load()).toMatchObject({ ok: true, value: { number: '4616', maalform: 'nn' } })
  })

  it('refuses a damaged stored profile with its issues, and changes nothing from it', async () => {
    await database.profile.put({ ...tysnes, id: 'profile', updatedAt: 'x', kind: 'bydel' as never })
    const loaded = await store.load()
    expect(loaded).toMatchObject({ ok: false, reason: 'malformed' })
    expect(!loaded.ok && 'issues' in loaded && loaded.issues.join()).toMatch(/kind/)
    expect(await store.setMaalform('nb')).toMatchObject({ ok: false, reason: 'malformed' })
    expect((await database.profile.get('profile'))?.maalform).toBe('nn')
  })
})
