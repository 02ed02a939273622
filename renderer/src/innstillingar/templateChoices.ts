import type { Place, TemplateMapping } from '@shared/document/template'
import { defaultMeldingTemplateMapping, MELDING_BLOCK_PART_IDS, MELDING_TEMPLATE_TYPE, MELDING_TEXT_PART_IDS } from '@shared/meldingOmVedtak/templateParts'
import { BLOCK_PART_IDS, defaultTemplateMapping, TEXT_PART_IDS } from '@shared/saksframlegg/templateParts'

/**
 * What the user can put in a place, as one choice per place: a part, or the vedlegg and the
 * saksutgreiing together (WebSak's first marker pair takes both). A choice's value is its parts
 * joined by '+'; its key in the dictionary is `choiceKey` of it. Each document type that can be
 * written into the kommune's template has its own parts.
 */
export const NO_PART = 'none'

/** The document types a kommune can set up a template for, by the key the template is stored under. */
export const TEMPLATE_DOCUMENT_TYPES = ['saksframlegg', MELDING_TEMPLATE_TYPE] as const
export type TemplateDocumentType = (typeof TEMPLATE_DOCUMENT_TYPES)[number]

// Each default section alone (`sectionPartId` of its kind); a case without one writes nothing there.
const SECTION_CHOICES = ['section:saksutgreiing', 'section:saksopplysningar', 'section:okonomiskeKonsekvensar', 'section:vurdering'] as const

const BLOCK_CHOICES = ['vedlegg+saksutgreiing', ...BLOCK_PART_IDS.filter((p) => p !== 'saksgang'), ...SECTION_CHOICES, 'saksgang'] as const

const MELDING_BLOCK_CHOICES = [...MELDING_BLOCK_PART_IDS, 'body+signature'] as const

type SaksframleggChoice = (typeof BLOCK_CHOICES)[number] | (typeof TEXT_PART_IDS)[number]
type MeldingChoice = `melding.${(typeof MELDING_BLOCK_CHOICES)[number] | (typeof MELDING_TEXT_PART_IDS)[number]}`

export type PartChoice = typeof NO_PART | SaksframleggChoice | MeldingChoice

// The melding's choices carry their type in the value, so one dictionary key names each and no
// saksframlegg part ('title', 'date') is mistaken for the melding's.
const melding = <P extends string>(parts: readonly P[]): `melding.${P}`[] => parts.map((p) => `melding.${p}` as const)

/** A place that holds one line takes only the parts of one line; a place for paragraphs takes any. */
export function choicesFor(type: TemplateDocumentType, place: Place): PartChoice[] {
  const text: PartChoice[] = type === 'saksframlegg' ? [...TEXT_PART_IDS] : melding(MELDING_TEXT_PART_IDS)
  const blocks: PartChoice[] = type === 'saksframlegg' ? [...BLOCK_CHOICES] : melding(MELDING_BLOCK_CHOICES)
  return [NO_PART, ...(place.accepts === 'text' ? text : [...blocks, ...text])]
}

/** The parts of a choice as the mapping stores them: the melding's without their prefix. */
function partsOf(choice: PartChoice): string[] {
  return choice.replace(/^melding\./, '').split('+')
}

export function choiceOf(type: TemplateDocumentType, mapping: TemplateMapping, place: Place): PartChoice {
  const parts = mapping[place.id]
  if (!parts || parts.length === 0) return NO_PART
  const value = parts.join('+')
  return choicesFor(type, place).find((choice) => choice !== NO_PART && partsOf(choice).join('+') === value) ?? NO_PART
}

export function withChoice(mapping: TemplateMapping, place: Place, choice: PartChoice): TemplateMapping {
  const { [place.id]: _, ...rest } = mapping
  return choice === NO_PART ? rest : { ...rest, [place.id]: partsOf(choice) }
}

/** The mapping a template of the type starts from, when the user has chosen nothing yet. */
export function defaultMapping(type: TemplateDocumentType, places: readonly Place[]): TemplateMapping {
  return type === 'saksframlegg' ? defaultTemplateMapping(places) : defaultMeldingTemplateMapping(places)
}

type ChoiceKey<C extends PartChoice> = `part.${C extends `section:${infer K}` ? `section.${K}` : C}`

/**
 * The choice's key in the dictionary: `part.<value>`, with a section's ':' as '.', since i18next
 * reads ':' as a namespace separator (and then showed the raw id «saksutgreiing» to the user).
 */
export function choiceKey<C extends PartChoice>(choice: C): ChoiceKey<C> {
  return `part.${choice.replace(':', '.')}` as ChoiceKey<C>
}
