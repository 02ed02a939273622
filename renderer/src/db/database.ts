import Dexie, { type EntityTable } from 'dexie'
import type { FinancingRound } from '@shared/financingRound'
import type { Maalform } from '@shared/maalform'
import type { UserPopulationFigure } from '@shared/populationFigure'
import { parseChiefTitle, type Profile } from '@shared/profile'

/**
 * The one local database. Every schema change is a new numbered version with an upgrade
 * function; old versions stay declared so that a user's database from any earlier release
 * opens and is carried forward. test/unit/database.test.ts opens each old version, writes
 * old-shaped rows and checks the upgrade.
 */
export const DATABASE_NAME = 'spleiselag'

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

export class SpleiselagDatabase extends Dexie {
  profile!: EntityTable<Profile, 'id'>
  settings!: EntityTable<Setting, 'key'>
  rounds!: EntityTable<StoredRound, 'id'>
  populationFigures!: EntityTable<StoredPopulationFigure, 'id'>
  cases!: EntityTable<StoredCase, 'id'>
  caseVersions!: EntityTable<StoredCaseVersion, 'id'>
  templates!: EntityTable<StoredTemplate, 'documentType'>

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
  }
}

export const db = new SpleiselagDatabase()
