import type { Contribution, PopulationFigure } from '../contribution'
import { DIGIFIN_2017, type FinancingRound } from '../financingRound'
import type { Maalform } from '../maalform'
import { contributorTitle } from '../register/accessors'
import { invitationFacts } from './invitation'
import type { Economy, Saksframlegg } from './model'

/**
 * A case and the contribution it is built on: the Bidrag page's figures go into the case as they
 * are, and a case can tell whether it still has them.
 */

/**
 * The round a case was written for: KS DigiFin 2017 for a case saved before cases kept their
 * round, and undefined when the user has since deleted it. The default text is built from the
 * round, so a case whose round is gone cannot have it rebuilt (it must not get 2017's instead).
 */
export function roundById(rounds: readonly FinancingRound[], id: string | undefined): FinancingRound | undefined {
  if (id === undefined) return DIGIFIN_2017
  return rounds.find((r) => r.id === id)
}

type CitedPopulation = Pick<Economy, 'populationCount' | 'populationDate' | 'populationSource' | 'populationSourceText'>

/**
 * The figure as a council document may cite it: a date or source the figure does not truly have
 * is left empty (''), and the document shows a placeholder for it instead of a guess.
 */
export function citedPopulation(population: PopulationFigure, maalform: Maalform): CitedPopulation {
  const sourceText = population.sourceUnknown ? undefined : population.sourceText
  return {
    populationCount: population.count,
    populationDate: population.dateUnknown ? '' : population.date,
    populationSource: population.sourceUnknown ? '' : (sourceText?.[maalform] ?? population.source),
    ...(sourceText ? { populationSourceText: { nn: sourceText.nn, nb: sourceText.nb } } : {})
  }
}

/** The economy a contribution gives, in the case's målform (the source text is per målform). */
export function economyFrom(contribution: Contribution, maalform: Maalform, current: Economy): Economy {
  const { populationSourceText: _, ...rest } = current
  return {
    ...rest,
    contributorKind: contribution.contributor.kind,
    ...citedPopulation(contribution.population, maalform),
    rate: contribution.rate,
    amount: contribution.amount
  }
}

/** Whether the case's figures are the contribution's (count, date, rate and amount). */
export function sameFigures(economy: Economy, contribution: Contribution): boolean {
  return (
    economy.contributorKind === contribution.contributor.kind &&
    economy.populationCount === contribution.population.count &&
    economy.populationDate === citedPopulation(contribution.population, 'nn').populationDate &&
    economy.rate === contribution.rate &&
    economy.amount === contribution.amount
  )
}

/** The name a case for the contribution bears: its contributor, "Hordaland fylkeskommune" (as the CLI names it). */
export function caseNameFor(contribution: Contribution): string {
  return contributorTitle(contribution.contributor)
}

/**
 * What "Bruk tala frå Bidrag" changes: the figures, and the name when the contribution is for
 * another contributor than the case names (the profile's organisation paid as another unit).
 */
export function withContribution(doc: Saksframlegg, contribution: Contribution, maalform: Maalform): Saksframlegg {
  return {
    ...doc,
    header: { ...doc.header, kommuneName: caseNameFor(contribution) },
    economy: economyFrom(contribution, maalform, doc.economy),
    // The same round as the case's (the editor offers no other), read again: the text cites its rates as the figures do.
    invitation: invitationFacts(contribution.round)
  }
}
