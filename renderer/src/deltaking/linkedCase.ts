import type { Maalform } from '@shared/maalform'
import type { Saksframlegg } from '@shared/saksframlegg'
import { innstillingText } from '@shared/saksframlegg/render'
import { decisionPrefill } from '@shared/tracking/decisionPrefill'
import type { Participation } from '@shared/tracking/participation'

/** A saksframlegg the participation can be linked to, as the page lists them. */
export interface CaseChoice {
  id: string
  title: string
  document: Saksframlegg
}

/** What the linked case's saksgang and innstilling give the decision form. */
export interface DecisionDefaults {
  utval: string
  saksnummer: string
  date: string
  vedtakText: string
  /** What the case recommends (its innstilling), so the form starts from what the council was asked to adopt. */
  answer: 'ja' | 'nei'
  /** The case the figures came from, named on the form. */
  caseTitle?: string
  /** Set when the values are the decision the user went back from, as it was recorded, not the case's. */
  restored?: true
}

/** The case the participation went to the politicians with, on its current path. */
export function linkedCaseId(record: Participation): string | undefined {
  const step = record.steps.findLast((s) => s.status === 'tilPolitiskHandsaming')
  return step?.status === 'tilPolitiskHandsaming' ? step.caseId : undefined
}

/**
 * The decision as the linked case's saksgang knows it (shared/tracking/decisionPrefill.ts: only the
 * last body, the one that decides), and the innstilling as the vedtak text. `stepDate` is the date
 * any step starts with, used when the deciding row has no date that fits; `notBefore` is the
 * previous step's date.
 */
export function decisionDefaults(linked: CaseChoice | undefined, maalform: Maalform, stepDate: string, notBefore?: string): DecisionDefaults {
  if (!linked) return { utval: '', saksnummer: '', date: stepDate, vedtakText: '', answer: 'ja' }
  const prefill = decisionPrefill(linked.document.saksgang, notBefore)
  return {
    utval: prefill.utval,
    saksnummer: prefill.saksnummer,
    date: prefill.date || stepDate,
    vedtakText: linked.document.caseKind === 'vedtakssak' ? innstillingText(linked.document, maalform) : '',
    answer: linked.document.caseKind === 'vedtakssak' && linked.document.innstilling.kind === 'decline' ? 'nei' : 'ja',
    caseTitle: linked.title
  }
}
