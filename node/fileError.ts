import { FILE_ERROR_CODES, fileFailureText, type FileFailure } from '../shared/fileError'
import type { Tekst } from '../shared/maalform'

/** A file-system error as the reason the user is given, or undefined for anything that is not a file error. */
export function fileFailure(error: unknown): FileFailure | undefined {
  const e = error as { code?: unknown; path?: unknown } | null
  if (!e || typeof e.code !== 'string' || typeof e.path !== 'string') return undefined
  const reason = Object.hasOwn(FILE_ERROR_CODES, e.code) ? FILE_ERROR_CODES[e.code]! : 'other'
  return { reason, code: e.code, path: e.path }
}

/**
 * A file-system error as one sentence in each målform, "Klarte ikkje å skrive /x/sak.docx: disken
 * er full. Ei fil som fanst frå før, er urørt."; undefined for anything that is not a file error.
 * `showPath` turns the path into what may be shown (the CLI cuts and cleans it).
 */
export function describeFileError(error: unknown, showPath: (path: string) => string = (p) => p): Tekst | undefined {
  const failure = fileFailure(error)
  return failure && fileFailureText({ ...failure, path: showPath(failure.path) })
}
