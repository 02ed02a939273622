import type { DocumentProperty } from '../document/blocks'
import { oneLine } from '../document/text'
import type { Saksframlegg } from './model'

/**
 * The saksframlegg's archive metadata for the Word file's custom properties, named as Noark 5 names
 * them (Arkivverket, Noark 5 vedlegg 2 "Metadata gruppert på objekter"): saksaar (M011) and
 * sakssekvensnummer (M012) of the saksmappe, mappeID (M003), klasseID (M002) for the arkivkode,
 * saksbehandler (M307), dokumenttype (M083), and for each row of the saksgang its utvalg (M370),
 * moetedato (M102) and møtesak number, numbered from 1: "saksgang.1.utvalg". The writer leaves out
 * the empty ones.
 */

export const DOKUMENTTYPE = 'Saksframlegg'

export interface Arkivsak {
  saksaar: number
  sakssekvensnummer: number
}

/**
 * "17/596" → 2017 and 596. Archives wrote the year with two digits before Noark 5; those are read
 * with the POSIX pivot (00–68 → 20xx, 69–99 → 19xx), which needs no clock and reads every case a
 * two-digit archive can hold. A document number after a dash ("17/596-3") is not part of the case
 * number. Anything else is not split: the arkivsak is still written whole as mappeID.
 */
export function splitArkivsak(arkivsak: string): Arkivsak | undefined {
  const match = /^(\d{2}|\d{4})\/(\d{1,7})(?:-\d+)?$/.exec(arkivsak.replace(/\s+/g, ''))
  if (!match) return undefined
  const [, year, sequence] = match as unknown as [string, string, string]
  const written = Number(year)
  const saksaar = year.length === 4 ? written : written <= 68 ? 2000 + written : 1900 + written
  return { saksaar, sakssekvensnummer: Number(sequence) }
}

/** What a case's archive properties are read from: its header and its saksgang. */
export interface ArchiveFields {
  arkivsak: string
  arkivkode: string
  sakshandsamar: string
  saksgang: readonly { utval: string; moetedato: string; saksnr: string }[]
}

export function archiveProperties(doc: Saksframlegg): DocumentProperty[] {
  return caseArchiveProperties({ ...doc.header, saksgang: doc.saksgang })
}

/** The properties of any saksframlegg (the DigiFin case, the adoption case), from its header fields. */
export function caseArchiveProperties(fields: ArchiveFields): DocumentProperty[] {
  const arkivsak = oneLine(fields.arkivsak)
  const split = splitArkivsak(arkivsak)
  return [
    { name: 'mappeID', value: arkivsak },
    { name: 'saksaar', value: split ? String(split.saksaar) : '' },
    { name: 'sakssekvensnummer', value: split ? String(split.sakssekvensnummer) : '' },
    { name: 'klasseID', value: oneLine(fields.arkivkode) },
    { name: 'saksbehandler', value: oneLine(fields.sakshandsamar) },
    { name: 'dokumenttype', value: DOKUMENTTYPE },
    ...fields.saksgang.flatMap((row, index) => [
      { name: `saksgang.${index + 1}.utvalg`, value: oneLine(row.utval) },
      { name: `saksgang.${index + 1}.moetedato`, value: row.moetedato },
      { name: `saksgang.${index + 1}.moetesaksnummer`, value: oneLine(row.saksnr) }
    ])
  ].filter((property) => property.value !== '')
}
