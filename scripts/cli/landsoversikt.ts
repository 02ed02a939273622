/**
 * npm run cli -- landsoversikt [--runde 2017] [--dato 2017-01-01] [--json] [--maalform nn|nb]
 *
 * Every kommune and fylkeskommune of a round with its amount, the totals beside the state's and
 * KS's money, and how "ca. 250 millioner kroner" comes about. Figures: each contributor's newest
 * embedded figure not after --dato (default: the round's invitation date).
 */
import { formatDateLong, formatInnbyggjarar, formatKroner, isIsoDate } from '../../shared/format'
import { buildLandsoversikt, type Landsoversikt, type LandsoversiktRow } from '../../shared/landsoversikt'
import type { Maalform, Tekst } from '../../shared/maalform'
import { getPeriod, populationDates } from '../../shared/register'
import { echo, EXIT_OK, parseArgs, runCommand, UsageError, type Command } from './command'
import { resolveRound } from './contributorArgs'

const FLAGS = { runde: 'string', dato: 'string', json: 'boolean', maalform: 'string' } as const

const usage: Tekst = {
  nn: [
    'npm run cli -- landsoversikt [--runde 2017] [--dato ÅÅÅÅ-MM-DD] [--json] [--maalform nn|nb]',
    'Alle kommunar og fylkeskommunar i runden med beløp, og summane for heile ordninga.',
    'Folketal: det nyaste innebygde på eller før --dato (standard: datoen for invitasjonen).'
  ].join('\n'),
  nb: [
    'npm run cli -- landsoversikt [--runde 2017] [--dato ÅÅÅÅ-MM-DD] [--json] [--maalform nn|nb]',
    'Alle kommuner og fylkeskommuner i runden med beløp, og summene for hele ordningen.',
    'Folketall: det nyeste innebygde på eller før --dato (standard: datoen for invitasjonen).'
  ].join('\n')
}

export const command: Command = {
  name: 'landsoversikt',
  summary: {
    nn: 'Beløpa for alle kommunar og fylkeskommunar, og kva ordninga får om alle blir med',
    nb: 'Beløpene for alle kommuner og fylkeskommuner, og hva ordningen får hvis alle blir med'
  },
  usage,
  run: (args, io) =>
    runCommand(args, io, async (maalform) => {
      const m = maalform.value
      const { values, switches } = parseArgs(args, FLAGS)
      const round = resolveRound(values.runde)
      if (values.dato !== undefined && !isIsoDate(values.dato)) {
        throw new UsageError({
          nn: `--dato må vere ein dato som 2017-01-01, ikkje «${echo(values.dato)}».`,
          nb: `--dato må være en dato som 2017-01-01, ikke «${echo(values.dato)}».`
        })
      }
      const overview = buildLandsoversikt(round, values.dato ? { date: values.dato } : {})
      if (overview.datesUsed.length === 0) {
        // Not one contributor has a figure on or before the date: a sum of nothing is no overview.
        const first = populationDates(overview.period)[0]
        throw new UsageError({
          nn: `Ingen kommunar eller fylkeskommunar har folketal på eller før ${formatDateLong(overview.date)}${first ? `; dei innebygde tala byrjar ${formatDateLong(first)}` : ''}.`,
          nb: `Ingen kommuner eller fylkeskommuner har folketall på eller før ${formatDateLong(overview.date)}${first ? `; de innebygde tallene begynner ${formatDateLong(first)}` : ''}.`
        })
      }
      if (switches.has('json')) io.out(JSON.stringify(toJson(overview, m)))
      else for (const line of describe(overview, m)) io.out(line)
      return EXIT_OK
    })
}

function rowJson(r: LandsoversiktRow, m: Maalform): Record<string, unknown> {
  const numberKey = r.contributor.kind === 'kommune' ? 'kommunenummer' : 'fylkesnummer'
  return {
    [numberKey]: r.contributor.number,
    namn: r.contributor.name,
    folketal: r.population?.count ?? null,
    folketalDato: r.population?.date ?? null,
    folketalKjelde: r.population ? (r.population.sourceText?.[m] ?? r.population.source) : null,
    sats: r.rate,
    belop: r.amount ?? null
  }
}

export function toJson(o: Landsoversikt, m: Maalform): Record<string, unknown> {
  return {
    runde: o.round.id,
    inndeling: o.period,
    dato: o.date,
    folketalDatoar: o.datesUsed,
    maalform: m,
    kommunar: o.kommunar.map((r) => rowJson(r, m)),
    fylkeskommunar: o.fylkeskommunar.map((r) => rowJson(r, m)),
    ikkjeFylkeskommune: o.notInvited.map((n) => ({ fylkesnummer: n.fylke.number, namn: n.fylke.name, grunn: n.reason[m] })),
    andreKjelder: o.round.otherSources.map((s) => ({ id: s.id, namn: s.label[m], belop: s.amount, inntil: s.upTo })),
    sum: {
      folketalKommunar: o.totals.populationKommunar,
      folketalFylkeskommunar: o.totals.populationFylkeskommunar,
      kommunar: o.totals.kommunar,
      fylkeskommunar: o.totals.fylkeskommunar,
      sektoren: o.totals.sector,
      andreFaste: o.totals.otherFixed,
      andreInntil: o.totals.otherUpTo,
      omAlleBlirMed: o.totals.ifAllJoin,
      omAlleBlirMedInntil: o.totals.ifAllJoinWithUpTo
    },
    samansetjing: o.composition.map((c) => ({ id: c.id, namn: c.label[m], belop: c.amount, inntil: c.upTo, del: c.share })),
    manglarFolketal: o.missing.map((c) => c.number),
    forklaring: o.explanation[m]
  }
}

function table(rows: LandsoversiktRow[], m: Maalform): string[] {
  const cells = rows.map((r) => [
    `${r.contributor.number} ${r.contributor.name}`,
    r.population ? formatInnbyggjarar(r.population.count, m) : m === 'nn' ? 'manglar folketal' : 'mangler folketall',
    r.amount ? formatKroner(r.amount) : '–'
  ])
  const width = (i: number): number => Math.max(...cells.map((c) => c[i]!.length))
  return cells.map((c) => `  ${c[0]!.padEnd(width(0))}  ${c[1]!.padStart(width(1))}  ${c[2]!.padStart(width(2))}`)
}

export function describe(o: Landsoversikt, m: Maalform): string[] {
  const nn = m === 'nn'
  const t = o.totals
  const line = (label: string, amount: string, upTo = false): string =>
    `${label}: ${upTo ? 'inntil ' : ''}${formatKroner(amount)}`
  const lines = [
    `${o.round.name[m]} – ${nn ? 'landsoversikt' : 'landsoversikt'} (${getPeriod(o.period).label[m].toLowerCase()})`,
    nn ? `Folketal på eller før ${formatDateLong(o.date)}.` : `Folketall på eller før ${formatDateLong(o.date)}.`,
    '',
    `${nn ? 'Kommunar' : 'Kommuner'} (${o.kommunar.length}): ${formatInnbyggjarar(t.populationKommunar, m)} × ${formatKroner(o.round.rateKommune)} = ${formatKroner(t.kommunar)}`,
    `${nn ? 'Fylkeskommunar' : 'Fylkeskommuner'} (${o.fylkeskommunar.length}): ${formatInnbyggjarar(t.populationFylkeskommunar, m)} × ${formatKroner(o.round.rateFylkeskommune)} = ${formatKroner(t.fylkeskommunar)}`,
    ...o.round.otherSources.filter((s) => !s.upTo).map((s) => line(s.label[m], s.amount)),
    line(nn ? 'Til saman dersom alle vert med' : 'Til sammen hvis alle blir med', t.ifAllJoin),
    ...o.round.otherSources.filter((s) => s.upTo).map((s) => line(s.label[m], s.amount, true)),
    line(nn ? 'Til saman med desse' : 'Til sammen med disse', t.ifAllJoinWithUpTo, true),
    '',
    o.explanation[m],
    ...o.notInvited.map((n) => n.reason[m]),
    '',
    nn ? 'Fylkeskommunar:' : 'Fylkeskommuner:',
    ...table(o.fylkeskommunar, m),
    '',
    nn ? 'Kommunar:' : 'Kommuner:',
    ...table(o.kommunar, m)
  ]
  return lines
}
