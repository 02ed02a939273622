import type { FinancingRound } from './financingRound'

/**
 * Which date a form in a round starts with. A round lives from KS's invitation to the end of its
 * budget year, when the contribution has been invoiced and paid; a round still under way gets
 * today, and one long past gets no date at all: today (years later) would be a wrong date that
 * looks right, so the user types the date the step really had, with the round's dates as a hint.
 */
type RoundTimes = Pick<FinancingRound, 'budgetYear'>

/** The last day the round's own steps fall on: the end of its budget year. */
export function roundEnd(round: RoundTimes): string {
  return `${round.budgetYear}-12-31`
}

/** True when today is past the round's end: its dates are history, not today. */
export function roundIsPast(round: RoundTimes, today: string): boolean {
  return today > roundEnd(round)
}

/**
 * The date a new step starts with: today while the round is under way, but never before the
 * previous step (`notBefore`), which the flow would refuse; '' when the round is past.
 */
export function defaultStepDate(round: RoundTimes, today: string, notBefore?: string): string {
  if (roundIsPast(round, today)) return ''
  return notBefore !== undefined && notBefore > today ? notBefore : today
}

/**
 * The date of a document written after a decision (the melding om vedtak): today while the round
 * is under way, the decision's own date when the round is past (a melding is dated when it is
 * written, and for a past round that is the day the decision was made known).
 */
export function dateAfterDecision(round: RoundTimes, today: string, decisionDate: string): string {
  return defaultStepDate(round, today, decisionDate) || decisionDate
}

/** The planned start of a solution taken into use: 1 January after the step's date, '' without one. */
export function defaultPlannedStart(stepDate: string): string {
  return stepDate === '' ? '' : `${Number(stepDate.slice(0, 4)) + 1}-01-01`
}
