import type { FundDecision } from '@shared/tilknyting'
import { z } from 'zod'
import type { Tekst } from '@shared/maalform'
import {
  adoptionSchema,
  startAdoption,
  takeStep,
  type Adoption,
  type AdoptionStatus,
  type StepInput
} from '@shared/tracking/adoption'
import { FUND_ROUND_ID } from '@shared/tracking/access'
import type { Solution } from '@shared/tracking/catalogue'
import { hasDeclined, paidAmount, participationSchema } from '@shared/tracking/participation'
import { PARTICIPATION_STATUSES, type ParticipationStatus } from '@shared/tracking/participationStatus'
import { db, type SpleiselagDatabase } from '../db/database'
import type { StoreResult } from '../db/storeResult'
import { parseWith } from '../db/validate'

/** What the history keeps of one step: before → after, with the step's own date, note and decision. */
export const adoptionEventSchema = z.object({
  from: z.enum(['vurderer', 'vedteke', 'iBruk', 'avslutta']).nullable(),
  to: z.enum(['vurderer', 'vedteke', 'iBruk', 'avslutta']),
  date: z.string(),
  note: z.string().optional(),
  plannedStart: z.string().optional()
})

export type AdoptionEvent = z.infer<typeof adoptionEventSchema>

export interface HistoryEntry {
  at: string
  by: string
  event: AdoptionEvent
}

/** A step refused by the rules (an illegal jump, a missing decision, the access rule): the message in both målformer. */
export type StepStoreResult = StoreResult<Adoption> | { ok: false; reason: 'refused'; message: Tekst }

const participationRecord = z.object({ status: z.enum(PARTICIPATION_STATUSES) })

/**
 * The kommune's adoptions of fellesløysingar (table `adoptions`), each step appended to the
 * history (table `history`, subject 'adoption:<id>'). The rules are shared/'s: this store reads
 * the participation's status for the access rule and writes only what the rules allow, one
 * transaction per step.
 */
export class AdoptionStore {
  constructor(
    private readonly database: SpleiselagDatabase = db,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID()
  ) {}

  /** Every adoption that passes its check. */
  async list(): Promise<Adoption[]> {
    const rows = await this.database.adoptions.toArray()
    return rows.flatMap((row) => {
      const parsed = parseWith(adoptionSchema, row.record)
      return parsed.ok ? [parsed.value] : []
    })
  }

  /** The participation's status in the round (undefined: nothing recorded, or a row that fails its check). */
  async participationStatus(roundId: string): Promise<ParticipationStatus | undefined> {
    const row = await this.database.participations.get(roundId)
    const parsed = participationRecord.safeParse(row?.record)
    return parsed.success ? parsed.data.status : undefined
  }

  /** The date the payment to the round was recorded on, when its participation stands at betalt; undefined otherwise. */
  async participationPaidOn(roundId: string): Promise<string | undefined> {
    const row = await this.database.participations.get(roundId)
    const parsed = participationSchema.safeParse(row?.record)
    if (!parsed.success || parsed.data.status !== 'betalt') return undefined
    return parsed.data.steps.findLast((step) => step.status === 'betalt')?.date
  }

  /** The council's latest "ja" to take part in the round (utval, saksnummer, meeting date); undefined without one or a readable record. */
  async participationDecision(roundId: string): Promise<FundDecision | undefined> {
    const row = await this.database.participations.get(roundId)
    const parsed = participationSchema.safeParse(row?.record)
    if (!parsed.success) return undefined
    const step = parsed.data.steps.findLast((s) => s.status === 'vedteke')
    return step?.status === 'vedteke' && step.decision === 'ja' ? { utval: step.utval, saksnummer: step.saksnummer, date: step.date } : undefined
  }

  /** Whether the round's participation has ended at a "nei" (its last step a "nei" decision); false without a readable record. */
  async participationDeclined(roundId: string): Promise<boolean> {
    const row = await this.database.participations.get(roundId)
    const parsed = participationSchema.safeParse(row?.record)
    return parsed.success && hasDeclined(parsed.data)
  }

  /** What the kommune paid in the round (decimal string, kroner), once the payment is recorded; undefined before or without a readable record. */
  async participationPaid(roundId: string): Promise<string | undefined> {
    const row = await this.database.participations.get(roundId)
    const parsed = participationSchema.safeParse(row?.record)
    return parsed.success ? paidAmount(parsed.data) : undefined
  }

  /** Starts considering a solution. */
  async start(solution: Solution, input: StepInput, plannedStart?: string): Promise<StepStoreResult> {
    const started = startAdoption(this.newId(), solution, input, plannedStart)
    if (!started.ok) return { ok: false, reason: 'refused', message: started.message }
    return this.database.transaction('rw', this.database.adoptions, this.database.history, async () => {
      await this.write(started.adoption, { from: null, to: 'vurderer', date: input.date, ...note(input), ...(plannedStart ? { plannedStart } : {}) }, input.by)
      return { ok: true as const, value: started.adoption }
    })
  }

  /** Takes one step, if the rules allow it, asking the access rule with the participation in the fund's round. */
  async step(id: string, to: AdoptionStatus, input: StepInput, solution: Solution): Promise<StepStoreResult> {
    return this.database.transaction(
      'rw',
      [this.database.adoptions, this.database.history, this.database.participations],
      async (): Promise<StepStoreResult> => {
        const row = await this.database.adoptions.get(id)
        if (!row) return { ok: false, reason: 'notFound' }
        const parsed = parseWith(adoptionSchema, row.record)
        if (!parsed.ok) return { ok: false, reason: 'malformed', issues: parsed.issues }
        const taken = takeStep(parsed.value, to, input, solution, await this.participationStatus(FUND_ROUND_ID))
        if (!taken.ok) return { ok: false, reason: 'refused', message: taken.message }
        await this.write(taken.adoption, { from: parsed.value.status, to, date: input.date, ...note(input) }, input.by)
        return { ok: true, value: taken.adoption }
      }
    )
  }

  /** The steps recorded for one adoption, the newest first. */
  async history(id: string): Promise<HistoryEntry[]> {
    const rows = await this.database.history
      .where('[subject+at]')
      .between([adoptionSubject(id), ''], [adoptionSubject(id), '\uffff'])
      .reverse()
      .toArray()
    return rows.flatMap((row) => {
      const parsed = adoptionEventSchema.safeParse(row.event)
      return parsed.success ? [{ at: row.at, by: row.by, event: parsed.data }] : []
    })
  }

  private async write(adoption: Adoption, event: AdoptionEvent, by: string): Promise<void> {
    const at = this.now().toISOString()
    await this.database.adoptions.put({ id: adoption.id, solutionId: adoption.solutionId, record: adoption, updatedAt: at })
    await this.database.history.add({ subject: adoptionSubject(adoption.id), at, by, event })
  }
}

export const adoptionSubject = (id: string): string => `adoption:${id}`
const note = (input: StepInput): { note?: string } => (input.note ? { note: input.note } : {})

export const adoptionStore = new AdoptionStore()
