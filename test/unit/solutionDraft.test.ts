import { describe, expect, it } from 'vitest'
import { emptyPart, type BandDraft } from '../../renderer/src/fellesloysingar/priceDraft'
import { draftFrom, solutionFromDraft, type SolutionDraft } from '../../renderer/src/fellesloysingar/solutionDraft'
import { bandLabel, connectionCost, runningCost } from '../../shared/tracking/priceModel'
import { solutionSchema } from '../../shared/tracking/catalogue'
import { STARTER_CATALOGUE } from '../../shared/tracking/starterCatalogue'

const digiorden = STARTER_CATALOGUE[0]!

describe('the catalogue entry form', () => {
  it('builds a new entry with its id, its purpose in both målformer and a price from a year, amounts as typed in Norwegian', () => {
    const draft = {
      ...draftFrom(undefined, 'nn'),
      name: 'Fiks arkiv',
      operator: 'KS',
      purpose: 'Arkivering frå fagsystema.',
      fromYear: '2026',
      connectionKind: 'fixed' as const,
      connectionAmount: '12 500',
      runningKind: 'parts' as const,
      parts: [{ ...emptyPart('KS'), per: '0,125' }],
      source: 'KS, prisliste'
    }
    const built = solutionFromDraft(draft, undefined, new Set(['digiorden']), 'nn')
    if (!built.ok) throw new Error(JSON.stringify(built.errors))
    expect(solutionSchema.safeParse(built.solution).success).toBe(true)
    expect(built.solution).toMatchObject({ id: 'fiks-arkiv', example: false, purpose: { nn: 'Arkivering frå fagsystema.', nb: 'Arkivering frå fagsystema.' } })
    expect(built.solution.prices[0]).toMatchObject({
      fromYear: 2026,
      connection: { kind: 'fixed', amount: '12500' },
      running: { kind: 'parts', parts: [{ payee: 'KS', perInnbyggjar: { amount: '0.125', per: 'month' } }] }
    })
  })

  it('keeps a shipped entry’s prices and other målform when only its fields change, and adds a price from a later year', () => {
    const draft = { ...draftFrom(digiorden, 'nb'), purpose: 'Digital orden.', addPrice: true, fromYear: '2027', source: 'KS 2027', connectionKind: 'none' as const, runningKind: 'none' as const }
    const built = solutionFromDraft(draft, digiorden, new Set(), 'nb')
    if (!built.ok) throw new Error('refused')
    expect(built.solution.purpose).toEqual({ nn: digiorden.purpose.nn, nb: 'Digital orden.' })
    expect(built.solution.prices.map((p) => p.fromYear)).toEqual([2021, 2027])
    expect(built.solution.example).toBe(true)
  })

  it('refuses empty fields and amounts, years and links it cannot read, naming each field', () => {
    const draft = { ...draftFrom(undefined, 'nb'), url: 'ks.no', fromYear: '26', connectionKind: 'fixed' as const, connectionAmount: '2.853,5', statedOn: 'i fjor' }
    const built = solutionFromDraft(draft, undefined, new Set(), 'nb')
    expect(built.ok).toBe(false)
    if (!built.ok) {
      expect(built.errors).toEqual({
        name: 'required',
        operator: 'required',
        purpose: 'required',
        url: 'badUrl',
        fromYear: 'badYear',
        source: 'required',
        statedOn: 'badStated',
        connectionAmount: 'badAmount'
      })
    }
  })
})

describe('bands, threshold and several payees in the entry form', () => {
  const base = (changes: Partial<SolutionDraft>): SolutionDraft => ({
    ...draftFrom(undefined, 'nn'),
    name: 'Digiorden lokal',
    operator: 'KS',
    purpose: 'Orden i arkivet.',
    fromYear: '2026',
    source: 'KS, prisliste',
    ...changes
  })
  const band = (from: string, to: string, amount: string): BandDraft => ({ from, to, amount })
  const digiordenBands = [band('0', '4 999', '25 000'), band('5 000', '10 000', '40 000'), band('10 001', '', '60 000')]

  it('takes bands typed with both edges included, shows them as the sources do, and prices 4 999, 5 000, 10 000 and 10 001 by them', () => {
    const built = solutionFromDraft(base({ connectionKind: 'bands', bands: digiordenBands }), undefined, new Set(), 'nn')
    if (!built.ok) throw new Error(JSON.stringify(built.errors))
    const connection = built.solution.prices[0]!.connection
    expect(connection).toEqual({
      kind: 'bands',
      bands: [
        { min: 0, max: 4999, amount: '25000' },
        { min: 5000, max: 10000, amount: '40000' },
        { min: 10001, amount: '60000' }
      ]
    })
    if (connection.kind !== 'bands') throw new Error('not bands')
    expect([0, 1, 2].map((i) => bandLabel(connection.bands, i, 'nn'))).toEqual(['under 5\u00a0000', '5\u00a0000–10\u00a0000', 'over 10\u00a0000'])
    const cost = (n: number) => {
      const c = connectionCost(connection, n)
      return c.known ? c.amount.toFixed() : 'unknown'
    }
    expect([4999, 5000, 10000, 10001].map(cost)).toEqual(['25000', '40000', '40000', '60000'])
  })

  it('refuses overlapping bands, saying where the band must start', () => {
    const built = solutionFromDraft(base({ connectionKind: 'bands', bands: [band('0', '5 000', '25000'), band('5 000', '', '40000')] }), undefined, new Set(), 'nn')
    expect(built).toEqual({ ok: false, errors: { 'band-1-from': 'bandOverlap' } })
  })

  it('refuses a gap between bands, a first band not from 0, an open band before the last and a closed last band', () => {
    const gap = solutionFromDraft(base({ connectionKind: 'bands', bands: [band('0', '4 999', '25000'), band('5 001', '', '40000')] }), undefined, new Set(), 'nn')
    expect(gap).toEqual({ ok: false, errors: { 'band-1-from': 'bandGap' } })
    const edges = solutionFromDraft(
      base({ connectionKind: 'bands', bands: [band('1', '', '25000'), band('5000', '9 999', 'mykje')] }),
      undefined,
      new Set(),
      'nb'
    )
    expect(edges).toEqual({ ok: false, errors: { 'band-0-from': 'bandFirst', 'band-0-to': 'bandOpen', 'band-1-to': 'bandLastClosed', 'band-1-amount': 'badAmount' } })
    const order = solutionFromDraft(base({ connectionKind: 'bands', bands: [band('0', '4 999', '1'), band('5 000', '4 000', '2'), band('4 001', '', '3')] }), undefined, new Set(), 'nn')
    expect(order).toMatchObject({ ok: false, errors: { 'band-1-to': 'bandOrder' } })
  })

  it('takes a threshold: fixed below it, per innbyggjar from it', () => {
    const built = solutionFromDraft(base({ connectionKind: 'threshold', connectionThreshold: '6 300', connectionBelow: '25 000', connectionRate: '4,50' }), undefined, new Set(), 'nn')
    if (!built.ok) throw new Error(JSON.stringify(built.errors))
    expect(built.solution.prices[0]!.connection).toEqual({ kind: 'threshold', threshold: 6300, below: '25000', rate: '4.50' })
    const refused = solutionFromDraft(base({ connectionKind: 'threshold', connectionThreshold: 'mange', connectionBelow: '', connectionRate: '1' }), undefined, new Set(), 'nn')
    expect(refused).toEqual({ ok: false, errors: { connectionThreshold: 'badCount', connectionBelow: 'required' } })
  })

  it('keeps several payees, each with its own amounts and periods, and sums them', () => {
    const parts = [
      { ...emptyPart('KS'), fixed: '500', per: '0,125' },
      { ...emptyPart('UiO'), fixed: '1 200', fixedPer: 'year' as const }
    ]
    const built = solutionFromDraft(base({ runningKind: 'parts', parts }), undefined, new Set(), 'nn')
    if (!built.ok) throw new Error(JSON.stringify(built.errors))
    const running = built.solution.prices[0]!.running
    expect(running).toEqual({
      kind: 'parts',
      parts: [
        { payee: 'KS', fixed: { amount: '500', per: 'month' }, perInnbyggjar: { amount: '0.125', per: 'month' } },
        { payee: 'UiO', fixed: { amount: '1200', per: 'year' } }
      ]
    })
    // Tysnes, 2 847: (500 + 0,125 × 2 847) × 12 + 1 200 = 10 270,50 + 1 200
    const year = runningCost(running, 2847)
    expect(year.known && year.amount.toFixed(2)).toBe('11470.50')
    const refused = solutionFromDraft(base({ runningKind: 'parts', parts: [...parts, emptyPart()] }), undefined, new Set(), 'nn')
    expect(refused).toEqual({ ok: false, errors: { 'part-2-payee': 'required', 'part-2-fixed': 'required' } })
  })
})
