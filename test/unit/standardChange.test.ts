import { describe, expect, it } from 'vitest'
import { buildDefaultSaksframlegg } from '../../shared/saksframlegg/defaults'
import type { Saksframlegg } from '../../shared/saksframlegg/model'
import { standardTextChange } from '../../shared/saksframlegg/standardChange'
import { tysnesContribution, tysnesProfile } from '../fixtures/saksframlegg/cases'

const dated = (doc: Saksframlegg, date: string): Saksframlegg => ({ ...doc, header: { ...doc.header, date } })

describe('the notice when a new date rewrites the standard text', () => {
  const doc = buildDefaultSaksframlegg(tysnesContribution, tysnesProfile, 'nn')
  const after = dated(doc, '2017-12-21')
  const before = dated(doc, '2017-12-19')

  it('names the deadline in both directions when the date is replaced at once', () => {
    expect(standardTextChange(before, after, 'nn')?.deadline).toEqual({ now: 'after', answerBy: '2017-12-20' })
    expect(standardTextChange(after, before, 'nn')?.deadline).toEqual({ now: 'before', answerBy: '2017-12-20' })
  })

})
