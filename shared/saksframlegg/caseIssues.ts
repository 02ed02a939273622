import { chiefTitleNoun } from '../profile'
import { parseSaksframlegg, type ChiefTitle, type Saksframlegg } from './model'

/**
 * What a case must meet beyond the schema before it is saved or exported: what the schema allows
 * but a council document cannot have (no title, an empty own innstilling). Screens turn each code
 * into their own field and message.
 */
export type CaseIssue =
  | { code: 'title' }
  /** An own section without a heading. */
  | { code: 'sectionHeading'; sectionId: string }
  /** An own innstilling left empty; in an orienteringssak it is the closing words. */
  | { code: 'innstilling' }
  | { code: 'closing' }
  | { code: 'funding' }
  /** Nothing above, yet the schema refuses the case. */
  | { code: 'schema' }

/** The issues in the order the form shows them; none means the case may be saved. */
export function caseIssues(doc: Saksframlegg): CaseIssue[] {
  const issues: CaseIssue[] = []
  if (doc.title.trim() === '') issues.push({ code: 'title' })
  for (const section of doc.sections) {
    if (section.kind === 'other' && (section.heading ?? '').trim() === '') {
      issues.push({ code: 'sectionHeading', sectionId: section.id })
    }
  }
  if (doc.innstilling.kind === 'custom' && doc.innstilling.text.trim() === '') {
    issues.push({ code: doc.caseKind === 'vedtakssak' ? 'innstilling' : 'closing' })
  }
  if (doc.economy.funding.kind === 'custom' && doc.economy.funding.text.trim() === '') issues.push({ code: 'funding' })
  if (issues.length === 0 && !parseSaksframlegg(doc).ok) issues.push({ code: 'schema' })
  return issues
}

/** The titles the kommunelov of 2018 (in force from 2019) brought, and what they replaced. */
const TITLES_BEFORE_2019: Partial<Record<ChiefTitle['kind'], ChiefTitle['kind']>> = {
  kommunedirektoer: 'raadmann',
  fylkesdirektoer: 'fylkesraadmann'
}

/**
 * A case for KS DigiFin 2017 whose chief bears a title that came with the kommunelov in force from
 * 2019: in 2017 the title was rådmann (fylkesrådmann). A warning only; the user may keep it. The
 * titles as nouns, or null when there is nothing to say.
 */
export function chiefTitleAfterRound(doc: Saksframlegg): { title: string; older: string } | null {
  const older = TITLES_BEFORE_2019[doc.chiefTitle.kind]
  if (!older || !doc.invitation?.digiFin2017) return null
  return { title: chiefTitleNoun(doc.chiefTitle), older: chiefTitleNoun({ kind: older }) }
}
