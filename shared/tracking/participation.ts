import Decimal from 'decimal.js'
import { z } from 'zod'
import { isIsoDate } from '../format'
import { TEXT_LIMITS } from '../limits'
import { adoptedAmount } from '../meldingOmVedtak/vedtakAmount'
import { PARTICIPATION_STATUSES, type ParticipationStatus } from './participationStatus'

/**
 * The kommune's participation in one financing round, as DOMAIN.md and KS's letter describe it:
 * invitert → til politisk handsaming (the saksframlegg) → vedteke (ja or nei; date, utval,
 * saksnummer) → melding sendt til KS → fakturert (amount, invoice reference) → betalt (date, amount).
 *
 * A "nei" ends the flow. A kommune that changes its mind later follows the path KS describes: a new
 * decision, a melding with the kommune's invoice reference, the invoice, the payment. Each step is
 * taken with a date, by whom and a note; the record keeps the steps on the path it stands on, and
 * every change (a step forward, a step back) is one event of the append-only history.
 */

/** What a step records beyond its date: only vedteke, fakturert and betalt carry figures. */
export type StepData =
  | { status: 'invitert' }
  /** The saksframlegg the case went to the politicians with (#/saksframlegg/ID), when it is in the app. */
  | { status: 'tilPolitiskHandsaming'; caseId?: string }
  | {
      status: 'vedteke'
      decision: 'ja' | 'nei'
      utval: string
      saksnummer: string
      /** The decision as adopted, when the user has it (the innstilling, or typed). */
      vedtakText?: string
    }
  /** The invoice reference the kommune asks KS to mark the invoice with; required on the join-later path. */
  | { status: 'meldingSendt'; invoiceReference?: string }
  | { status: 'fakturert'; amount: string; invoiceReference: string }
  /** `computedAmount` is the contribution as computed when the payment was recorded. */
  | { status: 'betalt'; amount: string; computedAmount?: string }

export type Step = StepData & {
  /** ISO date the step happened (the meeting date for vedteke). */
  date: string
  by: string
  note: string
}

export interface Participation {
  roundId: string
  status: ParticipationStatus
  /** The steps of the path the participation stands on, oldest first; the last is the status. */
  steps: Step[]
  /** True once a "nei" has been followed by a new decision: KS's path for joining later. */
  joinedLater: boolean
  /**
   * The kommune's archive reference (arkivsak) typed by the melding om vedtak when the app has no case
   * with one: the melding's «Vår ref.» and the reference the «melding sendt» step starts from.
   */
  meldingReference?: string
}

/** Why a change was refused; participationText.ts words it in the målform. */
export type Refusal =
  | { reason: 'skip'; from: ParticipationStatus; to: ParticipationStatus; next: ParticipationStatus }
  | { reason: 'declined'; to: ParticipationStatus }
  | { reason: 'complete' }
  | { reason: 'secondNo' }
  | { reason: 'invalidDate' }
  | { reason: 'beforePrevious'; date: string; previous: ParticipationStatus; previousDate: string }
  | { reason: 'missing'; field: 'utval' | 'saksnummer' | 'amount' | 'invoiceReference' | 'by' }
  | { reason: 'invalidAmount'; text: string }
  | { reason: 'nothingToUndo' }

/** One history event: what changed, before → after. When and by whom are in the history row. */
export interface ParticipationEvent {
  kind: 'forward' | 'back'
  before: ParticipationStatus
  after: ParticipationStatus
  /** The step taken (forward) or undone (back). */
  step: Step
  /** Why the user went back; for a step forward the note is the step's own. */
  note: string
}

export type Transition = { ok: true; record: Participation; event: ParticipationEvent } | ({ ok: false } & Refusal)

const ORDER: Record<ParticipationStatus, number> = Object.fromEntries(
  PARTICIPATION_STATUSES.map((status, index) => [status, index])
) as Record<ParticipationStatus, number>

/** Where every participation starts: invited on the day of the inviter's letter. */
export function invited(roundId: string, invitationDate: string, by: string): Participation {
  return { roundId, status: 'invitert', steps: [{ status: 'invitert', date: invitationDate, by, note: '' }], joinedLater: false }
}

function lastStep(record: Participation): Step {
  const last = record.steps[record.steps.length - 1]
  if (!last) throw new Error('A participation has at least its invitation step')
  return last
}

/** True when the last decision recorded is a "nei": the flow has ended until a new decision. */
export function hasDeclined(record: Participation): boolean {
  const last = lastStep(record)
  return last.status === 'vedteke' && last.decision === 'nei'
}

/** The decision on the current path, if one is recorded (ja or nei). */
export function currentDecision(record: Participation): Extract<Step, { status: 'vedteke' }> | undefined {
  return record.steps.findLast((step): step is Extract<Step, { status: 'vedteke' }> => step.status === 'vedteke')
}

/** The statuses the user may record next; empty when paid. */
export function nextStatuses(record: Participation): ParticipationStatus[] {
  if (hasDeclined(record)) return ['tilPolitiskHandsaming', 'vedteke']
  const next = PARTICIPATION_STATUSES[ORDER[record.status] + 1]
  return next ? [next] : []
}

/** An amount as a user types it: "57 060", "57060,50", "kr 57 060". A decimal string, or undefined. */
export function parseAmount(text: string): string | undefined {
  const cleaned = text.trim().replace(/^kr\.?/i, '').replace(/[ \u00a0\u202f]/g, '').replace(/,-$/, '').replace(',', '.')
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return undefined
  const value = new Decimal(cleaned)
  return value.gt(0) ? value.toFixed() : undefined
}

function checkStep(step: Step, joinedLater: boolean): Refusal | undefined {
  if (!isIsoDate(step.date)) return { reason: 'invalidDate' }
  if (step.by.trim() === '') return { reason: 'missing', field: 'by' }
  switch (step.status) {
    case 'vedteke':
      if (step.utval.trim() === '') return { reason: 'missing', field: 'utval' }
      if (step.saksnummer.trim() === '') return { reason: 'missing', field: 'saksnummer' }
      return undefined
    case 'meldingSendt':
      if (joinedLater && !step.invoiceReference?.trim()) return { reason: 'missing', field: 'invoiceReference' }
      return undefined
    case 'fakturert':
      if (step.amount.trim() === '') return { reason: 'missing', field: 'amount' }
      if (!parseAmount(step.amount)) return { reason: 'invalidAmount', text: step.amount }
      if (step.invoiceReference.trim() === '') return { reason: 'missing', field: 'invoiceReference' }
      return undefined
    case 'betalt':
      if (step.amount.trim() === '') return { reason: 'missing', field: 'amount' }
      if (!parseAmount(step.amount)) return { reason: 'invalidAmount', text: step.amount }
      return undefined
    default:
      return undefined
  }
}

/** The step as it is kept: text trimmed, amounts as decimal strings. Call only on a checked step. */
function normalised(step: Step): Step {
  const base = { ...step, by: step.by.trim(), note: step.note.trim() }
  switch (base.status) {
    case 'vedteke':
      return { ...base, utval: base.utval.trim(), saksnummer: base.saksnummer.trim(), vedtakText: base.vedtakText?.trim() || undefined }
    case 'meldingSendt':
      return { ...base, invoiceReference: base.invoiceReference?.trim() || undefined }
    case 'fakturert':
      return { ...base, amount: parseAmount(base.amount)!, invoiceReference: base.invoiceReference.trim() }
    case 'betalt':
      return { ...base, amount: parseAmount(base.amount)! }
    default:
      return base
  }
}

/**
 * Takes the next step. Refused, with the reason, when the step is not the next one (betalt before
 * vedteke), when the flow has ended with a "nei" (fakturert after a "nei"), when a date is before
 * the step it follows, or when what the step needs is missing.
 */
export function advance(record: Participation, step: Step): Transition {
  const declined = hasDeclined(record)
  const allowed = nextStatuses(record)
  if (!allowed.includes(step.status)) {
    if (declined) return { ok: false, reason: 'declined', to: step.status }
    const next = allowed[0]
    if (!next) return { ok: false, reason: 'complete' }
    return { ok: false, reason: 'skip', from: record.status, to: step.status, next }
  }
  if (declined && step.status === 'vedteke' && step.decision === 'nei') return { ok: false, reason: 'secondNo' }
  const joinedLater = record.joinedLater || declined
  const problem = checkStep(step, joinedLater)
  if (problem) return { ok: false, ...problem }
  const previous = lastStep(record)
  if (step.date < previous.date) {
    return { ok: false, reason: 'beforePrevious', date: step.date, previous: previous.status, previousDate: previous.date }
  }
  const kept = normalised(step)
  return {
    ok: true,
    record: { ...record, status: kept.status, steps: [...record.steps, kept], joinedLater },
    event: { kind: 'forward', before: record.status, after: kept.status, step: kept, note: kept.note }
  }
}

/**
 * Undoes the last step (a wrong date, a decision recorded too early). Allowed from every step but
 * the invitation; the event keeps what was undone and why, so nothing goes silently.
 */
export function goBack(record: Participation, why: string): Transition {
  if (record.steps.length <= 1) return { ok: false, reason: 'nothingToUndo' }
  const undone = lastStep(record)
  const steps = record.steps.slice(0, -1)
  const restored = steps[steps.length - 1]!
  const stillLater = steps.some((step, i) => step.status === 'vedteke' && step.decision === 'nei' && i < steps.length - 1)
  return {
    ok: true,
    record: { ...record, status: restored.status, steps, joinedLater: stillLater },
    event: { kind: 'back', before: record.status, after: restored.status, step: undone, note: why.trim() }
  }
}

/** A paid amount that differs from the computed one: kept as paid, and shown with both figures. */
export interface PaymentDifference {
  paid: string
  computed: string
  /** Paid minus computed, negative when too little was paid. */
  difference: string
}

/** The amount the kommune paid (decimal string, kroner), once the payment is recorded: what its budget really carries. */
export function paidAmount(record: Participation): string | undefined {
  const paid = record.steps.findLast((step) => step.status === 'betalt')
  return paid?.status === 'betalt' ? paid.amount : undefined
}

/**
 * The amount the council decided to pay: the computed contribution, unless the recorded vedtak states
 * another sum (Levanger adopted «kr 400 000» where kr 397 840 was computed; vedtakAmount.ts), or
 * undefined when it states several and none is the computed one.
 */
export function decidedAmount(record: Participation, computed: string): string | undefined {
  return adoptedAmount(computed, currentDecision(record)?.vedtakText ?? '')
}

/** A payment that is neither the computed contribution nor the sum the council decided. */
export function paymentDifference(record: Participation): PaymentDifference | undefined {
  const paid = record.steps.findLast((step) => step.status === 'betalt')
  if (paid?.status !== 'betalt' || paid.computedAmount === undefined) return undefined
  const decided = decidedAmount(record, paid.computedAmount)
  if (decided !== undefined && new Decimal(paid.amount).eq(decided)) return undefined
  const difference = new Decimal(paid.amount).minus(paid.computedAmount)
  if (difference.isZero()) return undefined
  return { paid: paid.amount, computed: paid.computedAmount, difference: difference.toFixed() }
}

/** The participation with the melding's archive reference as typed; an empty text removes it. */
export function withMeldingReference(record: Participation, text: string): Participation {
  const { meldingReference: _old, ...rest } = record
  const trimmed = text.trim()
  return trimmed ? { ...rest, meldingReference: trimmed } : rest
}

/** The invoice reference the kommune gave or KS put on the invoice, latest first. */
export function invoiceReference(record: Participation): string | undefined {
  for (const step of [...record.steps].reverse()) {
    if (step.status === 'fakturert' || (step.status === 'meldingSendt' && step.invoiceReference)) return step.invoiceReference
  }
  return undefined
}

const isoDate = z.string().refine(isIsoDate)
const decimalString = z.string().refine((value) => parseAmount(value) === value)
const reference = z.string().min(1).max(TEXT_LIMITS.reference)
const common = { date: isoDate, by: z.string().min(1).max(TEXT_LIMITS.name), note: z.string().max(TEXT_LIMITS.note) }

export const stepSchema: z.ZodType<Step> = z.discriminatedUnion('status', [
  z.object({ status: z.literal('invitert'), ...common }),
  z.object({ status: z.literal('tilPolitiskHandsaming'), caseId: z.string().min(1).optional(), ...common }),
  z.object({
    status: z.literal('vedteke'),
    decision: z.enum(['ja', 'nei']),
    utval: z.string().min(1).max(TEXT_LIMITS.name),
    saksnummer: z.string().min(1).max(TEXT_LIMITS.reference),
    vedtakText: z.string().min(1).max(TEXT_LIMITS.longText).optional(),
    ...common
  }),
  z.object({ status: z.literal('meldingSendt'), invoiceReference: reference.optional(), ...common }),
  z.object({ status: z.literal('fakturert'), amount: decimalString, invoiceReference: reference, ...common }),
  z.object({ status: z.literal('betalt'), amount: decimalString, computedAmount: decimalString.optional(), ...common })
])

/** A participation read back from the database: its status must be its last step's. */
export const participationSchema: z.ZodType<Participation> = z
  .object({
    roundId: z.string().min(1),
    status: z.enum(PARTICIPATION_STATUSES),
    steps: z.array(stepSchema).min(1),
    joinedLater: z.boolean(),
    meldingReference: reference.optional()
  })
  .refine((record) => record.steps[0]?.status === 'invitert' && record.steps[record.steps.length - 1]?.status === record.status, {
    message: 'The status is not the last step, or the first step is not the invitation'
  })

export const participationEventSchema: z.ZodType<ParticipationEvent> = z.object({
  kind: z.enum(['forward', 'back']),
  before: z.enum(PARTICIPATION_STATUSES),
  after: z.enum(PARTICIPATION_STATUSES),
  step: stepSchema,
  note: z.string().max(TEXT_LIMITS.note)
})
