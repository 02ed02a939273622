/**
 * npm run cli -- saksframlegg (--kommune NR|NAMN | --fylke NR|NAMN) --ut FIL.docx [flags]
 *
 * Writes the saksframlegg the app would write for the same input: the default case from
 * shared/saksframlegg/defaults.ts, drawn by the one Word writer in shared/document/word.ts.
 *
 * --dato is the saksframlegg's date (as in the app's header), not the population's: the population
 * is the embedded figure not after the invitation (or --folketaldato), or --folketal as given; a
 * --folketal without --folketaldato or --kjelde gets a placeholder in the document and a warning.
 */
import { existsSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { Packer } from 'docx'
import { writeFileAtomic } from '../../node/atomicWrite'
import { version } from '../../package.json'
import { calculateContribution, type Contributor } from '../../shared/contribution'
import { formatDateLong, formatKroner, isIsoDate, todayIso } from '../../shared/format'
import type { Maalform, Tekst } from '../../shared/maalform'
import { parseChiefTitle, type ChiefTitle } from '../../shared/profile'
import { contributorTitle } from '../../shared/register'
import { chiefTitleAfterRound } from '../../shared/saksframlegg/caseIssues'
import { buildDefaultSaksframlegg, type DefaultOptions } from '../../shared/saksframlegg/defaults'
import { buildDocument, suggestedFileName, suggestedTemplateFileName } from '../../shared/saksframlegg/docx'
import { headerGap, missingHeaderFields, type HeaderGapField } from '../../shared/saksframlegg/headerGaps'
import type { DocumentPart, Funding, Saksframlegg } from '../../shared/saksframlegg/model'
import { echo, ECHO_PATH_MAX, EXIT_OK, parseArgs, runCommand, UsageError, type Command } from './command'
import { populationArg, resolveContributorArg, resolveRound } from './contributorArgs'
import { fillSaksframleggTemplate } from './templateFill'

const FLAGS = {
  kommune: 'string',
  fylke: 'string',
  folketal: 'string',
  folketaldato: 'string',
  kjelde: 'string',
  runde: 'string',
  maalform: 'string',
  ut: 'string',
  sakshandsamar: 'string',
  leiar: 'string',
  arkivsak: 'string',
  arkivkode: 'string',
  dato: 'string',
  innstilling: 'string',
  finansiering: 'string',
  budsjettaar: 'string',
  del: 'string',
  mal: 'string'
} as const

const usage: Tekst = {
  nn: [
    'npm run cli -- saksframlegg (--kommune NR|NAMN | --fylke NR|NAMN) --ut FIL.docx [val]',
    'Skriv saksframlegget som appen ville skrive det, som Word-fil.',
    '  --folketal N [--folketaldato ÅÅÅÅ-MM-DD] [--kjelde TEKST]  eige folketal (elles det innebygde før invitasjonen)',
    '  --maalform nn|nb            standard: kommunen sin eigen (fylkeskommune og nøytral: bokmål)',
    '  --sakshandsamar NAMN  --arkivsak 17/596  --arkivkode 010  --dato ÅÅÅÅ-MM-DD (datoen på saksframlegget)',
    '  --leiar rådmann|kommunedirektør|fylkesrådmann|fylkesdirektør|TITTEL   avgjer overskrifta på innstillinga',
    '  --innstilling ja|nei|orientering   --finansiering disposisjonsfond|drift|"Eiga setning."',
    '  --budsjettaar 2018   --del heile|saksutgreiing|innstilling   --runde 2017',
    '  --mal MAL.docx|MAL.dotx     skriv saka inn i kommunen sin eigen Word-mal (WebSak-markørar, bokmerke, innhaldskontrollar)',
    '--ut kan vere ei mappe; då får fila eit framlegg til namn.'
  ].join('\n'),
  nb: [
    'npm run cli -- saksframlegg (--kommune NR|NAVN | --fylke NR|NAVN) --ut FIL.docx [valg]',
    'Skriver saksframlegget slik appen ville skrevet det, som Word-fil.',
    '  --folketal N [--folketaldato ÅÅÅÅ-MM-DD] [--kjelde TEKST]  eget folketall (ellers det innebygde før invitasjonen)',
    '  --maalform nn|nb            standard: kommunens egen (fylkeskommune og nøytral: bokmål)',
    '  --sakshandsamar NAVN  --arkivsak 17/596  --arkivkode 010  --dato ÅÅÅÅ-MM-DD (datoen på saksframlegget)',
    '  --leiar rådmann|kommunedirektør|fylkesrådmann|fylkesdirektør|TITTEL   avgjør overskriften på innstillingen',
    '  --innstilling ja|nei|orientering   --finansiering disposisjonsfond|drift|"Egen setning."',
    '  --budsjettaar 2018   --del heile|saksutgreiing|innstilling   --runde 2017',
    '  --mal MAL.docx|MAL.dotx     skriver saken inn i kommunens egen Word-mal (WebSak-markører, bokmerker, innholdskontroller)',
    '--ut kan være en mappe; da får filen et forslag til navn.'
  ].join('\n')
}

function usageError(nn: string, nb: string): UsageError {
  return new UsageError({ nn, nb })
}

function isoDateFlag(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  if (!isIsoDate(value)) {
    throw usageError(
      `--${name} må vere ein dato som 2017-10-01, ikkje «${echo(value)}».`,
      `--${name} må være en dato som 2017-10-01, ikke «${echo(value)}».`
    )
  }
  return value
}

function innstillingOptions(value: string | undefined): Pick<DefaultOptions, 'innstilling' | 'caseKind'> {
  switch (value) {
    case undefined:
    case 'ja':
      return { innstilling: { kind: 'join' }, caseKind: 'vedtakssak' }
    case 'nei':
      return { innstilling: { kind: 'decline' }, caseKind: 'vedtakssak' }
    case 'orientering':
      return { innstilling: { kind: 'join' }, caseKind: 'orienteringssak' }
    default:
      throw usageError(
        `--innstilling må vere ja, nei eller orientering, ikkje «${echo(value)}».`,
        `--innstilling må være ja, nei eller orientering, ikke «${echo(value)}».`
      )
  }
}

function fundingOption(value: string | undefined): Funding | undefined {
  if (value === undefined) return undefined
  if (value === 'disposisjonsfond' || value === 'drift') return { kind: value }
  return { kind: 'custom', text: value.trim() }
}

function partOption(value: string | undefined): DocumentPart {
  if (value === undefined || value === 'heile') return 'whole'
  if (value === 'saksutgreiing') return 'sections'
  if (value === 'innstilling') return 'innstilling'
  throw usageError(
    `--del må vere heile, saksutgreiing eller innstilling, ikkje «${echo(value)}».`,
    `--del må være heile, saksutgreiing eller innstilling, ikke «${echo(value)}».`
  )
}

function budgetYearOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const year = Number(value)
  if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100) {
    throw usageError(
      `--budsjettaar må vere eit årstal som 2018, ikkje «${echo(value)}».`,
      `--budsjettaar må være et årstall som 2018, ikke «${echo(value)}».`
    )
  }
  return year
}

function chiefOption(value: string | undefined, kind: Contributor['kind']): ChiefTitle {
  if (value === undefined) return { kind: kind === 'kommune' ? 'raadmann' : 'fylkesraadmann' }
  return parseChiefTitle(value)
}

/** The file to write: --ut as given, or a suggested name inside --ut when it is a folder. */
function outputPath(value: string | undefined, suggested: string): string {
  if (value === undefined) {
    throw usageError('Oppgje kvar fila skal skrivast: --ut sak.docx.', 'Oppgi hvor filen skal skrives: --ut sak.docx.')
  }
  const path = resolve(value)
  if (existsSync(path) && statSync(path).isDirectory()) return join(path, suggested)
  if (!/\.docx$/i.test(path)) {
    throw usageError(`--ut må vere ei .docx-fil, ikkje «${echo(value)}».`, `--ut må være en .docx-fil, ikke «${echo(value)}».`)
  }
  if (!existsSync(dirname(path))) {
    throw usageError(`Mappa «${echo(dirname(value), ECHO_PATH_MAX)}» finst ikkje.`, `Mappen «${echo(dirname(value), ECHO_PATH_MAX)}» finnes ikke.`)
  }
  return path
}

/** A header field as a warning names it, and the option that fills it. */
const HEADER_FLAGS: Record<HeaderGapField, { name: Tekst; flag: string }> = {
  sakshandsamar: { name: { nn: 'sakshandsamar', nb: 'saksbehandler' }, flag: '--sakshandsamar' },
  arkivsak: { name: { nn: 'arkivsak', nb: 'arkivsak' }, flag: '--arkivsak' },
  arkivkode: { name: { nn: 'arkivkode', nb: 'arkivkode' }, flag: '--arkivkode' },
  date: { name: { nn: 'datoen', nb: 'datoen' }, flag: '--dato' }
}

/** What the user must fill in or check before the document goes out. */
function warnings(doc: Saksframlegg, answerBy: string, m: Maalform): string[] {
  const lines: string[] = []
  if (doc.economy.populationDate === '') {
    lines.push(
      m === 'nn'
        ? 'Merk: folketalet har ingen dato, så dokumentet viser «[dato for folketalet]». Bruk --folketaldato.'
        : 'Merk: folketallet har ingen dato, så dokumentet viser «[dato for folketallet]». Bruk --folketaldato.'
    )
  }
  if (doc.economy.populationSource.trim() === '') {
    lines.push(
      m === 'nn'
        ? 'Merk: folketalet har inga kjelde, så dokumentet viser «[kjelde for folketalet]». Bruk --kjelde.'
        : 'Merk: folketallet har ingen kilde, så dokumentet viser «[kilde for folketallet]». Bruk --kjelde.'
    )
  }
  for (const field of missingHeaderFields(doc.header)) {
    const { name, flag } = HEADER_FLAGS[field]
    lines.push(
      m === 'nn'
        ? `Merk: ${name.nn} manglar, så dokumentet viser «${headerGap(field, m)}». Bruk ${flag}.`
        : `Merk: ${name.nb} mangler, så dokumentet viser «${headerGap(field, m)}». Bruk ${flag}.`
    )
  }
  // The same note the editor shows: a title from the 2019 kommunelov in a case of an earlier round.
  const newer = chiefTitleAfterRound(doc)
  if (newer) {
    lines.push(
      m === 'nn'
        ? `Merk: tittelen ${newer.title} kom med den nye kommunelova, som tok til å gjelde i 2019. I 2017 var tittelen ${newer.older}. Du kan behalde tittelen om han er rett for saka.`
        : `Merk: tittelen ${newer.title} kom med den nye kommuneloven, som trådte i kraft i 2019. I 2017 var tittelen ${newer.older}. Du kan beholde tittelen hvis den er riktig for saken.`
    )
  }
  if (doc.header.date !== '' && doc.header.date > answerBy) {
    const [date, deadline] = [formatDateLong(doc.header.date), formatDateLong(answerBy)]
    lines.push(
      m === 'nn'
        ? `Merk: saksframlegget er datert ${date}, etter svarfristen til KS (${deadline}). Bruk --dato.`
        : `Merk: saksframlegget er datert ${date}, etter svarfristen til KS (${deadline}). Bruk --dato.`
    )
  }
  return lines
}

export const command: Command = {
  name: 'saksframlegg',
  summary: {
    nn: 'Skriv saksframlegget som Word-fil (.docx)',
    nb: 'Skriver saksframlegget som Word-fil (.docx)'
  },
  usage,
  run: (args, io) =>
    runCommand(args, io, async (maalform) => {
      const { values } = parseArgs(args, FLAGS)
      const round = resolveRound(values.runde)
      if ((values.kommune === undefined) === (values.fylke === undefined)) {
        throw usageError(
          'Oppgje anten --kommune eller --fylke (ikkje begge).',
          'Oppgi enten --kommune eller --fylke (ikke begge).'
        )
      }

      const { contributor, maalform: own } = resolveContributorArg(round, values)
      maalform.settle(own)
      const m = maalform.value

      // Every flag is checked before anything is written.
      const date = isoDateFlag('dato', values.dato)
      const populationDate = isoDateFlag('folketaldato', values.folketaldato)
      const innstilling = innstillingOptions(values.innstilling)
      const funding = fundingOption(values.finansiering)
      const part = partOption(values.del)
      const budgetYear = budgetYearOption(values.budsjettaar)
      if (values.kjelde !== undefined && values.folketal === undefined) {
        throw usageError('--kjelde høyrer til --folketal.', '--kjelde hører til --folketal.')
      }

      const given = populationArg(round, contributor, { folketal: values.folketal, date: populationDate, source: values.kjelde })
      // A count given without its date or source is not dated or cited by guess: the document shows a placeholder.
      const population =
        values.folketal === undefined
          ? given
          : {
              ...given,
              ...(populationDate === undefined ? { dateUnknown: true as const } : {}),
              ...(values.kjelde === undefined ? { sourceUnknown: true as const } : {})
            }

      const contribution = calculateContribution(round, contributor, population)
      const doc = buildDefaultSaksframlegg(
        contribution,
        {
          kommuneName: contributorTitle(contributor),
          kind: contributor.kind,
          sakshandsamar: values.sakshandsamar?.trim() ?? '',
          chiefTitle: chiefOption(values.leiar, contributor.kind)
        },
        m,
        {
          ...(values.arkivsak !== undefined ? { arkivsak: values.arkivsak.trim() } : {}),
          ...(values.arkivkode !== undefined ? { arkivkode: values.arkivkode.trim() } : {}),
          date: date ?? todayIso(),
          ...(budgetYear !== undefined ? { budgetYear } : {}),
          ...(funding !== undefined ? { funding } : {}),
          ...innstilling
        }
      )
      const path = outputPath(values.ut, (values.mal !== undefined ? suggestedTemplateFileName : suggestedFileName)(doc, part, m))
      const { bytes, notes } =
        values.mal !== undefined
          ? await fillSaksframleggTemplate(resolve(values.mal), doc, m, part)
          : { bytes: await Packer.toBuffer(buildDocument(doc, m, { part, appVersion: version })), notes: [] }
      // Atomic, as the desktop app writes: a failed write (a full disk) leaves an existing file whole.
      await writeFileAtomic(path, bytes)
      io.out(
        m === 'nn'
          ? `Skreiv ${echo(path, ECHO_PATH_MAX)} (${contributorTitle(contributor)}, ${formatKroner(contribution.amount)}, nynorsk).`
          : `Skrev ${echo(path, ECHO_PATH_MAX)} (${contributorTitle(contributor)}, ${formatKroner(contribution.amount)}, bokmål).`
      )
      for (const line of [...warnings(doc, round.answerBy, m), ...notes.map((note) => note[m])]) io.out(line)
      return EXIT_OK
    })
}
