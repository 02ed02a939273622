/**
 * SSB's labels compared as words: without case, æøå, accents or punctuation, so that
 * "Folketalet 1. januar" and "folketalet 1 januar" are the same label.
 */
export function foldLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[øæå]/g, (c) => ({ ø: 'o', æ: 'ae', å: 'a' })[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}
