import { z } from 'zod'
import type { Place, Refusal, TemplateMapping, UnusableMarker } from '@shared/document/template'
import { db, type SpleiselagDatabase } from '../db/database'
import type { StoreFailure, StoreResult } from '../db/storeResult'
import { parseWith } from '../db/validate'

/** What the user loads: the template file, and who loads it. The store finds the places itself. */
export interface TemplateInput {
  documentType: string
  fileName: string
  bytes: Uint8Array
  loadedBy: string
  /** Place id → part ids; without it the template is kept with no place filled yet. */
  mapping?: TemplateMapping
}

const placeSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['markers', 'bookmark', 'control', 'placeholder']),
  name: z.string(),
  label: z.string(),
  accepts: z.enum(['blocks', 'text', 'both']),
  where: z.enum(['header', 'footer']).optional()
}) satisfies z.ZodType<Place>

// IndexedDB gives the bytes back as a Uint8Array of the reading realm; `instanceof` would fail
// across realms (a test's jsdom, an iframe), the tag does not.
const bytesSchema = z.custom<Uint8Array>((value) => Object.prototype.toString.call(value) === '[object Uint8Array]', 'Expected bytes')

const unusableSchema = z.object({ label: z.string(), reason: z.enum(['noDirection', 'noKey']) }) satisfies z.ZodType<UnusableMarker>

export const savedTemplateSchema = z.object({
  documentType: z.string().min(1),
  fileName: z.string().trim().min(1),
  bytes: bytesSchema,
  places: z.array(placeSchema).min(1),
  /** Markers found but not used; a template stored before they were reported has none. */
  unusable: z.array(unusableSchema).default([]),
  mapping: z.record(z.string(), z.array(z.string().min(1))),
  loadedAt: z.string(),
  loadedBy: z.string()
})

export type SavedTemplate = z.infer<typeof savedTemplateSchema>

/** The engine refused the file (not Word, a .doc, protected, a marker without its partner, no places); nothing was written. */
export type TemplateStoreResult<T> = StoreResult<T> | { ok: false; reason: 'refused'; refusal: Refusal }

/**
 * The kommune's own Word templates, one per document type. Only a template the engine accepts is
 * stored, with the places it found, so the settings and the export never meet a refused file; a
 * mapping may name only those places.
 */
export class TemplateStore {
  constructor(
    private readonly database: SpleiselagDatabase = db,
    private readonly now: () => Date = () => new Date()
  ) {}

  async load(documentType: string): Promise<StoreResult<SavedTemplate>> {
    const row = await this.database.templates.get(documentType)
    if (!row) return { ok: false, reason: 'notFound' }
    const parsed = parseWith(savedTemplateSchema, row)
    return parsed.ok ? parsed : { ok: false, reason: 'malformed', issues: parsed.issues }
  }

  /** Stores (or replaces) the template for its document type, after the engine has read it. */
  async save(input: TemplateInput): Promise<TemplateStoreResult<SavedTemplate>> {
    // The engine reads the zip asynchronously, which must not happen inside a Dexie transaction.
    // It (and JSZip) is loaded only when a template is loaded or used, not at every start.
    const { inspectTemplate } = await import('@shared/document/template')
    const inspected = await inspectTemplate(input.bytes)
    if (!inspected.ok) return { ok: false, reason: 'refused', refusal: inspected.refusal }
    const checked = this.check({
      documentType: input.documentType,
      fileName: input.fileName,
      bytes: input.bytes,
      places: inspected.template.places,
      unusable: inspected.template.unusable,
      mapping: copyMapping(input.mapping ?? {}),
      loadedAt: this.now().toISOString(),
      loadedBy: input.loadedBy
    })
    if (!checked.ok) return checked
    await this.database.transaction('rw', this.database.templates, () => this.database.templates.put(checked.value))
    return checked
  }

  /** The user's choice of parts for each place; the file stays as loaded. */
  async setMapping(documentType: string, mapping: TemplateMapping): Promise<StoreResult<SavedTemplate>> {
    return this.database.transaction('rw', this.database.templates, async (): Promise<StoreResult<SavedTemplate>> => {
      const loaded = await this.load(documentType)
      if (!loaded.ok) return loaded
      const checked = this.check({ ...loaded.value, mapping: copyMapping(mapping) })
      if (!checked.ok) return checked
      await this.database.templates.put(checked.value)
      return checked
    })
  }

  async remove(documentType: string): Promise<void> {
    await this.database.transaction('rw', this.database.templates, () => this.database.templates.delete(documentType))
  }

  private check(row: SavedTemplate): StoreResult<SavedTemplate> | StoreFailure {
    const parsed = parseWith(savedTemplateSchema, row)
    if (!parsed.ok) return { ok: false, reason: 'invalid', issues: parsed.issues }
    const ids = new Set(parsed.value.places.map((p) => p.id))
    const unknown = Object.keys(parsed.value.mapping).filter((id) => !ids.has(id))
    if (unknown.length > 0) return { ok: false, reason: 'invalid', issues: unknown.map((id) => `mapping.${id}: no such place`) }
    return parsed
  }
}

/** Plain arrays, and no place with nothing in it (an empty choice leaves the template's text). */
function copyMapping(mapping: TemplateMapping): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const [id, parts] of Object.entries(mapping)) if (parts.length > 0) out[id] = [...parts]
  return out
}

export const templateStore = new TemplateStore()
