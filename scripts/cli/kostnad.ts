/**
 * npm run cli -- kostnad --loysing ID --folketal N [--fra ÅR] [--aar 4] [--json] [--maalform nn|nb]
 *
 * One fellesløysing's costs for a kommune of N innbyggjarar, as the app's Økonomi page reckons them
 * (shared/tracking/okonomiplan.ts): the connection cost in the first year and the running cost of
 * each whole year, to the øre, as decimal strings. A cost the source does not state is null, and
 * then so is the sum.
 */
import Decimal from 'decimal.js'
import { formatInnbyggjarar, formatKroner } from '../../shared/format'
import type { Maalform, Tekst } from '../../shared/maalform'
import { parsePopulation } from '../../shared/population'
import { costsInYear, type PlanCell } from '../../shared/tracking/okonomiplan'
import { STARTER_CATALOGUE } from '../../shared/tracking/starterCatalogue'
import { EXIT_OK, orList, parseArgs, runCommand, UsageError, type Command } from './command'

const FLAGS = { loysing: 'string', folketal: 'string', fra: 'string', aar: 'string', json: 'boolean', maalform: 'string' } as const

const usage: Tekst = {
  nn: [
    'npm run cli -- kostnad --loysing ID --folketal N [--fra ÅR] [--aar 4] [--json] [--maalform nn|nb]',
    'Tilknytingskostnaden det første året og driftskostnaden kvart heile år, for ein kommune med N innbyggjarar.',
    '--fra: det første året (standard: i år). --aar: kor mange år (1–20, standard 4). Id-ane: npm run cli -- loysingar'
  ].join('\n'),
  nb: [
    'npm run cli -- kostnad --loysing ID --folketal N [--fra ÅR] [--aar 4] [--json] [--maalform nn|nb]',
    'Tilknytningskostnaden det første året og driftskostnaden hvert hele år, for en kommune med N innbyggere.',
    '--fra: det første året (standard: i år). --aar: hvor mange år (1–20, standard 4). Id-ene: npm run cli -- loysingar'
  ].join('\n')
}

function wholeNumber(flag: string, value: string | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError({
      nn: `--${flag} må vere eit heilt tal frå ${min} til ${max}, ikkje «${value}».`,
      nb: `--${flag} må være et helt tall fra ${min} til ${max}, ikke «${value}».`
    })
  }
  return n
}

export const command: Command = {
  name: 'kostnad',
  summary: {
    nn: 'Kva ei fellesløysing kostar kommunen år for år',
    nb: 'Hva en fellesløsning koster kommunen år for år'
  },
  usage,
  run: (args, io) =>
    runCommand(args, io, async (maalform) => {
      const m = maalform.value
      const { values, switches } = parseArgs(args, FLAGS)
      if (values.loysing === undefined) throw new UsageError({ nn: 'Skriv kva løysing med --loysing ID.', nb: 'Skriv hvilken løsning med --loysing ID.' })
      const solution = STARTER_CATALOGUE.find((s) => s.id === values.loysing)
      if (!solution) {
        const ids = orList(STARTER_CATALOGUE.map((s) => s.id))
        throw new UsageError({
          nn: `Fann ikkje løysinga «${values.loysing}». Vel ${ids}.`,
          nb: `Fant ikke løsningen «${values.loysing}». Velg ${ids}.`
        })
      }
      if (values.folketal === undefined) throw new UsageError({ nn: 'Skriv folketalet med --folketal N.', nb: 'Skriv folketallet med --folketal N.' })
      const parsed = parsePopulation(values.folketal)
      if (!parsed.ok) {
        throw new UsageError({ nn: `--folketal «${values.folketal}»: ${parsed.error.nn}`, nb: `--folketal «${values.folketal}»: ${parsed.error.nb}` })
      }
      const from = wholeNumber('fra', values.fra, 2000, 2100, new Date().getFullYear())
      const count = wholeNumber('aar', values.aar, 1, 20, 4)
      const start = `${from}-01-01`
      const years = Array.from({ length: count }, (_, i) => from + i)
      const connection = costsInYear(solution, parsed.value, from, start).connection
      const running = years.map((aar) => ({ aar, belop: costsInYear(solution, parsed.value, aar, start).running }))
      const cells = [connection, ...running.map((r) => r.belop)]
      const sum = cells.includes(null) ? null : cells.reduce((s, c) => s.plus(c!), new Decimal(0)).toFixed()
      if (switches.has('json')) {
        io.out(JSON.stringify({ loysing: solution.id, namn: solution.name, folketal: parsed.value, tilknyting: connection, drift: running, sum }))
      } else {
        for (const line of describe(solution.name, parsed.value, connection, running, sum, m)) io.out(line)
      }
      return EXIT_OK
    })
}

function describe(name: string, population: number, connection: PlanCell, running: { aar: number; belop: PlanCell }[], sum: PlanCell, m: Maalform): string[] {
  const nn = m === 'nn'
  const money = (c: PlanCell): string => (c === null ? (nn ? 'ukjend (kjelda seier ikkje)' : 'ukjent (kilden sier ikke)') : formatKroner(c))
  return [
    `${name}, ${formatInnbyggjarar(population, m)}`,
    `${nn ? 'Tilknyting' : 'Tilknytning'} ${running[0]!.aar}: ${money(connection)}`,
    ...running.map((r) => `Drift ${r.aar}: ${money(r.belop)}`),
    `Sum: ${money(sum)}`,
    nn ? 'Prisane er døme frå offentlege kjelder: kontroller dei mot KS.' : 'Prisene er eksempler fra offentlige kilder: kontroller dem mot KS.'
  ]
}
