import Decimal from 'decimal.js'
import { DIGIFIN_2017, type FinancingRound } from '../financingRound'
import type { InvitationFacts } from './textTypes'

/**
 * What a case cites from KS's invitation, read from its financing round when the case is built
 * (and again when it takes Bidrag's figures), and kept in the case.
 */

/** What KS's 2017 letter says the ten largest kommunar will give; no round holds it as a fund source. */
const LARGEST_KOMMUNAR_2017 = '35000000'

/**
 * KS DigiFin 2017 as it ships with the app: the one round whose letter the default text retells
 * (working title, the ten largest kommunar, the principles note). A round the user added is
 * told only from its own data, even if its name or dates look like 2017's.
 */
export function isDigiFin2017(round: FinancingRound): boolean {
  return round.builtIn && round.id === DIGIFIN_2017.id
}

export function invitationFacts(round: FinancingRound): InvitationFacts {
  const source = (id: string): string | undefined => round.otherSources.find((s) => s.id === id)?.amount
  const kmdFirstYear = source('kmd-2017')
  const kmdSecondYear = source('kmd-2018')
  const ksUpTo = source('ks')
  return {
    name: round.name,
    invitationDate: round.invitationDate,
    answerBy: round.answerBy,
    budgetYear: round.budgetYear,
    rateKommune: round.rateKommune,
    rateFylkeskommune: round.rateFylkeskommune,
    otherSources: round.otherSources.map(({ label, amount, upTo }) => ({ label, amount, upTo })),
    ...(round.announcedTotal ? { allJoin: round.announcedTotal.amount } : {}),
    ...(isDigiFin2017(round) && kmdFirstYear && kmdSecondYear && ksUpTo
      ? {
          digiFin2017: {
            kmdFirstYear,
            kmdSecondYear,
            kmdTotal: new Decimal(kmdFirstYear).plus(kmdSecondYear).toFixed(),
            ksUpTo,
            largestKommunar: LARGEST_KOMMUNAR_2017
          }
        }
      : {})
  }
}

