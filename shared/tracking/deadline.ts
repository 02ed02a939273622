import { daysBetween } from '../format'

/**
 * How the answer deadline stands, as Oversikt's participation card says it. Days are counted while
 * they mean something to the reader: up to the deadline, and for a short while after it. Once the
 * deadline is long past (a 2017 round looked at years later) a count of thousands of days says
 * nothing, so the card gives the date instead.
 */
export const DAYS_COUNTED_AFTER_DEADLINE = 60

export type DeadlineState =
  /** A decision is recorded: the deadline no longer matters. */
  | { kind: 'decided' }
  /** The deadline is today or ahead: `days` left (0 on the day itself). */
  | { kind: 'ahead'; days: number }
  /** Passed without a decision, at most DAYS_COUNTED_AFTER_DEADLINE days ago. */
  | { kind: 'passedRecently'; days: number }
  /** Passed without a decision longer ago than that: say the date, not the days. */
  | { kind: 'passedLongAgo' }

export function deadlineState(today: string, answerBy: string, decided: boolean): DeadlineState {
  if (decided) return { kind: 'decided' }
  const left = daysBetween(today, answerBy)
  if (left >= 0) return { kind: 'ahead', days: left }
  return -left <= DAYS_COUNTED_AFTER_DEADLINE ? { kind: 'passedRecently', days: -left } : { kind: 'passedLongAgo' }
}
