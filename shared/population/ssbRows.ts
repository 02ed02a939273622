import { MAX_POPULATION, MIN_POPULATION } from '../contribution'
import { formatNumber } from '../format'
import type { Tekst } from '../maalform'
import { foldLabel } from './foldLabel'
import { parseSsbPeriod, referenceDate, type SsbPeriod } from './ssbPeriod'

/**
 * Population figures read from a file exported from SSB's Statistikkbanken: what both readers
 * (ssbCsv.ts, ssbJsonStat.ts) give, and the checks every observation passes whatever its format.
 */

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
  /** Where in the file: "line 7" / "linje 7" for CSV, the cell's categories for JSON-stat. */
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

export const fileError = (nn: string, nb: string): { ok: false; error: Tekst } => ({ ok: false, error: { nn, nb } })

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
export interface Cell {
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

/** The result for a file's observations; `title` is the table's when the file gives one. */
export function resultFromCells(format: 'csv' | 'json-stat', title: string | undefined, cells: Cell[]): SsbImportResult {
  const result = rowsFromCells(cells)
  if ('error' in result) return { ok: false, error: result.error }
  return { ok: true, format, ...(title ? { title } : {}), rows: result.rows, problems: result.problems }
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
