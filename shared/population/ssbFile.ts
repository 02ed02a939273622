import { parseSsbCsv } from './ssbCsv'
import { parseSsbJsonStat } from './ssbJsonStat'
import { fileError, type SsbImportResult } from './ssbRows'

/** Reads either format, by its content: JSON-stat starts with "{", anything else is tried as CSV. */
export function parseSsbFile(text: string): SsbImportResult {
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (start === '') return fileError('Fila er tom.', 'Filen er tom.')
  return start.startsWith('{') ? parseSsbJsonStat(text) : parseSsbCsv(text)
}
