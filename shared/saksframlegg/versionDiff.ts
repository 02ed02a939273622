import { blockText } from '../document/text'
import type { Maalform } from '../maalform'
import type { Saksframlegg } from './model'
import { renderSaksframlegg, type SaksframleggBlock, type SaksframleggPart } from './render'

/**
 * One part of a saksframlegg that reads differently in two versions of it (the user's unsaved
 * text and the version another window saved): its words in each, as the document will print
 * them. A part only one of them has (a section added or removed) has empty text in the other.
 */
export interface DifferingPart {
  part: SaksframleggPart
  /** The section's id, for a section. */
  id?: string
  /** The section's heading as either version prints it (the user's first). */
  heading?: string
  mine: string
  theirs: string
}

const keyOf = (block: SaksframleggBlock): string => `${block.origin.part}:${block.origin.id ?? ''}`

/** The printed words of each part, in the order the document prints them. */
function partsOf(doc: Saksframlegg, maalform: Maalform): Map<string, SaksframleggBlock[]> {
  const parts = new Map<string, SaksframleggBlock[]>()
  for (const block of renderSaksframlegg(doc, maalform).blocks) {
    const key = keyOf(block)
    parts.set(key, [...(parts.get(key) ?? []), block])
  }
  return parts
}

const textOf = (blocks: SaksframleggBlock[] | undefined): string => (blocks ?? []).map(blockText).join('\n')
const headingOf = (blocks: SaksframleggBlock[] | undefined): string | undefined => blocks?.find((b) => b.type === 'heading')?.text

/** The parts whose printed words differ between the two versions; none when they read the same. */
export function differingParts(mine: Saksframlegg, theirs: Saksframlegg, maalform: Maalform): DifferingPart[] {
  const a = partsOf(mine, maalform)
  const b = partsOf(theirs, maalform)
  const keys = [...a.keys(), ...[...b.keys()].filter((key) => !a.has(key))]
  const differing: DifferingPart[] = []
  for (const key of keys) {
    const mineText = textOf(a.get(key))
    const theirsText = textOf(b.get(key))
    if (mineText === theirsText) continue
    const first = (a.get(key) ?? b.get(key))![0]!
    const heading = first.origin.part === 'section' ? (headingOf(a.get(key)) ?? headingOf(b.get(key))) : undefined
    differing.push({
      part: first.origin.part,
      ...(first.origin.id !== undefined ? { id: first.origin.id } : {}),
      ...(heading !== undefined ? { heading } : {}),
      mine: mineText,
      theirs: theirsText
    })
  }
  return differing
}

/** How many characters of a changed part a list of unsaved copies shows. */
export const EXCERPT_LENGTH = 120

/**
 * The parts a user writes in, before the ones the form fills in: a copy that changed both the
 * header (a date, an archive number) and a paragraph is told by the paragraph.
 */
const WRITTEN: readonly SaksframleggPart[] = ['section', 'innstilling', 'title', 'vedlegg', 'andreSaksdokument']

/**
 * The part an unsaved copy changed from the case as saved that best tells the user which copy it
 * is: the first written part (a section, the innstilling, the title) that differs, else the first
 * part that does. Its excerpt is the first line (paragraph, header row) the copy reads differently,
 * to the end of its first sentence or `length` characters; `more` is how many other parts it
 * changed. Null when its printed words are the saved ones (it changed something not printed as text).
 */
export function firstChange(copy: Saksframlegg, saved: Saksframlegg, maalform: Maalform, length = EXCERPT_LENGTH): { part: DifferingPart; excerpt: string; more: number } | null {
  const parts = differingParts(copy, saved, maalform)
  const first = parts.find((p) => WRITTEN.includes(p.part)) ?? parts[0]
  if (!first) return null
  return { part: first, excerpt: excerpt(firstChangedLine(first), length), more: parts.length - 1 }
}

/** The first line of the copy's words the saved version does not have, where it has one. */
function firstChangedLine(part: DifferingPart): string {
  const saved = new Set(part.theirs.split('\n').map((line) => line.trim()))
  return part.mine.split('\n').find((line) => line.trim() !== '' && !saved.has(line.trim())) ?? ''
}

/** The text on one line, to the end of its first sentence, or cut at the last space before `length` characters. */
export function excerpt(text: string, length: number): string {
  const line = text.replace(/\s+/g, ' ').trim()
  // A sentence ends where the next word starts with a capital (a date's «20. november» does not).
  const sentence = /^.{20,}?[.!?](?=\s+[\p{Lu}«(])/u.exec(line)?.[0]
  if (sentence && sentence.length <= length) return line.length > sentence.length ? `${sentence} …` : sentence
  if (line.length <= length) return line
  const cut = line.slice(0, length)
  const space = cut.lastIndexOf(' ')
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()} …`
}
