import { withoutCitedTitles } from './citedTitles'
import type { Maalform } from './maalform'

/**
 * One målform, wholly: word forms that belong to only one of the two written standards.
 * The one check for every text the user sees: screens, menus, CLI messages and documents
 * (test/unit/maalformPurity.test.ts runs it over all of them).
 *
 * Only unambiguous forms are listed. Many words a reader may think of as one målform's are
 * allowed in both and are left out on purpose: "blir", "mellom", "deltaking", "framlegg", "òg",
 * the -a forms bokmål allows ("saka", "ordninga", "prosjekta", "vilkåra"), "kostnader", "dekt",
 * "vedlagt", "også", and forms nynorsk allows since 2012 ("gir", "tar", "deltar", "dekker",
 * "derfor", "formål", "vi", "oss", "mens", "kjent"). "et" is listed as bokmål: in nynorsk
 * it is only the present of "ete" (eats), which a saksframlegg does not use.
 */

const ONLY_NYNORSK = [
  // function words
  'ikkje', 'eit', 'ein', 'frå', 'vert', 'vart', 'verte', 'vore', 'berre', 'me', 'dei', 'deira', 'eg', 'kva', 'kvar',
  'kvart', 'kven', 'korleis', 'kvifor', 'noko', 'nokon', 'nokre', 'difor', 'mykje', 'sjølv', 'sjølve', 'eigen',
  'eige', 'eigne', 'heile', 'innan', 'utanfor', 'medan', 'enno', 'gjev', 'gje', 'høve', 'elles', 'saman',
  'fleire', 'sume', 'dykk',
  // the case's own words
  'innbyggjar', 'innbyggjarar', 'innbyggjaren', 'innbyggjarane', 'saksutgreiing', 'sakshandsamar',
  'saksopplysningar', 'konsekvensar', 'kommunar', 'fylkeskommunar', 'kommunane', 'fylkeskommunane', 'midlar',
  'eingongsbeløp', 'eingongsbeløpet', 'tilknytingskostnad', 'vedlikehald', 'vidareutvikling', 'vidareutvikle',
  'fellesløysing', 'fellesløysingar', 'løysing', 'løysingar', 'løysinga', 'løysingane', 'utval', 'utvalet',
  'fylkesutvalet', 'vedlagde', 'samrøystes', 'takkar', 'deltek', 'teken', 'føremål', 'føremålet', 'tenester',
  'premissane', 'kjelde', 'kjelder', 'kjeldene', 'rekna', 'dekkjer', 'leggjast', 'vurderast', 'kjende',
  // the screens' words
  'namn', 'stad', 'nettlesaren', 'innhaldet', 'endringane',
  // plurals in -ar and -er where bokmål has -er or none
  'maskinar', 'arbeidsmåtar', 'oppgåver', 'oppgåvene', 'pengar'
]

const ONLY_BOKMAAL = [
  // function words
  'ikke', 'et', 'fra', 'hvis', 'hva', 'hvem', 'hvor', 'hvordan', 'hvorfor', 'hvilke', 'hvilken', 'hvert', 'hver',
  'noe', 'noen', 'mye', 'selv', 'egen', 'eget', 'egne', 'hele', 'innen', 'utenfor', 'ennå', 'sammen', 'flere',
  'deres', 'jeg', 'dere',
  // the case's own words
  'innbygger', 'innbyggere', 'innbyggeren', 'innbyggerne', 'saksutredning', 'saksbehandler', 'saksopplysninger',
  'konsekvenser', 'kommuner', 'fylkeskommuner', 'kommunene', 'fylkeskommunene', 'midler', 'engangsbeløp',
  'engangsbeløpet', 'tilknytningskostnad', 'vedlikehold', 'videreutvikling', 'videreutvikle', 'fellesløsning',
  'fellesløsninger', 'løsning', 'løsninger', 'løsningen', 'løsningene', 'utvalg', 'utvalget', 'fylkesutvalget',
  'enstemmig', 'takker', 'deltakelse', 'saken', 'ordningen', 'tjenester', 'prosjektene', 'vilkårene',
  'premissene', 'kilde', 'kilder', 'kildene', 'beregnet', 'legges', 'dekkes', 'vurderes', 'utvikles', 'tas',
  'forutsetningen',
  // the screens' words
  'navn', 'sted', 'nettleseren', 'innholdet', 'endringene', 'velg', 'lagres', 'lagret',
  // plurals in -er where nynorsk has -ar or none ("maskinar", "menneske", "dokument")
  'maskiner', 'arbeidsmåter', 'oppgaver', 'oppgavene', 'penger', 'mennesker', 'dokumenter', 'saksdokumenter'
]

/**
 * Endings and stems that mark a form in compounds the lists cannot hold ("finansieringsordningen",
 * "digitaliseringsprosjekter", "fellesløysingane"). "-ningen" is bokmål: in nynorsk these nouns
 * are feminine ("ordninga"); the few masculine ones ("kjenningen", "penningen") are excepted.
 */
const PATTERNS_ONLY_NYNORSK = [/løysing/, /ningane$/, /innbyggjar/, /teneste/, /kommunar$/, /kommunane$/]
const PATTERNS_ONLY_BOKMAAL = [/ningen$/, /ningene$/, /løsning/, /prosjekter$/, /prosjektene$/, /innbygger/, /tjeneste/, /kommuner$/, /kommunene$/]
const PATTERN_EXCEPTIONS = new Set(['kjenningen', 'penningen'])

interface Foreign {
  words: ReadonlySet<string>
  patterns: readonly RegExp[]
}

const FOREIGN: Record<Maalform, Foreign> = {
  // In a nynorsk document, bokmål-only forms are foreign, and the other way round.
  nn: { words: new Set(ONLY_BOKMAAL), patterns: PATTERNS_ONLY_BOKMAAL },
  nb: { words: new Set(ONLY_NYNORSK), patterns: PATTERNS_ONLY_NYNORSK }
}

function isForeign(word: string, foreign: Foreign): boolean {
  if (foreign.words.has(word)) return true
  return !PATTERN_EXCEPTIONS.has(word) && foreign.patterns.some((p) => p.test(word))
}

/** Words as a reader sees them: letters (with æ ø å and accents), lower-cased. */
export function words(text: string): string[] {
  return (text.toLocaleLowerCase('nb-NO').match(/[\p{L}]+/gu) ?? []).filter((w) => w.length > 0)
}

/**
 * The word forms of the other målform found in `text`, each once, in the order met. Empty when the
 * text is wholly in `maalform` as far as these lists can tell. Another body's title, quoted in «»
 * (citedTitles.ts), is its author's words and is not counted.
 */
export function foreignWords(text: string, maalform: Maalform): string[] {
  const foreign = FOREIGN[maalform]
  const found = new Set<string>()
  for (const word of words(withoutCitedTitles(text))) if (isForeign(word, foreign)) found.add(word)
  return [...found]
}

/** The two lists and their patterns, for tests that check no form is in both. */
export const PURITY_LISTS = { nn: ONLY_NYNORSK, nb: ONLY_BOKMAAL } as const
export const PURITY_PATTERNS = { nn: PATTERNS_ONLY_NYNORSK, nb: PATTERNS_ONLY_BOKMAAL } as const
