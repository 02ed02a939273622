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
 * The name the kommune goes by: the first of its parallel names with its kind, «Levanger kommune»,
 * since «om Levanger - Levangke kommune skal …» reads as a broken sentence. One rule for the app's
 * header, the pages' introductions and the adoption case, letterhead and running text alike
 * (reader's report, set 2, #1). `organisationTitle` keeps the register's full name, with its
 * number, where a list must tell kommunar apart (Bidrag's «Levanger kommune (1719)», the DigiFin
 * case's 2017 name).
 */
export function organisationInText({ kind, name }: Pick<Named, 'kind' | 'name'>): string {
  return `${parallelNames(name)[0]} ${kind}`
}

export function organisationTitle({ kind, name, number }: Named): string {
  return number ? `${name} ${kind} (${number})` : `${name} ${kind}`
}
