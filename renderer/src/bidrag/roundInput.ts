import Decimal from 'decimal.js'
import type { ParseKeys } from 'i18next'
import { isIsoDate } from '@shared/format'
import { userAddedRound, type FinancingRound } from '@shared/financingRound'

export interface RoundDraft {
  name: string
  invitationDate: string
  answerBy: string
  budgetYear: string
  rateKommune: string
  rateFylkeskommune: string
}

export type RoundField = keyof RoundDraft

/** What is wrong with a field, as a key of the Bidrag dictionary. */
export type RoundErrors = Partial<Record<RoundField, ParseKeys<'bidrag'>>>

/** A rate as a user types it: "20", "0,125", "1 000". Returns a decimal string or undefined. */
export function parseRate(text: string): string | undefined {
  const cleaned = text.trim().replace(/[ \u00a0\u202f]/g, '').replace(',', '.')
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return undefined
  const value = new Decimal(cleaned)
  if (value.lte(0) || value.gt(10_000)) return undefined
  return value.toFixed()
}

/**
 * Checks a new round as typed and gives either the round or the message keys (bidrag namespace)
 * of what is wrong. Nothing is stored unless every field is right.
 */
export function validateRound(
  draft: RoundDraft,
  id: string
): { ok: true; round: FinancingRound } | { ok: false; errors: RoundErrors } {
  const errors: RoundErrors = {}
  if (draft.name.trim() === '') errors.name = 'error.roundName'
  if (!isIsoDate(draft.invitationDate)) errors.invitationDate = 'error.date'
  if (!isIsoDate(draft.answerBy)) errors.answerBy = 'error.date'
  else if (isIsoDate(draft.invitationDate) && draft.answerBy < draft.invitationDate) {
    errors.answerBy = 'error.answerBeforeInvitation'
  }
  const year = Number(draft.budgetYear.trim())
  if (!/^\d{4}$/.test(draft.budgetYear.trim()) || year < 2000 || year > 2100) errors.budgetYear = 'error.budgetYear'
  const rateKommune = parseRate(draft.rateKommune)
  const rateFylkeskommune = parseRate(draft.rateFylkeskommune)
  if (!rateKommune) errors.rateKommune = 'error.rate'
  if (!rateFylkeskommune) errors.rateFylkeskommune = 'error.rate'
  if (Object.keys(errors).length > 0 || !rateKommune || !rateFylkeskommune) return { ok: false, errors }
  return {
    ok: true,
    round: userAddedRound({
      id,
      name: draft.name.trim(),
      invitationDate: draft.invitationDate,
      answerBy: draft.answerBy,
      budgetYear: year,
      rateKommune,
      rateFylkeskommune
    })
  }
}
