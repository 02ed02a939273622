import { parseSaksframlegg, type Saksframlegg } from '@shared/saksframlegg'
import { db, type SpleiselagDatabase } from '../db/database'
import type { StoreFailure, StoreResult } from '../db/storeResult'
import {
  VersionedDocumentStore,
  type ListedDocument,
  type LoadedDocument,
  type DocumentType,
  type NewDocument
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

const saksframleggDocument: DocumentType<Saksframlegg> = {
  parse: parseSaksframlegg,
  titleOf: (document: Saksframlegg): string => document.title.replace(/\s+/g, ' ').trim()
}

export class CaseStore extends VersionedDocumentStore<Saksframlegg> {
  constructor(database: SpleiselagDatabase = db, now: () => Date = () => new Date()) {
    super(saksframleggDocument, database, now)
  }
}

export const caseStore = new CaseStore()
