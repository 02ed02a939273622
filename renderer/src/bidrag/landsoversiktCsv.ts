import { csvDecimal, csvFile } from '@shared/csv'
import { safeFileName } from '@shared/document/fileName'
import type { Landsoversikt } from '@shared/landsoversikt'
import type { Maalform } from '@shared/maalform'

const HEADERS: Record<Maalform, string[]> = {
  nn: ['nummer', 'namn', 'type', 'folketal', 'folketal_dato', 'sats', 'beløp'],
  nb: ['nummer', 'navn', 'type', 'folketall', 'folketall_dato', 'sats', 'beløp']
}

/**
 * The name the Save dialog suggests, safe on every system: a round the user named
 * "Runde 2/2026: kva no?" still gives a name the desktop's file-name check accepts.
 */
export function landsoversiktFileName(roundName: string, date: string): string {
  return safeFileName(`Landsoversikt ${roundName} ${date}`, 'csv', 'Landsoversikt')
}

/** The landsoversikt as a CSV file for Excel in Norway (shared/csv.ts). */
export function landsoversiktCsv(oversikt: Landsoversikt, maalform: Maalform): string {
  const rows = [...oversikt.kommunar, ...oversikt.fylkeskommunar].map((row) => [
    row.contributor.number,
    row.contributor.name,
    row.contributor.kind,
    row.population ? String(row.population.count) : '',
    row.population?.date ?? '',
    csvDecimal(row.rate),
    row.amount ? csvDecimal(row.amount) : ''
  ])
  return csvFile([HEADERS[maalform], ...rows])
}
