/** The two written standards of Norwegian. Every document and every screen is wholly in one. */
export const MAALFORMER = ['nn', 'nb'] as const

export type Maalform = (typeof MAALFORMER)[number]

/** A text given in both målformer; the domain's fixed phrases are kept this way. */
export interface Tekst {
  nn: string
  nb: string
}

export function isMaalform(value: unknown): value is Maalform {
  return (MAALFORMER as readonly unknown[]).includes(value)
}

/** A kommune's språkvedtak as the register states it, mapped to the form the app defaults to. */
export type Spraakvedtak = 'nynorsk' | 'bokmaal' | 'noytral'

/** A nøytral kommune has chosen neither; bokmål is the default the user can change. */
export function defaultMaalform(vedtak: Spraakvedtak | undefined): Maalform {
  return vedtak === 'nynorsk' ? 'nn' : 'nb'
}
