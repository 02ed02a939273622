import type { Contributor } from '../contribution'
import type { FinancingRound } from '../financingRound'
import { defaultMaalform, type Maalform, type Tekst } from '../maalform'
import { organisationTitle } from '../naming'
import { REGISTER_DATA } from './data'
import type { Attribution, PeriodId, RegisterFylke, RegisterKommune, RegisterPeriod } from './types'

/** The 2020 reform changed most numbers; a round invited before it uses the 2017 inndeling. */
export const REFORM_DATE = '2020-01-01'

export function getPeriod(period: PeriodId): RegisterPeriod {
  return REGISTER_DATA.periods[period]
}

/** The inndeling in force on a date: 2017 before the 2020 reform, 2024 from then on. */
export function periodForDate(isoDate: string): PeriodId {
  return isoDate < REFORM_DATE ? '2017' : '2024'
}

/** The register a round's amounts are computed from, by the date of its invitation. */
export function periodForRound(round: Pick<FinancingRound, 'invitationDate'>): PeriodId {
  return periodForDate(round.invitationDate)
}

export function listKommunar(period: PeriodId): readonly RegisterKommune[] {
  return getPeriod(period).kommunar
}

export function listFylke(period: PeriodId): readonly RegisterFylke[] {
  return getPeriod(period).fylke
}

/** Finds an entry of a period's list by its number, through an index built on first use. */
function byNumber<T extends { number: string }>(list: (period: PeriodId) => readonly T[]): (period: PeriodId, number: string) => T | undefined {
  const indexes = new Map<PeriodId, Map<string, T>>()
  return (period, number) => {
    let index = indexes.get(period)
    if (!index) {
      index = new Map(list(period).map((entry) => [entry.number, entry]))
      indexes.set(period, index)
    }
    return index.get(number)
  }
}

const kommuneByNumber = byNumber(listKommunar)
const fylkeByNumber = byNumber(listFylke)

export function getKommune(period: PeriodId, kommunenummer: string): RegisterKommune | undefined {
  return kommuneByNumber(period, kommunenummer)
}

export function getFylke(period: PeriodId, fylkesnummer: string): RegisterFylke | undefined {
  return fylkeByNumber(period, fylkesnummer)
}

/** The fylke a kommune belongs to: the first two digits of its number. */
export function fylkeOf(period: PeriodId, kommunenummer: string): RegisterFylke | undefined {
  return getFylke(period, kommunenummer.slice(0, 2))
}

export function kommunarInFylke(period: PeriodId, fylkesnummer: string): RegisterKommune[] {
  return listKommunar(period).filter((k) => k.number.startsWith(fylkesnummer))
}

/**
 * The fylkeskommunar a round invites: every fylke except one that is also a kommune (Oslo),
 * which is invited once, as a kommune. OSLO_NOTE says why.
 */
export function invitedFylkeskommunar(period: PeriodId): RegisterFylke[] {
  return listFylke(period).filter((f) => !f.alsoKommune)
}

/** Why Oslo is not listed as a fylkeskommune; for screens and documents. */
export const OSLO_NOTE: Tekst = REGISTER_DATA.notes.oslo

/** Sources and licences of the embedded data, for the about view and the README. */
export const ATTRIBUTION: readonly Attribution[] = REGISTER_DATA.attribution

/** The målform to start from for a kommune: its språkvedtak; nøytral or unknown gives bokmål. */
export function maalformOf(kommune: Pick<RegisterKommune, 'maalform'>): Maalform {
  return defaultMaalform(kommune.maalform)
}

/**
 * The målform to start from for a fylkeskommune. The sources give no språkvedtak for fylkeskommunar,
 * so this is the form most of its kommunar chose (nøytral ones not counted): Sogn og Fjordane and
 * Vestland give nynorsk, Akershus bokmål. A default only; the user can change it.
 */
export function fylkeMaalform(period: PeriodId, fylkesnummer: string): Maalform {
  let nynorsk = 0
  let bokmaal = 0
  for (const kommune of kommunarInFylke(period, fylkesnummer)) {
    if (kommune.maalform === 'nynorsk') nynorsk++
    else if (kommune.maalform === 'bokmaal') bokmaal++
  }
  return nynorsk > bokmaal ? 'nn' : 'nb'
}

export function kommuneContributor(kommune: RegisterKommune): Contributor {
  return { kind: 'kommune', number: kommune.number, name: kommune.name }
}

export function fylkeskommuneContributor(fylke: RegisterFylke): Contributor {
  return { kind: 'fylkeskommune', number: fylke.number, name: fylke.name }
}

/** "Tysnes kommune", "Hordaland fylkeskommune" (the same in both målformer). */
export function contributorTitle(contributor: Pick<Contributor, 'kind' | 'name'>): string {
  return organisationTitle({ kind: contributor.kind, name: contributor.name })
}
