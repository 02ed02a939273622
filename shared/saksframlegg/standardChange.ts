import type { Maalform } from '../maalform'
import { caseFacts, sectionBlocks } from './defaults'
import type { Saksframlegg } from './model'
import { pastAnswerBy } from './phrase'
import { innstillingHeading, innstillingText, sectionHeading } from './render'

/**
 * What an edit did to the text the user did not write: the parts whose standard text now reads
 * otherwise (the case's data writes it), and whether the case's date crossed KS's answer deadline,
 * which swaps the text between "takkar ja …" (before) and "melder til KS …" (after). The editor
 * says so, so a text already read is not changed behind the user's back (issue 11, U5 finding 2).
 */
export interface StandardTextChange {
  /** The headings of the changed parts, as the case shows them. */
  parts: string[]
  /** Set when the date moved across the deadline: where the case now stands, and the deadline. */
  deadline?: { now: 'before' | 'after'; answerBy: string }
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

export function standardTextChange(before: Saksframlegg, after: Saksframlegg, maalform: Maalform): StandardTextChange | undefined {
  const parts = after.sections.flatMap((section) => {
    const old = before.sections.find((s) => s.id === section.id)
    if (section.own || !old || old.own) return []
    return same(sectionBlocks(old, before, maalform), sectionBlocks(section, after, maalform)) ? [] : [sectionHeading(section, maalform)]
  })
  const innstillingChanged =
    after.innstilling.kind !== 'custom' &&
    after.innstilling.kind === before.innstilling.kind &&
    innstillingText(before, maalform) !== innstillingText(after, maalform)
  if (innstillingChanged) parts.push(innstillingHeading(after, maalform))
  if (parts.length === 0) return undefined
  const [was, now] = [pastAnswerBy(caseFacts(before)), pastAnswerBy(caseFacts(after))]
  const answerBy = caseFacts(after).answerBy
  return was === now || after.header.date === '' ? { parts } : { parts, deadline: { now: now ? 'after' : 'before', answerBy } }
}
