/**
 * What every store's action returns. A reason is for the interface to turn into a message in the
 * user's målform; `issues` are technical (schema paths), for logs and tests.
 */
export type StoreFailure =
  | { ok: false; reason: 'notFound' }
  /** What was offered for saving does not pass its schema; nothing was written. */
  | { ok: false; reason: 'invalid'; issues: string[] }
  /** What was read from the database does not pass its schema; nothing was written from it. */
  | { ok: false; reason: 'malformed'; issues: string[] }
  /**
   * The database refused the write (`quota`: the disk or the browser's quota is full; otherwise a
   * closed connection or another failure of the database itself). The transaction was rolled
   * back: nothing was written, and what the user typed is still theirs to save again.
   */
  | StorageFailure

export type StorageFailure = { ok: false; reason: 'storage'; quota: boolean }

export type StoreResult<T> = { ok: true; value: T } | StoreFailure

/** True when the error, or one it wraps (Dexie keeps the browser's in `inner`), is a full quota. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: unknown; inner?: unknown; cause?: unknown } | null | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.name === 'QuotaExceededError') return true
    e = (e.inner ?? e.cause) as typeof e
  }
  return false
}

/**
 * Runs a store's write and turns a failure of the database itself into a `storage` result, so the
 * screen can say what failed instead of the promise being rejected unseen. The error is logged.
 */
export async function guardWrite<T>(write: () => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
  try {
    return await write()
  } catch (error) {
    console.error('A database write failed:', error)
    return { ok: false, reason: 'storage', quota: isQuotaError(error) }
  }
}

/** Thrown by a callback that must fail as a whole (a form's submit) when the database refused its write. */
export class WriteRefused extends Error {
  constructor(readonly failure: StorageFailure) {
    super(`The database refused the write${failure.quota ? ' (quota exceeded)' : ''}`)
    this.name = 'WriteRefused'
  }
}
