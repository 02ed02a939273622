import Decimal from 'decimal.js'
import { z } from 'zod'
import { MAX_POPULATION, MIN_POPULATION } from '@shared/contribution'
import { isIsoDate } from '@shared/format'
import type { FinancingRound } from '@shared/financingRound'
import type { StoredPopulationFigure } from './database'

/**
 * Rows read back from IndexedDB are checked before the app computes with them: a row damaged by
 * an older version, a crash or a hand-edited backup must not take the whole app down. A row that
 * fails is set aside, shown to the user, and can be deleted.
 */
const isoDate = z.string().refine(isIsoDate)
const rate = z.string().refine((value) => {
  try {
    const d = new Decimal(value)
    return d.isFinite() && d.gt(0) && d.lte(10_000)
  } catch {
    return false
  }
})
const tekst = z.object({ nn: z.string().min(1), nb: z.string().min(1) })

const roundSchema = z.object({
  id: z.string().min(1),
  name: tekst,
  invitationDate: isoDate,
  answerBy: isoDate,
  budgetYear: z.number().int().min(1900).max(2200),
  rateKommune: rate,
  rateFylkeskommune: rate,
  otherSources: z.array(z.object({ id: z.string(), label: tekst, amount: rate, upTo: z.boolean() })),
  builtIn: z.literal(false)
})

const figureSchema = z.object({
  id: z.number().int(),
  contributorKind: z.enum(['kommune', 'fylkeskommune']),
  number: z.string().regex(/^\d{2}(\d{2})?$/),
  count: z.number().int().min(MIN_POPULATION).max(MAX_POPULATION),
  date: isoDate,
  source: z.string().trim().min(1),
  origin: z.enum(['manual', 'import']),
  createdAt: z.string()
})

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
