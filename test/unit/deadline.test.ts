import { describe, expect, it } from 'vitest'
import { DAYS_COUNTED_AFTER_DEADLINE, deadlineState } from '../../shared/tracking/deadline'
import deltaking from '../../renderer/src/i18n/deltaking'

const ANSWER_BY = '2017-12-20'

describe('how the answer deadline is said on Oversikt', () => {
  it('counts the days left up to and on the day itself', () => {
    expect(deadlineState('2017-12-10', ANSWER_BY, false)).toEqual({ kind: 'ahead', days: 10 })
    expect(deadlineState(ANSWER_BY, ANSWER_BY, false)).toEqual({ kind: 'ahead', days: 0 })
  })

  it('counts the days since a deadline passed, up to 60 days', () => {
    expect(DAYS_COUNTED_AFTER_DEADLINE).toBe(60)
    expect(deadlineState('2017-12-21', ANSWER_BY, false)).toEqual({ kind: 'passedRecently', days: 1 })
    // 20 December + 60 days = 18 February 2018: the last day counted.
    expect(deadlineState('2018-02-18', ANSWER_BY, false)).toEqual({ kind: 'passedRecently', days: 60 })
  })

  it('gives the date instead once the deadline is more than 60 days past', () => {
    expect(deadlineState('2018-02-19', ANSWER_BY, false)).toEqual({ kind: 'passedLongAgo' })
    // The 2017 round looked at in 2026: not «3 261 dagar sidan».
    expect(deadlineState('2026-11-24', ANSWER_BY, false)).toEqual({ kind: 'passedLongAgo' })
  })

  it('says nothing of the deadline once a decision is recorded, early or late', () => {
    expect(deadlineState('2017-12-10', ANSWER_BY, true)).toEqual({ kind: 'decided' })
    expect(deadlineState('2026-11-24', ANSWER_BY, true)).toEqual({ kind: 'decided' })
  })

  it('has the sentence for a long-past deadline in both målformer, with the date and no count', () => {
    expect(deltaking.nn.cardPassedLongAgo).toBe('Fristen var {{date}}. Eit vedtak er ikkje registrert.')
    expect(deltaking.nb.cardPassedLongAgo).toBe('Fristen var {{date}}. Et vedtak er ikke registrert.')
  })
})
