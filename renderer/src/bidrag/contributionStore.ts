import { z } from 'zod'
import type { Contributor } from '@shared/contribution'
import { BUILT_IN_ROUNDS, roundSchema, type FinancingRound } from '@shared/financingRound'
import { nextChoice, withoutRound, type ContributionChoice, type StoredChoices } from '@shared/contributionChoice'
import { isIsoDate } from '@shared/format'
import { db, type SpleiselagDatabase, type StoredPopulationFigure } from '../db/database'
import { guardWrite, type StoreResult } from '../db/storeResult'
import { checkFigures, checkRounds, newFigureSchema, parseWith, type Checked } from '../db/validate'

/** The settings row that keeps the Bidrag page's choices (see StoredChoices). */
export const CHOICE_SETTING_KEY = 'contributionChoice'

export type { StoredPopulationFigure } from '../db/database'
export type { Checked } from '../db/validate'

/** A figure as the user entered or imported it; the store adds its id and when it was stored. */
export type NewPopulationFigure = Omit<StoredPopulationFigure, 'id' | 'createdAt'>

/** Stored rows that failed their check, as the Bidrag page lists them for deletion. */
export interface DamagedRows {
  rounds: Checked<FinancingRound>['invalid']
  figures: Checked<StoredPopulationFigure>['invalid']
}

const contributorChoiceSchema = z.object({ kind: z.enum(['kommune', 'fylkeskommune']), number: z.string().min(1) })
const populationChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('embedded'), date: z.string().refine(isIsoDate) }),
  z.object({ kind: z.literal('stored'), id: z.number().int() })
])
const storedChoicesSchema: z.ZodType<StoredChoices> = z.object({
  roundId: z.string().min(1),
  perRound: z.record(
    z.string(),
    z.object({ contributor: contributorChoiceSchema.nullable(), population: populationChoiceSchema.nullable() })
  )
})

/**
 * What the user keeps on the Bidrag page: the rounds they added, the population figures they
 * entered or imported, and their choice of round, contributor and figure (in the settings table).
 * Rows are checked when read; a damaged round or figure is set aside for the page to offer to
 * delete, and a damaged choice counts as no choice (the defaults), to be overwritten by the next.
 * Each user action is one transaction: deleting a figure or a round never leaves a choice that
 * names it, and an import stores every row or none.
 */
export class ContributionStore {
  constructor(
    private readonly database: SpleiselagDatabase = db,
    private readonly now: () => Date = () => new Date()
  ) {}

  /** The rounds the user added (the built-in ones live in shared/). */
  async rounds(): Promise<Checked<FinancingRound>> {
    return checkRounds(await this.database.rounds.toArray())
  }

  /** The contributor's stored figures, the oldest first. */
  async figures(contributor: Pick<Contributor, 'kind' | 'number'>): Promise<Checked<StoredPopulationFigure>> {
    const rows = await this.database.populationFigures
      .where('[contributorKind+number]')
      .equals([contributor.kind, contributor.number])
      .sortBy('date')
    return checkFigures(rows)
  }

  /** The stored choice; undefined when there is none or it does not pass its schema. */
  async choices(): Promise<StoredChoices | undefined> {
    const row = await this.database.settings.get(CHOICE_SETTING_KEY)
    if (!row) return undefined
    const parsed = parseWith(storedChoicesSchema, row.value)
    return parsed.ok ? parsed.value : undefined
  }

  async addRound(round: FinancingRound): Promise<StoreResult<string>> {
    const parsed = parseWith(roundSchema, round)
    if (!parsed.ok) return { ok: false, reason: 'invalid', issues: parsed.issues }
    return guardWrite(async () => {
      await this.database.rounds.add(round)
      return { ok: true, value: round.id }
    })
  }

  /** Stores one figure; its id, for the choice to name it. */
  async addFigure(figure: NewPopulationFigure): Promise<StoreResult<number>> {
    const added = await this.importFigures([figure])
    return added.ok ? { ok: true, value: added.value[0]! } : added
  }

  /**
   * Stores every figure or, if one does not pass its schema or the database refuses the write (a
   * full quota), none; their ids in the same order. A figure already stored for the same kommune
   * or fylkeskommune, date and count (the same file imported again, or a file that lists a figure
   * twice) is not stored again: its id is the stored one's, so the list of figures shows each
   * figure once.
   */
  async importFigures(figures: readonly NewPopulationFigure[]): Promise<StoreResult<number[]>> {
    const createdAt = this.now().toISOString()
    const rows: StoredPopulationFigure[] = []
    for (const [index, figure] of figures.entries()) {
      const row = { ...figure, createdAt }
      const parsed = parseWith(newFigureSchema, row)
      if (!parsed.ok) return { ok: false, reason: 'invalid', issues: parsed.issues.map((issue) => `${index}.${issue}`) }
      // The row as given, not as parsed: the check trims the source, the store keeps what was written.
      rows.push(row)
    }
    const sameFigure = (f: Pick<StoredPopulationFigure, 'contributorKind' | 'number' | 'date' | 'count'>): string =>
      `${f.contributorKind}|${f.number}|${f.date}|${f.count}`
    return guardWrite(async () => {
      const ids = await this.database.transaction('rw', this.database.populationFigures, async () => {
        const known = new Map<string, number>()
        for (const stored of await this.database.populationFigures.toArray()) known.set(sameFigure(stored), stored.id!)
        const result: number[] = []
        for (const row of rows) {
          const id = known.get(sameFigure(row)) ?? ((await this.database.populationFigures.add(row)) as number)
          known.set(sameFigure(row), id)
          result.push(id)
        }
        return result
      })
      return { ok: true, value: ids }
    })
  }

  /** Applies a change to the current choice (a new contributor resets the figure: see nextChoice). */
  async updateChoice(current: ContributionChoice, change: Partial<ContributionChoice>): Promise<void> {
    await this.database.transaction('rw', this.database.settings, async () => {
      await this.writeChoices(nextChoice(await this.choices(), current, change))
    })
  }

  /** Deletes a figure and, if the current choice names it, resets the choice to the default figure. */
  async deleteFigure(id: number, current: ContributionChoice): Promise<StoreResult<void>> {
    return this.database.transaction('rw', this.database.populationFigures, this.database.settings, async (): Promise<StoreResult<void>> => {
      if (!(await this.database.populationFigures.get(id))) return { ok: false, reason: 'notFound' }
      await this.database.populationFigures.delete(id)
      if (current.population?.kind === 'stored' && current.population.id === id) {
        await this.writeChoices(nextChoice(await this.choices(), current, { population: null }))
      }
      return { ok: true, value: undefined }
    })
  }

  /** Deletes a round the user added and forgets its choice; the view goes back to the first built-in round. */
  async deleteRound(roundId: string): Promise<StoreResult<void>> {
    return this.database.transaction('rw', this.database.rounds, this.database.settings, async (): Promise<StoreResult<void>> => {
      if (!(await this.database.rounds.get(roundId))) return { ok: false, reason: 'notFound' }
      await this.database.rounds.delete(roundId)
      await this.writeChoices(withoutRound(await this.choices(), roundId, BUILT_IN_ROUNDS[0]!.id))
      return { ok: true, value: undefined }
    })
  }

  /** Deletes the rows that failed their check, all or none. */
  async deleteDamaged(damaged: DamagedRows): Promise<void> {
    await this.database.transaction('rw', this.database.rounds, this.database.populationFigures, async () => {
      for (const { key } of damaged.rounds) await this.database.rounds.delete(String(key))
      for (const { key } of damaged.figures) if (typeof key === 'number') await this.database.populationFigures.delete(key)
    })
  }

  private async writeChoices(choices: StoredChoices): Promise<void> {
    await this.database.settings.put({ key: CHOICE_SETTING_KEY, value: choices })
  }
}

export const contributionStore = new ContributionStore()
