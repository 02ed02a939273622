import { z } from 'zod'
import { formatDateShort, isIsoDate, parseIsoDate } from '../format'
import { TEXT_LIMITS } from '../limits'
import type { Tekst } from '../maalform'
import { mayTakeStep } from './access'
import type { Solution } from './catalogue'
import type { ParticipationStatus } from './participationStatus'

/**
 * A kommune's adoption (tilknyting) of one fellesløysing (issue 9 §4): vurderer → vedteke → i bruk →
 * avslutta, each step with its date, who recorded it and a note; vedteke with the decision
 * reference (utval, saksnummer). The costs come from the price model and the population figure in
 * force (okonomiplan.ts), reckoned from the month the solution is taken into use (or is planned to
 * be) until the month it ends.
 */
export const ADOPTION_STATUSES = ['vurderer', 'vedteke', 'iBruk', 'avslutta'] as const
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number]

export const ADOPTION_STATUS_WORDS: Record<AdoptionStatus, Tekst> = {
  vurderer: { nn: 'vurderer', nb: 'vurderer' },
  vedteke: { nn: 'vedteke', nb: 'vedtatt' },
  iBruk: { nn: 'i bruk', nb: 'i bruk' },
  avslutta: { nn: 'avslutta', nb: 'avsluttet' }
}

/** The steps that may follow each status. Avslutta ends the adoption; a new one starts afresh. */
const NEXT: Record<AdoptionStatus, readonly AdoptionStatus[]> = {
  vurderer: ['vedteke', 'avslutta'],
  vedteke: ['iBruk', 'avslutta'],
  iBruk: ['avslutta'],
  avslutta: []
}

const isoDate = z.string().refine(isIsoDate)

export const decisionSchema = z.object({
  utval: z.string().trim().min(1).max(TEXT_LIMITS.name),
  saksnummer: z.string().trim().min(1).max(TEXT_LIMITS.reference)
})

export type Decision = z.infer<typeof decisionSchema>

export const adoptionStepSchema = z.object({
  status: z.enum(ADOPTION_STATUSES),
  date: isoDate,
  by: z.string().max(TEXT_LIMITS.name),
  note: z.string().max(TEXT_LIMITS.note).optional(),
  decision: decisionSchema.optional()
})

export type AdoptionStep = z.infer<typeof adoptionStepSchema>

export const adoptionSchema = z.object({
  id: z.string().min(1),
  solutionId: z.string().min(1),
  status: z.enum(ADOPTION_STATUSES),
  /** Every step taken, the oldest first; the last is the current status. */
  steps: z.array(adoptionStepSchema).min(1),
  /** When the kommune plans to take the solution into use, until it is: the økonomiplan reckons from it. */
  plannedStart: isoDate.optional()
})

export type Adoption = z.infer<typeof adoptionSchema>

export interface StepInput {
  date: string
  by: string
  note?: string
  decision?: Decision
}

export type StepResult = { ok: true; adoption: Adoption } | { ok: false; message: Tekst }

const words = (s: AdoptionStatus): Tekst => ADOPTION_STATUS_WORDS[s]

/** Starts considering a solution. */
export function startAdoption(id: string, solution: Pick<Solution, 'id'>, input: StepInput, plannedStart?: string): StepResult {
  if (!isIsoDate(input.date)) return { ok: false, message: BAD_DATE }
  if (plannedStart !== undefined && !isIsoDate(plannedStart)) return { ok: false, message: BAD_DATE }
  const step: AdoptionStep = { status: 'vurderer', date: input.date, by: input.by, ...(input.note ? { note: input.note } : {}) }
  return {
    ok: true,
    adoption: { id, solutionId: solution.id, status: 'vurderer', steps: [step], ...(plannedStart ? { plannedStart } : {}) }
  }
}

const BAD_DATE: Tekst = { nn: 'Skriv ein gyldig dato.', nb: 'Skriv en gyldig dato.' }

/**
 * Takes the adoption one step on, if the step is allowed from where it stands, the date is not
 * before the last step's, vedteke has its decision reference, and the access rule lets it.
 */
export function takeStep(
  adoption: Adoption,
  to: AdoptionStatus,
  input: StepInput,
  solution: Pick<Solution, 'name' | 'fundFinanced'>,
  participation: ParticipationStatus | undefined
): StepResult {
  const from = adoption.status
  if (!NEXT[from].includes(to)) {
    const allowed = NEXT[from]
    return {
      ok: false,
      message: allowed.length
        ? {
            nn: `Frå «${words(from).nn}» kan tilknytinga berre gå til ${allowed.map((s) => `«${words(s).nn}»`).join(' eller ')}, ikkje til «${words(to).nn}».`,
            nb: `Fra «${words(from).nb}» kan tilknytningen bare gå til ${allowed.map((s) => `«${words(s).nb}»`).join(' eller ')}, ikke til «${words(to).nb}».`
          }
        : {
            nn: 'Tilknytinga er avslutta. Start ei ny vurdering om kommunen vil ta løysinga i bruk att.',
            nb: 'Tilknytningen er avsluttet. Start en ny vurdering hvis kommunen vil ta løsningen i bruk igjen.'
          }
    }
  }
  if (!isIsoDate(input.date)) return { ok: false, message: BAD_DATE }
  const last = adoption.steps[adoption.steps.length - 1]!
  if (input.date < last.date) {
    return {
      ok: false,
      message: {
        nn: `Datoen kan ikkje vere før førre steg (${formatDateShort(last.date)}).`,
        nb: `Datoen kan ikke være før forrige steg (${formatDateShort(last.date)}).`
      }
    }
  }
  if (to === 'vedteke' && !decisionSchema.safeParse(input.decision).success) {
    return {
      ok: false,
      message: {
        nn: 'Skriv kva utval som gjorde vedtaket og saksnummeret (til dømes Kommunestyret, 65/17).',
        nb: 'Skriv hvilket utvalg som gjorde vedtaket og saksnummeret (for eksempel Kommunestyret, 65/17).'
      }
    }
  }
  const access = mayTakeStep(solution, to, participation)
  if (!access.allowed) return { ok: false, message: access.message }
  const step: AdoptionStep = {
    status: to,
    date: input.date,
    by: input.by,
    ...(input.note ? { note: input.note } : {}),
    ...(to === 'vedteke' && input.decision ? { decision: input.decision } : {})
  }
  return { ok: true, adoption: { ...adoption, status: to, steps: [...adoption.steps, step] } }
}

/** The steps the user may choose next (the access rule is asked when one is taken, so its reason can be shown). */
export function nextSteps(adoption: Pick<Adoption, 'status'>): readonly AdoptionStatus[] {
  return NEXT[adoption.status]
}

/** When the costs begin: the day it was taken into use, or else the planned start. */
export function costStart(adoption: Adoption): string | undefined {
  return adoption.steps.find((s) => s.status === 'iBruk')?.date ?? adoption.plannedStart
}

/**
 * The budget year a solution's costs are shown for on its page: the year it is taken into use (or
 * is planned to be), so a case from 2017 planned for 2019 shows 2019's prices; this year when the
 * kommune has not started considering it.
 */
export function costYear(adoption: Adoption | undefined, thisYear: number): number {
  const start = adoption ? costStart(adoption) : undefined
  return start ? parseIsoDate(start).year : thisYear
}

/** When the running costs stop: the day the adoption ended. */
export function costEnd(adoption: Adoption): string | undefined {
  return adoption.steps.find((s) => s.status === 'avslutta')?.date
}

/** The decision reference, if the adoption was decided. */
export function decisionOf(adoption: Adoption): (Decision & { date: string }) | undefined {
  const step = adoption.steps.find((s) => s.status === 'vedteke')
  return step?.decision ? { ...step.decision, date: step.date } : undefined
}
