import type { Maalform } from '../maalform'
import { chiefTitleNoun, type ChiefTitle } from '../profile'
import { textNb } from './text.nb'
import { textNn } from './text.nn'
import type { SaksframleggText } from './textTypes'

/**
 * Every fixed word of a saksframlegg, once per målform. Each målform's text lives whole in its own
 * file (text.nn.ts, text.nb.ts) so that one person can read and correct it top to bottom.
 */

const TEXTS: Record<Maalform, SaksframleggText> = { nn: textNn, nb: textNb }

export function textFor(maalform: Maalform): SaksframleggText {
  return TEXTS[maalform]
}

/**
 * The chief's title in definite form, the same in both målformer: "rådmannen", "kommunedirektøren".
 * A custom one-word title gets the definite ending ("administrasjonssjef" → "administrasjonssjefen");
 * one already definite, or of several words ("dagleg leiar"), stands as written.
 */
export function chiefDefinite(title: ChiefTitle): string {
  const noun = chiefTitleNoun(title)
  if (title.kind !== 'custom') return noun + 'en'
  return /\s/.test(noun) || /en$/i.test(noun) ? noun : noun + 'en'
}
