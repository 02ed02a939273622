import Dexie from 'dexie'
import { z } from 'zod'
import {
  advance,
  goBack,
  invited,
  participationEventSchema,
  participationSchema,
  type Participation,
  type ParticipationEvent,
  type Refusal,
  type Step,
  type Transition,
  withMeldingReference
} from '@shared/tracking/participation'
import { db, type SpleiselagDatabase } from '../db/database'
import type { StoreFailure, StoreResult } from '../db/storeResult'
import { parseWith } from '../db/validate'

/** One row of the history as the page shows it: when, by whom, and what changed. */
export interface HistoryEntry {
  id: number
  at: string
  by: string
  event: ParticipationEvent
}

/** The flow refused the change (the reason is for participationText.ts to word); nothing was written. */
export type ParticipationResult<T> = StoreResult<T> | { ok: false; reason: 'refused'; refusal: Refusal }

/** Where a round's participation starts when nothing is stored yet: invited on the letter's date. */
export interface RoundStart {
  roundId: string
  invitationDate: string
  /** Who is recorded on the invitation step (the profile's sakshandsamar). */
  by: string
}

export const historySubject = (roundId: string): string => `participation:${roundId}`

const historyRowSchema = z.object({ id: z.number().int(), at: z.string(), by: z.string(), event: participationEventSchema })

/**
 * The kommune's participation per financing round and its history. Every change is one
 * transaction: the record and its history event are written together or not at all, and the
 * history is only ever added to.
 */
export class ParticipationStore {
  constructor(
    private readonly database: SpleiselagDatabase = db,
    private readonly now: () => Date = () => new Date()
  ) {}

  /** The stored participation, or the invitation a round starts with when none is stored. */
  async load(start: RoundStart): Promise<StoreResult<Participation>> {
    const row = await this.database.participations.get(start.roundId)
    if (!row) return { ok: true, value: invited(start.roundId, start.invitationDate, start.by) }
    const parsed = parseWith(participationSchema, row.record)
    return parsed.ok ? parsed : { ok: false, reason: 'malformed', issues: parsed.issues }
  }

  /** The newest `limit` events of the round's participation, newest first, after skipping `offset`. */
  async history(roundId: string, limit: number, offset = 0): Promise<StoreResult<HistoryEntry[]>> {
    const subject = historySubject(roundId)
    const rows = await this.database.history
      .where('[subject+at]')
      .between([subject, Dexie.minKey], [subject, Dexie.maxKey])
      .reverse()
      .offset(offset)
      .limit(limit)
      .toArray()
    const entries: HistoryEntry[] = []
    for (const row of rows) {
      const parsed = parseWith(historyRowSchema, row)
      if (!parsed.ok) return { ok: false, reason: 'malformed', issues: parsed.issues }
      entries.push(parsed.value)
    }
    return { ok: true, value: entries }
  }

  /** How many events the round's participation has, for the history's paging. */
  async historyCount(roundId: string): Promise<number> {
    const subject = historySubject(roundId)
    return this.database.history.where('[subject+at]').between([subject, Dexie.minKey], [subject, Dexie.maxKey]).count()
  }

  /** Records the next step, checked by the flow against the record as stored now. */
  async advance(start: RoundStart, step: Step): Promise<ParticipationResult<Participation>> {
    return this.change(start, step.by, (record) => advance(record, step))
  }

  /** Undoes the last step, recording why. */
  async goBack(start: RoundStart, why: string, by: string): Promise<ParticipationResult<Participation>> {
    return this.change(start, by, (record) => goBack(record, why))
  }

  /** Keeps the melding's archive reference with the participation: no step, so the path and its history are as they were. */
  async saveMeldingReference(start: RoundStart, text: string): Promise<StoreResult<Participation>> {
    const { participations } = this.database
    return this.database.transaction('rw', participations, async (): Promise<StoreResult<Participation>> => {
      const current = await this.load(start)
      if (!current.ok) return current
      const record = withMeldingReference(current.value, text)
      await participations.put({ roundId: start.roundId, record, updatedAt: this.now().toISOString() })
      return { ok: true, value: record }
    })
  }

  private async change(
    start: RoundStart,
    by: string,
    transition: (record: Participation) => Transition
  ): Promise<ParticipationResult<Participation>> {
    const { participations, history } = this.database
    return this.database.transaction('rw', participations, history, async (): Promise<ParticipationResult<Participation>> => {
      const current = await this.load(start)
      if (!current.ok) return current
      const result = transition(current.value)
      if (!result.ok) {
        const { ok: _ok, ...refusal } = result
        return { ok: false, reason: 'refused', refusal }
      }
      const at = this.now().toISOString()
      await participations.put({ roundId: start.roundId, record: result.record, updatedAt: at })
      await history.add({ subject: historySubject(start.roundId), at, by: by.trim(), event: result.event })
      return { ok: true, value: result.record }
    })
  }
}

export type { StoreFailure }

export const participationStore = new ParticipationStore()
