/**
 * CSV for Excel in Norway: semicolons, decimal commas, CRLF lines, UTF-8 with a byte-order mark so
 * that æ, ø and å survive. The landsoversikt and the økonomiplan are exported this way.
 */

/** A cell quoted where it holds a semicolon, a quote or a line break. */
export function csvCell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/** A decimal string with a decimal comma: "10279.5" → "10279,5". */
export function csvDecimal(value: string): string {
  return value.replace('.', ',')
}

/** Rows of cells as the whole file's text. */
export function csvFile(rows: readonly (readonly string[])[]): string {
  return '\ufeff' + rows.map((cells) => cells.map(csvCell).join(';')).join('\r\n') + '\r\n'
}
