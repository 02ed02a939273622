import type { Place, TemplateMapping, TemplatePart } from '../document/template/types'
import { oneLine } from '../document/text'
import type { Maalform } from '../maalform'
import type { Saksframlegg } from './model'
import { headerValues, renderInnstilling, renderSection, renderVedlegg, saksgangTable } from './render'

/**
 * The saksframlegg's parts as the template engine takes them: what a kommune's template can hold in
 * its places. The template has its own header, title and innstilling heading, so no part repeats
 * them, and the innstilling is a part of its own (WebSak has a marker pair for it).
 */

export const TEXT_PART_IDS = ['title', 'sakshandsamar', 'arkivsak', 'arkivkode', 'date'] as const
export const BLOCK_PART_IDS = ['vedlegg', 'saksutgreiing', 'innstilling', 'saksgang'] as const

export type SaksframleggPartId = (typeof TEXT_PART_IDS)[number] | (typeof BLOCK_PART_IDS)[number] | `section:${string}`

export function sectionPartId(sectionId: string): SaksframleggPartId {
  return `section:${sectionId}`
}

/** Every part of the case, by id: `saksutgreiing` is all sections, `section:<id>` each one alone. */
export function saksframleggTemplateParts(doc: Saksframlegg, maalform: Maalform): Record<SaksframleggPartId, TemplatePart> {
  const values = headerValues(doc, maalform)
  const parts: Record<string, TemplatePart> = {
    title: { kind: 'text', text: oneLine(doc.title) },
    sakshandsamar: { kind: 'text', text: values.sakshandsamar },
    arkivsak: { kind: 'text', text: values.arkivsak },
    arkivkode: { kind: 'text', text: values.arkivkode },
    date: { kind: 'text', text: values.date },
    vedlegg: { kind: 'blocks', blocks: renderVedlegg(doc, maalform) },
    saksutgreiing: { kind: 'blocks', blocks: doc.sections.flatMap((s) => renderSection(doc, s, maalform)) },
    innstilling: { kind: 'blocks', blocks: renderInnstilling(doc, maalform, false) },
    saksgang: { kind: 'blocks', blocks: doc.saksgang.length > 0 ? [saksgangTable(doc, maalform)] : [] }
  }
  for (const section of doc.sections) parts[sectionPartId(section.id)] = { kind: 'blocks', blocks: renderSection(doc, section, maalform) }
  return parts
}

/** WebSak's marker words, nynorsk and bokmål, and what goes between each pair. */
const MARKER_DEFAULTS: [RegExp, SaksframleggPartId[]][] = [
  [/^saksutgreiinga?$|^saksutredningen?$/, ['vedlegg', 'saksutgreiing']],
  [/^innstillinga?$|^innstillingen$/, ['innstilling']]
]

const BY_NAME: Record<string, SaksframleggPartId> = {
  title: 'title',
  tittel: 'title',
  sakstittel: 'title',
  sakshandsamar: 'sakshandsamar',
  saksbehandler: 'sakshandsamar',
  arkivsak: 'arkivsak',
  arkivkode: 'arkivkode',
  date: 'date',
  dato: 'date',
  saksgang: 'saksgang',
  vedlegg: 'vedlegg',
  saksutgreiing: 'saksutgreiing',
  saksutredning: 'saksutgreiing',
  innstilling: 'innstilling'
}

/**
 * The mapping a user starts from: WebSak's first marker pair takes the vedlegg and the
 * saksutgreiing, the second the innstilling (by their words, else by their order); any other place
 * whose name is a part's (`{{tittel}}`, a control tagged "sakshandsamar") takes that part.
 */
export function defaultTemplateMapping(places: readonly Place[]): TemplateMapping {
  const mapping: Record<string, SaksframleggPartId[]> = {}
  const pairs = places.filter((p) => p.kind === 'markers')
  const byWord = pairs.map((place) => MARKER_DEFAULTS.find(([words]) => words.test(place.name))?.[1])
  // Order decides only when no pair has WebSak's words, so no part is written twice.
  const useOrder = byWord.every((parts) => parts === undefined)
  pairs.forEach((place, index) => {
    const parts = useOrder ? MARKER_DEFAULTS[index]?.[1] : byWord[index]
    if (parts) mapping[place.id] = parts
  })
  for (const place of places) {
    if (place.kind === 'markers') continue
    const part = BY_NAME[place.name.toLocaleLowerCase('nb-NO')]
    if (!part) continue
    const fits = place.accepts === 'both' || (place.accepts === 'text') === (TEXT_PART_IDS as readonly string[]).includes(part)
    if (fits) mapping[place.id] = [part]
  }
  return mapping
}
