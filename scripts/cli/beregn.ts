/**
 * npm run cli -- beregn --kommune 1223 [--folketal 2853] [--dato 2017-01-01] [--runde 2017] [--json] [--maalform nn|nb]
 * npm run cli -- beregn --fylke 12 ...
 *
 * One contributor's amount for a round. Which population figure:
 *  - neither --folketal nor --dato: the newest embedded figure not after the round's invitation
 *    date (2017: the 1.1.2017 figure; Tysnes 2 847);
 *  - --dato only: the newest embedded figure not after that date;
 *  - --folketal with --dato: that count, as of that date;
 *  - --folketal alone: that count, dated to the round's invitation date, and the output says so
 *    (a count needs a date to be cited; the invitation date is the one the round itself gives).
 */
import { calculateContribution, type Contribution, type PopulationFigure } from '../../shared/contribution'
import { formatDateLong, formatInnbyggjarar, formatKroner, isIsoDate } from '../../shared/format'
import type { Maalform, Tekst } from '../../shared/maalform'
import { contributorTitle, predecessorsOf, successorsOf } from '../../shared/register'
import { echo, EXIT_OK, parseArgs, runCommand, UsageError, type Command } from './command'
import { populationArg, resolveContributorArg, resolveRound } from './contributorArgs'

const FLAGS = {
  kommune: 'string',
  fylke: 'string',
  folketal: 'string',
  dato: 'string',
  runde: 'string',
  json: 'boolean',
  maalform: 'string'
} as const

const usage: Tekst = {
  nn: [
    'npm run cli -- beregn (--kommune NR|NAMN | --fylke NR|NAMN) [--folketal N] [--dato ÅÅÅÅ-MM-DD] [--runde 2017] [--json] [--maalform nn|nb]',
    'Reknar ut eingongsbeløpet: folketal × sats.',
    'Utan --folketal: det nyaste innebygde folketalet på eller før --dato (standard: datoen for invitasjonen).',
    '--folketal utan --dato: talet blir rekna som per datoen for invitasjonen.',
    'Målform: --maalform, elles kommunen sin eigen (nøytral gir bokmål).'
  ].join('\n'),
  nb: [
    'npm run cli -- beregn (--kommune NR|NAVN | --fylke NR|NAVN) [--folketal N] [--dato ÅÅÅÅ-MM-DD] [--runde 2017] [--json] [--maalform nn|nb]',
    'Regner ut engangsbeløpet: folketall × sats.',
    'Uten --folketal: det nyeste innebygde folketallet på eller før --dato (standard: datoen for invitasjonen).',
    '--folketal uten --dato: tallet regnes som per datoen for invitasjonen.',
    'Målform: --maalform, ellers kommunens egen (nøytral gir bokmål).'
  ].join('\n')
}

export const command: Command = {
  name: 'beregn',
  summary: {
    nn: 'Reknar ut beløpet for éin kommune eller fylkeskommune',
    nb: 'Regner ut beløpet for én kommune eller fylkeskommune'
  },
  usage,
  run: (args, io) =>
    runCommand(args, io, async (maalform) => {
      const { values, switches } = parseArgs(args, FLAGS)
      const round = resolveRound(values.runde)
      if (values.kommune !== undefined && values.fylke !== undefined) {
        throw new UsageError({ nn: 'Oppgje anten --kommune eller --fylke, ikkje begge.', nb: 'Oppgi enten --kommune eller --fylke, ikke begge.' })
      }
      if (values.kommune === undefined && values.fylke === undefined) {
        throw new UsageError({
          nn: 'Oppgje kven beløpet gjeld: --kommune 1223 eller --fylke 12.',
          nb: 'Oppgi hvem beløpet gjelder: --kommune 1223 eller --fylke 12.'
        })
      }
      const target = resolveContributorArg(round, values)
      maalform.settle(target.maalform)

      if (values.dato !== undefined && !isIsoDate(values.dato)) {
        throw new UsageError({
          nn: `--dato må vere ein dato som 2017-01-01, ikkje «${echo(values.dato)}».`,
          nb: `--dato må være en dato som 2017-01-01, ikke «${echo(values.dato)}».`
        })
      }
      const population = populationArg(round, target.contributor, { folketal: values.folketal, date: values.dato })

      const contribution = calculateContribution(round, target.contributor, population)
      const m = maalform.value
      if (switches.has('json')) {
        io.out(JSON.stringify(toJson(contribution, m, target.givenNumber, values.folketal !== undefined && values.dato === undefined)))
      } else {
        for (const line of describe(contribution, m, target.givenNumber, values.folketal !== undefined && values.dato === undefined)) io.out(line)
      }
      return EXIT_OK
    })
}

function sourceOf(population: PopulationFigure, m: Maalform): string {
  return population.sourceText?.[m] ?? population.source
}

export function toJson(c: Contribution, m: Maalform, givenNumber: string | undefined, datedByInvitation: boolean): Record<string, unknown> {
  const numberKey = c.contributor.kind === 'kommune' ? 'kommunenummer' : 'fylkesnummer'
  return {
    runde: c.round.id,
    type: c.contributor.kind,
    [numberKey]: c.contributor.number,
    ...(givenNumber ? { oppgittNummer: givenNumber } : {}),
    namn: c.contributor.name,
    folketal: c.population.count,
    folketalDato: c.population.date,
    folketalDatoFraaInvitasjonen: datedByInvitation,
    folketalKjelde: sourceOf(c.population, m),
    folketalOpphav: c.population.origin,
    sats: c.rate,
    belop: c.amount,
    belopFormatert: formatKroner(c.amount),
    budsjettaar: c.round.budgetYear,
    maalform: m
  }
}

/** "Tysnes kommune: 2 853 innbyggjarar × kr 20 = kr 57 060", then where the figure came from. */
export function describe(c: Contribution, m: Maalform, givenNumber: string | undefined, datedByInvitation: boolean): string[] {
  const nn = m === 'nn'
  const p = c.population
  const lines = [
    `${contributorTitle(c.contributor)}: ${formatInnbyggjarar(p.count, m)} × ${formatKroner(c.rate)} = ${formatKroner(c.amount)}`
  ]
  if (datedByInvitation) {
    lines.push(
      nn
        ? `Folketal ${sourceOf(p, m)}, utan dato; rekna som per ${formatDateLong(p.date)}, datoen for invitasjonen.`
        : `Folketall ${sourceOf(p, m)}, uten dato; regnet som per ${formatDateLong(p.date)}, datoen for invitasjonen.`
    )
  } else {
    lines.push(nn ? `Folketal per ${formatDateLong(p.date)}. Kjelde: ${sourceOf(p, m)}.` : `Folketall per ${formatDateLong(p.date)}. Kilde: ${sourceOf(p, m)}.`)
  }
  const r = c.round
  lines.push(
    nn
      ? `${r.name.nn}: invitasjon ${formatDateLong(r.invitationDate)}, svar innan ${formatDateLong(r.answerBy)}, beløpet blir lagt inn i budsjett ${r.budgetYear}.`
      : `${r.name.nb}: invitasjon ${formatDateLong(r.invitationDate)}, svar innen ${formatDateLong(r.answerBy)}, beløpet legges inn i budsjett ${r.budgetYear}.`
  )
  if (givenNumber) {
    const step =
      successorsOf(c.contributor.number).find((s) => s.number === givenNumber) ??
      predecessorsOf(c.contributor.number).find((s) => s.number === givenNumber)
    const when = step ? formatDateLong(step.date) : ''
    lines.push(
      nn
        ? `Merk: ${givenNumber} er eit kommunenummer frå ei anna kommuneinndeling (endra ${when}); i runden er ${c.contributor.name} ${c.contributor.number}.`
        : `Merk: ${givenNumber} er et kommunenummer fra en annen kommuneinndeling (endret ${when}); i runden er ${c.contributor.name} ${c.contributor.number}.`
    )
  }
  return lines
}
