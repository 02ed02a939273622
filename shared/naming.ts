/**
 * One naming rule for a kommune or fylkeskommune, the same in both målformer and everywhere the
 * app names one (the header, Bidrag, the documents): its name from the register, its kind, and,
 * where it must be told apart, its number: «Tysnes kommune», «Tysnes kommune (4616)»,
 * «Hordaland fylkeskommune (12)». Kept free of the register's data, so the app's first screen
 * can use it without loading the register.
 */
export interface Named {
  kind: 'kommune' | 'fylkeskommune'
  name: string
  /** Given: the number follows in brackets. */
  number?: string
}

/**
 * A register name of parallel official names, as SSB writes it with " - " ("Levanger - Levangke",
 * "Snåase - Snåsa"): each name on its own, in the register's order.
 */
export function parallelNames(name: string): string[] {
  const names = name.split(/\s+-\s+/).map((n) => n.trim()).filter((n) => n !== '')
  return names.length > 0 ? names : [name.trim()]
}

/**
 * The name in running text: the first of its parallel names with its kind, «Levanger kommune»,
 * since «om Levanger - Levangke kommune skal …» reads as a broken sentence. The document's
 * letterhead names it in full by `organisationTitle`, so no official name is lost.
 */
export function organisationInText({ kind, name }: Pick<Named, 'kind' | 'name'>): string {
  return `${parallelNames(name)[0]} ${kind}`
}

export function organisationTitle({ kind, name, number }: Named): string {
  return number ? `${name} ${kind} (${number})` : `${name} ${kind}`
}
