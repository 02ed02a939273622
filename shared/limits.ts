/**
 * How long a text the user types may be. The screens stop typing at these lengths and show a
 * counter as the user nears them; the zod schemas hold the same limits, so a file or a backup
 * cannot bring in a longer text than a form would take.
 */
export const TEXT_LIMITS = {
  /** A person's name, an utval, the name of a solution or a custom chief title. */
  name: 120,
  /** The title of a case or a round, a source, a vedlegg. */
  title: 200,
  /** A saksnummer, an arkivsak or arkivkode, an invoice reference. */
  reference: 60,
  /** A note on a step, a reason, a description. */
  note: 2_000,
  /** A section of a saksframlegg, a vedtak text. */
  longText: 20_000
} as const

export type TextLimit = keyof typeof TEXT_LIMITS

/** The counter shows from this share of the limit on: nobody needs it for the first words. */
export const COUNTER_FROM = 0.8

export function showsCounter(length: number, limit: TextLimit): boolean {
  return length >= TEXT_LIMITS[limit] * COUNTER_FROM
}
