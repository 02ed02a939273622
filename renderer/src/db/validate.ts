import { z } from 'zod'
import { MAX_POPULATION, MIN_POPULATION } from '@shared/contribution'
import { isIsoDate } from '@shared/format'
import { TEXT_LIMITS } from '@shared/limits'
import { roundSchema, type FinancingRound } from '@shared/financingRound'
import type { StoredPopulationFigure } from './database'

/**
 * Rows read back from IndexedDB are checked before the app computes with them: a row damaged by
 * an older version, a crash or a hand-edited backup must not take the whole app down. A row that
 * fails is set aside, shown to the user, and can be deleted.
 */

/** A population figure as the user entered or imported it, before the database gives it an id. */
export const newFigureSchema = z.object({
  contributorKind: z.enum(['kommune', 'fylkeskommune']),
  number: z.string().regex(/^\d{2}(\d{2})?$/),
  count: z.number().int().min(MIN_POPULATION).max(MAX_POPULATION),
  date: z.string().refine(isIsoDate),
  source: z.string().trim().min(1).max(TEXT_LIMITS.title),
  origin: z.enum(['manual', 'import']),
  createdAt: z.string()
})

export const figureSchema = newFigureSchema.extend({ id: z.number().int() })

export interface Checked<T> {
  valid: T[]
  /** Rows that failed the check, by primary key, for the user to see and delete. */
  invalid: { key: string | number; row: unknown }[]
}

function check<T>(rows: readonly unknown[], schema: z.ZodType, key: (row: unknown) => string | number): Checked<T> {
  const valid: T[] = []
  const invalid: Checked<T>['invalid'] = []
  for (const row of rows) {
    if (schema.safeParse(row).success) valid.push(row as T)
    else invalid.push({ key: key(row), row })
  }
  return { valid, invalid }
}

const keyOf = (field: string) => (row: unknown): string | number => {
  const value = (row as Record<string, unknown> | null)?.[field]
  return typeof value === 'number' || typeof value === 'string' ? value : String(value)
}

export function checkRounds(rows: readonly unknown[]): Checked<FinancingRound> {
  return check<FinancingRound>(rows, roundSchema, keyOf('id'))
}

export function checkFigures(rows: readonly unknown[]): Checked<StoredPopulationFigure> {
  return check<StoredPopulationFigure>(rows, figureSchema, keyOf('id'))
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: string[] }

/** Issues are technical (schema paths), for logs and tests, as the saksframlegg model gives them. */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown): ParseResult<T> {
  const result = schema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  return { ok: false, issues: result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) }
}
