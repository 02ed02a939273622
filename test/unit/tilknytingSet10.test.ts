import JSZip from 'jszip'
import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { buildWordDocument } from '../../shared/document/word'
import { DIGIFIN_2017 } from '../../shared/financingRound'
import { buildDefaultSaksframlegg } from '../../shared/saksframlegg/defaults'
import { renderSaksframlegg } from '../../shared/saksframlegg/render'
import { calculateContribution } from '../../shared/contribution'
import { plainText } from '../../shared/document/text'
import type { Maalform } from '../../shared/maalform'
import { renderTilknyting } from '../../shared/tilknyting'
import { adoptionCase } from '../fixtures/tilknyting/cases'

const text = (maalform: Maalform, ...args: Parameters<typeof adoptionCase>): string =>
  plainText(renderTilknyting(adoptionCase(...args), maalform)).replace(/[\u00a0\u2060]/g, (ch) => (ch === '\u00a0' ? ' ' : ''))

describe('the adoption case after the native reader (set 10)', () => {
  it('says a ROS-analyse comes before use, and a DPIA is required for barnevern data and otherwise to be considered, in each målform (A5; set 12, A3)', () => {
    const nb = text('nb', 'levanger', 'min-kommune-barnevern')
    expect(nb).toContain(
      'Før løsningen tas i bruk, må kommunen gjennomføre en risiko- og sårbarhetsanalyse (ROS-analyse) og en personvernkonsekvensvurdering (DPIA), fordi løsningen behandler opplysninger om barn i barnevernet.'
    )
    expect(nb.indexOf('(DPIA)')).toBeLessThan(nb.indexOf('ØKONOMISKE KONSEKVENSER'))
    expect(text('nn', 'tysnes', 'min-kommune-barnevern')).toContain('og ei personvernkonsekvensvurdering (DPIA), fordi løysinga handsamar opplysningar om barn i barnevernet.')
    expect(text('nn', 'tysnes', 'fiks-folkeregister')).toContain(
      'Før løysinga vert teken i bruk, må kommunen gjennomføre ein risiko- og sårbarheitsanalyse (ROS-analyse) og vurdere om det trengst ei personvernkonsekvensvurdering (DPIA).'
    )
    expect(text('nb', 'levanger', 'fiks-folkeregister')).toContain('og vurdere om det trengs en personvernkonsekvensvurdering (DPIA).')
    for (const m of ['nn', 'nb'] as const) expect(text(m, 'tysnes', 'fiks-folkeregister')).not.toMatch(/når løs|når løy/)
  })

  it('puts KS’s claims in KS’s mouth and says «ei løysing som», in each målform (B11, C21)', () => {
    const nn = text('nn', 'tysnes', 'fiks-folkeregister')
    expect(nn).toContain('Ein kommune som tek i bruk ei løysing som KS DigiFin har finansiert,')
    expect(nn).toContain('Ifølgje KS er prisane sette til sjølvkost.')
    expect(nn).toContain('KS opplyser at driftskostnaden skal dekkje forvalting, drift, vedlikehald og vidareutvikling (FDVU).')
    const nb = text('nb', 'levanger', 'min-kommune-barnevern')
    expect(nb).toContain('En kommune som tar i bruk en løsning som KS DigiFin har finansiert,')
    // KS Digital runs DigiBarnevern (the catalogue): its claims are KS Digital's (set 12, B9).
    expect(nb).toContain('Ifølge KS Digital er prisene satt til selvkost.')
    expect(text('nn', 'tysnes', 'min-kommune-barnevern')).toContain('Ifølgje KS Digital er prisane sette til sjølvkost.')
    expect(nb).toContain('Ifølge KS Digital dekker tilknytningskostnaden begge tjenestene.')
  })

  it('cites old prices once, under the economy, saying the figures rest on them (B12)', () => {
    const nn = text('nn', 'tysnes', 'fiks-folkeregister')
    expect(nn).not.toContain('Prisane er henta frå vedlegg 1')
    expect(nn).toContain('Tala nedanfor byggjer på desse prisane og er ikkje prisjusterte')
    expect(nn.indexOf('Vedlegg 1 viser framleis prisane frå 2021')).toBeGreaterThan(nn.indexOf('ØKONOMISKE KONSEKVENSAR'))
  })
  it('keeps the vurdering’s conclusion on the page of the paragraph before it, in the adoption case and the DigiFin case (D26)', async () => {
    const paragraphWith = async (rendered: Parameters<typeof buildWordDocument>[0], phrase: string): Promise<string> => {
      const xml = await (await JSZip.loadAsync(await Packer.toBuffer(buildWordDocument(rendered, { appVersion: '0.0.0-test' })))).file('word/document.xml')!.async('string')
      return (xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? []).find((p) => p.includes(phrase)) ?? ''
    }
    const adoption = renderTilknyting(adoptionCase('levanger', 'min-kommune-barnevern'), 'nb')
    expect(await paragraphWith(adoption, '(DPIA)')).toContain('<w:keepNext/>')
    expect(await paragraphWith(adoption, 'Barn, unge og foreldre') || '<none/>').not.toContain('<w:keepNext/>')
    const contribution = calculateContribution(DIGIFIN_2017, { kind: 'kommune', number: '1223', name: 'Tysnes' }, { count: 2853, date: '2017-07-01', source: 'SSB', origin: 'manual' })
    const doc = buildDefaultSaksframlegg(contribution, { kommuneName: 'Tysnes kommune', kind: 'kommune', sakshandsamar: '', chiefTitle: { kind: 'raadmann' } }, 'nn', { date: '2017-11-20' })
    expect(await paragraphWith(renderSaksframlegg(doc, 'nn'), 'lite realistisk')).toContain('<w:keepNext/>')
  })

  it('cites current prices under the economy, after them, and names the kommunar under the threshold, in each målform (set 12, B12)', () => {
    const nb = text('nb', 'levanger', 'min-kommune-barnevern')
    const cited = nb.indexOf('Tilknytningsprisen er hentet fra vedlegg 1 og ble sist kontrollert i november 2026.')
    expect(cited).toBeGreaterThan(nb.indexOf('ØKONOMISKE KONSEKVENSER'))
    expect(cited).toBeGreaterThan(nb.indexOf('Vedlegg 1 oppgir ikke driftsprisen.'))
    expect(nb).toContain('kr 25 000 for kommuner med under 6 300 innbyggere og kr 9,30 per innbygger for større kommuner.')
    const nn = text('nn', 'tysnes', 'min-kommune-barnevern')
    expect(nn.indexOf('Tilknytingsprisen er henta frå vedlegg 1')).toBeGreaterThan(nn.indexOf('ØKONOMISKE KONSEKVENSAR'))
    expect(nn).toContain('kr 25 000 for kommunar med under 6 300 innbyggjarar og kr 9,30 per innbyggjar for større kommunar.')
  })

  it('puts the vedlegg’s web address on a line of its own, so it never breaks at a hyphen, in Word and in the text (set 12, D25)', async () => {
    const rendered = renderTilknyting(adoptionCase('levanger', 'min-kommune-barnevern'), 'nb')
    expect(plainText(rendered)).toContain('1. KS Digital: «Min kommune – barnevern»\nksdigital.no/tjenestene/min-kommune-barnevern/'.slice(3))
    const bytes = await Packer.toBuffer(buildWordDocument(rendered, { appVersion: '0.0.0-test' }))
    const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? ''
    expect(xml).toMatch(/barnevern»<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>ksdigital\.no\/tjenestene\/min-kommune-barnevern\/<\/w:t>/)
  })
})
