import { formatSum } from '../format'

/** Small helpers the two målformer's text files share; no word that belongs to only one målform here. */

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nb-NO') + text.slice(1)
}

/** The multiplication as the case states it: "2 853 innbyggjarar × kr 20 = kr 57 060". */
export function calculation(population: string, rate: string, amount: string): string {
  return `${population} × ${rate} = ${amount}`
}

/** A fund source as a list item: "KMD, 2025: 50 mill. kr", "KS: inntil 40 mill. kr" ("inntil" in both målformer). */
export function sourceItem(label: string, amount: string, upTo: boolean): string {
  return `${label.trim()}: ${upTo ? 'inntil ' : ''}${formatSum(amount)}`
}

/**
 * The place a kommune or fylkeskommune is named for: "folketalet i Hordaland", not "i Hordaland
 * fylkeskommune". "kommune" and "fylkeskommune" are the same word in both målformer.
 */
export function areaName(name: string): string {
  return name.trim().replace(/\s+(fylkeskommune|kommune)$/i, '')
}
