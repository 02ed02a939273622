/**
 * Builds resources/data/register.json from the source files in resources/data/source/.
 *
 *   npm run register            writes it
 *   npm run register -- --check checks that the committed file is what the sources give
 *
 * The output is committed; the app reads only the JSON, never the sources. The script checks the
 * sources against each other (the change table must turn the 2017 list into the 2018, 2020 and
 * 2024 lists; the national total on 1.1.2017 must be 5 258 317) and stops on any mismatch, so a
 * wrong register cannot be written.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Spraakvedtak } from '../shared/maalform'
import type {
  NumberChange,
  PopulationEntry,
  RegisterData,
  RegisterFylke,
  RegisterKommune,
  RegisterPeriod
} from '../shared/register/types'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const sourceDir = join(root, 'resources/data/source')
const outFile = join(root, 'resources/data/register.json')

const NATIONAL_TOTAL_2017 = 5_258_317
const POPULATION_DATES = ['2015-01-01', '2016-01-01', '2017-01-01', '2018-01-01'] as const

interface KlassFile {
  kjelde: string
  gyldigFraa: string
  gyldigTil: string | null
  kommunar: { kode: string; namn: string }[]
}
interface GeodataKommune {
  id: string
  name: string
  population: number
  language: string
}
interface GeodataFylke {
  id: string
  name: string
}
interface ChangeFile {
  kjelde: string
  endringar: { gammalKode: string; gammaltNamn: string; nyKode: string; nyttNamn: string; dato: string }[]
}

function fail(message: string): never {
  console.error(`build-register: ${message}`)
  process.exit(1)
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(sourceDir, name), 'utf8')) as T
}

function readLines(name: string): string[] {
  return readFileSync(join(sourceDir, name), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
}

function klass(year: string): KlassFile {
  return readJson<KlassFile>(`kommuneinndeling-${year}.json`)
}

/** kommunenummer → counts by date. The CSV's name column is SSB's display name and is not used. */
function readPopulationCsv(): Map<string, Map<string, number>> {
  const [header, ...rows] = readLines('folketal-kommune-2015-2018.csv')
  const columns = header!.split(';')
  const expected = ['kommunenummer', 'namn_ssb', ...POPULATION_DATES.map((d) => `folketal_${d.replaceAll('-', '_')}`)]
  if (columns.join(';') !== expected.join(';')) fail(`unexpected CSV header: ${header}`)
  const result = new Map<string, Map<string, number>>()
  for (const row of rows) {
    const cells = row.split(';')
    const number = cells[0]!
    if (!/^\d{4}$/.test(number)) fail(`bad kommunenummer in CSV: ${row}`)
    const counts = new Map<string, number>()
    POPULATION_DATES.forEach((date, i) => {
      const cell = cells[i + 2] ?? ''
      if (cell === '') return // the number did not exist that year
      if (!/^\d+$/.test(cell)) fail(`bad count in CSV: ${row}`)
      counts.set(date, Number(cell))
    })
    result.set(number, counts)
  }
  return result
}

function readChanges(): NumberChange[] {
  const file = readJson<ChangeFile>('kommuneendringar-2017-2024.json')
  return file.endringar
    .map((e) => ({ from: e.gammalKode, fromName: e.gammaltNamn, to: e.nyKode, toName: e.nyttNamn, date: e.dato }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
}

/**
 * Replays the change table over the 2017 list and compares with SSB's lists for 2018, 2020 and
 * 2024: a missing or extra change would otherwise give wrong successors without anyone noticing.
 */
function checkChanges(changes: NumberChange[]): void {
  const current = new Set(klass('2017').kommunar.map((k) => k.kode))
  const checkpoints = new Map([
    ['2018-01-01', '2018'],
    ['2020-01-01', '2020'],
    ['2024-01-01', '2024']
  ])
  const dates = [...new Set(changes.map((c) => c.date))].filter((d) => d > '2017-01-01').sort()
  for (const date of dates) {
    const today = changes.filter((c) => c.date === date)
    for (const c of today) {
      if (!current.has(c.from)) fail(`change ${c.from} → ${c.to} on ${date}: ${c.from} did not exist then`)
    }
    for (const c of today) current.delete(c.from)
    for (const c of today) current.add(c.to)
    const year = checkpoints.get(date)
    if (year) {
      const expected = new Set(klass(year).kommunar.map((k) => k.kode))
      const missing = [...expected].filter((n) => !current.has(n))
      const extra = [...current].filter((n) => !expected.has(n))
      if (missing.length || extra.length) {
        fail(`change table does not give the ${year} list: missing ${missing.join(',')}; extra ${extra.join(',')}`)
      }
    }
  }
}

function toSpraakvedtak(language: string, number: string): Spraakvedtak {
  switch (language) {
    case 'Nynorsk':
      return 'nynorsk'
    case 'Bokmål':
      return 'bokmaal'
    case 'Nøytral':
      return 'noytral'
    default:
      return fail(`unknown målform «${language}» for ${number}`)
  }
}

/** Final 2024 numbers reached from a number by following the changes forward in time. */
function successors2024(number: string, changes: NumberChange[], codes2024: Set<string>): Set<string> {
  const result = new Set<string>()
  const walk = (n: string, after: string): void => {
    const next = changes.filter((c) => c.from === n && c.date > after)
    const firstDate = next.map((c) => c.date).sort()[0]
    if (firstDate === undefined) {
      if (codes2024.has(n)) result.add(n)
      return
    }
    for (const c of next.filter((c) => c.date === firstDate)) walk(c.to, firstDate)
  }
  walk(number, '2017-01-01')
  return result
}

/**
 * 1.1.2018 figures for kommunar renumbered on that day (mostly Trøndelag): SSB publishes them under
 * the new number. Taken over only where the area is unchanged, i.e. one old number became one new
 * number and nothing else went into it.
 */
function renumberedOn(date: string, number: string, changes: NumberChange[]): string | undefined {
  const out = changes.filter((c) => c.date === date && c.from === number && c.to !== number)
  if (out.length !== 1) return undefined
  const target = out[0]!.to
  const into = changes.filter((c) => c.date === date && c.to === target)
  return into.length === 1 ? target : undefined
}

function sumFylke(
  fylkeNumber: string,
  kommunar: RegisterKommune[],
  dates: readonly string[]
): PopulationEntry[] {
  const members = kommunar.filter((k) => k.number.startsWith(fylkeNumber))
  if (members.length === 0) fail(`fylke ${fylkeNumber} has no kommunar`)
  const sums: PopulationEntry[] = []
  for (const date of dates) {
    const counts = members.map((k) => k.population.find((p) => p.date === date)?.count)
    if (counts.every((c): c is number => c !== undefined)) {
      sums.push({ date, count: counts.reduce((a, b) => a + b, 0) })
    }
  }
  return sums
}

function build2024(): RegisterPeriod {
  const list = klass('2024')
  const geodata = new Map(readJson<GeodataKommune[]>('kommunar-2025.json').map((k) => [k.id, k]))
  if (geodata.size !== 357 || list.kommunar.length !== 357) fail('expected 357 kommunar for 2024')
  const kommunar: RegisterKommune[] = list.kommunar.map((k) => {
    const g = geodata.get(k.kode) ?? fail(`no norway-geodata row for ${k.kode}`)
    if (!Number.isInteger(g.population) || g.population < 1) fail(`bad population for ${k.kode}`)
    return {
      number: k.kode,
      name: k.namn,
      maalform: toSpraakvedtak(g.language, k.kode),
      maalformFrom: 'own',
      population: [{ date: '2024-01-01', count: g.population }]
    }
  })
  const oslo = kommunar.find((k) => k.number === '0301')
  if (oslo?.population[0]?.count !== 717_710) fail('Oslo 2024 is not 717 710: the source has changed, recheck its date')

  const fylkeSource = readJson<GeodataFylke[]>('fylke-2025.json')
  const csvNames = new Map(readLines('fylkesnummer.csv').slice(1).map((l) => l.split(',') as [string, string]))
  const prefixes = new Set(kommunar.map((k) => k.number.slice(0, 2)))
  if ([...prefixes].sort().join() !== fylkeSource.map((f) => f.id).sort().join()) {
    fail('2024 fylke in fylke-2025.json do not match the kommunar')
  }
  const fylke: RegisterFylke[] = fylkeSource
    .map((f) => {
      if (csvNames.get(f.id) !== f.name) fail(`fylke ${f.id}: «${f.name}» vs fylkesnummer.csv «${csvNames.get(f.id)}»`)
      return {
        number: f.id,
        name: f.name,
        alsoKommune: f.id === '03',
        population: sumFylke(f.id, kommunar, ['2024-01-01'])
      }
    })
    .sort((a, b) => a.number.localeCompare(b.number))

  return {
    id: '2024',
    label: { nn: 'Kommuneinndelinga 2024', nb: 'Kommuneinndelingen 2024' },
    validFrom: list.gyldigFraa,
    validTo: list.gyldigTil,
    classification: list.kjelde,
    populationSource: {
      citation: 'aprestmo/norway-geodata',
      label: { nn: 'norway-geodata (A. Prestmo), truleg SSB per 1.1.2024', nb: 'norway-geodata (A. Prestmo), trolig SSB per 1.1.2024' },
      dateNote: {
        nn: 'Kjelda oppgir ikkje kva dato folketalet gjeld. Talet for Oslo (717 710) er det same som SSB sitt for 1. januar 2024, så datoen er sett til 1.1.2024.',
        nb: 'Kilden oppgir ikke hvilken dato folketallet gjelder. Tallet for Oslo (717 710) er det samme som SSBs for 1. januar 2024, så datoen er satt til 1.1.2024.'
      }
    },
    kommunar,
    fylke
  }
}

function build2017(changes: NumberChange[], period2024: RegisterPeriod): RegisterPeriod {
  const list = klass('2017')
  if (list.kommunar.length !== 426) fail('expected 426 kommunar for 2017')
  const population = readPopulationCsv()
  const codes2024 = new Set(period2024.kommunar.map((k) => k.number))
  const maalform2024 = new Map(period2024.kommunar.map((k) => [k.number, k.maalform]))

  const kommunar: RegisterKommune[] = list.kommunar.map((k) => {
    const counts = population.get(k.kode) ?? fail(`no population row for ${k.kode} ${k.namn}`)
    const entries: PopulationEntry[] = []
    for (const date of POPULATION_DATES) {
      const count = counts.get(date)
      if (count !== undefined) {
        entries.push({ date, count })
        continue
      }
      const renumbered = renumberedOn(date, k.kode, changes)
      const moved = renumbered === undefined ? undefined : population.get(renumbered)?.get(date)
      if (renumbered !== undefined && moved !== undefined) entries.push({ date, count: moved, publishedAs: renumbered })
    }
    if (!entries.some((e) => e.date === '2017-01-01')) fail(`no 1.1.2017 figure for ${k.kode}`)

    const forms = new Set([...successors2024(k.kode, changes, codes2024)].map((n) => maalform2024.get(n)))
    const [only] = forms
    return forms.size === 1 && only !== undefined
      ? { number: k.kode, name: k.namn, maalform: only, maalformFrom: 'successor', population: entries }
      : { number: k.kode, name: k.namn, population: entries }
  })

  const total = kommunar.reduce((sum, k) => sum + (k.population.find((p) => p.date === '2017-01-01')?.count ?? 0), 0)
  if (total !== NATIONAL_TOTAL_2017) fail(`national total 1.1.2017 is ${total}, expected ${NATIONAL_TOTAL_2017}`)

  // fylkesnummer.csv has no period column: the 2017 fylke are the rows 01–20. It also lists
  // "13,Bergen", but 13 was not in use in 2017 (Bergen had been part of Hordaland, 12, since 1972)
  // and no 2017 kommunenummer starts with 13, so that row is dropped.
  const fylkeRows = readLines('fylkesnummer.csv')
    .slice(1)
    .map((l) => l.split(',') as [string, string])
    .filter(([n]) => Number(n) >= 1 && Number(n) <= 20 && n !== '13')
  const prefixes = new Set(kommunar.map((k) => k.number.slice(0, 2)))
  if ([...prefixes].sort().join() !== fylkeRows.map(([n]) => n).sort().join()) {
    fail('2017 fylke in fylkesnummer.csv do not match the kommunar')
  }
  const fylke: RegisterFylke[] = fylkeRows.map(([number, name]) => ({
    number,
    name,
    alsoKommune: number === '03',
    population: sumFylke(number, kommunar, POPULATION_DATES)
  }))

  return {
    id: '2017',
    label: { nn: 'Kommuneinndelinga 2017', nb: 'Kommuneinndelingen 2017' },
    validFrom: list.gyldigFraa,
    validTo: list.gyldigTil,
    classification: list.kjelde,
    populationSource: {
      citation: 'SSB, tabell 07459',
      label: { nn: 'SSB, tabell 07459, folketal 1. januar', nb: 'SSB, tabell 07459, folketall 1. januar' }
    },
    kommunar,
    fylke
  }
}

/**
 * JSON with one kommune, fylke or change per line: small enough to bundle, readable in a diff.
 */
function serialise(value: unknown, indent = ''): string {
  const inner = indent + '  '
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    if (value.every((v) => typeof v !== 'object' || v === null)) return JSON.stringify(value)
    return '[\n' + value.map((v) => inner + JSON.stringify(v)).join(',\n') + '\n' + indent + ']'
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined)
    return (
      '{\n' +
      entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${serialise(v, inner)}`).join(',\n') +
      '\n' +
      indent +
      '}'
    )
  }
  return JSON.stringify(value)
}

function main(): void {
  const changes = readChanges()
  checkChanges(changes)
  const period2024 = build2024()
  const period2017 = build2017(changes, period2024)

  const register: RegisterData = {
    version: 1,
    attribution: [
      {
        files: [
          'folketal-kommune-2015-2018.csv',
          'kommuneinndeling-2017.json',
          'kommuneinndeling-2018.json',
          'kommuneinndeling-2020.json',
          'kommuneinndeling-2024.json',
          'kommuneendringar-2017-2024.json',
          'fylkesnummer.csv'
        ],
        source: 'Statistisk sentralbyrå (SSB): tabell 07459 and KLASS classification 131',
        licence: 'NLOD 2.0 / CC BY 4.0',
        credit: 'Kjelde: Statistisk sentralbyrå'
      },
      {
        files: ['kommunar-2025.json', 'fylke-2025.json'],
        source: 'aprestmo/norway-geodata',
        licence: 'MIT',
        credit: '© 2025 Alexander Prestmo (norway-geodata, MIT-lisens)'
      }
    ],
    notes: {
      oslo: {
        nn:
          'Oslo er både kommune og fylke. Oslo blir invitert éin gong, som kommune med satsen for kommunar, ' +
          'og står ikkje på lista over fylkeskommunar i runden. Dei ti største kommunane sine 35 mill. kr ' +
          'i prinsippnotatet for 2017 er nettopp kr 20 per innbyggjar for desse ti, Oslo medrekna.',
        nb:
          'Oslo er både kommune og fylke. Oslo inviteres én gang, som kommune med satsen for kommuner, ' +
          'og står ikke på listen over fylkeskommuner i runden. De ti største kommunenes 35 mill. kr ' +
          'i prinsippnotatet for 2017 er nettopp kr 20 per innbygger for disse ti, Oslo medregnet.'
      }
    },
    periods: { '2017': period2017, '2024': period2024 },
    changes
  }
  const text = serialise(register) + '\n'
  if (process.argv.includes('--check')) {
    // For tests and CI: the committed register must be what the sources give.
    if (readFileSync(outFile, 'utf8') !== text) fail(`${outFile} is out of date: run npm run register`)
    console.log('build-register: register.json is up to date')
    return
  }
  writeFileSync(outFile, text)
  console.log(
    `build-register: wrote ${outFile}: ${period2017.kommunar.length} + ${period2024.kommunar.length} kommunar, ` +
      `${period2017.fylke.length} + ${period2024.fylke.length} fylke, ${changes.length} changes`
  )
}

main()
