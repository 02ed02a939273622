import { DATABASE_NAME, SCHEMA_VERSION } from './databaseName'

/** What the check needs to know of a database: its name and the newest version the code declares. */
export interface DatabaseIdentity {
  name: string
  verno: number
}

const THIS_APP: DatabaseIdentity = { name: DATABASE_NAME, verno: SCHEMA_VERSION }

export type OpenCheck =
  | { ok: true }
  /** The database on the machine was written by a newer Spleiselag: `found` is its schema version. */
  | { ok: false; reason: 'newer'; found: number; known: number }

/**
 * Asks IndexedDB which version the stored database has, before Dexie opens it. Dexie 4 opens a
 * database newer than the code (it retries without a version and may then add what it misses,
 * which raises the version again), and the app would show First Run as if the data were gone.
 * So the app looks first and, for a newer database, shows a refusal and never opens it.
 *
 * The look writes nothing: an open without a version of a database that does not exist would
 * create it, so that upgrade is aborted, and an existing one is only opened and closed.
 */
export async function checkDatabaseVersion(
  database: DatabaseIdentity = THIS_APP,
  factory: IDBFactory = indexedDB
): Promise<OpenCheck> {
  const native = await installedVersion(factory, database.name)
  // Dexie keeps version n as IndexedDB version 10·n.
  const found = native / 10
  if (native > Math.round(database.verno * 10)) return { ok: false, reason: 'newer', found, known: database.verno }
  return { ok: true }
}

/** The stored database's IndexedDB version, 0 when there is none. */
function installedVersion(factory: IDBFactory, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let none = false
    const request = factory.open(name)
    request.onupgradeneeded = () => {
      // Only a database that does not exist is "upgraded" by an open without a version.
      none = true
      request.transaction?.abort()
    }
    request.onsuccess = () => {
      const version = request.result.version
      request.result.close()
      resolve(version)
    }
    request.onerror = (event) => {
      if (none) {
        event.preventDefault()
        resolve(0)
      } else reject(request.error)
    }
  })
}
