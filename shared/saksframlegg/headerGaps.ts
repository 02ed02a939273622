import type { Maalform, Tekst } from '../maalform'
import type { Header } from './model'

/**
 * What the document's header shows for a field nobody filled in: a gap in the målform, highlighted
 * in Word and marked in the preview (document/placeholder.ts), rather than a blank a reader would
 * not notice. The editor names the same fields as missing.
 */
export type HeaderGapField = Extract<keyof Header, 'sakshandsamar' | 'arkivsak' | 'arkivkode' | 'date'>

export const HEADER_GAP_FIELDS: readonly HeaderGapField[] = ['sakshandsamar', 'arkivsak', 'arkivkode', 'date']

const GAP: Record<HeaderGapField, Tekst> = {
  sakshandsamar: { nn: '[sakshandsamar]', nb: '[saksbehandler]' },
  arkivsak: { nn: '[arkivsaksnummer]', nb: '[arkivsaksnummer]' },
  arkivkode: { nn: '[arkivkode]', nb: '[arkivkode]' },
  date: { nn: '[dato]', nb: '[dato]' }
}

export function headerGap(field: HeaderGapField, maalform: Maalform): string {
  return GAP[field][maalform]
}

/** The header fields left empty, in the order the document shows them. */
export function missingHeaderFields(header: Header): HeaderGapField[] {
  return HEADER_GAP_FIELDS.filter((field) => header[field].trim() === '')
}
