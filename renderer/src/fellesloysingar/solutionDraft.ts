import type { Maalform } from '@shared/maalform'
import { parseNorwegianDate } from '@shared/norwegianDate'
import { solutionIdFor, type FundFinanced, type Solution, type SolutionStatus } from '@shared/tracking/catalogue'
import type { ConnectionCost, Period, PriceVersion, RunningCost } from '@shared/tracking/priceModel'

/** What the entry form holds, as typed. */
export interface SolutionDraft {
  name: string
  operator: string
  purpose: string
  status: SolutionStatus
  fundFinanced: FundFinanced
  url: string
  checked: boolean
  addPrice: boolean
  fromYear: string
  connectionKind: 'unknown' | 'none' | 'fixed' | 'perInnbyggjar'
  connectionAmount: string
  runningKind: 'unknown' | 'none' | 'parts'
  payee: string
  runningFixed: string
  runningFixedPer: Period
  runningPer: string
  runningPerPer: Period
  source: string
  statedOn: string
}

export type DraftField = keyof SolutionDraft
export type DraftError = 'required' | 'badAmount' | 'badYear' | 'badUrl' | 'badStated'

export function draftFrom(solution: Solution | undefined, m: Maalform): SolutionDraft {
  return {
    name: solution?.name ?? '',
    operator: solution?.operator ?? '',
    purpose: solution?.purpose[m] ?? '',
    status: solution?.status ?? 'tilgjengeleg',
    fundFinanced: solution?.fundFinanced ?? 'unknown',
    url: solution?.url ?? '',
    checked: solution ? !solution.example : true,
    addPrice: !solution,
    fromYear: String(new Date().getFullYear()),
    connectionKind: 'unknown',
    connectionAmount: '',
    runningKind: 'unknown',
    payee: 'KS',
    runningFixed: '',
    runningFixedPer: 'month',
    runningPer: '',
    runningPerPer: 'month',
    source: '',
    statedOn: ''
  }
}

/** When the source gave the price: a year ("2021") or a date typed the Norwegian way; '' for none, undefined if neither. */
function statedOn(text: string): string | undefined {
  const typed = text.trim()
  if (typed === '' || /^\d{4}$/.test(typed)) return typed
  const date = parseNorwegianDate(typed)
  return date.ok ? date.iso : undefined
}

/** "25 000", "0,125" → "25000", "0.125"; undefined if it is not an amount. */
function amount(text: string): string | undefined {
  const clean = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')
  return /^\d+(\.\d+)?$/.test(clean) ? clean : undefined
}

export type DraftResult = { ok: true; solution: Solution } | { ok: false; errors: Partial<Record<DraftField, DraftError>> }

/**
 * The entry the form describes: the existing one with its fields changed (the purpose in the
 * målform the user writes; a new entry gets it in both), and a new price from a year if asked.
 */
export function solutionFromDraft(d: SolutionDraft, existing: Solution | undefined, takenIds: ReadonlySet<string>, m: Maalform): DraftResult {
  const errors: Partial<Record<DraftField, DraftError>> = {}
  const need = (field: DraftField, value: string): void => {
    if (!value.trim()) errors[field] = 'required'
  }
  need('name', d.name)
  need('operator', d.operator)
  need('purpose', d.purpose)
  if (d.url.trim() && !/^https?:\/\/\S+\.\S+$/.test(d.url.trim())) errors.url = 'badUrl'
  let price: PriceVersion | undefined
  if (d.addPrice) {
    const year = Number(d.fromYear)
    if (!/^\d{4}$/.test(d.fromYear.trim()) || year < 2000 || year > 2100) errors.fromYear = 'badYear'
    need('source', d.source)
    const stated = statedOn(d.statedOn)
    if (stated === undefined) errors.statedOn = 'badStated'
    let connection: ConnectionCost = { kind: d.connectionKind as 'unknown' | 'none' }
    if (d.connectionKind === 'fixed' || d.connectionKind === 'perInnbyggjar') {
      const a = amount(d.connectionAmount)
      if (!a) errors.connectionAmount = 'badAmount'
      else connection = d.connectionKind === 'fixed' ? { kind: 'fixed', amount: a } : { kind: 'perInnbyggjar', rate: a }
    }
    let running: RunningCost = { kind: d.runningKind === 'parts' ? 'unknown' : d.runningKind }
    if (d.runningKind === 'parts') {
      need('payee', d.payee)
      const fixed = d.runningFixed.trim() ? amount(d.runningFixed) : undefined
      const per = d.runningPer.trim() ? amount(d.runningPer) : undefined
      if (d.runningFixed.trim() && !fixed) errors.runningFixed = 'badAmount'
      if (d.runningPer.trim() && !per) errors.runningPer = 'badAmount'
      if (!d.runningFixed.trim() && !d.runningPer.trim()) errors.runningFixed = 'required'
      running = {
        kind: 'parts',
        parts: [
          {
            payee: d.payee.trim(),
            ...(fixed ? { fixed: { amount: fixed, per: d.runningFixedPer } } : {}),
            ...(per ? { perInnbyggjar: { amount: per, per: d.runningPerPer } } : {})
          }
        ]
      }
    }
    price = {
      fromYear: year,
      connection,
      running,
      source: d.source.trim(),
      ...(stated ? { statedOn: stated } : {}),
      collectedOn: new Date().toISOString().slice(0, 10)
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const purpose = existing ? { ...existing.purpose, [m]: d.purpose.trim() } : { nn: d.purpose.trim(), nb: d.purpose.trim() }
  const prices = [...(existing?.prices ?? []).filter((p) => !price || p.fromYear !== price.fromYear), ...(price ? [price] : [])]
  return {
    ok: true,
    solution: {
      ...(existing ?? {}),
      id: existing?.id ?? solutionIdFor(d.name, takenIds),
      name: d.name.trim(),
      operator: d.operator.trim(),
      purpose,
      status: d.status,
      fundFinanced: d.fundFinanced,
      url: d.url.trim(),
      prices,
      example: !d.checked
    }
  }
}
