import { DIGIFIN_2017 } from '../financingRound'
import type { Tekst } from '../maalform'
import { isFundFinanced, type Solution } from './catalogue'
import { hasPaid, type ParticipationStatus } from './participationStatus'
import { statusName } from './participationText'

/**
 * The access rule (DOMAIN.md, KS's principles): only kommunar that have paid the one-off amount may
 * adopt a solution the fund built. A fund-financed solution cannot be marked vedteke or i bruk while
 * the kommune's participation is not betalt. The interface asks here and shows the message, with a
 * way to the participation; it decides nothing itself.
 */

/**
 * The round whose participation governs the rule: the fund's own (KS DigiFin 2017). A kommune that
 * paid into DigiFin may adopt what DigiFin built, whichever round the Bidrag page happens to show;
 * paying in a round of the user's own does not open DigiFin's solutions.
 */
export const FUND_ROUND_ID = DIGIFIN_2017.id

/** The steps of an adoption the rule guards. */
export const GUARDED_STEPS = ['vedteke', 'iBruk'] as const

export type AccessResult = { allowed: true } | { allowed: false; reason: 'notPaid'; message: Tekst }

/**
 * Whether the kommune may take `solution` to `step`. `participation` is the status of its
 * participation in the fund (undefined: nothing recorded yet).
 */
export function mayTakeStep(
  solution: Pick<Solution, 'name' | 'fundFinanced'>,
  step: string,
  participation: ParticipationStatus | undefined
): AccessResult {
  if (!(GUARDED_STEPS as readonly string[]).includes(step)) return { allowed: true }
  if (!isFundFinanced(solution) || hasPaid(participation)) return { allowed: true }
  const now: Tekst = participation
    ? {
        nn: `Deltakinga står no som «${statusName(participation, 'nn')}».`,
        nb: `Deltakelsen står nå som «${statusName(participation, 'nb')}».`
      }
    : { nn: 'Deltakinga er ikkje registrert enno.', nb: 'Deltakelsen er ikke registrert ennå.' }
  return {
    allowed: false,
    reason: 'notPaid',
    message: {
      nn: `${solution.name} er finansiert av DigiFin. Berre kommunar som har betalt eingongsbeløpet, kan vedta eller ta i bruk løysinga. ${now.nn} Registrer betalinga under Deltaking først.`,
      nb: `${solution.name} er finansiert av DigiFin. Bare kommuner som har betalt engangsbeløpet, kan vedta eller ta i bruk løsningen. ${now.nb} Registrer betalingen under Deltakelse først.`
    }
  }
}
