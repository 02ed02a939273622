import { foldLabel } from './foldLabel'
import { fileError, isPopulationVariable, resultFromCells, type Cell, type SsbImportResult } from './ssbRows'

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
        where: { nn: `line ${lineNo}`, nb: `linje ${lineNo}` },
        region: { code: fields[regionIndex]! },
        periodLabel: column.period ?? fields[periodIndex]!,
        ...(variable !== undefined ? { variable } : {}),
        others,
        value: fields[column.i]!
      })
    }
  }
  if (cells.length === 0) return fileError('Fila har overskrift, men ingen rader med tal.', 'Filen har overskrift, men ingen rader med tall.')
  return resultFromCells('csv', title, cells)
}
