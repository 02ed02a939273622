import type { DisplayBlock } from '../document/blocks'
import type { Place, TemplateMapping, TemplatePart } from '../document/template/types'
import { oneLine } from '../document/text'
import { formatDateLong } from '../format'
import type { Maalform } from '../maalform'
import type { MeldingOmVedtak } from './model'
import { renderMelding, shownReference, theirLetterField, type MeldingPart } from './render'

/**
 * The melding's parts as the template engine takes them: what a kommune's letter template can hold
 * in its places. The template has its own letterhead, so the kommune's name, the document kind and
 * the reference fields of the app's own layout are parts a place may take one by one, never a
 * block written above the letter. Every part is cut from `renderMelding`, so the letter in the
 * template says exactly what the plain Word file says.
 */

/**
 * `theirLetter` is the date of KS's letter, for a place the template heads "Dykkar brev";
 * `theirReference` is for a place headed "Dykkar ref.": KS's reference with the letter's date, or
 * "brev av 8. september 2017" when the reference is not known, never a bare date in a reference field.
 */
export const MELDING_TEXT_PART_IDS = ['subject', 'date', 'ourReference', 'theirLetter', 'theirReference', 'sakshandsamar', 'organisation'] as const
/** `letter` is the subject as a heading, the body and the signature: the whole letter below the letterhead. */
export const MELDING_BLOCK_PART_IDS = ['letter', 'recipient', 'body', 'signature'] as const

export type MeldingTemplatePartId = (typeof MELDING_TEXT_PART_IDS)[number] | (typeof MELDING_BLOCK_PART_IDS)[number]

/** The key the kommune's template is stored under (Innstillingar, the export in Deltaking). */
export const MELDING_TEMPLATE_TYPE = 'meldingOmVedtak'

/** Every part of the melding, by id, wholly in the målform asked for. */
export function meldingTemplateParts(melding: MeldingOmVedtak, maalform: Maalform): Record<MeldingTemplatePartId, TemplatePart> {
  const rendered = renderMelding(melding, maalform)
  const of = (...parts: MeldingPart[]): DisplayBlock[] => rendered.blocks.filter((block) => block.origin !== undefined && parts.includes(block.origin.part))
  const text = (value: string): TemplatePart => ({ kind: 'text', text: oneLine(value) })
  const blocks = (list: DisplayBlock[]): TemplatePart => ({ kind: 'blocks', blocks: list })
  // The rendered signature has its empty lines (room to sign), whatever the template's spacing.
  const signature = of('signature')
  const field = theirLetterField(melding, maalform)
  const reference = melding.theirLetter.reference ? field.value : `brev av ${field.value}`
  return {
    subject: text(rendered.meta.title),
    date: text(formatDateLong(melding.date)),
    ourReference: text(shownReference(melding)),
    theirLetter: text(formatDateLong(melding.theirLetter.date)),
    theirReference: text(reference),
    sakshandsamar: text(melding.sender.name),
    organisation: text(melding.sender.organisation),
    letter: blocks([...of('subject', 'decision', 'economy'), ...signature]),
    recipient: blocks(of('recipient')),
    body: blocks(of('decision', 'economy')),
    signature: blocks(signature)
  }
}

/** Names a kommune's letter template gives its fields (bookmarks, control tags, `{{…}}`), in both målformer. */
const BY_NAME: Record<string, MeldingTemplatePartId> = {
  tittel: 'subject',
  sakstittel: 'subject',
  emne: 'subject',
  overskrift: 'subject',
  dato: 'date',
  brevdato: 'date',
  date: 'date',
  varref: 'ourReference',
  vaarref: 'ourReference',
  varreferanse: 'ourReference',
  vaarreferanse: 'ourReference',
  arkivsak: 'ourReference',
  referanse: 'ourReference',
  dykkarref: 'theirReference',
  deresref: 'theirReference',
  dykkarreferanse: 'theirReference',
  deresreferanse: 'theirReference',
  dykkarbrev: 'theirLetter',
  deresbrev: 'theirLetter',
  sakshandsamar: 'sakshandsamar',
  saksbehandler: 'sakshandsamar',
  underskrivar: 'sakshandsamar',
  underskriver: 'sakshandsamar',
  kommune: 'organisation',
  avsendar: 'organisation',
  avsender: 'organisation',
  mottakar: 'recipient',
  mottaker: 'recipient',
  adresse: 'recipient',
  brevtekst: 'body',
  tekst: 'body',
  underskrift: 'signature',
  signatur: 'signature'
}

/** "Vår_ref", "vaar-ref", "VårReferanse" → "varref", "vaarref", "varreferanse". */
function normalised(name: string): string {
  return name.toLocaleLowerCase('nb-NO').replace(/å/g, 'a').replace(/[^a-zæø]/g, '')
}

/**
 * The mapping a user starts from: a place named as a part takes it (`{{dato}}`, a bookmark
 * "Mottakar"); the first marker pair takes the letter text: the body and the signature when the
 * template has a place for the subject of its own, else the whole letter with its subject heading.
 */
export function defaultMeldingTemplateMapping(places: readonly Place[]): TemplateMapping {
  const mapping: Record<string, MeldingTemplatePartId[]> = {}
  for (const place of places) {
    if (place.kind === 'markers') continue
    const part = BY_NAME[normalised(place.name)]
    if (!part) continue
    const fits = place.accepts === 'both' || (place.accepts === 'text') === (MELDING_TEXT_PART_IDS as readonly string[]).includes(part)
    if (fits) mapping[place.id] = [part]
  }
  const taken = new Set(Object.values(mapping).flat())
  const pair = places.find((place) => place.kind === 'markers')
  if (!pair) return mapping
  const body: MeldingTemplatePartId[] = taken.has('signature') ? ['body'] : ['body', 'signature']
  mapping[pair.id] = taken.has('subject') || taken.has('signature') ? body : ['letter']
  return mapping
}
