import type { Maalform } from '@shared/maalform'
import type { Saksframlegg } from '@shared/saksframlegg'
import { innstillingText } from '@shared/saksframlegg/render'
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
}

/** The case the participation went to the politicians with, on its current path. */
export function linkedCaseId(record: Participation): string | undefined {
  const step = record.steps.findLast((s) => s.status === 'tilPolitiskHandsaming')
  return step?.status === 'tilPolitiskHandsaming' ? step.caseId : undefined
}

/**
 * The decision as the linked case's saksgang knows it: the last row with a case number (the body
 * that decides, e.g. Kommunestyret after Formannskapet), and the innstilling as the vedtak text.
 */
export function decisionDefaults(linked: CaseChoice | undefined, maalform: Maalform, today: string): DecisionDefaults {
  if (!linked) return { utval: '', saksnummer: '', date: today, vedtakText: '', answer: 'ja' }
  const rows = linked.document.saksgang
  const row = rows.findLast((r) => r.saksnr.trim() !== '') ?? rows.findLast((r) => r.utval.trim() !== '')
  return {
    utval: row?.utval.trim() ?? '',
    saksnummer: row?.saksnr.trim() ?? '',
    date: row?.moetedato || today,
    vedtakText: linked.document.caseKind === 'vedtakssak' ? innstillingText(linked.document, maalform) : '',
    answer: linked.document.caseKind === 'vedtakssak' && linked.document.innstilling.kind === 'decline' ? 'nei' : 'ja',
    caseTitle: linked.title
  }
}
