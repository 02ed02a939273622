/**
 * The --runde, --kommune, --fylke and --folketal arguments, read the same way by every command: a
 * kommune by number or name in the round's inndeling (a number from another period is followed
 * through the change table), with the closest names suggested when nothing matches. Which figure
 * they name is decided in shared/populationFigure.ts, as for the app.
 */
import type { Contributor, PopulationFigure } from '../../shared/contribution'
import { formatDateLong } from '../../shared/format'
import { BUILT_IN_ROUNDS, type FinancingRound } from '../../shared/financingRound'
import type { Maalform, Tekst } from '../../shared/maalform'
import { parsePopulation } from '../../shared/population'
import { populationFigureFor, type FigureRequest } from '../../shared/populationFigure'
import {
  contributorTitle,
  fylkeMaalform,
  fylkeskommuneContributor,
  getPeriod,
  kommuneContributor,
  maalformOf,
  OSLO_NOTE,
  periodForRound,
  searchFylke,
  searchKommunar,
  suggestFylke,
  suggestKommunar,
  type PeriodId,
  type RegisterFylke,
  type RegisterKommune
} from '../../shared/register'
import { echo, orList, UsageError } from './command'

export const COMMAND_LINE_SOURCE: Tekst = { nn: 'oppgitt på kommandolinja', nb: 'oppgitt på kommandolinjen' }

export function resolveRound(id: string | undefined): FinancingRound {
  const wanted = id ?? BUILT_IN_ROUNDS[0]!.id
  const round = BUILT_IN_ROUNDS.find((r) => r.id === wanted)
  if (round) return round
  const known = BUILT_IN_ROUNDS.map((r) => `${r.id} (${r.name.nb})`).join(', ')
  throw new UsageError({
    nn: `Ukjend runde «${echo(wanted)}». Rundar: ${known}.`,
    nb: `Ukjent runde «${echo(wanted)}». Runder: ${known}.`
  })
}

export interface ResolvedKommune {
  kommune: RegisterKommune
  /** Set when the user gave a number from another period, e.g. 4616 for 1223 Tysnes in 2017. */
  givenNumber?: string
}

const label = (k: { number: string; name: string }): string => `${k.number} ${k.name}`

export function resolveKommuneArg(period: PeriodId, query: string): ResolvedKommune {
  const inndeling = getPeriod(period).label
  const matches = searchKommunar(period, query, 50)
  const exact = matches.filter((m) => m.kind === 'number' || m.kind === 'otherNumber' || m.kind === 'name')
  if (exact.length === 1) {
    const [match] = exact
    return match!.kind === 'otherNumber' ? { kommune: match!.kommune, givenNumber: query.trim() } : { kommune: match!.kommune }
  }
  if (exact.length > 1) {
    const list = exact.map((m) => label(m.kommune)).join(', ')
    throw new UsageError({
      nn: `«${echo(query)}» passar til fleire kommunar i ${inndeling.nn.toLowerCase()}: ${list}. Oppgje kommunenummeret.`,
      nb: `«${echo(query)}» passer til flere kommuner i ${inndeling.nb.toLowerCase()}: ${list}. Oppgi kommunenummeret.`
    })
  }
  if (/^\d+$/.test(query.trim())) {
    throw new UsageError({
      nn: `Fann ikkje kommunenummer ${query.trim()} i ${inndeling.nn.toLowerCase()}.`,
      nb: `Fant ikke kommunenummer ${query.trim()} i ${inndeling.nb.toLowerCase()}.`
    })
  }
  const candidates = [...matches.map((m) => m.kommune), ...suggestKommunar(period, query, 3)]
  const names = [...new Set(candidates.map((k) => k.name))].slice(0, 3)
  throw new UsageError(
    names.length > 0
      ? {
          nn: `Fann ikkje kommunen «${echo(query)}». Meinte du: ${orList(names)}?`,
          nb: `Fant ikke kommunen «${echo(query)}». Mente du: ${orList(names)}?`
        }
      : {
          nn: `Fann ikkje kommunen «${echo(query)}» i ${inndeling.nn.toLowerCase()}.`,
          nb: `Fant ikke kommunen «${echo(query)}» i ${inndeling.nb.toLowerCase()}.`
        }
  )
}

export function resolveFylkeArg(period: PeriodId, query: string): RegisterFylke {
  const matches = searchFylke(period, query, 20)
  const exact = matches.filter((m) => m.kind === 'number' || m.kind === 'name')
  if (exact.length === 1) {
    const fylke = exact[0]!.fylke
    if (fylke.alsoKommune) {
      throw new UsageError({
        nn: `${OSLO_NOTE.nn} Bruk --kommune 0301.`,
        nb: `${OSLO_NOTE.nb} Bruk --kommune 0301.`
      })
    }
    return fylke
  }
  const inndeling = getPeriod(period).label
  if (/^\d+$/.test(query.trim())) {
    throw new UsageError({
      nn: `Fann ikkje fylkesnummer ${query.trim()} i ${inndeling.nn.toLowerCase()}.`,
      nb: `Fant ikke fylkesnummer ${query.trim()} i ${inndeling.nb.toLowerCase()}.`
    })
  }
  const names = [...new Set([...matches.map((m) => m.fylke), ...suggestFylke(period, query, 3)].map((f) => f.name))].slice(0, 3)
  throw new UsageError(
    names.length > 0
      ? { nn: `Fann ikkje fylket «${echo(query)}». Meinte du: ${orList(names)}?`, nb: `Fant ikke fylket «${echo(query)}». Mente du: ${orList(names)}?` }
      : {
          nn: `Fann ikkje fylket «${echo(query)}» i ${inndeling.nn.toLowerCase()}.`,
          nb: `Fant ikke fylket «${echo(query)}» i ${inndeling.nb.toLowerCase()}.`
        }
  )
}

export interface ResolvedContributor {
  contributor: Contributor
  /** The contributor's own målform, the output's default. */
  maalform: Maalform
  /** As in ResolvedKommune. */
  givenNumber?: string
}

/** --kommune or --fylke (the caller has checked that exactly one is given) in the round's register. */
export function resolveContributorArg(round: FinancingRound, values: { kommune?: string; fylke?: string }): ResolvedContributor {
  const period = periodForRound(round)
  if (values.kommune !== undefined) {
    const { kommune, givenNumber } = resolveKommuneArg(period, values.kommune)
    return { contributor: kommuneContributor(kommune), maalform: maalformOf(kommune), ...(givenNumber ? { givenNumber } : {}) }
  }
  const fylke = resolveFylkeArg(period, values.fylke ?? '')
  return { contributor: fylkeskommuneContributor(fylke), maalform: fylkeMaalform(period, fylke.number) }
}

/**
 * The figure --folketal (with its date and source) names, or without it the embedded figure not
 * after the date; a failure is a usage error that says what to give instead.
 */
export function populationArg(
  round: FinancingRound,
  contributor: Contributor,
  args: { folketal?: string; date?: string; source?: string }
): PopulationFigure {
  let request: FigureRequest = { kind: 'embedded', date: args.date }
  if (args.folketal !== undefined) {
    const parsed = parsePopulation(args.folketal)
    if (!parsed.ok) {
      throw new UsageError({ nn: `--folketal «${echo(args.folketal)}»: ${parsed.error.nn}`, nb: `--folketal «${echo(args.folketal)}»: ${parsed.error.nb}` })
    }
    const source = args.source?.trim()
    request = {
      kind: 'given',
      count: parsed.value,
      date: args.date,
      source: source ? { nn: source, nb: source } : COMMAND_LINE_SOURCE,
      origin: 'manual'
    }
  }
  const found = populationFigureFor(round, contributor, request)
  if (found.ok) return found.figure
  const at = formatDateLong(found.date)
  throw new UsageError({
    nn: `Registeret har ikkje folketal for ${contributorTitle(contributor)} på eller før ${at}. Oppgje det med --folketal.`,
    nb: `Registeret har ikke folketall for ${contributorTitle(contributor)} på eller før ${at}. Oppgi det med --folketal.`
  })
}
