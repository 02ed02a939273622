import type { Landsoversikt } from '@shared/landsoversikt'
import type { Maalform } from '@shared/maalform'

const HEADERS: Record<Maalform, string[]> = {
  nn: ['nummer', 'namn', 'type', 'folketal', 'folketal_dato', 'sats', 'beløp'],
  nb: ['nummer', 'navn', 'type', 'folketall', 'folketall_dato', 'sats', 'beløp']
}

function cell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/** Decimal comma, as Norwegian spreadsheets read it. */
function decimal(value: string): string {
  return value.replace('.', ',')
}

/**
 * The landsoversikt as a CSV file for Excel in Norway: semicolons, decimal commas, UTF-8 with a
 * byte-order mark so that æ, ø and å survive.
 */
export function landsoversiktCsv(oversikt: Landsoversikt, maalform: Maalform): string {
  const lines = [HEADERS[maalform].join(';')]
  for (const row of [...oversikt.kommunar, ...oversikt.fylkeskommunar]) {
    lines.push(
      [
        row.contributor.number,
        row.contributor.name,
        row.contributor.kind,
        row.population ? String(row.population.count) : '',
        row.population?.date ?? '',
        decimal(row.rate),
        row.amount ? decimal(row.amount) : ''
      ]
        .map(cell)
        .join(';')
    )
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n'
}
