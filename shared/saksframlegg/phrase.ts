/** Small helpers the two målformer's text files share; no words of either målform here. */

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nb-NO') + text.slice(1)
}

/** The multiplication as the case states it: "2 853 innbyggjarar × kr 20 = kr 57 060". */
export function calculation(population: string, rate: string, amount: string): string {
  return `${population} × ${rate} = ${amount}`
}
