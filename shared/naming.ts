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

export function organisationTitle({ kind, name, number }: Named): string {
  return number ? `${name} ${kind} (${number})` : `${name} ${kind}`
}
