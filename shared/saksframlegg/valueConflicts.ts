import { formatDateLong, formatDateShort, formatKroner, formatNumber } from '../format'
import type { Maalform } from '../maalform'
import { chiefTitleNoun } from '../profile'
import { caseValues, type Block, type CaseValues, type Saksframlegg, type Section } from './model'
import { areaName, bracketed, capitalise } from './phrase'
import { chiefDefinite, textFor } from './text'

/**
 * Text the user wrote keeps the values the case had when it was written (`basedOn`). When one of
 * those values has changed since and the text still carries the old one, the document would state
 * two figures (or two titles, two years): a conflict. The user chooses for each one — put the new
 * value into the text, go back to the standard text, or keep the text as it stands — and the case
 * is not exported until every conflict is decided.
 */

export type ValueKey = keyof CaseValues

/** Where the user's own text stands: a section, or an own innstilling (or closing). */
export type TextPlace = { part: 'section'; id: string } | { part: 'innstilling' }

export interface ValueConflict {
  place: TextPlace
  key: ValueKey
  /** The value as the text wrote it, and as the case now holds it, as the document writes them. */
  was: string
  now: string
  /** The sentences of the text that still carry the old value. */
  sentences: string[]
}

/** The order the editor lists a place's conflicts in: names and figures as the document reads them. */
const KEYS: readonly ValueKey[] = [
  'kommuneName',
  'chiefTitle',
  'populationCount',
  'populationDate',
  'populationSource',
  'rate',
  'amount',
  'budgetYear',
  'funding',
  'declineReason'
]

/**
 * The ways the document writes a value, the most specific first: "Tysnes kommune" before
 * "Tysnes", "Rådmannen" before "rådmann". A value nobody gave is written as its placeholder. The
 * forms of two values of one key stand in the same order, so each old form has its new one.
 */
export function valueForms(values: CaseValues, key: ValueKey, maalform: Maalform): string[] {
  const text = textFor(maalform)
  const forms = ((): string[] => {
    switch (key) {
      case 'kommuneName':
        return [values.kommuneName.trim(), areaName(values.kommuneName)]
      case 'chiefTitle': {
        const definite = chiefDefinite(values.chiefTitle)
        const noun = chiefTitleNoun(values.chiefTitle)
        return [capitalise(definite), definite, capitalise(noun), noun]
      }
      case 'populationCount':
        return [formatNumber(values.populationCount)]
      case 'populationDate':
        return values.populationDate
          ? [formatDateLong(values.populationDate), formatDateShort(values.populationDate)]
          : [text.placeholders.populationDate]
      case 'populationSource':
        return values.populationSource.trim()
          ? [values.populationSource.trim(), bracketed(values.populationSource)]
          : [text.placeholders.populationSource]
      case 'rate':
        return [formatKroner(values.rate)]
      case 'amount':
        return [formatKroner(values.amount), formatNumber(values.amount)]
      case 'budgetYear':
        return [String(values.budgetYear)]
      case 'funding': {
        // The innstilling says it as a clause: "… og vert dekt av disposisjonsfondet."
        const sentence = text.fundingSentence(values.funding)
        const clause = text.fundingClause(values.funding)
        return clause ? [sentence, sentence.replace(/^Det /, '').replace(/\.$/, ''), clause] : [sentence]
      }
      case 'declineReason':
        return [values.declineReason.trim()]
    }
  })()
  return forms
}

/** The forms to look for: each once, none empty. */
function distinct(forms: readonly string[]): string[] {
  return [...new Set(forms.filter((form) => form !== ''))]
}

const SPACE = '[ \\u00a0\\u202f]'

/**
 * A form as it may stand in typed text: any space may be a no-break space, a space between digits
 * may be left out ("2853"), and it must stand alone — "kr 20" is not found in "kr 20 000", nor
 * "rådmann" in "rådmannen".
 */
function formPattern(form: string): RegExp {
  const escape = (part: string): string => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const parts = form.split(/[ \u00a0\u202f]/)
  const spaced = parts
    .map((part, i) => (i === 0 ? '' : /\d$/.test(parts[i - 1] ?? '') && /^\d/.test(part) ? `${SPACE}?` : SPACE) + escape(part))
    .join('')
  return new RegExp(`(?<![\\p{L}\\p{N}])${spaced}(?![\\p{L}\\p{N}]|${SPACE}\\p{N})`, 'gu')
}

function carries(text: string, forms: readonly string[]): boolean {
  return forms.some((form) => formPattern(form).test(text))
}

/** A paragraph's sentences: a full stop ends one only before a capital ("30. juni" goes on). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}«(\d])/u).filter((s) => s.trim() !== '')
}

function blockTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => (block.type === 'bullets' ? block.items : [block.text]))
}

function mapBlockTexts(blocks: readonly Block[], change: (text: string) => string): Block[] {
  return blocks.map((block) => (block.type === 'bullets' ? { ...block, items: block.items.map(change) } : { ...block, text: change(block.text) }))
}

interface OwnPlace {
  place: TextPlace
  texts: string[]
  basedOn: CaseValues
}

function ownPlaces(doc: Saksframlegg): OwnPlace[] {
  const places: OwnPlace[] = doc.sections.flatMap((section) =>
    section.own ? [{ place: { part: 'section' as const, id: section.id }, texts: blockTexts(section.own.blocks), basedOn: section.own.basedOn }] : []
  )
  if (doc.innstilling.kind === 'custom' && doc.innstilling.basedOn) {
    places.push({ place: { part: 'innstilling' }, texts: [doc.innstilling.text], basedOn: doc.innstilling.basedOn })
  }
  return places
}

/** Every value the user's own text still carries in its old form though the case now holds another. */
export function valueConflicts(doc: Saksframlegg, maalform: Maalform): ValueConflict[] {
  const current = caseValues(doc)
  return ownPlaces(doc).flatMap(({ place, texts, basedOn }) =>
    KEYS.flatMap((key): ValueConflict[] => {
      const was = valueForms(basedOn, key, maalform)
      const now = valueForms(current, key, maalform)
      if (was[0] === now[0]) return []
      const carrying = texts.flatMap(sentences).filter((sentence) => carries(sentence, distinct(was)))
      if (carrying.length === 0) return []
      return [{ place, key, was: was[0] ?? '', now: now[0] ?? '', sentences: carrying }]
    })
  )
}

function samePlace(a: TextPlace, b: TextPlace): boolean {
  return a.part === b.part && (a.part === 'innstilling' || (b.part === 'section' && a.id === b.id))
}

/** The case with the own text at `place` changed, and its `basedOn` too. */
function changePlace(
  doc: Saksframlegg,
  place: TextPlace,
  change: (text: string) => string,
  basedOn: (values: CaseValues) => CaseValues
): Saksframlegg {
  if (place.part === 'innstilling') {
    const innstilling = doc.innstilling
    if (innstilling.kind !== 'custom' || !innstilling.basedOn) return doc
    return { ...doc, innstilling: { ...innstilling, text: change(innstilling.text), basedOn: basedOn(innstilling.basedOn) } }
  }
  return {
    ...doc,
    sections: doc.sections.map((section): Section =>
      section.id === place.id && section.own
        ? { ...section, own: { blocks: mapBlockTexts(section.own.blocks, change), basedOn: basedOn(section.own.basedOn) } }
        : section
    )
  }
}

function settled(key: ValueKey, current: CaseValues) {
  return (values: CaseValues): CaseValues => ({ ...values, [key]: current[key] })
}

/** "Byt ut": every old form of the value in the text becomes the new one ("2 853" → "2 847"). */
export function replaceValue(doc: Saksframlegg, conflict: Pick<ValueConflict, 'place' | 'key'>, maalform: Maalform): Saksframlegg {
  const current = caseValues(doc)
  const own = ownPlaces(doc).find((p) => samePlace(p.place, conflict.place))
  if (!own) return doc
  const was = valueForms(own.basedOn, conflict.key, maalform)
  const now = valueForms(current, conflict.key, maalform)
  const change = (text: string): string =>
    was.reduce((result, form, index) => {
      if (form === '' || was.indexOf(form) !== index) return result
      return result.replace(formPattern(form), () => now[index] || now[0] || '')
    }, text)
  return changePlace(doc, conflict.place, change, settled(conflict.key, current))
}

/** "Teksta er rett slik ho står": the text is kept, and counts as written against the value the case now holds. */
export function acceptValue(doc: Saksframlegg, conflict: Pick<ValueConflict, 'place' | 'key'>): Saksframlegg {
  return changePlace(doc, conflict.place, (text) => text, settled(conflict.key, caseValues(doc)))
}

/** A section back to the standard text, which is written from the case's data (own text is dropped; the editor offers undo). */
export function toStandardText(doc: Saksframlegg, sectionId: string): Saksframlegg {
  return {
    ...doc,
    sections: doc.sections.map((section) => {
      if (section.id !== sectionId) return section
      const { own: _, ...standard } = section
      return standard
    })
  }
}
