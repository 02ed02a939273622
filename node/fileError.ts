import type { Tekst } from '../shared/maalform'

/** Why a file could not be written, by Node's error code, as the end of a sentence. */
const FILE_ERRORS: Record<string, Tekst> = {
  ENOENT: { nn: 'mappa finst ikkje', nb: 'mappen finnes ikke' },
  ENOTDIR: { nn: 'ein del av stigen er ikkje ei mappe', nb: 'en del av stien er ikke en mappe' },
  EACCES: { nn: 'du har ikkje løyve til å skrive der', nb: 'du har ikke tilgang til å skrive der' },
  EPERM: { nn: 'du har ikkje løyve til å skrive der', nb: 'du har ikke tilgang til å skrive der' },
  EROFS: { nn: 'staden kan berre lesast', nb: 'stedet er skrivebeskyttet' },
  EISDIR: { nn: 'det finst ei mappe med det namnet', nb: 'det finnes en mappe med det navnet' },
  ENOSPC: { nn: 'disken er full', nb: 'disken er full' },
  EDQUOT: { nn: 'du har brukt opp lagringsplassen din', nb: 'du har brukt opp lagringsplassen din' },
  ENAMETOOLONG: { nn: 'filnamnet er for langt', nb: 'filnavnet er for langt' },
  EMFILE: { nn: 'for mange filer er opne', nb: 'for mange filer er åpne' },
  EBUSY: { nn: 'fila er i bruk av eit anna program', nb: 'filen er i bruk av et annet program' },
  EIO: { nn: 'disken svarte ikkje', nb: 'disken svarte ikke' }
}

/**
 * A file-system error as one sentence in each målform, "Klarte ikkje å skrive /x/sak.docx: disken
 * er full. Ei fil som fanst frå før, er urørt."; undefined for anything that is not a file error.
 * `showPath` turns the path into what may be shown (the CLI cuts and cleans it).
 */
export function describeFileError(error: unknown, showPath: (path: string) => string = (p) => p): Tekst | undefined {
  const e = error as { code?: unknown; path?: unknown } | null
  if (!e || typeof e.code !== 'string' || typeof e.path !== 'string') return undefined
  const reason = FILE_ERRORS[e.code] ?? { nn: `filsystemet melde feil (${e.code})`, nb: `filsystemet meldte feil (${e.code})` }
  const path = showPath(e.path)
  return {
    nn: `Klarte ikkje å skrive ${path}: ${reason.nn}. Ei fil som fanst frå før, er urørt.`,
    nb: `Klarte ikke å skrive ${path}: ${reason.nb}. En fil som fantes fra før, er urørt.`
  }
}
