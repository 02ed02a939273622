import type { Maalform } from './maalform'

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

/** Maps free text from an older profile to a known title where it is one. */
export function parseChiefTitle(text: string): ChiefTitle {
  const normal = text.trim().toLowerCase().replace(/en$/, '')
  const known: Record<string, ChiefTitleKind> = {
    'rådmann': 'raadmann',
    'kommunedirektør': 'kommunedirektoer',
    'fylkesrådmann': 'fylkesraadmann',
    'fylkesdirektør': 'fylkesdirektoer'
  }
  const kind = known[normal]
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
  maalform: Maalform
  updatedAt: string
}

export function organisationName(profile: Pick<Profile, 'kind' | 'name'>): string {
  return profile.kind === 'kommune' ? `${profile.name} kommune` : `${profile.name} fylkeskommune`
}
