import { isMaalform, type Maalform } from '@shared/maalform'
import { parseSaksframlegg, type Saksframlegg } from '@shared/saksframlegg'
import { db, type SpleiselagDatabase, type StoredCase, type StoredCaseVersion } from '../db/database'

/**
 * The kommune's saksframlegg cases in the local database: one row per case in `cases` (what the
 * list shows, and the newest document), and one row per save in `caseVersions`, so that every
 * earlier version can be seen and restored.
 *
 * Nothing is written unless the document passes the model's schema: a case is never stored half
 * valid. A stored document that does not pass (an old or damaged row) is refused when read, and
 * nothing is written from it. Results carry a reason the interface turns into a message in the
 * user's målform; `issues` are technical (schema paths), for logs and tests.
 */

export type CaseFailure =
  | { ok: false; reason: 'notFound' }
  /** The document offered for saving does not pass the schema. */
  | { ok: false; reason: 'invalid'; issues: string[] }
  /** A document read from the database does not pass the schema. */
  | { ok: false; reason: 'malformed'; issues: string[] }

export type CaseResult<T> = { ok: true; value: T } | CaseFailure

export interface LoadedCase {
  stored: StoredCase
  document: Saksframlegg
}

export interface NewCase {
  document: unknown
  maalform: Maalform
  organisationNumber: string
  author: string
  roundId?: string
}

function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
}

function titleOf(document: Saksframlegg): string {
  return document.title.replace(/\s+/g, ' ').trim()
}

/** Checks a row read from the database; the document is returned as the schema parsed it. */
function checkStored(row: StoredCase): CaseResult<LoadedCase> {
  const issues: string[] = []
  if (!isMaalform(row.maalform)) issues.push(`maalform: not a målform (${String(row.maalform)})`)
  const parsed = parseSaksframlegg(row.document)
  if (!parsed.ok) issues.push(...parsed.issues)
  if (issues.length > 0 || !parsed.ok) return { ok: false, reason: 'malformed', issues }
  return { ok: true, value: { stored: row, document: parsed.value } }
}

export class CaseStore {
  constructor(
    private readonly database: SpleiselagDatabase = db,
    private readonly now: () => Date = () => new Date()
  ) {}

  /** The organisation's cases, the one saved last first. */
  async list(organisationNumber: string): Promise<StoredCase[]> {
    const rows = await this.database.cases.where('organisationNumber').equals(organisationNumber).toArray()
    return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  }

  /** A new case with its first version. */
  async create(input: NewCase): Promise<CaseResult<StoredCase>> {
    if (!isMaalform(input.maalform)) return { ok: false, reason: 'invalid', issues: ['maalform: not a målform'] }
    const parsed = parseSaksframlegg(input.document)
    if (!parsed.ok) return { ok: false, reason: 'invalid', issues: parsed.issues }
    const at = this.now().toISOString()
    const stored: StoredCase = {
      id: newId(),
      title: titleOf(parsed.value),
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

  /** The case with its document checked against the schema. */
  async load(id: string): Promise<CaseResult<LoadedCase>> {
    const row = await this.database.cases.get(id)
    if (!row) return { ok: false, reason: 'notFound' }
    return checkStored(row)
  }

  /**
   * Saves a document as the case's next version. The version number is the highest stored + 1,
   * read in the same transaction, so two windows saving the same case each get their own version
   * and neither overwrites the other's in the history.
   */
  async save(id: string, document: unknown, author: string): Promise<CaseResult<StoredCase>> {
    const parsed = parseSaksframlegg(document)
    if (!parsed.ok) return { ok: false, reason: 'invalid', issues: parsed.issues }
    return this.writeVersion(id, parsed.value, author)
  }

  private async writeVersion(id: string, document: Saksframlegg, author: string): Promise<CaseResult<StoredCase>> {
    const at = this.now().toISOString()
    return this.database.transaction('rw', this.database.cases, this.database.caseVersions, async (): Promise<CaseResult<StoredCase>> => {
      const row = await this.database.cases.get(id)
      if (!row) return { ok: false, reason: 'notFound' }
      const last = await this.latestVersionNumber(id)
      const version = Math.max(row.version, last) + 1
      const next: StoredCase = { ...row, title: titleOf(document), document, updatedAt: at, updatedBy: author, version }
      await this.database.cases.put(next)
      await this.database.caseVersions.add({ caseId: id, version, savedAt: at, savedBy: author, document })
      return { ok: true, value: next }
    })
  }

  private async latestVersionNumber(caseId: string): Promise<number> {
    const last = await this.database.caseVersions
      .where('[caseId+version]')
      .between([caseId, 0], [caseId, Number.MAX_SAFE_INTEGER])
      .last()
    return last?.version ?? 0
  }

  /** Every saved version of the case, the newest first. */
  async versions(caseId: string): Promise<StoredCaseVersion[]> {
    const rows = await this.database.caseVersions
      .where('[caseId+version]')
      .between([caseId, 0], [caseId, Number.MAX_SAFE_INTEGER])
      .toArray()
    return rows.reverse()
  }

  /** Saves an earlier version's document as a new version; the versions in between are kept. */
  async restore(caseId: string, version: number, author: string): Promise<CaseResult<StoredCase>> {
    const row = await this.database.caseVersions.where('[caseId+version]').equals([caseId, version]).first()
    if (!row) return { ok: false, reason: 'notFound' }
    const parsed = parseSaksframlegg(row.document)
    if (!parsed.ok) return { ok: false, reason: 'malformed', issues: parsed.issues }
    return this.writeVersion(caseId, parsed.value, author)
  }

  /** A new case with the same document as the case's newest version, as its version 1. */
  async duplicate(id: string, author: string): Promise<CaseResult<StoredCase>> {
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

  /** Deletes the case and all its versions. */
  async remove(id: string): Promise<CaseResult<void>> {
    return this.database.transaction('rw', this.database.cases, this.database.caseVersions, async (): Promise<CaseResult<void>> => {
      const row = await this.database.cases.get(id)
      if (!row) return { ok: false, reason: 'notFound' }
      await this.database.caseVersions.where('caseId').equals(id).delete()
      await this.database.cases.delete(id)
      return { ok: true, value: undefined }
    })
  }
}

export const caseStore = new CaseStore()
