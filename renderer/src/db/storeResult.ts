/**
 * What every store's action returns. A reason is for the interface to turn into a message in the
 * user's målform; `issues` are technical (schema paths), for logs and tests. A failure of the
 * database itself (quota, a closed connection) is thrown, not returned: no user action causes it.
 */
export type StoreFailure =
  | { ok: false; reason: 'notFound' }
  /** What was offered for saving does not pass its schema; nothing was written. */
  | { ok: false; reason: 'invalid'; issues: string[] }
  /** What was read from the database does not pass its schema; nothing was written from it. */
  | { ok: false; reason: 'malformed'; issues: string[] }

export type StoreResult<T> = { ok: true; value: T } | StoreFailure

