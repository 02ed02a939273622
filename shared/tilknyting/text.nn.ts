import { formatDateLong, formatInnbyggjarar, formatKroner, formatNumber, formatRate, parseIsoDate } from '../format'
import { areaName, capitalise } from '../saksframlegg/phrase'
import { edgeNote } from '../tracking/priceModel'
import { statusName } from '../tracking/participationText'
import type { TilknytingCase } from './model'
import { bandList, bandOf, leftOut, partAmounts, period, statedDate } from './phrase'
import type { TilknytingText } from './textTypes'

/**
 * Nynorsk, as the DigiFin saksframlegg (seed 001, ordliste.md): "vert" for the passive, "ikkje",
 * "frå", "berre", "tilknytingskostnad", "forvalting, drift, vedlikehald og vidareutvikling".
 */

const STATUS = { underUtvikling: 'under utvikling', tilgjengeleg: 'tilgjengeleg', avvikla: 'avvikla' } as const
const FUND = { yes: 'ja', no: 'nei', unknown: 'kjelda seier det ikkje' } as const
const PEOPLE = 'innbyggjarar'
const WORDS = { perPerson: 'per innbyggjar', and: 'og', byPopulation: 'etter folketal', people: PEOPLE }

const self = (c: TilknytingCase): string => (c.contributorKind === 'kommune' ? 'kommunen' : 'fylkeskommunen')

function population(c: TilknytingCase): string {
  const p = c.population
  if (!p) return 'Folketalet er ikkje sett opp, så kostnadene som følgjer folketalet, er ikkje rekna ut: [folketal].'
  const date = p.date ? formatDateLong(p.date) : '[dato for folketalet]'
  const source = p.source.nn.trim() || '[kjelde for folketalet]'
  return `Kostnadene er rekna ut frå folketalet i ${areaName(c.organisation)} per ${date}, ${formatInnbyggjarar(p.count, 'nn')} (${source}).`
}

function connection(c: TilknytingCase): string {
  const rule = c.price?.connection
  const count = c.population?.count
  const when = `Beløpet fell i ${parseIsoDate(c.start).year}, året løysinga vert teken i bruk.`
  const noFigure = 'Beløpet kan ikkje reknast ut utan folketal.'
  switch (rule?.kind) {
    case undefined:
    case 'unknown':
      return 'Kjelda oppgjev ikkje tilknytingskostnaden. Han er difor ikkje rekna inn i summane nedanfor og må avklarast med KS.'
    case 'none':
      return 'Kjelda oppgjev at det ikkje er nokon tilknytingskostnad.'
    case 'fixed':
      return `Tilknytingskostnaden er eit eingongsbeløp på ${formatKroner(rule.amount)}. ${when}`
    case 'perInnbyggjar':
      return (
        `Tilknytingskostnaden er eit eingongsbeløp på ${formatRate(rule.rate)} per innbyggjar. ` +
        (count === undefined || c.connection.kind !== 'amount'
          ? noFigure
          : `For ${formatInnbyggjarar(count, 'nn')} vert det ${formatNumber(count)} × ${formatRate(rule.rate)} = ${formatKroner(c.connection.amount)}. ${when}`)
      )
    case 'bands': {
      const note = edgeNote(rule.bands, 'nn')
      const band = count === undefined ? undefined : bandOf(rule.bands, count, 'nn')
      return (
        `Tilknytingskostnaden er eit eingongsbeløp etter folketal: ${bandList(rule.bands, 'nn', PEOPLE)}.${note ? ` ${note}` : ''} ` +
        (count === undefined || c.connection.kind !== 'amount' || !band
          ? noFigure
          : `Med ${formatInnbyggjarar(count, 'nn')} høyrer ${c.organisation} til «${band}», og tilknytingskostnaden vert ${formatKroner(c.connection.amount)}. ${when}`)
      )
    }
    case 'threshold': {
      const n = formatNumber(rule.threshold)
      const stated =
        `Tilknytingskostnaden er eit eingongsbeløp på ${formatKroner(rule.below)} for under ${n} innbyggjarar ` +
        `og ${formatRate(rule.rate)} per innbyggjar frå og med ${n} innbyggjarar.`
      if (count === undefined || c.connection.kind !== 'amount') return `${stated} ${noFigure}`
      const result =
        count < rule.threshold
          ? `Med ${formatInnbyggjarar(count, 'nn')} vert tilknytingskostnaden ${formatKroner(c.connection.amount)}.`
          : `Med ${formatInnbyggjarar(count, 'nn')} vert tilknytingskostnaden ${formatNumber(count)} × ${formatRate(rule.rate)} = ${formatKroner(c.connection.amount)}.`
      return `${stated} ${result} ${when}`
    }
  }
}

function running(c: TilknytingCase): string[] {
  const rule = c.price?.running
  if (!rule || rule.kind === 'unknown') {
    return ['Kjelda oppgjev ikkje driftskostnaden. Han er difor ikkje rekna inn i summane nedanfor og må avklarast med KS.']
  }
  if (rule.kind === 'none') return ['Kjelda oppgjev at det ikkje er nokon driftskostnad.']
  const parts = rule.parts.map((part) => `${part.payee} skal ha ${partAmounts(part, 'nn', WORDS)}.`).join(' ')
  const perYear = c.runningPerYear
  const result =
    perYear.kind === 'amount' && c.population
      ? `For ${formatInnbyggjarar(c.population.count, 'nn')} er driftskostnaden ${formatKroner(perYear.amount)} per år, rekna frå ${formatDateLong(c.start)}.`
      : perYear.kind === 'amount'
        ? `Driftskostnaden er ${formatKroner(perYear.amount)} per år, rekna frå ${formatDateLong(c.start)}.`
        : 'Beløpet kan ikkje reknast ut utan folketal.'
  const discount = rule.discountUnknown ? ' Kjelda nemner ein rabatt, men ikkje regelen for han; beløpa her er før rabatt.' : ''
  return [`Driftskostnaden dekkjer forvalting, drift, vedlikehald og vidareutvikling (FDVU). ${parts} ${result}${discount}`]
}

function access(c: TilknytingCase): string {
  const name = c.solution.name
  const rule = 'Berre kommunar som har betalt eingongsbeløpet til ordninga, kan ta i bruk løysingar som KS DigiFin har finansiert.'
  switch (c.access.kind) {
    case 'notFundFinanced':
      return `${name} er ikkje finansiert av KS DigiFin, så regelen om at berre kommunar som har betalt eingongsbeløpet, kan ta løysingane i bruk, gjeld ikkje her.`
    case 'fundUnknown':
      return `Kjelda seier ikkje om ${name} er finansiert av KS DigiFin. ${rule} Dette bør avklarast med KS.`
    case 'paid':
      return `${name} er finansiert av KS DigiFin. ${rule} ${c.organisation} har betalt eingongsbeløpet og kan difor ta løysinga i bruk.`
    case 'notPaid': {
      const now = c.access.participation
        ? `deltakinga står no som «${statusName(c.access.participation, 'nn')}»`
        : 'deltakinga er ikkje registrert'
      return (
        `${name} er finansiert av KS DigiFin. ${rule} ${c.organisation} har ikkje betalt eingongsbeløpet enno (${now}). ` +
        `${capitalise(self(c))} må betale sin del før løysinga kan takast i bruk, og innstillinga set det som føresetnad.`
      )
    }
  }
}

export const tilknytingNn: TilknytingText = {
  maalform: 'nn',
  documentKind: 'SAKSFRAMLEGG',
  labels: { sakshandsamar: 'Sakshandsamar', arkivsak: 'Arkivsak', date: 'Dato', item: 'Post', connection: 'Tilknyting', running: 'Drift', sum: 'Sum', knownSum: 'Sum kjende kostnader' },
  gaps: { unknownPrice: '[ikkje oppgitt]', noPopulation: '[folketal]' },
  title: (name) => `Tilknyting til fellesløysinga ${name}`,
  headings: { subject: 'Saka gjeld', background: 'Bakgrunn', assessment: 'Vurdering', economy: 'Økonomiske konsekvensar' },
  innstillingHeading: (chief) => `Innstilling frå ${chief}`,
  subject: (c) =>
    `Saka gjeld om ${c.organisation} skal ta i bruk fellesløysinga ${c.solution.name}, og kva det vil koste ${self(c)} i økonomiplanperioden ${period(c)}.`,
  background: (c, chief) => {
    const s = c.solution
    const price = c.price
    return {
      intro: `${s.name} er ei fellesløysing for kommunal sektor. ${s.purpose.nn.trim()}`.trim(),
      facts: [
        `Eigar og driftar: ${s.operator}`,
        `Status: ${STATUS[s.status]}`,
        `Finansiert av KS DigiFin: ${FUND[s.fundFinanced]}`,
        ...(s.url ? [`Nettstad: ${s.url}`] : [])
      ],
      after: [
        'Ein kommune som tek i bruk ei løysing KS DigiFin har finansiert, betaler ein tilknytingskostnad som går tilbake til ordninga. ' +
          'Kommunane som brukar løysinga, deler kostnadene til forvalting, drift, vedlikehald og vidareutvikling. Prisane er sette til sjølvkost.',
        ...(/\bKS\b/.test(s.operator)
          ? [`${capitalise(self(c))} inngår ein hovudavtale med KS (SSA-L), som ${chief} skriv under, og eit tenestevedlegg for kvar løysing.`]
          : []),
        price
          ? `Prisane i saka er henta frå ${price.source}${price.statedOn ? `, oppgitt ${statedDate(price.statedOn)}` : ''}, og lesne ${statedDate(price.collectedOn)}.`
          : 'Katalogen har ingen pris for løysinga.',
        ...(s.example ? ['Opplysningane om løysinga er eit døme frå startkatalogen og må kontrollerast mot KS før saka vert lagd fram.'] : [])
      ]
    }
  },
  assessment: (c, chief) => [
    access(c),
    ...(c.total.incomplete ? ['Ikkje alle kostnadene er kjende, sjå økonomiske konsekvensar. Dei må avklarast med KS før kommunen bind seg.'] : []),
    `${capitalise(chief)} tilrår at ${c.organisation} tek i bruk ${c.solution.name}.`
  ],
  economy: (c) => [population(c), connection(c), ...running(c), ...(c.price?.note ? [`Merknad til prisen: ${c.price.note.nn}`] : [])],
  tableIntro: (c) => `Kostnadene for ${c.organisation} år for år, i kroner:`,
  totals: (c) => {
    const out = leftOut(c)
    const missing = [out.connection ? 'tilknytingskostnaden' : '', out.running ? 'driftskostnaden' : ''].filter(Boolean).join(' og ')
    if (!c.total.incomplete) return [`Til saman kostar løysinga ${self(c)} ${formatKroner(c.total.amount)} i perioden ${period(c)}.`]
    return [
      `Summane er berre dei kostnadene som kan reknast ut; ${missing} er ikkje med${out.population ? ' før folketalet er sett opp' : `, då kjelda ikkje oppgjev ${out.connection && out.running ? 'dei' : 'han'}`}. ` +
        `Dei kjende kostnadene er til saman ${formatKroner(c.total.amount)} i perioden ${period(c)}.`
    ]
  },
  innstilling: (c) =>
    `${c.utval} vedtek at ${c.organisation} tek i bruk fellesløysinga ${c.solution.name} frå ${formatDateLong(c.start)}.` +
    (c.access.kind === 'notPaid' ? ` Føresetnaden er at ${self(c)} har betalt eingongsbeløpet til KS DigiFin.` : '') +
    ` Kostnadene vert innarbeidde i budsjett ${c.years[0]} og økonomiplanen ${period(c)}.`,
  footer: { page: 'Side', of: 'av' }
}
