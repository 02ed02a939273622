import { z } from 'zod'
import { TEXT_LIMITS } from '../limits'
import { priceVersionSchema } from './priceModel'

/**
 * A fellesløysing in the catalogue (issue 9 §3): name, owner/operator, one-line purpose, status,
 * whether KS DigiFin financed it, a link, and its prices with source and date. The app ships a
 * starter catalogue (starterCatalogue.ts); the user adds, edits and retires entries, and a stored
 * entry wins over the shipped one with the same id.
 */
export const SOLUTION_STATUSES = ['underUtvikling', 'tilgjengeleg', 'avvikla'] as const
export type SolutionStatus = (typeof SOLUTION_STATUSES)[number]

/** Whether the fund financed the solution: 'unknown' where the source does not say. */
export const FUND_FINANCED = ['yes', 'no', 'unknown'] as const
export type FundFinanced = (typeof FUND_FINANCED)[number]

export const solutionIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/)

export const solutionSchema = z.object({
  id: solutionIdSchema,
  name: z.string().trim().min(1).max(TEXT_LIMITS.title),
  operator: z.string().trim().min(1).max(TEXT_LIMITS.title),
  /** One line; the shipped entries in both målformer, a user's own in the form they wrote it. */
  purpose: z.object({ nn: z.string().max(TEXT_LIMITS.note), nb: z.string().max(TEXT_LIMITS.note) }),
  status: z.enum(SOLUTION_STATUSES),
  fundFinanced: z.enum(FUND_FINANCED),
  url: z.union([z.url({ protocol: /^https?$/ }).max(TEXT_LIMITS.note), z.literal('')]),
  prices: z.array(priceVersionSchema),
  /**
   * The data of a special kind the solution handles, as its own description says («opplysningar om
   * barn i barnevernet»): the adoption case then calls the DPIA required, not a thing to consider.
   */
  sensitiveData: z.object({ nn: z.string().trim().min(1).max(TEXT_LIMITS.note), nb: z.string().trim().min(1).max(TEXT_LIMITS.note) }).optional(),
  /** Shipped entries are examples until someone has checked them against KS ("eksempel — kontroller mot KS"). */
  example: z.boolean(),
  /** The user took the entry out of use: hidden from the choices, kept for the adoptions that name it. */
  retired: z.boolean().optional()
})

export type Solution = z.infer<typeof solutionSchema>

/** A catalogue file as exported and imported (a kommune or a regional office shares it with others). */
export const CATALOGUE_FILE_FORMAT = 'spleiselag-fellesloysingar'

export const catalogueFileSchema = z.object({
  format: z.literal(CATALOGUE_FILE_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  solutions: z
    .array(solutionSchema)
    .refine((list) => new Set(list.map((s) => s.id)).size === list.length, { message: 'two entries share an id' })
})

export type CatalogueFile = z.infer<typeof catalogueFileSchema>

export function catalogueFile(solutions: readonly Solution[], exportedAt: string): CatalogueFile {
  return { format: CATALOGUE_FILE_FORMAT, version: 1, exportedAt, solutions: [...solutions] }
}

const collator = new Intl.Collator('nb')

/** Solutions in the order of their names, as a Norwegian reader sorts them (æ, ø, å last). */
export const byName = (a: Pick<Solution, 'name'>, b: Pick<Solution, 'name'>): number => collator.compare(a.name, b.name)

/** The catalogue as the user sees it: the shipped entries, each replaced by the user's version of it, then the user's own. */
export function mergeCatalogue(shipped: readonly Solution[], stored: readonly Solution[]): Solution[] {
  const byId = new Map(stored.map((s) => [s.id, s]))
  const merged = shipped.map((s) => byId.get(s.id) ?? s)
  const shippedIds = new Set(shipped.map((s) => s.id))
  return [...merged, ...stored.filter((s) => !shippedIds.has(s.id)).sort(byName)]
}

/** Whether the access rule applies: only a solution the fund financed needs the kommune to have paid. */
export function isFundFinanced(solution: Pick<Solution, 'fundFinanced'>): boolean {
  return solution.fundFinanced === 'yes'
}

/** An id for a new entry from its name: "Fiks arkiv" → "fiks-arkiv", made unique against `taken`. */
export function solutionIdFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .toLowerCase()
      .replaceAll('æ', 'ae')
      .replaceAll('ø', 'o')
      .replaceAll('å', 'aa')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'loysing'
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  return id
}
