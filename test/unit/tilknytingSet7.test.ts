import { describe, expect, it } from 'vitest'
import { plainText } from '../../shared/document/text'
import type { Maalform } from '../../shared/maalform'
import { renderTilknyting, tilknytingFrom } from '../../shared/tilknyting'
import { adoptionCase, KOMMUNAR, solution } from '../fixtures/tilknyting/cases'

/** The native reader's findings on set 7 (documents 09 and 10), each as the adoption case now reads. */

const text = (maalform: Maalform, ...args: Parameters<typeof adoptionCase>): string =>
  plainText(renderTilknyting(adoptionCase(...args), maalform)).replace(/\u00a0/g, ' ')

describe('the adoption case after the native reader (set 7)', () => {
  it('quotes a price line for fylkeskommunar only in a fylkeskommune’s case (A4)', () => {
    expect(text('nn', 'tysnes', 'fiks-folkeregister')).not.toContain('fylkeskommune betaler')
    expect(text('nb', 'levanger', 'fiks-folkeregister')).not.toContain('fylkeskommune betaler')
    const county = tilknytingFrom({
      solution: solution('fiks-folkeregister'),
      profile: { kind: 'fylkeskommune', name: 'Vestland', sakshandsamar: 'Kari Nordmo', chiefTitle: { kind: 'raadmann' } },
      population: { ...KOMMUNAR.tysnes.population, count: 651_299 },
      participation: 'betalt',
      fromYear: 2027
    })
    expect(plainText(renderTilknyting(county, 'nn'))).toContain('Ein fylkeskommune betaler kr 30 000 per år.')
    expect(plainText(renderTilknyting(county, 'nb'))).toContain('En fylkeskommune betaler kr 30 000 per år.')
  })
})
