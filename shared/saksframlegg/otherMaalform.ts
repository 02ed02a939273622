import type { Contribution } from '../contribution'
import type { FinancingRound } from '../financingRound'
import type { Maalform } from '../maalform'
import { standardSection } from './defaults'
import { invitationFacts } from './invitation'
import { sameFigures } from './fromContribution'
import { DEFAULT_SECTION_KINDS, type Economy, type Saksframlegg } from './model'
import { textFor } from './text'

/**
 * The population source in `target`: the figure's own wording in that målform when the case holds
 * it, or the contribution's when the case still has its figures; otherwise the text as it stands,
 * which is then the user's own words.
 */
function sourceIn(economy: Economy, target: Maalform, contribution: Contribution | undefined): string {
  // No source given stays no source: the copy shows the placeholder too, never a guess.
  if (economy.populationSource.trim() === '') return ''
  if (economy.populationSourceText) return economy.populationSourceText[target]
  if (contribution && sameFigures(economy, contribution) && contribution.population.sourceText) {
    return contribution.population.sourceText[target]
  }
  return economy.populationSource
}

/**
 * The case rebuilt in the other målform: the same header, dates, case numbers, figures and
 * choices, with every text the app wrote (title, saksgang names, vedlegg, sections, innstilling)
 * written again in `target`. Text the user wrote (the decline reason among it) is not translated (that would be machine
 * translation of a council document): an own innstilling or funding sentence goes back to the
 * standard one, own sections are left out, and a committee name the app did not write stays as
 * written for the user to correct.
 */
export function rebuildInMaalform(
  source: Saksframlegg,
  from: Maalform,
  target: Maalform,
  round: FinancingRound,
  contribution?: Contribution
): Saksframlegg {
  const sourceText = textFor(from).defaults
  const targetText = textFor(target).defaults
  const sourceNames = sourceText.saksgang(source.economy.contributorKind)
  const targetNames = targetText.saksgang(source.economy.contributorKind)
  const saksgang = source.saksgang.map((row) => {
    const at = sourceNames.indexOf(row.utval.trim())
    return { ...row, utval: at >= 0 ? (targetNames[at] ?? row.utval) : row.utval }
  })
  const economy: Economy = {
    ...source.economy,
    populationSource: sourceIn(source.economy, target, contribution),
    funding: source.economy.funding.kind === 'custom' ? { kind: 'disposisjonsfond' } : source.economy.funding
  }
  const innstilling = source.innstilling.kind === 'custom' ? { kind: 'join' as const } : source.innstilling
  const invitation = invitationFacts(round)
  return {
    ...source,
    saksgang,
    title: targetText.title,
    vedlegg: targetText.vedlegg(invitation),
    andreSaksdokument: targetText.andreSaksdokument(invitation),
    economy,
    innstilling,
    declineReason: targetText.declineReason(source.economy.contributorKind),
    invitation,
    sections: DEFAULT_SECTION_KINDS.map(standardSection)
  }
}
