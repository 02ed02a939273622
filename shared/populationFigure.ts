import type { Contributor, PopulationFigure } from './contribution'
import type { FinancingRound } from './financingRound'
import type { Tekst } from './maalform'
import { fylkePopulationAt, kommunePopulationAt, periodForRound } from './register'

/**
 * Which population figure a contributor's amount in a round is reckoned from. The app and the CLI
 * both ask here, so that the Bidrag page, `beregn` and the saksframlegg cite the same figure.
 */

/** A figure the user entered or imported for a contributor, as the app keeps it. */
export interface UserPopulationFigure {
  id?: number
  contributorKind: Contributor['kind']
  number: string
  count: number
  /** The count's reference date (ISO). */
  date: string
  /** As the user or the imported file wrote it; the same words in both målformer. */
  source: string
  origin: 'manual' | 'import'
}

export type FigureRequest =
  /** The newest figure in the register not after `date` (default: the round's invitation date). */
  | { kind: 'embedded'; date?: string }
  /**
   * A count the user gives. Without a date it is taken as of the round's invitation date: a count
   * needs a date to be cited, and the invitation date is the one the round itself gives.
   */
  | { kind: 'given'; count: number; date?: string; source: Tekst; origin: 'manual' | 'import' }

export type FigureResult =
  | { ok: true; figure: PopulationFigure }
  /** The register has no figure for the contributor on or before `date`. */
  | { ok: false; reason: 'noFigure'; date: string }

/** The contributor's population figure for a round, as the request names it. */
export function populationFigureFor(round: FinancingRound, contributor: Contributor, request: FigureRequest): FigureResult {
  const date = request.date ?? round.invitationDate
  if (request.kind === 'given') {
    return {
      ok: true,
      figure: { count: request.count, date, source: request.source.nb, sourceText: request.source, origin: request.origin }
    }
  }
  const figure = embeddedFigure(round, contributor, date)
  return figure ? { ok: true, figure } : { ok: false, reason: 'noFigure', date }
}

/** The newest figure in the round's register not after `date`. */
export function embeddedFigure(round: FinancingRound, contributor: Contributor, date: string): PopulationFigure | undefined {
  const period = periodForRound(round)
  return contributor.kind === 'kommune'
    ? kommunePopulationAt(period, contributor.number, date)
    : fylkePopulationAt(period, contributor.number, date)
}

/** A kept figure as a request: its source reads the same in both målformer. */
export function givenFigure(figure: UserPopulationFigure): FigureRequest {
  return {
    kind: 'given',
    count: figure.count,
    date: figure.date,
    source: { nn: figure.source, nb: figure.source },
    origin: figure.origin
  }
}

/**
 * How many years before a round's invitation a figure may be dated without a warning. SSB
 * publishes the population each quarter, so the newest figure at any invitation is less than a
 * year old; one dated more than two years before is almost surely a typing error or the wrong
 * table, but may be meant (a rule that names an older date), so it is warned about, not refused.
 */
export const FIGURE_YEARS_BEFORE_INVITATION = 2

/**
 * Whether a figure's date is plausible for a round: `future` (after today) is refused, as no
 * count can be known for a day still to come; `afterInvitation` and `longBefore` are warned about.
 */
export type FigureDateCheck = 'plausible' | 'future' | 'afterInvitation' | 'longBefore'

/** Checks an ISO date against the round's invitation date and today (both ISO). */
export function checkFigureDate(date: string, invitationDate: string, today: string): FigureDateCheck {
  if (date > today) return 'future'
  if (date > invitationDate) return 'afterInvitation'
  const year = Number(invitationDate.slice(0, 4)) - FIGURE_YEARS_BEFORE_INVITATION
  if (date < `${String(year).padStart(4, '0')}${invitationDate.slice(4)}`) return 'longBefore'
  return 'plausible'
}
