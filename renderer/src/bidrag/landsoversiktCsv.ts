import { csvDecimal, csvFile } from '@shared/csv'
import type { Landsoversikt } from '@shared/landsoversikt'
import type { Maalform } from '@shared/maalform'

const HEADERS: Record<Maalform, string[]> = {
  nn: ['nummer', 'namn', 'type', 'folketal', 'folketal_dato', 'sats', 'beløp'],
  nb: ['nummer', 'navn', 'type', 'folketall', 'folketall_dato', 'sats', 'beløp']
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
