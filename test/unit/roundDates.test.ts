import { describe, expect, it } from 'vitest'
import { DIGIFIN_2017 } from '@shared/financingRound'
import { dateAfterDecision, defaultPlannedStart, defaultStepDate, roundIsPast } from '@shared/roundDates'

// DigiFin 2017: invited 08.09.2017, answer by 20.12.2017, budget year 2018.
const round = DIGIFIN_2017

describe('dates that fit the round', () => {
  it('gives a 2017 round opened in 2026 no date: a step is typed with the date it had, not today', () => {
    expect(roundIsPast(round, '2026-11-24')).toBe(true)
    expect(defaultStepDate(round, '2026-11-24', '2017-09-08')).toBe('')
  })

  it('gives today while the round is under way, up to the end of its budget year', () => {
    expect(defaultStepDate(round, '2017-10-02', '2017-09-08')).toBe('2017-10-02')
    expect(defaultStepDate(round, '2018-12-31', '2017-09-08')).toBe('2018-12-31')
    expect(defaultStepDate(round, '2019-01-01', '2017-09-08')).toBe('')
  })

  it('never starts a step before the previous one, which the flow would refuse', () => {
    expect(defaultStepDate(round, '2017-10-02', '2017-10-05')).toBe('2017-10-05')
  })

  it('dates the melding after a decision in a past round on the decision’s day, not years later', () => {
    expect(dateAfterDecision(round, '2026-11-24', '2017-12-12')).toBe('2017-12-12')
    expect(dateAfterDecision(round, '2017-12-14', '2017-12-12')).toBe('2017-12-14')
  })

  it('plans a solution’s start for 1 January after the step, and none without a step date', () => {
    expect(defaultPlannedStart('2017-10-02')).toBe('2018-01-01')
    expect(defaultPlannedStart('')).toBe('')
  })
})
