import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ContributionStore } from '../../renderer/src/bidrag/contributionStore'
import { SpleiselagDatabase } from '../../renderer/src/db/database'
import { isQuotaError } from '../../renderer/src/db/storeResult'
import { ProfileStore } from '../../renderer/src/profile/profileStore'
import { ownRound, tysnesFigure, tysnesProfile } from '../fixtures/stores/records'

/**
 * The browser refuses writes when its quota (or the disk) is full: IndexedDB's put and add fail
 * with a QuotaExceededError. Here fake-indexeddb's object store is made to fail the same way, and
 * every store action that writes must say so in its result and leave the data as it was.
 */
const proto = (globalThis as unknown as { IDBObjectStore: { prototype: Record<'add' | 'put', (...args: unknown[]) => unknown> } }).IDBObjectStore.prototype
const realAdd = proto.add
const realPut = proto.put
function quotaFull(): void {
  const refuse = (): never => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  }
  proto.add = refuse
  proto.put = refuse
}

let counter = 0
let database: SpleiselagDatabase
let contributions: ContributionStore
let profiles: ProfileStore

beforeEach(() => {
  // Each refused write is logged for the developer; the test reads the result, not the log.
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  database = new SpleiselagDatabase(`spleiselag-write-failure-${++counter}`)
  contributions = new ContributionStore(database, () => new Date('2017-10-01T10:00:00.000Z'))
  profiles = new ProfileStore(database, () => new Date('2017-10-01T10:00:00.000Z'))
})

afterEach(async () => {
  vi.restoreAllMocks()
  proto.add = realAdd
  proto.put = realPut
  database.close()
  await Dexie.delete(database.name)
})

const figure = tysnesFigure
const tysnes = { kind: 'kommune', number: '1223' } as const
const round = ownRound
const profile = tysnesProfile
const QUOTA = { ok: false, reason: 'storage', quota: true }

describe('a full quota when the user saves', () => {
  it('refuses a figure with a storage result and stores nothing', async () => {
    quotaFull()
    expect(await contributions.addFigure(figure)).toEqual(QUOTA)
    expect((await contributions.figures(tysnes)).valid).toEqual([])
  })

  it('refuses an import whole: not one of its figures is stored', async () => {
    quotaFull()
    expect(await contributions.importFigures([figure, { ...figure, count: 2860, date: '2017-09-30' }])).toEqual(QUOTA)
    expect((await contributions.figures(tysnes)).valid).toEqual([])
  })

  it('refuses a round and stores nothing', async () => {
    quotaFull()
    expect(await contributions.addRound(round)).toEqual(QUOTA)
    expect((await contributions.rounds()).valid).toEqual([])
  })

  it('refuses a profile and keeps the one stored before', async () => {
    const before = await profiles.save(profile)
    quotaFull()
    expect(await profiles.save({ ...profile, sakshandsamar: 'Kari Nordmann' })).toEqual(QUOTA)
    expect(await profiles.load()).toEqual(before)
  })

  it('refuses a change of målform and keeps the stored one', async () => {
    await profiles.save(profile)
    quotaFull()
    expect(await profiles.setMaalform('nb')).toEqual(QUOTA)
    const loaded = await profiles.load()
    expect(loaded.ok && loaded.value.maalform).toBe('nn')
  })
})

describe('another failure of the database', () => {
  it('is a storage result too, not a full quota, when the connection is closed', async () => {
    database.close()
    expect(await contributions.addFigure(figure)).toEqual({ ok: false, reason: 'storage', quota: false })
  })

  it('finds the quota error inside Dexie’s wrapping', () => {
    expect(isQuotaError(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')))).toBe(true)
    expect(isQuotaError(new Dexie.DatabaseClosedError('closed'))).toBe(false)
  })
})
