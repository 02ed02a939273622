import type { Maalform } from '@shared/maalform'
import { parseNorwegianDate } from '@shared/norwegianDate'
import { solutionIdFor, type FundFinanced, type Solution, type SolutionStatus } from '@shared/tracking/catalogue'
import type { ConnectionCost, PriceVersion, RunningCost } from '@shared/tracking/priceModel'
import { amount, bandedConnection, emptyBand, emptyPart, runningFromParts, type BandDraft, type PartDraft, type PriceError, type PriceErrors } from './priceDraft'

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
  connectionKind: (typeof CONNECTION_KINDS)[number]
  connectionAmount: string
  /** By population band: the bands in order, the first from 0, the last open. */
  bands: BandDraft[]
  /** Fixed below a threshold, per innbyggjar from it. */
  connectionThreshold: string
  connectionBelow: string
  connectionRate: string
  runningKind: 'unknown' | 'none' | 'parts'
  /** One or more payees of the running costs. */
  parts: PartDraft[]
  source: string
  statedOn: string
}

export const CONNECTION_KINDS = ['unknown', 'none', 'fixed', 'perInnbyggjar', 'bands', 'threshold'] as const

export type DraftField = keyof SolutionDraft
export type DraftError = PriceError | 'badYear' | 'badUrl' | 'badStated'
/** Errors by field: a field of the draft, or a band's or payee's field by its id (`band-1-from`). */
export type DraftErrors = Partial<Record<DraftField, DraftError>> & PriceErrors

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
    bands: [emptyBand('0'), emptyBand()],
    connectionThreshold: '',
    connectionBelow: '',
    connectionRate: '',
    runningKind: 'unknown',
    parts: [emptyPart('KS')],
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

export type DraftResult = { ok: true; solution: Solution } | { ok: false; errors: DraftErrors }

/**
 * The entry the form describes: the existing one with its fields changed (the purpose in the
 * målform the user writes; a new entry gets it in both), and a new price from a year if asked.
 */
export function solutionFromDraft(d: SolutionDraft, existing: Solution | undefined, takenIds: ReadonlySet<string>, m: Maalform): DraftResult {
  const errors: DraftErrors = {}
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
    const connection = connectionFromDraft(d, errors)
    const running: RunningCost = d.runningKind === 'parts' ? runningFromParts(d.parts, errors) : { kind: d.runningKind }
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

function connectionFromDraft(d: SolutionDraft, errors: DraftErrors): ConnectionCost {
  switch (d.connectionKind) {
    case 'unknown':
    case 'none':
      return { kind: d.connectionKind }
    case 'bands':
    case 'threshold':
      return bandedConnection(d.connectionKind, { bands: d.bands, threshold: d.connectionThreshold, below: d.connectionBelow, rate: d.connectionRate }, errors)
    case 'fixed':
    case 'perInnbyggjar': {
      const a = amount(d.connectionAmount)
      if (!a) errors.connectionAmount = 'badAmount'
      return d.connectionKind === 'fixed' ? { kind: 'fixed', amount: a ?? '0' } : { kind: 'perInnbyggjar', rate: a ?? '0' }
    }
  }
}
