const MAX_FILE_NAME = 120

/**
 * A file name safe on Windows, macOS and Linux: replaces characters Windows forbids (and slashes),
 * collapses spaces, limits the length, and is never empty. `fallback` is the document's kind
 * ("Saksframlegg"), named when nothing else is left.
 */
export function safeFileName(stem: string, extension: string, fallback: string): string {
  let name = stem
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[/\\]/g, '-')
    .replace(/[:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (name.length > MAX_FILE_NAME) name = name.slice(0, MAX_FILE_NAME).trim()
  // Windows drops trailing dots and spaces, and reserves a few device names.
  name = name.replace(/[. ]+$/, '')
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(name)) name = `${name} ${fallback.toLocaleLowerCase('nb-NO')}`
  if (name === '' || /^[.-]+$/.test(name)) name = fallback
  return `${name}.${extension}`
}
