import { describe, expect, it } from 'vitest'
import { profileSchema } from '@shared/profileSchema'
import { TEXT_LIMITS, showsCounter } from '@shared/limits'
import { stepSchema } from '@shared/tracking/participation'
import { adoptionStepSchema } from '@shared/tracking/adoption'
import { newFigureSchema } from '../../renderer/src/db/validate'

const long = (n: number): string => 'a'.repeat(n)

describe('the text limits hold in the schemas, so a file cannot bring in what a form would not take', () => {
  const profile = {
    id: 'profile',
    kind: 'kommune',
    number: '4616',
    name: 'Tysnes',
    sakshandsamar: 'Kari Nordmann',
    chiefTitle: { kind: 'kommunedirektoer' },
    maalform: 'nn',
    updatedAt: '2026-11-24T06:00:00.000Z'
  }

  it('refuses a 10 000-character name for the sakshandsamar, and takes one at the limit', () => {
    expect(profileSchema.safeParse({ ...profile, sakshandsamar: long(10_000) }).success).toBe(false)
    expect(profileSchema.safeParse({ ...profile, sakshandsamar: long(TEXT_LIMITS.name) }).success).toBe(true)
    expect(profileSchema.safeParse({ ...profile, sakshandsamar: long(TEXT_LIMITS.name + 1) }).success).toBe(false)
  })

  it('refuses a step whose note or saksnummer is over its limit', () => {
    const step = { status: 'vedteke', decision: 'ja', utval: 'Kommunestyret', saksnummer: '17/42', date: '2017-12-12', by: 'Kari', note: '' }
    expect(stepSchema.safeParse(step).success).toBe(true)
    expect(stepSchema.safeParse({ ...step, note: long(TEXT_LIMITS.note + 1) }).success).toBe(false)
    expect(stepSchema.safeParse({ ...step, saksnummer: long(TEXT_LIMITS.reference + 1) }).success).toBe(false)
  })

  it('refuses an adoption step note over the limit and a population figure source longer than a title', () => {
    expect(adoptionStepSchema.safeParse({ status: 'vurderer', date: '2017-10-02', by: 'Kari', note: long(TEXT_LIMITS.note + 1) }).success).toBe(false)
    const figure = { contributorKind: 'kommune', number: '4616', count: 2853, date: '2017-01-01', source: 'SSB', origin: 'manual', createdAt: 'x' }
    expect(newFigureSchema.safeParse(figure).success).toBe(true)
    expect(newFigureSchema.safeParse({ ...figure, source: long(TEXT_LIMITS.title + 1) }).success).toBe(false)
  })

  it('shows the counter from 80 % of the limit on', () => {
    expect(showsCounter(95, 'name')).toBe(false)
    expect(showsCounter(96, 'name')).toBe(true)
  })
})
