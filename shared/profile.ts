import type { Maalform } from './maalform'
import { organisationTitle } from './naming'

/**
 * The chief executive's title decides how the innstilling is headed. Since the 2018 Local
 * Government Act a kommune may call its rådmann kommunedirektør; a fylkeskommune has a
 * fylkesrådmann or fylkesdirektør. A title outside these is kept as the user wrote it.
 */
export type ChiefTitleKind = 'raadmann' | 'kommunedirektoer' | 'fylkesraadmann' | 'fylkesdirektoer' | 'custom'

export interface ChiefTitle {
  kind: ChiefTitleKind
  /** Only for kind 'custom', e.g. "administrasjonssjef". */
  custom?: string
}

export const CHIEF_TITLE_KINDS: readonly ChiefTitleKind[] = [
  'raadmann',
  'kommunedirektoer',
  'fylkesraadmann',
  'fylkesdirektoer',
  'custom'
]

/** The title as a lower-case noun ("rådmannen" is formed from it where needed). */
export function chiefTitleNoun(title: ChiefTitle): string {
  switch (title.kind) {
    case 'raadmann':
      return 'rådmann'
    case 'kommunedirektoer':
      return 'kommunedirektør'
    case 'fylkesraadmann':
      return 'fylkesrådmann'
    case 'fylkesdirektoer':
      return 'fylkesdirektør'
    case 'custom':
      return (title.custom ?? '').trim()
  }
}

/** Folds the ways a title is typed (rådmann, raadmann, Rådmannen) to one key. */
function foldTitle(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/å/g, 'aa')
    .replace(/ø/g, 'o')
    .replace(/oe/g, 'o')
    .replace(/aa/g, 'a')
    .replace(/en$/, '')
}

const KNOWN_TITLES: Record<string, ChiefTitleKind> = {
  radmann: 'raadmann',
  kommunedirektor: 'kommunedirektoer',
  fylkesradmann: 'fylkesraadmann',
  fylkesdirektor: 'fylkesdirektoer'
}

/**
 * Maps free text (an older profile, the command line's --leiar) to a known title where it is one,
 * also when typed without æøå ("raadmann", "kommunedirektor"); anything else is kept as written.
 */
export function parseChiefTitle(text: string): ChiefTitle {
  const kind = KNOWN_TITLES[foldTitle(text)]
  return kind ? { kind } : { kind: 'custom', custom: text.trim() }
}

/** Who uses the app: the organisation, the sakshandsamar, and the form they write. */
export interface Profile {
  id: 'profile'
  kind: 'kommune' | 'fylkeskommune'
  /** Kommunenummer (4 digits) or fylkesnummer (2 digits), as in the register the user chose from. */
  number: string
  name: string
  sakshandsamar: string
  chiefTitle: ChiefTitle
  /** The målform the app's screens are in: the user's to choose, switched at any time. */
  maalform: Maalform
  /**
   * The målform new documents are written in: the kommune's språkvedtak from the register unless
   * changed in Innstillingar. A document is the kommune's, wholly in one målform (DOMAIN.md), so
   * reading the screens in the other målform does not change it. Absent in a profile saved before
   * the two were apart: then the screen's, as it was (documentMaalformOf).
   */
  documentMaalform?: Maalform
  updatedAt: string
}

/** The målform a new document is written in: the profile's document målform, or for a profile from before it had one, its målform. */
export function documentMaalformOf(profile: Pick<Profile, 'maalform' | 'documentMaalform'>): Maalform {
  return profile.documentMaalform ?? profile.maalform
}

/** «Tysnes kommune», for running text; the rule is organisationTitle's. */
export function organisationName(profile: Pick<Profile, 'kind' | 'name'>): string {
  return organisationTitle({ kind: profile.kind, name: profile.name })
}
