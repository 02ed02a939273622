import { KOMMUNEPROPOSISJONEN_2018, KS_INVITATION_2017, KS_PRINCIPLES_NOTE_2017, KS_STRATEGY_2017 } from '../citedTitles'
import type { Block } from './model'
import Decimal from 'decimal.js'
import { formatDateLong, formatKroner, formatMillionar, formatSum, parseIsoDate } from '../format'
import type { CaseFacts, InvitationFacts } from './textTypes'

/** Small helpers the two målformer's text files share; no word that belongs to only one målform here. */

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nb-NO') + text.slice(1)
}

/** The multiplication as the case states it: "2 853 innbyggjarar × kr 20 = kr 57 060". */
export function calculation(population: string, rate: string, amount: string): string {
  return `${population} × ${rate} = ${amount}`
}

/** A fund source as a list item: "KMD, 2025: 50 mill. kr", "KS: inntil 40 mill. kr" ("inntil" in both målformer). */
export function sourceItem(label: string, amount: string, upTo: boolean): string {
  return `${label.trim()}: ${upTo ? 'inntil ' : ''}${formatSum(amount)}`
}

/**
 * The place a kommune or fylkeskommune is named for: "folketalet i Hordaland", not "i Hordaland
 * fylkeskommune". "kommune" and "fylkeskommune" are the same word in both målformer.
 */
export function areaName(name: string): string {
  return name.trim().replace(/\s+(fylkeskommune|kommune)$/i, '')
}

/** KS's own documents for the 2017 round, as citedTitles.ts quotes them; "brev av" is the same in both målformer. */
export function digiFin2017Vedlegg(invitationDate: string): string[] {
  return [
    `KS: «${KS_INVITATION_2017}», brev av ${formatDateLong(invitationDate)}`,
    `KS: «${KS_PRINCIPLES_NOTE_2017}»`
  ]
}

export const DIGIFIN_2017_OTHER_DOCUMENTS = [`KS: «${KS_STRATEGY_2017}»`, `Prop. 128 S (2016–2017) «${KOMMUNEPROPOSISJONEN_2018}»`]

/**
 * A source as it stands in brackets after a figure: "SSB, tabell 07459, folketal 1. januar 2017".
 * Its own brackets become commas, since brackets inside brackets read badly, and a closing full
 * stop goes, since the sentence ends after the bracket.
 */
export function bracketed(source: string): string {
  return source
    .trim()
    .replace(/\s*\(([^()]*)\)/g, ', $1')
    .replace(/[.]$/, '')
}

/** A run of paragraphs; a part left out (undefined, or a blank text) gives none. */
export function paragraphs(...texts: (string | undefined)[]): Block[] {
  return texts.flatMap((text) => (text?.trim() ? [{ type: 'paragraph' as const, text }] : []))
}

/** The case is dated after KS's answer deadline: its text must not speak of the deadline as ahead. */
export function afterDeadline(invitation: InvitationFacts, facts: CaseFacts): boolean {
  return facts.caseDate !== '' && facts.caseDate > invitation.answerBy
}

/** The same, from the case's facts alone (the innstilling has no invitation at hand). */
export function pastAnswerBy(facts: CaseFacts): boolean {
  return facts.caseDate !== '' && facts.answerBy !== '' && facts.caseDate > facts.answerBy
}

/** The contributor as the text names itself: "kommunen", "fylkeskommunen" (the same in nn and nb). */
export function self(facts: CaseFacts): string {
  return facts.contributorKind === 'kommune' ? 'kommunen' : 'fylkeskommunen'
}

/** The text as a sentence: a full stop added unless it ends in one. */
export function sentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?]$/.test(trimmed) ? trimmed : trimmed + '.'
}

/** The body that adopts the case: kommunestyret or fylkestinget. */
export function council(facts: CaseFacts): string {
  return facts.contributorKind === 'kommune' ? 'kommunestyret' : 'fylkestinget'
}

export function yearOf(iso: string): number {
  return parseIsoDate(iso).year
}

/** What the fund gets less when the contributor stays outside: its own amount, «om lag 3 mill. kr» from a million up (set 12, B13). */
export function lessForFund(amount: string): string {
  const d = new Decimal(amount)
  return d.greaterThanOrEqualTo(1_000_000) ? `om lag ${formatMillionar(d)}` : formatKroner(d)
}
