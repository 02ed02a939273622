import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { DATABASE_NAME, SCHEMA_VERSION, SpleiselagDatabase } from '../../renderer/src/db/database'
import { checkDatabaseVersion } from '../../renderer/src/db/openCheck'
import { ProfileStore } from '../../renderer/src/profile/profileStore'

let counter = 0
const names: string[] = []
const nextName = () => {
  const name = `spleiselag-open-${++counter}`
  names.push(name)
  return name
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

/** A database as a newer Spleiselag (schema version 99) would leave it: IndexedDB version 990, a profile in it. */
function createNewer(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 990)
    request.onupgradeneeded = () => {
      request.result.createObjectStore('profile', { keyPath: 'id' }).put({ id: 'profile', name: 'Tysnes', fromTheFuture: true })
      request.result.createObjectStore('somethingNew', { keyPath: 'id' })
    }
    request.onsuccess = () => {
      request.result.close()
      resolve()
    }
    request.onerror = () => reject(request.error)
  })
}

/** The database's version and its profile, read without Dexie. */
function readRaw(name: string): Promise<{ version: number; stores: string[]; profile: unknown }> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name)
    request.onsuccess = () => {
      const db = request.result
      const get = db.transaction('profile').objectStore('profile').get('profile')
      get.onsuccess = () => {
        resolve({ version: db.version, stores: [...db.objectStoreNames], profile: get.result })
        db.close()
      }
    }
    request.onerror = () => reject(request.error)
  })
}

describe('opening the database', () => {
  it('refuses a database written by a newer app, and changes nothing in it', async () => {
    const name = nextName()
    await createNewer(name)
    const database = new SpleiselagDatabase(name)
    expect(await checkDatabaseVersion(database)).toEqual({ ok: false, reason: 'newer', found: 99, known: database.verno })
    expect(await readRaw(name)).toEqual({
      version: 990,
      stores: ['profile', 'somethingNew'],
      profile: { id: 'profile', name: 'Tysnes', fromTheFuture: true }
    })
  })

  it('lets the app open a database of its own version, and one that does not exist yet, without creating it', async () => {
    const name = nextName()
    const fresh = new SpleiselagDatabase(name)
    expect(await checkDatabaseVersion(fresh)).toEqual({ ok: true })
    expect((await Dexie.getDatabaseNames()).includes(name)).toBe(false)
    await new ProfileStore(fresh).save({ kind: 'kommune', number: '4616', name: 'Tysnes', sakshandsamar: 'A', chiefTitle: { kind: 'raadmann' }, maalform: 'nn' })
    fresh.close()
    const again = new SpleiselagDatabase(name)
    expect(await checkDatabaseVersion(again)).toEqual({ ok: true })
    expect((await new ProfileStore(again).load()).ok).toBe(true)
    again.close()
  })
})

describe('what the check knows of this app without opening the database', () => {
  it('has the name and newest version that the database declares, so a database from a newer app is refused and this one is not', () => {
    const database = new SpleiselagDatabase()
    expect(database.name).toBe(DATABASE_NAME)
    expect(database.verno).toBe(SCHEMA_VERSION)
  })
})
