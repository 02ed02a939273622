import { describe, expect, it } from 'vitest'
import { decisionPrefill } from '../../shared/tracking/decisionPrefill'

/**
 * The vedtak is registered for the body that decides: the last in the saksgang. Tysnes' new user
 * had Formannskapet with a date and number and Kommunestyret without, and the form offered
 * Formannskapet 48/17 on 28.11.2017: the wrong body, on a date before the step before it.
 */
describe('the decision prefilled from the saksgang', () => {
  const formannskapet = { utval: 'Formannskapet', moetedato: '2017-11-28', saksnr: '48/17' }

  it('takes the last body, and leaves its date and number empty when it has none', () => {
    const rows = [formannskapet, { utval: 'Kommunestyret', moetedato: '', saksnr: '' }]
    expect(decisionPrefill(rows, '2017-12-01')).toEqual({ utval: 'Kommunestyret', saksnummer: '', date: '' })
  })

  it('takes the last body with its own date and number when it has them', () => {
    const rows = [formannskapet, { utval: 'Kommunestyret', moetedato: '2017-12-13', saksnr: ' 65/17 ' }]
    expect(decisionPrefill(rows, '2017-12-01')).toEqual({ utval: 'Kommunestyret', saksnummer: '65/17', date: '2017-12-13' })
  })

  it('never offers a meeting date before the previous step', () => {
    const rows = [{ utval: 'Kommunestyret', moetedato: '2017-11-28', saksnr: '48/17' }]
    expect(decisionPrefill(rows, '2017-12-01')).toEqual({ utval: 'Kommunestyret', saksnummer: '48/17', date: '' })
    expect(decisionPrefill(rows, '2017-11-28').date).toBe('2017-11-28')
  })

  it('skips an empty row after the last body, and gives nothing without one', () => {
    const rows = [formannskapet, { utval: ' ', moetedato: '', saksnr: '' }]
    expect(decisionPrefill(rows).utval).toBe('Formannskapet')
    expect(decisionPrefill([])).toEqual({ utval: '', saksnummer: '', date: '' })
  })
})
