import type { ParseKeys } from 'i18next'
import { caseIssues, type CaseIssue, type Saksframlegg } from '@shared/saksframlegg'

/** What the editor checks before it saves or exports: an id to focus and a dictionary key. */
export interface DraftIssue {
  field: string
  key: ParseKeys<'saksframlegg'>
}

export const FIELD = {
  title: 'sf-title',
  innstillingText: 'sf-innstilling-text',
  fundingText: 'sf-funding-text',
  sectionHeading: (id: string) => `sf-section-${id}-heading`,
  section: (id: string) => `sf-section-${id}`,
  part: (part: string) => `sf-part-${part}`
} as const

/** The case's issues (shared/saksframlegg/caseIssues.ts) as the form shows them. */
export function validateDraft(doc: Saksframlegg): DraftIssue[] {
  return caseIssues(doc).map(draftIssue)
}

function draftIssue(issue: CaseIssue): DraftIssue {
  switch (issue.code) {
    case 'title':
      return { field: FIELD.title, key: 'error.title' }
    case 'sectionHeading':
      return { field: FIELD.sectionHeading(issue.sectionId), key: 'error.sectionHeading' }
    case 'innstilling':
      return { field: FIELD.innstillingText, key: 'error.innstilling' }
    case 'closing':
      return { field: FIELD.innstillingText, key: 'error.closing' }
    case 'funding':
      return { field: FIELD.fundingText, key: 'error.funding' }
    case 'schema':
      return { field: FIELD.title, key: 'error.schema' }
  }
}

/** JSON equality for drafts: the editor only ever holds plain JSON. */
export function sameDocument(a: Saksframlegg, b: Saksframlegg): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * A draft left without deciding, with the stored version it was started from (so that a save
 * after coming back still meets a version another window saved meanwhile) and the editor session
 * whose working copy holds it.
 */
export interface UnsavedDraft {
  draft: Saksframlegg
  baseVersion: number
  sessionId: string
}

/**
 * Unsaved drafts of cases the user left without deciding (the browser's back button, a link
 * the guard did not see), kept for the session so that coming back brings the work back.
 */
export const unsavedDrafts = new Map<string, UnsavedDraft>()
