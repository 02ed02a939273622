import { isMaalform, type Maalform } from '@shared/maalform'
import { db, type SpleiselagDatabase, type StoredCase, type StoredCaseVersion, type StoredWorkingCopy } from './database'
import type { StoreResult } from './storeResult'
import type { ParseResult } from './validate'

export type { StoredCase, StoredCaseVersion } from './database'

/**
 * A council document kept with its history: one row per document in `cases` (what a list shows,
 * and the newest document), and one row per save in `caseVersions`, so that every earlier version
 * can be seen and restored. Each document type (the saksframlegg first) is an instance configured
 * by how its documents are checked and titled; the history logic is the same for all.
 *
 * Nothing is written unless the document passes the type's schema: a document is never stored
 * half valid. A stored document that does not pass (an old or damaged row) is refused when read,
 * and nothing is written from it.
 */
export interface DocumentType<T> {
  parse(input: unknown): ParseResult<T>
  /** The title the list shows, kept beside the document so the list need not parse every one. */
  titleOf(document: T): string
}

export interface LoadedDocument<T> {
  stored: StoredCase
  document: T
}

/** A row for a list: the document as checked, or null where the stored one does not pass. */
export interface ListedDocument<T> {
  stored: StoredCase
  document: T | null
}

/**
 * A save refused because the stored document is no longer the version the editor started from
 * (another window saved it, or a backup was restored under it). Nothing was written; `current`
 * is the document as now stored, for the user to compare and choose.
 */
export interface SaveConflict<T> {
  ok: false
  reason: 'conflict'
  current: LoadedDocument<T>
}

export type SaveResult<T> = StoreResult<StoredCase> | SaveConflict<T>

/** What the user typed in one editor session and has not saved, on top of the stored version `baseVersion`. */
export interface WorkingCopy<T> {
  sessionId: string
  baseVersion: number
  document: T
  savedAt: string
}

export interface NewDocument {
  document: unknown
  maalform: Maalform
  organisationNumber: string
  author: string
  roundId?: string
}

/** JSON equality: documents are plain JSON. */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
}

export class VersionedDocumentStore<T> {
  constructor(
    private readonly type: DocumentType<T>,
    private readonly database: SpleiselagDatabase = db,
    private readonly now: () => Date = () => new Date()
  ) {}

  /** The organisation's documents, the one saved last first. */
  async list(organisationNumber: string): Promise<StoredCase[]> {
    const rows = await this.database.cases.where('organisationNumber').equals(organisationNumber).toArray()
    return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  }

  /** As `list`, each row with its document checked, for a list that shows more than the title. */
  async listChecked(organisationNumber: string): Promise<ListedDocument<T>[]> {
    return (await this.list(organisationNumber)).map((stored) => {
      const checked = this.check(stored)
      return { stored, document: checked.ok ? checked.value.document : null }
    })
  }

  /** A new document with its first version. */
  async create(input: NewDocument): Promise<StoreResult<StoredCase>> {
    if (!isMaalform(input.maalform)) return { ok: false, reason: 'invalid', issues: ['maalform: not a målform'] }
    const parsed = this.type.parse(input.document)
    if (!parsed.ok) return { ok: false, reason: 'invalid', issues: parsed.issues }
    const at = this.now().toISOString()
    const stored: StoredCase = {
      id: newId(),
      title: this.type.titleOf(parsed.value),
      maalform: input.maalform,
      organisationNumber: input.organisationNumber,
      document: parsed.value,
      createdAt: at,
      updatedAt: at,
      updatedBy: input.author,
      version: 1,
      ...(input.roundId ? { roundId: input.roundId } : {})
    }
    await this.database.transaction('rw', this.database.cases, this.database.caseVersions, async () => {
      await this.database.cases.add(stored)
      await this.database.caseVersions.add({ caseId: stored.id, version: 1, savedAt: at, savedBy: input.author, document: parsed.value })
    })
    return { ok: true, value: stored }
  }

  /** The document checked against the type's schema. */
  async load(id: string): Promise<StoreResult<LoadedDocument<T>>> {
    const row = await this.database.cases.get(id)
    if (!row) return { ok: false, reason: 'notFound' }
    return this.check(row)
  }

  /** Checks a row read from the database; the document is returned as the schema parsed it. */
  private check(row: StoredCase): StoreResult<LoadedDocument<T>> {
    const issues: string[] = []
    if (!isMaalform(row.maalform)) issues.push(`maalform: not a målform (${String(row.maalform)})`)
    const parsed = this.type.parse(row.document)
    if (!parsed.ok) issues.push(...parsed.issues)
    if (issues.length > 0 || !parsed.ok) return { ok: false, reason: 'malformed', issues }
    return { ok: true, value: { stored: row, document: parsed.value } }
  }

  /**
   * Saves a document as the next version. The version number is the highest stored + 1, read in
   * the same transaction, so two windows saving the same document each get their own version and
   * neither overwrites the other's in the history.
   *
   * `expectedVersion` is the stored version the editor started from. When the stored version is
   * another one now (a newer save from another window, or a restored backup), the save is refused
   * as a conflict in the same transaction and nothing is written.
   */
  async save(id: string, document: unknown, author: string, expectedVersion?: number, sessionId?: string): Promise<SaveResult<T>> {
    const parsed = this.type.parse(document)
    if (!parsed.ok) return { ok: false, reason: 'invalid', issues: parsed.issues }
    return this.writeVersion(id, parsed.value, author, expectedVersion, sessionId)
  }

  /** Without an expected version there is nothing to conflict with. */
  private writeVersion(id: string, document: T, author: string): Promise<StoreResult<StoredCase>>
  private writeVersion(id: string, document: T, author: string, expectedVersion: number | undefined, sessionId: string | undefined): Promise<SaveResult<T>>
  private async writeVersion(id: string, document: T, author: string, expectedVersion?: number, sessionId?: string): Promise<SaveResult<T>> {
    const at = this.now().toISOString()
    const { cases, caseVersions, sessionCopies } = this.database
    return this.database.transaction('rw', cases, caseVersions, sessionCopies, async (): Promise<SaveResult<T>> => {
      const row = await cases.get(id)
      if (!row) return { ok: false, reason: 'notFound' }
      if (expectedVersion !== undefined && row.version !== expectedVersion) {
        const current = this.check(row)
        return current.ok ? { ok: false, reason: 'conflict', current: current.value } : current
      }
      const last = await this.latestVersionNumber(id)
      const version = Math.max(row.version, last) + 1
      const next: StoredCase = { ...row, title: this.type.titleOf(document), document, updatedAt: at, updatedBy: author, version }
      await cases.put(next)
      await caseVersions.add({ caseId: id, version, savedAt: at, savedBy: author, document })
      // The saving session's working copy is done with, and so is any copy of just the text
      // saved. A copy that holds other text (typed in another window) is still someone's
      // unsaved work, and stays.
      await sessionCopies
        .where('caseId')
        .equals(id)
        .filter((copy) => copy.sessionId === sessionId || sameJson(copy.document, document))
        .delete()
      return { ok: true, value: next }
    })
  }

  /** A name for a new editor session, whose working copy is kept apart from other sessions'. */
  newSessionId(): string {
    return newId()
  }

  /**
   * Keeps what the user has typed in the editor session `sessionId` and not saved, on top of the
   * stored version `baseVersion`; each session has its own copy. It is kept as the schema reads
   * it, so that it compares equal to the same text saved; a document the schema refuses is not
   * kept (a backup holding it could not be restored).
   */
  async keepWorkingCopy(id: string, sessionId: string, baseVersion: number, document: unknown): Promise<StoreResult<void>> {
    const parsed = this.type.parse(document)
    if (!parsed.ok) return { ok: false, reason: 'invalid', issues: parsed.issues }
    await this.putCommittedAtOnce({ caseId: id, sessionId, baseVersion, document: parsed.value, savedAt: this.now().toISOString() })
    return { ok: true, value: undefined }
  }

  /**
   * Writes the copy in a transaction asked to commit as soon as the write is sent, not after the
   * page has heard back: written when the page is hidden or closed, it must be kept even when the
   * page is gone a moment later.
   */
  private putCommittedAtOnce(row: StoredWorkingCopy): Promise<void> {
    if (!this.database.isOpen()) return this.database.sessionCopies.put(row).then(() => undefined)
    return new Promise((resolve, reject) => {
      const transaction = this.database.backendDB().transaction('sessionCopies', 'readwrite')
      transaction.objectStore('sessionCopies').put(row)
      transaction.oncomplete = () => resolve()
      transaction.onabort = () => reject(transaction.error ?? new Error('The working copy was not written'))
      transaction.commit()
    })
  }

  /** The unsaved work kept for the document by every session, the newest first; a copy that no longer passes the schema is none. */
  async workingCopies(id: string): Promise<WorkingCopy<T>[]> {
    const rows = await this.database.sessionCopies.where('caseId').equals(id).toArray()
    const copies: WorkingCopy<T>[] = []
    for (const row of rows) {
      const parsed = this.type.parse(row.document)
      if (parsed.ok) copies.push({ sessionId: row.sessionId, baseVersion: row.baseVersion, document: parsed.value, savedAt: row.savedAt })
    }
    return copies.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
  }

  /** Drops the unsaved work the given sessions kept for the document (the user discarded it, or took another). */
  async discardWorkingCopies(id: string, sessionIds: readonly string[]): Promise<void> {
    await this.database.sessionCopies.bulkDelete(sessionIds.map((sessionId): [string, string] => [id, sessionId]))
  }

  /** Puts discarded working copies back as they were (the user undid the discard). */
  async putBackWorkingCopies(id: string, copies: readonly WorkingCopy<T>[]): Promise<void> {
    await this.database.sessionCopies.bulkPut(copies.map((copy) => ({ caseId: id, ...copy })))
  }

  private async latestVersionNumber(id: string): Promise<number> {
    const last = await this.versionsOf(id).last()
    return last?.version ?? 0
  }

  private versionsOf(id: string) {
    return this.database.caseVersions.where('[caseId+version]').between([id, 0], [id, Number.MAX_SAFE_INTEGER])
  }

  /** Every saved version of the document, the newest first. */
  async versions(id: string): Promise<StoredCaseVersion[]> {
    return (await this.versionsOf(id).toArray()).reverse()
  }

  /** Saves an earlier version's document as a new version; the versions in between are kept. */
  async restore(id: string, version: number, author: string): Promise<StoreResult<StoredCase>> {
    const row = await this.database.caseVersions.where('[caseId+version]').equals([id, version]).first()
    if (!row) return { ok: false, reason: 'notFound' }
    const parsed = this.type.parse(row.document)
    if (!parsed.ok) return { ok: false, reason: 'malformed', issues: parsed.issues }
    return this.writeVersion(id, parsed.value, author)
  }

  /** A new document the same as the newest version of this one, as its version 1. */
  async duplicate(id: string, author: string): Promise<StoreResult<StoredCase>> {
    const loaded = await this.load(id)
    if (!loaded.ok) return loaded
    const { stored, document } = loaded.value
    return this.create({
      document,
      maalform: stored.maalform,
      organisationNumber: stored.organisationNumber,
      author,
      ...(stored.roundId ? { roundId: stored.roundId } : {})
    })
  }

  /** Deletes the document, all its versions and its working copies. */
  async remove(id: string): Promise<StoreResult<void>> {
    const { cases, caseVersions, sessionCopies } = this.database
    return this.database.transaction('rw', cases, caseVersions, sessionCopies, async (): Promise<StoreResult<void>> => {
      const row = await this.database.cases.get(id)
      if (!row) return { ok: false, reason: 'notFound' }
      await this.database.caseVersions.where('caseId').equals(id).delete()
      await sessionCopies.where('caseId').equals(id).delete()
      await this.database.cases.delete(id)
      return { ok: true, value: undefined }
    })
  }
}
