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
  it('puts KS’s claims in KS’s mouth and says «ei løysing som», in each målform (B11, C21)', () => {
    const nn = text('nn', 'tysnes', 'fiks-folkeregister')
    expect(nn).toContain('Ein kommune som tek i bruk ei løysing som KS DigiFin har finansiert,')
    expect(nn).toContain('Etter KS er prisane sette til sjølvkost.')
    expect(nn).toContain('Etter KS skal driftskostnaden dekkje forvalting, drift, vedlikehald og vidareutvikling (FDVU).')
    const nb = text('nb', 'levanger', 'min-kommune-barnevern')
    expect(nb).toContain('En kommune som tar i bruk en løsning som KS DigiFin har finansiert,')
    expect(nb).toContain('Ifølge KS er prisene satt til selvkost.')
    expect(nb).toContain('Ifølge KS Digital dekker tilknytningskostnaden begge tjenestene.')
  })

  it('cites old prices once, under the economy, saying the figures rest on them (B12)', () => {
    const nn = text('nn', 'tysnes', 'fiks-folkeregister')
    expect(nn).not.toContain('Prisane er henta frå vedlegg 1')
    expect(nn).toContain('Tala nedanfor byggjer på desse prisane og er ikkje prisjusterte')
    expect(nn.indexOf('Vedlegg 1 viser framleis prisane frå 2021')).toBeGreaterThan(nn.indexOf('ØKONOMISKE KONSEKVENSAR'))
  })
})
