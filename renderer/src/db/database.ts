import Dexie, { type EntityTable, type Table } from 'dexie'
import type { FinancingRound } from '@shared/financingRound'
import type { Maalform } from '@shared/maalform'
import type { UserPopulationFigure } from '@shared/populationFigure'
import { parseChiefTitle, type Profile } from '@shared/profile'
import { DATABASE_NAME } from './databaseName'

/**
 * The one local database. Every schema change is a new numbered version with an upgrade
 * function; old versions stay declared so that a user's database from any earlier release
 * opens and is carried forward. test/unit/database.test.ts opens each old version, writes
 * old-shaped rows and checks the upgrade.
 */
export { DATABASE_NAME, SCHEMA_VERSION } from './databaseName'

/** A setting the app remembers (e.g. a dismissed warning). */
export interface Setting {
  key: string
  value: unknown
}

/** A population figure the user entered or imported, with when it was kept. */
export interface StoredPopulationFigure extends UserPopulationFigure {
  createdAt: string
}

/** A financing round the user added (the built-in rounds live in shared/, not here). */
export type StoredRound = FinancingRound

/** A saksframlegg draft; `document` is the shared/saksframlegg model as plain JSON. */
export interface StoredCase {
  id: string
  title: string
  maalform: Maalform
  organisationNumber: string
  document: unknown
  createdAt: string
  updatedAt: string
  updatedBy: string
  version: number
  /** The financing round the case was built for (its fixed text cites the round); not indexed. */
  roundId?: string
}

/** Each save of a case, kept so that earlier versions can be seen and restored. */
export interface StoredCaseVersion {
  id?: number
  caseId: string
  version: number
  savedAt: string
  savedBy: string
  document: unknown
}

/**
 * A kommune's own Word template for one document type (key: the type, e.g. 'saksframlegg'): the
 * file as loaded, the places the engine found in it, and which parts the user put in each place.
 */
export interface StoredTemplate {
  documentType: string
  fileName: string
  bytes: Uint8Array
  places: unknown[]
  mapping: Record<string, string[]>
  loadedAt: string
  loadedBy: string
}

/**
 * The kommune's participation in one financing round (key: the round's id): where it stands in
 * the flow invitert → … → betalt. `record` is the shared/ participation model as plain JSON,
 * checked with zod when read.
 */
export interface StoredParticipation {
  roundId: string
  record: unknown
  updatedAt: string
}

/**
 * A fellesløysing the user added, or a shipped one the user edited (key: the solution's id; a
 * stored entry wins over the shipped one with the same id). `entry` is the shared/ catalogue
 * model as plain JSON.
 */
export interface StoredSolution {
  id: string
  entry: unknown
  updatedAt: string
}

/** The kommune's adoption of one solution (vurderer → vedteke → i bruk → avslutta). */
export interface StoredAdoption {
  id: string
  solutionId: string
  record: unknown
  updatedAt: string
}

/**
 * One change, append-only: never updated or deleted by the app. `subject` names what changed,
 * e.g. 'participation:digifin-2017' or 'adoption:<id>'; `at` is an ISO timestamp.
 */
export interface StoredHistoryEvent {
  id?: number
  subject: string
  at: string
  by: string
  event: unknown
}

/**
 * The autosaved working copy of a case in one editor session (key: the case's id and the
 * session's): what the user has typed and not yet saved, written shortly after each change so
 * that a closed window or a crash loses nothing. Two tabs editing the same case keep a copy each,
 * so neither overwrites the other's. It is not a version: `baseVersion` is the stored version the
 * session started from.
 */
export interface StoredWorkingCopy {
  caseId: string
  sessionId: string
  baseVersion: number
  document: unknown
  savedAt: string
}

/** Version 5 kept one working copy per case, without the session that typed it. */
export type WorkingCopyV5 = Omit<StoredWorkingCopy, 'sessionId'>

/**
 * The session a working copy kept by version 5 is carried into: version 5 had one copy per case,
 * so one session name for them all keeps every key unique.
 */
export const EARLIER_SESSION = 'v5'

/**
 * A version 5 working copy as version 6 keeps it: the upgrade, and a restored version 5 backup
 * (whose rows are checked after they are carried over).
 */
export function workingCopyFromV5<T extends object>(row: T): T & { sessionId: string } {
  return { ...row, sessionId: EARLIER_SESSION }
}

/**
 * Tables a later version replaced, for a backup from before: the table's primary key then, the
 * table its rows go to now, and how each row is carried over.
 */
export const RETIRED_TABLES: Readonly<Record<string, { primaryKey: string; lastVersion: number; into: string; carry: (row: object) => object }>> = {
  workingCopies: { primaryKey: 'caseId', lastVersion: 5, into: 'sessionCopies', carry: workingCopyFromV5 }
}

/** Version 1 (the foundation) kept the chief executive's title as free text. */
export interface ProfileV1 extends Omit<Profile, 'chiefTitle' | 'updatedAt'> {
  chiefTitle: string
}

export const SCHEMA_V1 = {
  profile: 'id',
  settings: 'key'
} as const

export const SCHEMA_V2 = {
  profile: 'id',
  settings: 'key',
  rounds: 'id',
  populationFigures: '++id, [contributorKind+number], date',
  cases: 'id, organisationNumber, updatedAt',
  caseVersions: '++id, caseId, [caseId+version]'
} as const

export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  templates: 'documentType'
} as const

/** Tracking: participation per round, the catalogue of fellesløysingar, adoptions, and their history. */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  participations: 'roundId',
  solutions: 'id',
  adoptions: 'id, solutionId',
  history: '++id, [subject+at]'
} as const

/** The editor's autosaved working copies, one per case. */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  workingCopies: 'caseId'
} as const

/**
 * The working copies per editor session. IndexedDB cannot change a table's primary key, so the
 * copies move to a new table keyed by case and session, and the old one goes.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V4,
  workingCopies: null,
  sessionCopies: '[caseId+sessionId], caseId'
} as const

export class SpleiselagDatabase extends Dexie {
  profile!: EntityTable<Profile, 'id'>
  settings!: EntityTable<Setting, 'key'>
  rounds!: EntityTable<StoredRound, 'id'>
  populationFigures!: EntityTable<StoredPopulationFigure, 'id'>
  cases!: EntityTable<StoredCase, 'id'>
  caseVersions!: EntityTable<StoredCaseVersion, 'id'>
  templates!: EntityTable<StoredTemplate, 'documentType'>
  participations!: EntityTable<StoredParticipation, 'roundId'>
  solutions!: EntityTable<StoredSolution, 'id'>
  adoptions!: EntityTable<StoredAdoption, 'id'>
  history!: EntityTable<StoredHistoryEvent, 'id'>
  sessionCopies!: Table<StoredWorkingCopy, [string, string]>

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options)
    this.version(1).stores(SCHEMA_V1)
    // Version 2: the saksframlegg heads its innstilling by the chief executive's title in either
    // målform, which free text cannot give; the title becomes a kind (or custom text).
    // Adds the tables for rounds, population figures and saksframlegg drafts.
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const now = new Date().toISOString()
        await tx
          .table('profile')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            if (typeof row.chiefTitle === 'string') row.chiefTitle = parseChiefTitle(row.chiefTitle)
            if (typeof row.updatedAt !== 'string') row.updatedAt = now
          })
      })
    // Version 3: the kommune's own Word template per document type. A new table only, so no rows
    // change and no upgrade function is needed.
    this.version(3).stores(SCHEMA_V3)
    // Version 4: tracking (participation, the fellesløysingar catalogue, adoptions, an append-only
    // history). New tables only, so no rows change and no upgrade function is needed.
    this.version(4).stores(SCHEMA_V4)
    // Version 5: the editor's autosaved working copy of each open case. A new table only, so no
    // rows change and no upgrade function is needed.
    this.version(5).stores(SCHEMA_V5)
    // Version 6: a working copy per editor session, not per case, so that two tabs typing in the
    // same case do not overwrite each other's copy. Each copy kept by version 5 is carried over.
    this.version(6)
      .stores(SCHEMA_V6)
      .upgrade(async (tx) => {
        const copies = (await tx.table('workingCopies').toArray()) as WorkingCopyV5[]
        await tx.table('sessionCopies').bulkAdd(copies.map(workingCopyFromV5))
      })
  }
}

export const db = new SpleiselagDatabase()
