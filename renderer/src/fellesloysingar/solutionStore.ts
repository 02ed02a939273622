import {
  catalogueFile,
  catalogueFileSchema,
  mergeCatalogue,
  solutionSchema,
  type CatalogueFile,
  type Solution
} from '@shared/tracking/catalogue'
import { STARTER_CATALOGUE } from '@shared/tracking/starterCatalogue'
import { db, type SpleiselagDatabase } from '../db/database'
import type { StoreResult } from '../db/storeResult'
import { parseWith } from '../db/validate'

export interface Catalogue {
  /** The shipped entries (each replaced by the user's version of it) and the user's own, retired ones included. */
  solutions: Solution[]
  /** Ids of stored entries that fail their check: not used, offered for deletion. */
  damaged: string[]
  /** Ids of shipped entries the user has changed (and can take back to the shipped version). */
  edited: Set<string>
}

/** Why an import changed nothing: not JSON, or not a catalogue file this app can read. */
export type ImportResult =
  | { ok: true; value: number }
  /** `entry`: the number (from 1) of the first solution in the file that fails its check, when the file itself is a catalogue. */
  | { ok: false; reason: 'notJson' | 'invalid'; issues: string[]; entry?: number }

/**
 * The fellesløysingar catalogue: the starter catalogue shipped in shared/, and the entries the
 * user added or changed (table `solutions`, key the solution's id; a stored entry wins over the
 * shipped one with the same id). Entries are retired, not deleted, so adoptions keep their solution.
 */
export class SolutionStore {
  constructor(
    private readonly database: SpleiselagDatabase = db,
    private readonly now: () => Date = () => new Date(),
    private readonly shipped: readonly Solution[] = STARTER_CATALOGUE
  ) {}

  async catalogue(): Promise<Catalogue> {
    const rows = await this.database.solutions.toArray()
    const stored: Solution[] = []
    const damaged: string[] = []
    for (const row of rows) {
      const parsed = parseWith(solutionSchema, row.entry)
      if (parsed.ok && parsed.value.id === row.id) stored.push(parsed.value)
      else damaged.push(row.id)
    }
    const shippedIds = new Set(this.shipped.map((s) => s.id))
    return {
      solutions: mergeCatalogue(this.shipped, stored),
      damaged,
      edited: new Set(stored.filter((s) => shippedIds.has(s.id)).map((s) => s.id))
    }
  }

  /** Adds or replaces one entry (the user's version of a shipped one is kept as the user's). */
  async save(solution: Solution): Promise<StoreResult<Solution>> {
    const parsed = parseWith(solutionSchema, solution)
    if (!parsed.ok) return { ok: false, reason: 'invalid', issues: parsed.issues }
    await this.database.transaction('rw', this.database.solutions, () =>
      this.database.solutions.put({ id: parsed.value.id, entry: parsed.value, updatedAt: this.now().toISOString() })
    )
    return parsed
  }

  /** Takes an entry out of use, or back into use. */
  async setRetired(id: string, retired: boolean): Promise<StoreResult<Solution>> {
    const current = (await this.catalogue()).solutions.find((s) => s.id === id)
    if (!current) return { ok: false, reason: 'notFound' }
    const { retired: _was, ...rest } = current
    return this.save(retired ? { ...rest, retired: true } : rest)
  }

  /** Forgets the user's version of a shipped entry, so the shipped one shows again. */
  async revertToShipped(id: string): Promise<StoreResult<void>> {
    if (!this.shipped.some((s) => s.id === id)) return { ok: false, reason: 'notFound' }
    await this.database.transaction('rw', this.database.solutions, () => this.database.solutions.delete(id))
    return { ok: true, value: undefined }
  }

  async deleteDamaged(ids: readonly string[]): Promise<void> {
    await this.database.transaction('rw', this.database.solutions, () => this.database.solutions.bulkDelete([...ids]))
  }

  /** The whole catalogue as the file others can import. */
  async exportFile(): Promise<CatalogueFile> {
    return catalogueFile((await this.catalogue()).solutions, this.now().toISOString())
  }

  /**
   * Reads a catalogue file and stores every entry in it, in one transaction; a file that is not
   * JSON or does not pass the schema changes nothing. An entry with an id already in the
   * catalogue replaces it. The number of entries stored.
   */
  async importFile(text: string): Promise<ImportResult> {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      return { ok: false, reason: 'notJson', issues: [] }
    }
    const parsed = parseWith(catalogueFileSchema, json)
    if (!parsed.ok) {
      const entry = /^solutions\.(\d+)/.exec(parsed.issues[0] ?? '')
      return { ok: false, reason: 'invalid', issues: parsed.issues, ...(entry ? { entry: Number(entry[1]) + 1 } : {}) }
    }
    const updatedAt = this.now().toISOString()
    await this.database.transaction('rw', this.database.solutions, () =>
      this.database.solutions.bulkPut(parsed.value.solutions.map((entry) => ({ id: entry.id, entry, updatedAt })))
    )
    return { ok: true, value: parsed.value.solutions.length }
  }
}

export const solutionStore = new SolutionStore()
