import { safeFileName } from '../document/fileName'
import type { Maalform } from '../maalform'
import type { DocumentPart, Saksframlegg } from './model'

/**
 * "Saksframlegg 17-596 Digitalisering i kommunal sektor.docx": safe on Windows, macOS and Linux.
 * The title is cut at its dash ("… – invitasjon …") to keep the name short.
 */
export function suggestedFileName(doc: Saksframlegg, part: DocumentPart = 'whole', maalform?: Maalform): string {
  const kind = partName(part, maalform)
  const shortTitle = doc.title.split(/\s[–—-]\s/)[0] ?? ''
  return safeSaksframleggName([kind, doc.header.arkivsak, shortTitle].join(' '), 'docx')
}

/**
 * The case written into the kommune's own Word template: the same name with «(kommunemal)» after
 * it (one word in both målformer), so it does not overwrite, or get mistaken for, the plain Word
 * file of the same case saved to the same folder.
 */
export function suggestedTemplateFileName(doc: Saksframlegg, part: DocumentPart = 'whole', maalform?: Maalform): string {
  return suggestedFileName(doc, part, maalform).replace(/\.docx$/, ` ${TEMPLATE_MARK}.docx`)
}

const TEMPLATE_MARK = '(kommunemal)'

/** What the file is, as its name and its subject say: "Saksframlegg", "Innstilling", or "Saksutgreiing" for the sections alone. */
export function partName(part: DocumentPart, maalform?: Maalform): string {
  if (part === 'innstilling') return 'Innstilling'
  return part === 'whole' ? 'Saksframlegg' : maalform === 'nb' ? 'Saksutredning' : maalform === 'nn' ? 'Saksutgreiing' : 'Saksframlegg'
}

/** A safe file name that falls back to "Saksframlegg" when nothing of the stem is left. */
export function safeSaksframleggName(stem: string, extension: string): string {
  return safeFileName(stem, extension, 'Saksframlegg')
}
