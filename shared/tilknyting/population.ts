import type { PopulationFigure } from '../contribution'
import type { Profile } from '../profile'
import { fylkePopulationAt, kommunePopulationAt, periodForDate } from '../register'

/**
 * The population an adoption case reckons its costs from: the newest figure at hand on the case's
 * date, not the one a financing round was reckoned from. A case written in 2026 about 2027–2030
 * must not price per innbyggjar by the count of 2017 (reader's report, set 2, #5). The register's
 * newest figure for the kommune's number today (resources/data/register.json, period 2024: SSB's
 * 1.1.2024 figures by way of norway-geodata; Levanger 20 574, Tysnes 2 922) is weighed against the
 * figure Bidrag uses (a count the user entered or imported may be newer); the later date wins, and
 * on the same date the user's own.
 */
export function newestPopulation(
  profile: Pick<Profile, 'kind' | 'number'>,
  date: string,
  bidrag: PopulationFigure | undefined
): PopulationFigure | undefined {
  const period = periodForDate(date)
  const embedded = profile.kind === 'kommune' ? kommunePopulationAt(period, profile.number, date) : fylkePopulationAt(period, profile.number, date)
  if (!embedded) return bidrag
  if (!bidrag) return embedded
  return bidrag.date >= embedded.date ? bidrag : embedded
}
