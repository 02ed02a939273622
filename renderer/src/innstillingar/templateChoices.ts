import type { Place, TemplateMapping } from '@shared/document/template'
import { BLOCK_PART_IDS, TEXT_PART_IDS } from '@shared/saksframlegg/templateParts'

/**
 * What the user can put in a place, as one choice per place: a part, or the vedlegg and the
 * saksutgreiing together (WebSak's first marker pair takes both). A choice's value is its parts
 * joined by '+'; its key in the dictionary is `choiceKey` of it.
 */
export const NO_PART = 'none'

// Each default section alone (`sectionPartId` of its kind); a case without one writes nothing there.
const SECTION_CHOICES = ['section:saksutgreiing', 'section:saksopplysningar', 'section:okonomiskeKonsekvensar', 'section:vurdering'] as const

const BLOCK_CHOICES = ['vedlegg+saksutgreiing', ...BLOCK_PART_IDS.filter((p) => p !== 'saksgang'), ...SECTION_CHOICES, 'saksgang'] as const

export type PartChoice = typeof NO_PART | (typeof BLOCK_CHOICES)[number] | (typeof TEXT_PART_IDS)[number]

/** A place that holds one line takes only the parts of one line; a place for paragraphs takes any. */
export function choicesFor(place: Place): PartChoice[] {
  const text: PartChoice[] = [...TEXT_PART_IDS]
  return [NO_PART, ...(place.accepts === 'text' ? text : [...BLOCK_CHOICES, ...text])]
}

export function choiceOf(mapping: TemplateMapping, place: Place): PartChoice {
  const parts = mapping[place.id]
  if (!parts || parts.length === 0) return NO_PART
  const value = parts.join('+')
  return (choicesFor(place) as string[]).includes(value) ? (value as PartChoice) : NO_PART
}

export function withChoice(mapping: TemplateMapping, place: Place, choice: PartChoice): TemplateMapping {
  const { [place.id]: _, ...rest } = mapping
  return choice === NO_PART ? rest : { ...rest, [place.id]: choice.split('+') }
}

/**
 * The choice's key in the dictionary: `part.<value>`, with a section's ':' as '.', since i18next
 * reads ':' as a namespace separator (and then showed the raw id «saksutgreiing» to the user).
 */
export function choiceKey<C extends PartChoice>(choice: C): `part.${C extends `section:${infer K}` ? `section.${K}` : C}` {
  return `part.${choice.replace(':', '.')}` as `part.${C extends `section:${infer K}` ? `section.${K}` : C}`
}
