import { z } from 'zod'
import { MAX_POPULATION, MIN_POPULATION } from './contribution'
import { formatNumber, MONTHS } from './format'
import type { Tekst } from './maalform'

/**
 * Population figures the user supplies: typed into a field, or read from a file exported from
 * SSB's Statistikkbanken (CSV or JSON-stat 2.0). Every rejection says what to do, in both målformer.
 */

export type PopulationParseResult = { ok: true; value: number } | { ok: false; error: Tekst }

/** The messages for a typed population, exported so screens and tests use the very same words. */
export const POPULATION_ERRORS = {
  empty: { nn: 'Skriv inn folketalet.', nb: 'Skriv inn folketallet.' },
  negative: { nn: 'Folketalet kan ikkje vere negativt.', nb: 'Folketallet kan ikke være negativt.' },
  zero: { nn: 'Folketalet må vere minst 1.', nb: 'Folketallet må være minst 1.' },
  decimal: {
    nn: 'Folketalet må vere eit heilt tal, utan desimalar.',
    nb: 'Folketallet må være et helt tall, uten desimaler.'
  },
  dot: {
    nn: 'Skriv folketalet utan punktum, til dømes 2853 eller 2 853.',
    nb: 'Skriv folketallet uten punktum, for eksempel 2853 eller 2 853.'
  },
  notDigits: {
    nn: 'Folketalet kan berre innehalde siffer og mellomrom.',
    nb: 'Folketallet kan bare inneholde sifre og mellomrom.'
  },
  grouping: {
    nn: 'Mellomrom skal berre skilje tusen, til dømes 2 853 eller 12 345.',
    nb: 'Mellomrom skal bare skille tusener, for eksempel 2 853 eller 12 345.'
  },
  tooLarge: {
    nn: `Folketalet kan ikkje vere over ${formatNumber(MAX_POPULATION)}.`,
    nb: `Folketallet kan ikke være over ${formatNumber(MAX_POPULATION)}.`
  }
} as const satisfies Record<string, Tekst>

/** Thousands separators a user or a copied table may give: space, no-break space, narrow and thin space. */
const GROUP_SEPARATORS = /[ \u00a0\u202f\u2009]/
const MINUS_SIGNS = /^[-\u2212\u2013]/

/**
 * A whole number of inhabitants, 1 to 10 000 000, as a person types it: "2853", "2 853", or with
 * a no-break or narrow space. "2.853" is refused rather than guessed: in Norwegian it is two
 * thousand, in English two point something.
 */
export function parsePopulation(input: string): PopulationParseResult {
  const text = input.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '')
  if (text === '') return { ok: false, error: POPULATION_ERRORS.empty }
  if (MINUS_SIGNS.test(text)) return { ok: false, error: POPULATION_ERRORS.negative }
  if (!/^[0-9 \u00a0\u202f\u2009.,]+$/.test(text)) return { ok: false, error: POPULATION_ERRORS.notDigits }
  if (text.includes(',')) return { ok: false, error: POPULATION_ERRORS.decimal }
  if (text.includes('.')) return { ok: false, error: POPULATION_ERRORS.dot }
  if (GROUP_SEPARATORS.test(text) && !/^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+$/.test(text)) {
    return { ok: false, error: POPULATION_ERRORS.grouping }
  }
  const digits = text.replace(/[^0-9]/g, '').replace(/^0+(?=\d)/, '')
  if (digits.length > 8 || Number(digits) > MAX_POPULATION) return { ok: false, error: POPULATION_ERRORS.tooLarge }
  const value = Number(digits)
  if (value < MIN_POPULATION) return { ok: false, error: POPULATION_ERRORS.zero }
  return { ok: true, value }
}

// ---------------------------------------------------------------------------------------------
// SSB periods

/** An SSB time label read: "2017K2" is the second quarter of 2017, 1 April to 30 June. */
export interface SsbPeriod {
  /** As SSB writes it: "2017", "2017K2", "2017M06", "2017H1". */
  label: string
  /** As a document writes it: "2. kvartal 2017", "juni 2017". */
  text: Tekst
  /** First and last day (ISO). */
  start: string
  end: string
}

function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function lastDay(year: number, month: number): string {
  return isoDay(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate())
}

/** Reads "2017", "2017K2", "2017M06" or "2017H1"; undefined for anything else. */
export function parseSsbPeriod(label: string): SsbPeriod | undefined {
  const match = /^(\d{4})(?:([KMH])(\d{1,2}))?$/.exec(label.trim())
  if (!match) return undefined
  const year = Number(match[1])
  const kind = match[2]
  const n = Number(match[3])
  const same = (text: string): Tekst => ({ nn: text, nb: text })
  if (kind === undefined) return { label, text: same(String(year)), start: isoDay(year, 1, 1), end: isoDay(year, 12, 31) }
  if (kind === 'K' && n >= 1 && n <= 4) {
    return { label, text: same(`${n}. kvartal ${year}`), start: isoDay(year, 3 * n - 2, 1), end: lastDay(year, 3 * n) }
  }
  if (kind === 'M' && n >= 1 && n <= 12 && match[3]!.length === 2) {
    return { label, text: same(`${MONTHS[n - 1]} ${year}`), start: isoDay(year, n, 1), end: lastDay(year, n) }
  }
  if (kind === 'H' && (n === 1 || n === 2)) {
    return { label, text: same(`${n}. halvår ${year}`), start: isoDay(year, 6 * n - 5, 1), end: lastDay(year, 6 * n) }
  }
  return undefined
}

/**
 * The day a count for a period refers to. SSB says it in the variable's name when it matters
 * ("Folketalet 1. januar", "Folketalet ved utgangen av kvartalet"); otherwise its custom holds:
 * yearly population tables (07459) count on 1 January, quarterly and monthly ones (01222) at the
 * end of the period.
 */
export function referenceDate(period: SsbPeriod, variableLabel: string): string {
  const v = foldLabel(variableLabel)
  if (/\b1 januar\b|\b1 1\b/.test(v)) return period.start.slice(0, 4) + '-01-01'
  if (/inngangen|start of|beginning/.test(v)) return period.start
  if (/utgangen|slutten|31 desember|end of/.test(v)) return period.end
  return period.label.length === 4 ? period.start : period.end
}

// ---------------------------------------------------------------------------------------------
// SSB files

export interface ImportedPopulationRow {
  kommunenummer: string
  /** The region's name as the file gives it. */
  name?: string
  period: SsbPeriod
  /** The count's reference date (ISO), see referenceDate. */
  date: string
  /** The statistics variable the count came from, e.g. "Folketalet ved utgangen av kvartalet". */
  variable?: string
  count: number
}

export interface ImportProblem {
  /** Where in the file: "linje 7" for CSV, the cell's categories for JSON-stat. */
  where: Tekst
  message: Tekst
}

export type SsbImportResult =
  | {
      ok: true
      format: 'csv' | 'json-stat'
      /** The table's title when the file gives one, e.g. "01222: Befolkning og kvartalsvise endringar …". */
      title?: string
      rows: ImportedPopulationRow[]
      /** Rows left out, each with its reason; the other rows stand. */
      problems: ImportProblem[]
    }
  | { ok: false; error: Tekst }

const fileError = (nn: string, nb: string): { ok: false; error: Tekst } => ({ ok: false, error: { nn, nb } })

function foldLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[øæå]/g, (c) => ({ ø: 'o', æ: 'ae', å: 'a' })[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

const POPULATION_VARIABLE = /folketal|folkemengd|befolkning|personar|personer|innbygg|population|persons/
const NOT_A_COUNT_OF_PEOPLE = /endring|vekst|fodde|dode|flytting|vandring|overskot|overskudd|prosent|andel|births|deaths|migration|growth|change|per 1000/

/** Whether a statistics variable is a count of inhabitants (not births, moves or growth). */
export function isPopulationVariable(label: string): boolean {
  const v = foldLabel(label)
  return POPULATION_VARIABLE.test(v) && !NOT_A_COUNT_OF_PEOPLE.test(v)
}

const TOTAL_CATEGORY = /^(i alt|alle|alle aldre|begge kjonn|totalt|total|sum|hele landet|heile landet)$/

/** A region as SSB labels it: "1223 Tysnes", "K-1223 Tysnes", code "1223" with label "Tysnes". */
function readRegion(code: string, label?: string): { kommunenummer: string; name?: string } | undefined {
  const match = /^(?:K-)?(\d{4})(?:\s+(.+))?$/.exec(code.trim())
  if (!match) return undefined
  const name = match[2]?.trim() || label?.trim()
  return name ? { kommunenummer: match[1]!, name } : { kommunenummer: match[1]! }
}

const NO_FIGURE_SYMBOLS: Record<string, Tekst> = {
  '.': { nn: 'talet finst ikkje («.»)', nb: 'tallet finnes ikke («.»)' },
  '..': { nn: 'talet er ikkje tilgjengeleg («..»)', nb: 'tallet er ikke tilgjengelig («..»)' },
  '...': { nn: 'talet er ikkje publisert enno («...»)', nb: 'tallet er ikke publisert ennå («...»)' },
  ':': { nn: 'talet er skjerma («:»)', nb: 'tallet er skjermet («:»)' }
}

/** A count cell: whole, 1..10 000 000, decimal comma allowed only for ",0". */
function readCount(cell: string | number | null): { ok: true; value: number } | { ok: false; message: Tekst } {
  if (cell === null) return { ok: false, message: { nn: 'cella er tom', nb: 'cellen er tom' } }
  let value: number
  if (typeof cell === 'number') {
    value = cell
  } else {
    const text = cell.trim().replace(/^"|"$/g, '').replace(/[ \u00a0\u202f\u2009]/g, '')
    const symbol = NO_FIGURE_SYMBOLS[text]
    if (symbol) return { ok: false, message: symbol }
    if (text === '' ) return { ok: false, message: { nn: 'cella er tom', nb: 'cellen er tom' } }
    if (text === '-') value = 0
    else if (/^-?\d+(,\d+)?$/.test(text)) value = Number(text.replace(',', '.'))
    else return { ok: false, message: { nn: `«${cell.trim()}» er ikkje eit tal`, nb: `«${cell.trim()}» er ikke et tall` } }
  }
  if (!Number.isInteger(value)) {
    return { ok: false, message: { nn: `${cell} er ikkje eit heilt tal`, nb: `${cell} er ikke et helt tall` } }
  }
  if (value < MIN_POPULATION || value > MAX_POPULATION) {
    const shown = formatNumber(value)
    return {
      ok: false,
      message: {
        nn: `folketalet ${shown} er utanfor 1–${formatNumber(MAX_POPULATION)}`,
        nb: `folketallet ${shown} er utenfor 1–${formatNumber(MAX_POPULATION)}`
      }
    }
  }
  return { ok: true, value }
}

/** One observation before validation, from either format. */
interface Cell {
  where: Tekst
  region: { code: string; label?: string }
  periodLabel: string
  variable?: string
  /** Categories of any further dimension (kjønn, alder), by dimension name. */
  others: Record<string, string>
  value: string | number | null
}

/** A part of a sum (one age group, one sex): a whole number, 0 allowed, SSB's "-" meaning 0. */
function readPart(value: string | number | null): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined
  if (value === null) return undefined
  const text = value.trim().replace(/[ \u00a0\u202f\u2009]/g, '')
  if (text === '-') return 0
  return /^\d+(,0+)?$/.test(text) ? Number(text.replace(/,0+$/, '')) : undefined
}

/**
 * Turns cells into rows: keeps population variables, keeps the total category where a further
 * dimension has one and sums over it otherwise (07459 by age and sex sums to the population),
 * and reports every cell it cannot use.
 */
function rowsFromCells(cells: Cell[]): { rows: ImportedPopulationRow[]; problems: ImportProblem[] } | { error: Tekst } {
  const problems: ImportProblem[] = []
  const variables = [...new Set(cells.map((c) => c.variable).filter((v): v is string => v !== undefined))]
  const kept = variables.filter(isPopulationVariable)
  if (variables.length > 0 && kept.length === 0) {
    const list = variables.map((v) => `«${v}»`).join(', ')
    return {
      error: {
        nn: `Fila har ikkje folketal, berre ${list}. Vel ein statistikkvariabel for folketal når du lastar ned frå SSB.`,
        nb: `Filen har ikke folketall, bare ${list}. Velg en statistikkvariabel for folketall når du laster ned fra SSB.`
      }
    }
  }
  let usable = cells.filter((c) => c.variable === undefined || kept.includes(c.variable))
  const dimensions = [...new Set(usable.flatMap((c) => Object.keys(c.others)))]
  for (const dimension of dimensions) {
    const values = new Set(usable.map((c) => c.others[dimension] ?? ''))
    const total = [...values].find((v) => TOTAL_CATEGORY.test(foldLabel(v)))
    if (total !== undefined && values.size > 1) usable = usable.filter((c) => c.others[dimension] === total)
  }
  const summing = dimensions.some((d) => new Set(usable.map((c) => c.others[d])).size > 1)

  interface Group {
    kommunenummer: string
    name?: string
    period: SsbPeriod
    variable?: string
    where: Tekst
    values: (string | number | null)[]
  }
  const groups = new Map<string, Group>()
  const ungrouped: Group[] = []
  for (const cell of usable) {
    const region = readRegion(cell.region.code, cell.region.label)
    if (!region) {
      const shown = cell.region.label ? `${cell.region.code} ${cell.region.label}` : cell.region.code
      problems.push({
        where: cell.where,
        message: { nn: `«${shown}» er ikkje ein kommune og er hoppa over.`, nb: `«${shown}» er ikke en kommune og er hoppet over.` }
      })
      continue
    }
    const period = parseSsbPeriod(cell.periodLabel)
    if (!period) {
      problems.push({
        where: cell.where,
        message: {
          nn: `«${cell.periodLabel}» er ikkje ein periode frå SSB (til dømes 2017 eller 2017K2).`,
          nb: `«${cell.periodLabel}» er ikke en periode fra SSB (for eksempel 2017 eller 2017K2).`
        }
      })
      continue
    }
    const group: Group = { ...region, period, ...(cell.variable !== undefined ? { variable: cell.variable } : {}), where: cell.where, values: [cell.value] }
    if (!summing) {
      ungrouped.push(group)
      continue
    }
    const key = `${region.kommunenummer}|${period.label}|${cell.variable ?? ''}`
    const existing = groups.get(key)
    if (existing) existing.values.push(cell.value)
    else groups.set(key, group)
  }

  const rows: ImportedPopulationRow[] = []
  const seen = new Map<string, ImportedPopulationRow>()
  for (const group of [...ungrouped, ...groups.values()]) {
    const label = group.name ? `${group.kommunenummer} ${group.name}, ${group.period.label}` : `${group.kommunenummer}, ${group.period.label}`
    let read: ReturnType<typeof readCount>
    if (summing) {
      const parts = group.values.map(readPart)
      read = parts.every((p): p is number => p !== undefined)
        ? readCount(parts.reduce((a, b) => a + b, 0))
        : { ok: false, message: { nn: 'ein del av summen manglar eller er ikkje eit tal', nb: 'en del av summen mangler eller er ikke et tall' } }
    } else {
      read = readCount(group.values[0] ?? null)
    }
    if (!read.ok) {
      problems.push({ where: group.where, message: { nn: `${label}: ${read.message.nn}.`, nb: `${label}: ${read.message.nb}.` } })
      continue
    }
    const row: ImportedPopulationRow = {
      kommunenummer: group.kommunenummer,
      ...(group.name !== undefined ? { name: group.name } : {}),
      period: group.period,
      date: referenceDate(group.period, group.variable ?? ''),
      ...(group.variable !== undefined ? { variable: group.variable } : {}),
      count: read.value
    }
    const key = `${row.kommunenummer}|${row.date}`
    const earlier = seen.get(key)
    if (earlier) {
      if (earlier.count !== row.count) {
        problems.push({
          where: group.where,
          message: {
            nn: `${label}: fila har to ulike folketal for same dato (${formatNumber(earlier.count)} og ${formatNumber(row.count)}); det første er brukt.`,
            nb: `${label}: filen har to ulike folketall for samme dato (${formatNumber(earlier.count)} og ${formatNumber(row.count)}); det første er brukt.`
          }
        })
      }
      continue
    }
    seen.set(key, row)
    rows.push(row)
  }
  rows.sort((a, b) => a.kommunenummer.localeCompare(b.kommunenummer) || a.date.localeCompare(b.date))
  if (rows.length === 0) {
    const first = problems[0]
    return {
      error: {
        nn: 'Fila har ingen brukbare folketal for kommunar.' + (first ? ` Første problem (${first.where.nn}): ${first.message.nn}` : ''),
        nb: 'Filen har ingen brukbare folketall for kommuner.' + (first ? ` Første problem (${first.where.nb}): ${first.message.nb}` : '')
      }
    }
  }
  return { rows, problems }
}

// --- CSV --------------------------------------------------------------------------------------

/** Splits one line; fields may be quoted with "…", with "" for a quote inside. */
function splitCsvLine(line: string, delimiter: string): string[] | undefined {
  const fields: string[] = []
  let i = 0
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = ''
      i++
      for (;;) {
        if (i >= line.length) return undefined // unterminated quote
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            value += '"'
            i += 2
            continue
          }
          i++
          break
        }
        value += line[i]
        i++
      }
      fields.push(value)
      if (i < line.length && line[i] !== delimiter) return undefined
      i++
    } else {
      const end = line.indexOf(delimiter, i)
      const stop = end === -1 ? line.length : end
      fields.push(line.slice(i, stop).trim())
      i = stop + 1
    }
  }
  return fields
}

const PERIOD_HEADERS = /^(ar|aar|kvartal|maned|manad|halvar|tid|year|quarter|month|time|periode)( \(u\))?$/
const VARIABLE_HEADERS = /^(statistikkvariabel|contents|contentscode|statistics variable)$/
const PERIOD_AT_END = /(?:^|\s)(\d{4}(?:K[1-4]|M\d{2}|H[12])?)$/

/**
 * Reads a CSV file as Statistikkbanken exports it: `;`-separated, quoted headers, decimal comma,
 * possibly a title line and a blank line first. Two layouts are understood:
 *   long: "region";"statistikkvariabel";"kvartal";"01222: Befolkning …"  then  "1223 Tysnes";"…";"2017K2";2853
 *   wide: "region";"statistikkvariabel";"2017K1";"2017K2"  (or headers like "Personer 2017")
 * Further dimensions (kjønn, alder) are summed, or their total category is used if there is one.
 */
export function parseSsbCsv(text: string): SsbImportResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)
  let headerIndex = -1
  let delimiter = ';'
  let header: string[] = []
  for (let i = 0; i < lines.length && headerIndex < 0; i++) {
    const line = lines[i]!
    for (const d of [';', ',', '\t']) {
      if (!line.includes(d)) continue
      const fields = splitCsvLine(line, d)
      if (fields && fields.length >= 2 && fields.some((f) => foldLabel(f) === 'region')) {
        headerIndex = i
        delimiter = d
        header = fields
        break
      }
    }
  }
  if (headerIndex < 0) {
    return fileError(
      'Fann ikkje overskriftslina med kolonnen «region». Last ned tabellen frå SSB som CSV (semikolonseparert, med overskrift) eller som JSON-stat 2.0.',
      'Fant ikke overskriftslinjen med kolonnen «region». Last ned tabellen fra SSB som CSV (semikolonseparert, med overskrift) eller som JSON-stat 2.0.'
    )
  }
  const title = lines
    .slice(0, headerIndex)
    .map((l) => l.trim().replace(/^"|"$/g, ''))
    .find((l) => l !== '')

  const folded = header.map(foldLabel)
  const regionIndex = folded.indexOf('region')
  const variableIndex = folded.findIndex((h) => VARIABLE_HEADERS.test(h))
  const periodIndex = folded.findIndex((h, i) => i !== regionIndex && PERIOD_HEADERS.test(h))
  const wide = header
    .map((h, i) => ({ i, match: PERIOD_AT_END.exec(h.trim()) }))
    .filter(({ i, match }) => match && i !== regionIndex && i !== variableIndex && i !== periodIndex)
    .map(({ i, match }) => ({ i, period: match![1]!, prefix: header[i]!.trim().slice(0, -match![1]!.length).trim() }))

  let valueColumns: { i: number; period?: string; prefix?: string }[]
  if (periodIndex >= 0) {
    const last = header.length - 1
    if (last === periodIndex || last === regionIndex || last === variableIndex) {
      return fileError('Fann ikkje kolonnen med tala (den siste kolonnen).', 'Fant ikke kolonnen med tallene (den siste kolonnen).')
    }
    valueColumns = [{ i: last }]
  } else if (wide.length > 0) {
    valueColumns = wide
  } else {
    return fileError(
      'Fann ingen periode i fila: ingen kolonne for år eller kvartal, og ingen kolonneoverskrift som 2017 eller 2017K2.',
      'Fant ingen periode i filen: ingen kolonne for år eller kvartal, og ingen kolonneoverskrift som 2017 eller 2017K2.'
    )
  }
  const valueIndexes = new Set(valueColumns.map((c) => c.i))
  const otherIndexes = header
    .map((_, i) => i)
    .filter((i) => i !== regionIndex && i !== variableIndex && i !== periodIndex && !valueIndexes.has(i))
  // A single-variable export names its variable in the value column's header ("07459: Personer").
  const valueHeaderVariable = periodIndex >= 0 ? header[header.length - 1]!.replace(/^\d{5}:\s*/, '') : undefined

  const cells: Cell[] = []
  for (let n = headerIndex + 1; n < lines.length; n++) {
    const line = lines[n]!
    if (line.trim() === '') continue
    const lineNo = n + 1
    const fields = splitCsvLine(line, delimiter)
    if (!fields || fields.length !== header.length) {
      return fileError(
        `Linje ${lineNo} har ${fields ? fields.length : 'feil bruk av'} ${fields ? 'felt' : 'hermeteikn'}, men overskrifta har ${header.length} kolonnar. Fila er øydelagd eller ikkje frå SSB.`,
        `Linje ${lineNo} har ${fields ? fields.length : 'feil bruk av'} ${fields ? 'felt' : 'anførselstegn'}, men overskriften har ${header.length} kolonner. Filen er ødelagt eller ikke fra SSB.`
      )
    }
    const others: Record<string, string> = {}
    for (const i of otherIndexes) others[header[i]!] = fields[i]!
    for (const column of valueColumns) {
      const variable =
        variableIndex >= 0
          ? fields[variableIndex]!
          : column.prefix
            ? column.prefix
            : valueHeaderVariable && isPopulationVariable(valueHeaderVariable)
              ? valueHeaderVariable
              : undefined
      cells.push({
        where: { nn: `linje ${lineNo}`, nb: `linje ${lineNo}` },
        region: { code: fields[regionIndex]! },
        periodLabel: column.period ?? fields[periodIndex]!,
        ...(variable !== undefined ? { variable } : {}),
        others,
        value: fields[column.i]!
      })
    }
  }
  if (cells.length === 0) return fileError('Fila har overskrift, men ingen rader med tal.', 'Filen har overskrift, men ingen rader med tall.')
  const result = rowsFromCells(cells)
  if ('error' in result) return { ok: false, error: result.error }
  return { ok: true, format: 'csv', ...(title ? { title } : {}), rows: result.rows, problems: result.problems }
}

// --- JSON-stat 2.0 ----------------------------------------------------------------------------

const jsonStatCategory = z.object({
  index: z.union([z.array(z.string()), z.record(z.string(), z.number().int().nonnegative())]).optional(),
  label: z.record(z.string(), z.string()).optional()
})

const jsonStatDataset = z.object({
  version: z.literal('2.0'),
  class: z.literal('dataset'),
  label: z.string().optional(),
  source: z.string().optional(),
  updated: z.string().optional(),
  id: z.array(z.string()).min(1),
  size: z.array(z.number().int().nonnegative()).min(1),
  dimension: z.record(z.string(), z.object({ label: z.string().optional(), category: jsonStatCategory })),
  value: z.union([z.array(z.number().nullable()), z.record(z.string(), z.number().nullable())]),
  /** SSB marks a missing figure with its symbol here: "..", ":", ".". */
  status: z.union([z.array(z.string().nullable()), z.record(z.string(), z.string()), z.string()]).optional(),
  role: z
    .object({
      time: z.array(z.string()).optional(),
      geo: z.array(z.string()).optional(),
      metric: z.array(z.string()).optional()
    })
    .optional()
})

type JsonStatCategory = z.infer<typeof jsonStatCategory>

/** Category codes in index order; JSON-stat lets a one-category dimension leave out its index. */
function categoryCodes(category: JsonStatCategory): string[] | undefined {
  const { index, label } = category
  if (Array.isArray(index)) return index
  if (index) {
    const codes: string[] = []
    for (const [code, position] of Object.entries(index)) codes[position] = code
    return codes.length === Object.keys(index).length && !codes.includes(undefined as never) ? codes : undefined
  }
  const keys = Object.keys(label ?? {})
  return keys.length === 1 ? keys : undefined
}

function statusAt(status: z.infer<typeof jsonStatDataset>['status'], index: number): string | undefined {
  if (status === undefined) return undefined
  if (typeof status === 'string') return status
  if (Array.isArray(status)) return status[index] ?? undefined
  return status[String(index)]
}

/**
 * Reads a JSON-stat 2.0 dataset as SSB's API and Statistikkbanken give it: dimensions Region,
 * ContentsCode and Tid (named by `role` when present), values in row-major order.
 */
export function parseSsbJsonStat(text: string): SsbImportResult {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return fileError('Fila er ikkje gyldig JSON.', 'Filen er ikke gyldig JSON.')
  }
  if (typeof json === 'object' && json !== null && 'dataset' in json && !('class' in json)) {
    return fileError(
      'Fila er i det eldre JSON-stat-formatet (versjon 1). Last ned tabellen som JSON-stat 2.0.',
      'Filen er i det eldre JSON-stat-formatet (versjon 1). Last ned tabellen som JSON-stat 2.0.'
    )
  }
  const parsed = jsonStatDataset.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const path = issue && issue.path.length > 0 ? ` (feil i «${issue.path.join('.')}»)` : ''
    return fileError(
      `Fila er ikkje eit gyldig JSON-stat 2.0-datasett${path}.`,
      `Filen er ikke et gyldig JSON-stat 2.0-datasett${path}.`
    )
  }
  const data = parsed.data
  if (data.id.length !== data.size.length) {
    return fileError('JSON-stat-fila er øydelagd: «id» og «size» er ikkje like lange.', 'JSON-stat-filen er ødelagt: «id» og «size» er ikke like lange.')
  }
  const dims = data.id.map((name, k) => {
    const dimension = data.dimension[name]
    const codes = dimension && categoryCodes(dimension.category)
    return { name, dimension, codes, size: data.size[k]! }
  })
  for (const d of dims) {
    if (!d.dimension || !d.codes || d.codes.length !== d.size) {
      return fileError(
        `JSON-stat-fila er øydelagd: dimensjonen «${d.name}» manglar eller har feil tal på kategoriar.`,
        `JSON-stat-filen er ødelagt: dimensjonen «${d.name}» mangler eller har feil antall kategorier.`
      )
    }
  }
  const total = data.size.reduce((a, b) => a * b, 1)
  if (Array.isArray(data.value) && data.value.length !== total) {
    return fileError(
      `JSON-stat-fila er øydelagd: ho har ${data.value.length} verdiar, men dimensjonane gir ${total}.`,
      `JSON-stat-filen er ødelagt: den har ${data.value.length} verdier, men dimensjonene gir ${total}.`
    )
  }
  const pick = (role: string[] | undefined, fallback: RegExp): string | undefined =>
    role?.[0] ?? data.id.find((name) => fallback.test(name))
  const geo = pick(data.role?.geo, /^region$/i)
  const time = pick(data.role?.time, /^(tid|time)$/i)
  const metric = pick(data.role?.metric, /^contentscode$/i)
  if (!geo || !time) {
    return fileError(
      'JSON-stat-fila manglar dimensjonen for region eller tid (Region, Tid).',
      'JSON-stat-filen mangler dimensjonen for region eller tid (Region, Tid).'
    )
  }

  const cells: Cell[] = []
  const strides = dims.map((_, k) => dims.slice(k + 1).reduce((a, d) => a * d.size, 1))
  for (let flat = 0; flat < total; flat++) {
    const at = dims.map((d, k) => d.codes![Math.floor(flat / strides[k]!) % d.size]!)
    if (!Array.isArray(data.value) && !(String(flat) in data.value)) continue // sparse: no cell
    const number = Array.isArray(data.value) ? (data.value[flat] ?? null) : (data.value[String(flat)] ?? null)
    const status = statusAt(data.status, flat)
    const value = number === null && status !== undefined ? status : number
    const codeOf = (name: string): string => at[data.id.indexOf(name)]!
    const labelOf = (name: string): string | undefined => data.dimension[name]?.category.label?.[codeOf(name)]
    const others: Record<string, string> = {}
    for (const d of dims) if (d.name !== geo && d.name !== time && d.name !== metric) others[d.name] = labelOf(d.name) ?? codeOf(d.name)
    const regionLabel = labelOf(geo)
    const variable = metric ? (labelOf(metric) ?? codeOf(metric)) : undefined
    cells.push({
      where: { nn: `verdi nr. ${flat + 1}`, nb: `verdi nr. ${flat + 1}` },
      region: regionLabel ? { code: codeOf(geo), label: regionLabel } : { code: codeOf(geo) },
      periodLabel: codeOf(time),
      ...(variable !== undefined ? { variable } : {}),
      others,
      value
    })
  }
  if (cells.length === 0) return fileError('JSON-stat-fila har ingen verdiar.', 'JSON-stat-filen har ingen verdier.')
  const result = rowsFromCells(cells)
  if ('error' in result) return { ok: false, error: result.error }
  return { ok: true, format: 'json-stat', ...(data.label ? { title: data.label } : {}), rows: result.rows, problems: result.problems }
}

/** Reads either format, by its content: JSON-stat starts with "{", anything else is tried as CSV. */
export function parseSsbFile(text: string): SsbImportResult {
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (start === '') return fileError('Fila er tom.', 'Filen er tom.')
  return start.startsWith('{') ? parseSsbJsonStat(text) : parseSsbCsv(text)
}

/** The newest imported figure for a kommune not after a date, like the register's own lookup. */
export function importedFigureAt(
  rows: readonly ImportedPopulationRow[],
  kommunenummer: string,
  date: string
): ImportedPopulationRow | undefined {
  let best: ImportedPopulationRow | undefined
  for (const row of rows) {
    if (row.kommunenummer === kommunenummer && row.date <= date && (!best || row.date > best.date)) best = row
  }
  return best
}
