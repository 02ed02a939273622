import type Dexie from 'dexie'
import { z } from 'zod'
import { version as APP_VERSION } from '../../../package.json'
import { db, RETIRED_TABLES, type SpleiselagDatabase } from '../db/database'
import { ROW_SCHEMAS } from './rowSchemas'

/** The app a backup file must come from; another app's Dexie export is refused. */
export const BACKUP_APP = 'Spleiselag'

/** The first schema version that wrote backups: an older number is no backup of ours. */
export const FIRST_BACKUP_SCHEMA = 4

/** 100 MiB: far above a kommune's data (templates included), far below what could hurt the machine. */
export const MAX_BACKUP_FILE_BYTES = 100 * 1024 * 1024

/** What a backup file says about itself, ahead of Dexie's own export. */
export interface BackupMeta {
  app: string
  appVersion: string
  schemaVersion: number
}

/** Why a file was refused; the interface turns each into a sentence in the user's målform. */
export type BackupRefusal =
  | { reason: 'tooLarge' }
  /** Not JSON, or cut off: a file that was not saved whole. */
  | { reason: 'unreadable' }
  /** JSON, but not a backup from Spleiselag. */
  | { reason: 'otherApp' }
  /** Written by a newer Spleiselag, whose data this version does not know. */
  | { reason: 'newer'; appVersion: string; schemaVersion: number }
  | { reason: 'missingTables'; tables: string[] }
  /** The file's parts do not agree (row counts, keys, an unknown table). */
  | { reason: 'damaged'; detail: string }
  /** Rows the app would refuse to read; the first table and key, and how many in all. */
  | { reason: 'invalidRows'; table: string; key: string; count: number }

/** A file that passed every check: what it holds, table by table. */
export interface BackupSummary {
  meta: BackupMeta
  rows: Record<string, number>
}

export type BackupCheck = { ok: true; summary: BackupSummary } | { ok: false; refusal: BackupRefusal }

const metaSchema = z.object({ app: z.string(), appVersion: z.string().max(64), schemaVersion: z.number().int() })

const exportSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number(),
    tables: z.array(z.object({ name: z.string(), schema: z.string(), rowCount: z.number().int().nonnegative() })),
    data: z.array(z.object({ tableName: z.string(), inbound: z.boolean(), rows: z.array(z.unknown()) }))
  })
})

type Checked = { ok: true; summary: BackupSummary; rows: Map<string, unknown[]> } | { ok: false; refusal: BackupRefusal }

/**
 * dexie-export-import, loaded when a backup is made or read: it needs the browser's `self` when
 * it loads, and the rest of the app (and the modules tests import in Node) has no use for it.
 */
const exportImport = () => import('dexie-export-import')

const refuse = (refusal: BackupRefusal): { ok: false; refusal: BackupRefusal } => ({ ok: false, refusal })

/**
 * The whole database as one file, and back. The file is Dexie's own export (dexie-export-import)
 * with the app's name, version and schema version in front, covering every table of the schema
 * without naming them, so a table added later is in every backup without a change here.
 *
 * A restore reads and checks the whole file before it touches anything, and then replaces every
 * table in one transaction: a refused or failed restore leaves every record as it was.
 */
export class BackupStore {
  constructor(
    private readonly database: SpleiselagDatabase = db,
    private readonly appVersion: string = APP_VERSION
  ) {}

  /** The backup file's text. Rows come in key order, so the same data gives the same bytes. */
  async export(): Promise<string> {
    const { exportDB } = await exportImport()
    const dexieExport = await (await exportDB(this.database)).text()
    const meta: BackupMeta = { app: BACKUP_APP, appVersion: this.appVersion, schemaVersion: this.database.verno }
    // Our metadata first, then Dexie's fields: the file stays one that Dexie's import reads.
    return `{"spleiselag":${JSON.stringify(meta)},${dexieExport.slice(1)}`
  }

  /** True when no table holds a row (a first run): an automatic backup of nothing is not kept. */
  async isEmpty(): Promise<boolean> {
    const counts = await Promise.all(this.database.tables.map((table) => table.count()))
    return counts.every((count) => count === 0)
  }

  /** Checks a file as a restore would, and writes nothing. */
  async check(text: string): Promise<BackupCheck> {
    const checked = await this.read(text)
    return checked.ok ? { ok: true, summary: checked.summary } : checked
  }

  /** Replaces every table with the file's rows, all or nothing; a refused file changes nothing. */
  async restore(text: string): Promise<BackupCheck> {
    const checked = await this.read(text)
    if (!checked.ok) return checked
    const tables = this.database.tables
    await this.database.transaction('rw', tables, async () => {
      for (const table of tables) {
        await table.clear()
        const rows = checked.rows.get(table.name) ?? []
        if (rows.length > 0) await table.bulkPut(rows)
      }
    })
    return { ok: true, summary: checked.summary }
  }

  private async read(text: string): Promise<Checked> {
    if (text.length > MAX_BACKUP_FILE_BYTES) return refuse({ reason: 'tooLarge' })
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      return refuse({ reason: 'unreadable' })
    }
    const meta = metaSchema.safeParse((parsed as { spleiselag?: unknown } | null)?.spleiselag)
    if (!meta.success || meta.data.app !== BACKUP_APP || meta.data.schemaVersion < FIRST_BACKUP_SCHEMA) {
      return refuse({ reason: 'otherApp' })
    }
    if (meta.data.schemaVersion > this.database.verno) {
      return refuse({ reason: 'newer', appVersion: meta.data.appVersion, schemaVersion: meta.data.schemaVersion })
    }
    const file = exportSchema.safeParse(parsed)
    if (!file.success) return refuse({ reason: 'damaged', detail: 'format' })
    const structure = this.checkStructure(file.data.data, meta.data.schemaVersion)
    if (structure) return refuse(structure)
    let rows: Map<string, unknown[]>
    try {
      rows = carryRetired(await this.revive(text))
    } catch (error) {
      return refuse({ reason: 'damaged', detail: error instanceof Error ? error.message : String(error) })
    }
    const rowsRefusal = this.checkRows(rows)
    if (rowsRefusal) return refuse(rowsRefusal)
    const counts: Record<string, number> = {}
    for (const table of this.database.tables) counts[table.name] = rows.get(table.name)?.length ?? 0
    return { ok: true, summary: { meta: meta.data, rows: counts }, rows }
  }

  /** The file's table list against the schema and against its own rows. */
  private checkStructure(data: z.infer<typeof exportSchema>['data'], schemaVersion: number): BackupRefusal | undefined {
    // The tables of the schema, by their primary key; a file from before a table was replaced
    // may have that table instead, with its primary key then.
    const known = new Map(this.database.tables.map((table) => [table.name, table.schema.primKey.src]))
    for (const [name, retired] of Object.entries(RETIRED_TABLES)) {
      if (schemaVersion <= retired.lastVersion) known.set(name, retired.primaryKey)
    }
    const listed = new Map(data.tables.map((t) => [t.name, t]))
    const unknown = data.tables.filter((t) => !known.has(t.name)).map((t) => t.name)
    if (unknown.length > 0) return { reason: 'damaged', detail: `unknown tables: ${unknown.join(', ')}` }
    // A file from this schema version has every table; one from an earlier version lacks the
    // tables added since, which are restored empty (or filled from the tables they replaced).
    const missing = this.database.tables.map((table) => table.name).filter((name) => !listed.has(name))
    if (missing.length > 0 && schemaVersion === this.database.verno) return { reason: 'missingTables', tables: missing }
    if (listed.size !== data.tables.length) return { reason: 'damaged', detail: 'a table listed twice' }
    const dataNames = data.data.map((d) => d.tableName)
    if (new Set(dataNames).size !== dataNames.length) return { reason: 'damaged', detail: 'a table given twice' }
    for (const table of data.tables) {
      const rows = data.data.find((d) => d.tableName === table.name)
      if (!rows || rows.rows.length !== table.rowCount) return { reason: 'damaged', detail: `row count of ${table.name}` }
      if (table.schema.split(',')[0] !== known.get(table.name)) {
        return { reason: 'damaged', detail: `primary key of ${table.name}` }
      }
    }
    if (data.data.some((d) => !listed.has(d.tableName))) return { reason: 'damaged', detail: 'rows of an unlisted table' }
    return undefined
  }

  /**
   * The rows as the database would hold them (bytes as Uint8Array, and so on), decoded by
   * dexie-export-import itself. Its import is given a stand-in for the database that only
   * collects what it would write, so the real database is not touched while the file is checked.
   */
  private async revive(text: string): Promise<Map<string, unknown[]>> {
    const rows = new Map<string, unknown[]>()
    const collect = (name: string) => async (values: readonly unknown[]) => {
      rows.set(name, [...(rows.get(name) ?? []), ...values])
    }
    const standIn = {
      name: this.database.name,
      verno: this.database.verno,
      tables: [],
      table: (name: string) => {
        const retired = RETIRED_TABLES[name]
        const schema = retired ? { primKey: { src: retired.primaryKey, keyPath: retired.primaryKey } } : this.database.table(name).schema
        return { name, schema, bulkAdd: collect(name), bulkPut: collect(name) }
      }
    }
    const { importInto } = await exportImport()
    await importInto(standIn as unknown as Dexie, new Blob([text], { type: 'application/json' }), {
      noTransaction: true,
      acceptNameDiff: true,
      acceptVersionDiff: true
    })
    return rows
  }

  private checkRows(rows: Map<string, unknown[]>): BackupRefusal | undefined {
    for (const table of this.database.tables) {
      const schema = ROW_SCHEMAS[table.name]
      if (!schema) return { reason: 'damaged', detail: `no check for table ${table.name}` }
      const keyPath = table.schema.primKey.keyPath
      const part = (row: unknown, path: string): string => {
        const key = (row as Record<string, unknown> | null)?.[path]
        return typeof key === 'string' || typeof key === 'number' ? String(key) : '?'
      }
      // A compound key (a case and an editor session) is its parts joined.
      const keyOf = (row: unknown): string =>
        typeof keyPath === 'string' ? part(row, keyPath) : Array.isArray(keyPath) ? keyPath.map((path) => part(row, path)).join(' / ') : '?'
      const tableRows = rows.get(table.name) ?? []
      const failing = tableRows.filter((row) => !schema.safeParse(row).success)
      if (failing.length > 0) return { reason: 'invalidRows', table: table.name, key: keyOf(failing[0]), count: failing.length }
      const keys = tableRows.map(keyOf)
      if (new Set(keys).size !== keys.length) return { reason: 'damaged', detail: `a key given twice in ${table.name}` }
    }
    return undefined
  }
}

/** The rows of a table a later version replaced, carried into the table that replaced it (then checked like any). */
function carryRetired(rows: Map<string, unknown[]>): Map<string, unknown[]> {
  for (const [name, retired] of Object.entries(RETIRED_TABLES)) {
    const old = rows.get(name)
    if (!old) continue
    rows.delete(name)
    const carried = old.map((row) => (typeof row === 'object' && row !== null ? retired.carry(row) : row))
    rows.set(retired.into, [...(rows.get(retired.into) ?? []), ...carried])
  }
  return rows
}

export const backupStore = new BackupStore()
