import { BUILT_IN_ROUNDS, roundSchema, type FinancingRound } from '@shared/financingRound'
import { isMaalform } from '@shared/maalform'
import { parseSaksframlegg, roundById, withInvitation, type Saksframlegg } from '@shared/saksframlegg'
import { db, type SpleiselagDatabase } from '../db/database'
import type { StoreFailure, StoreResult } from '../db/storeResult'
import { parseWith } from '../db/validate'
import {
  VersionedDocumentStore,
  type ListedDocument,
  type LoadedDocument,
  type DocumentType,
  type NewDocument,
  type SaveConflict,
  type WorkingCopy
} from '../db/versionedDocumentStore'

export type { StoredCase, StoredCaseVersion } from '../db/versionedDocumentStore'

/**
 * The kommune's saksframlegg cases: the versioned document store with the saksframlegg's schema.
 * Its results carry a reason the interface turns into a message in the user's målform.
 */
export type CaseFailure = StoreFailure
export type CaseResult<T> = StoreResult<T>
export type LoadedCase = LoadedDocument<Saksframlegg>
export type ListedCase = ListedDocument<Saksframlegg>
export type NewCase = NewDocument
export type CaseWorkingCopy = WorkingCopy<Saksframlegg>
export type CaseConflict = SaveConflict<Saksframlegg>

const saksframleggDocument: DocumentType<Saksframlegg> = {
  parse: parseSaksframlegg,
  titleOf: (document: Saksframlegg): string => document.title.replace(/\s+/g, ' ').trim()
}

export class CaseStore extends VersionedDocumentStore<Saksframlegg> {
  /** The database again, for the rounds: the base class keeps its own reference private. */
  private readonly roundsDatabase: SpleiselagDatabase

  constructor(database: SpleiselagDatabase = db, now: () => Date = () => new Date()) {
    super(saksframleggDocument, database, now)
    this.roundsDatabase = database
  }

  /**
   * A case stored before cases held KS's invitation gets it from its round as it is loaded, and
   * its sections that still hold the standard text become standard text that follows the case's
   * data (withInvitation). It is stored so at the next save. A case whose round is gone stays as
   * it was: all its text is the user's.
   */
  override async load(id: string): Promise<StoreResult<LoadedCase>> {
    const result = await super.load(id)
    if (!result.ok || result.value.document.invitation) return result
    const { stored, document } = result.value
    const round = await this.roundOf(stored.roundId)
    if (!round || !isMaalform(stored.maalform)) return result
    return { ok: true, value: { stored, document: withInvitation(document, round, stored.maalform) } }
  }

  private async roundOf(id: string | undefined): Promise<FinancingRound | undefined> {
    const builtIn = roundById(BUILT_IN_ROUNDS, id)
    if (builtIn || id === undefined) return builtIn
    const parsed = parseWith(roundSchema, await this.roundsDatabase.rounds.get(id))
    return parsed.ok ? parsed.value : undefined
  }
}

export const caseStore = new CaseStore()
