/**
 * Name matching that forgives case, accents and the Norwegian and Sami letters a user may not be
 * able to type: "kafjord" finds "Gáivuotna - Kåfjord", "ostre toten" finds "Østre Toten".
 */

// Letters that Unicode does not decompose into a base letter and a mark.
const FOLDS: Record<string, string> = { ø: 'o', æ: 'ae', đ: 'd', ŧ: 't', ŋ: 'n', ß: 'ss', ł: 'l' }

/** Lower case, no diacritics, words separated by single spaces: "Gáivuotna - Kåfjord" → "gaivuotna kafjord". */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[øæđŧŋßł]/g, (c) => FOLDS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** The same without spaces, so that "aurskog holand", "aurskog-høland" and "aurskogholand" meet. */
export function compactName(text: string): string {
  return normaliseName(text).replaceAll(' ', '')
}

/**
 * A query can be written with the old or keyboard-less spellings "aa" for å and "oe" for ø
 * ("Aasnes", "Hoeyanger"); those are tried as alternatives, never instead of the text as typed.
 */
export function queryVariants(compact: string): string[] {
  const variants = new Set([compact, compact.replaceAll('aa', 'a'), compact.replaceAll('oe', 'o')])
  variants.add(compact.replaceAll('aa', 'a').replaceAll('oe', 'o'))
  return [...variants].filter((v) => v !== '')
}

/**
 * The names a kommune can be looked up by: the official name and each of its language forms
 * without the disambiguation, so "Herøy (Nordland)" gives ["Herøy (Nordland)", "Herøy"] and
 * "Storfjord - Omasvuotna - Omasvuono" gives itself and its three forms.
 */
export function nameForms(officialName: string): string[] {
  const withoutQualifier = officialName.replace(/\s*\([^)]*\)\s*$/, '')
  return [...new Set([officialName, ...withoutQualifier.split(/\s+-\s+/)])]
}

/** Edit distance (insertions, deletions, substitutions), stopping early once it exceeds `limit`. */
export function levenshtein(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      current.push(value)
      if (value < rowMin) rowMin = value
    }
    if (rowMin > limit) return limit + 1
    previous = current
  }
  return previous[b.length]!
}
