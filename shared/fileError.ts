import type { Tekst } from './maalform'

/**
 * Why a file could not be written, as the user is told it: the same sentence from the CLI and from
 * the desktop app's Save dialog. The main process turns Node's error code into a reason
 * (node/fileError.ts), sends the reason over IPC, and the renderer words it in the user's målform.
 */
export const FILE_ERROR_REASONS = [
  'notFound',
  'notFolder',
  'noPermission',
  'readOnly',
  'isFolder',
  'diskFull',
  'quota',
  'nameTooLong',
  'tooManyOpen',
  'busy',
  'io',
  'other'
] as const

export type FileErrorReason = (typeof FILE_ERROR_REASONS)[number]

/** Node's error codes for a failed write, by the reason the user is given. */
export const FILE_ERROR_CODES: Readonly<Record<string, Exclude<FileErrorReason, 'other'>>> = {
  ENOENT: 'notFound',
  ENOTDIR: 'notFolder',
  EACCES: 'noPermission',
  EPERM: 'noPermission',
  EROFS: 'readOnly',
  EISDIR: 'isFolder',
  ENOSPC: 'diskFull',
  EDQUOT: 'quota',
  ENAMETOOLONG: 'nameTooLong',
  EMFILE: 'tooManyOpen',
  EBUSY: 'busy',
  EIO: 'io'
}

const REASON_TEXT: Readonly<Record<Exclude<FileErrorReason, 'other'>, Tekst>> = {
  notFound: { nn: 'mappa finst ikkje', nb: 'mappen finnes ikke' },
  notFolder: { nn: 'ein del av stigen er ikkje ei mappe', nb: 'en del av stien er ikke en mappe' },
  noPermission: { nn: 'du har ikkje løyve til å skrive der', nb: 'du har ikke tilgang til å skrive der' },
  readOnly: { nn: 'staden kan berre lesast', nb: 'stedet er skrivebeskyttet' },
  isFolder: { nn: 'det finst ei mappe med det namnet', nb: 'det finnes en mappe med det navnet' },
  diskFull: { nn: 'disken er full', nb: 'disken er full' },
  quota: { nn: 'du har brukt opp lagringsplassen din', nb: 'du har brukt opp lagringsplassen din' },
  nameTooLong: { nn: 'filnamnet er for langt', nb: 'filnavnet er for langt' },
  tooManyOpen: { nn: 'for mange filer er opne', nb: 'for mange filer er åpne' },
  busy: { nn: 'fila er i bruk av eit anna program', nb: 'filen er i bruk av et annet program' },
  io: { nn: 'disken svarte ikkje', nb: 'disken svarte ikke' }
}

/** A failed write as the user is told it: where, why, and that a file already there is untouched. */
export interface FileFailure {
  reason: FileErrorReason
  /** The file-system code, shown only for a reason without words of its own ('other'). */
  code: string
  path: string
}

/** "Klarte ikkje å skrive /x/sak.docx: disken er full. Ei fil som fanst frå før, er urørt." */
export function fileFailureText(failure: FileFailure): Tekst {
  const reason =
    failure.reason === 'other'
      ? { nn: `filsystemet melde feil (${failure.code})`, nb: `filsystemet meldte feil (${failure.code})` }
      : REASON_TEXT[failure.reason]
  return {
    nn: `Klarte ikkje å skrive ${failure.path}: ${reason.nn}. Ei fil som fanst frå før, er urørt.`,
    nb: `Klarte ikke å skrive ${failure.path}: ${reason.nb}. En fil som fantes fra før, er urørt.`
  }
}
