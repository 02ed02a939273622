import { describe, expect, it } from 'vitest'
import { plainText } from '../../shared/document/text'
import type { Maalform } from '../../shared/maalform'
import { renderTilknyting } from '../../shared/tilknyting'
import { adoptionCase } from '../fixtures/tilknyting/cases'

const text = (maalform: Maalform, ...args: Parameters<typeof adoptionCase>): string =>
  plainText(renderTilknyting(adoptionCase(...args), maalform)).replace(/[\u00a0\u2060]/g, (ch) => (ch === '\u00a0' ? ' ' : ''))

describe('the adoption case after the native reader (set 10)', () => {
  it('says a ROS-analyse, and a DPIA where the risk is high, come before use, in the vurdering, in each målform (A5)', () => {
    const nb = text('nb', 'levanger', 'min-kommune-barnevern')
    expect(nb).toContain(
      'Før løsningen tas i bruk, må kommunen gjennomføre en risiko- og sårbarhetsanalyse (ROS-analyse) og, når løsningen behandler personopplysninger med høy risiko, en personvernkonsekvensvurdering (DPIA).'
    )
    expect(nb.indexOf('(DPIA)')).toBeLessThan(nb.indexOf('ØKONOMISKE KONSEKVENSER'))
    expect(text('nn', 'tysnes', 'fiks-folkeregister')).toContain(
      'Før løysinga vert teken i bruk, må kommunen gjennomføre ein risiko- og sårbarheitsanalyse (ROS-analyse) og, når løysinga handsamar personopplysningar med høg risiko, ei personvernkonsekvensvurdering (DPIA).'
    )
  })
})
