import { describe, expect, it } from 'vitest'
import { draftFrom, solutionFromDraft } from '../../renderer/src/fellesloysingar/solutionDraft'
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
      runningPer: '0,125',
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
