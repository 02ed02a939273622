import { describe, expect, it } from 'vitest'
import { decisionDefaults } from '../../renderer/src/deltaking/linkedCase'
import { tysnes } from '../fixtures/saksframlegg/cases'

/**
 * The decision form starts from what the council was asked to adopt: a case that recommends «nei»
 * must not come with «Ja, kommunen er med» already chosen, one click from a recorded yes.
 */
describe('the decision form prefilled from the linked case', () => {
  const withSaksgang = (innstilling: 'join' | 'decline') => {
    const doc = tysnes('nn', { innstilling: { kind: innstilling } })
    return {
      id: 'c1',
      title: doc.title,
      document: { ...doc, saksgang: [{ utval: 'Kommunestyret', moetedato: '2017-12-13', saksnr: '65/17' }] }
    }
  }

  it('answers «nei» when the case recommends declining, and quotes that innstilling', () => {
    const defaults = decisionDefaults(withSaksgang('decline'), 'nn', '2017-12-14')
    expect(defaults.answer).toBe('nei')
    expect(defaults.vedtakText).toContain('deltek ikkje i finansieringsordninga for digitaliseringsprosjekt no')
    expect(defaults).toMatchObject({ utval: 'Kommunestyret', saksnummer: '65/17', date: '2017-12-13' })
  })

  it('answers «ja» when the case recommends joining', () => {
    expect(decisionDefaults(withSaksgang('join'), 'nn', '2017-12-14').answer).toBe('ja')
  })
})

describe('the decision form for a saksgang where only the recommending body has a date', () => {
  it('names the deciding body and falls back to the date any step starts with', () => {
    const doc = tysnes('nn', { innstilling: { kind: 'join' } })
    const linked = {
      id: 'c1',
      title: doc.title,
      document: {
        ...doc,
        saksgang: [
          { utval: 'Formannskapet', moetedato: '2017-11-28', saksnr: '48/17' },
          { utval: 'Kommunestyret', moetedato: '', saksnr: '' }
        ]
      }
    }
    expect(decisionDefaults(linked, 'nn', '', '2017-12-01')).toMatchObject({ utval: 'Kommunestyret', saksnummer: '', date: '' })
  })
})
