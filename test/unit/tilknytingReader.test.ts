import JSZip from 'jszip'
import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { plainText } from '../../shared/document/text'
import { buildWordDocument } from '../../shared/document/word'
import type { Maalform } from '../../shared/maalform'
import { newestPopulation, renderTilknyting } from '../../shared/tilknyting'
import { adoptionCase } from '../fixtures/tilknyting/cases'

/**
 * The native reader's findings on the adoption case (set 2, documents 09 and 10), each as the
 * document now reads. Figures by hand: Levanger 20 574 × kr 9,30 = 185 166 + 6 172,20 = 191 338,20.
 */

const text = (maalform: Maalform, ...args: Parameters<typeof adoptionCase>): string =>
  plainText(renderTilknyting(adoptionCase(...args), maalform)).replace(/\u00a0/g, ' ')

async function documentXml(maalform: Maalform, ...args: Parameters<typeof adoptionCase>): Promise<string> {
  const bytes = await Packer.toBuffer(buildWordDocument(renderTilknyting(adoptionCase(...args), maalform), { appVersion: '0.0.0-test' }))
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')
}

const highlighted = (xml: string): string[] => (xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []).filter((run) => run.includes('w:highlight'))

describe('the adoption case after the native reader (set 2)', () => {
  it('reckons from the newest population the app has on the case date, not the 2017 figure Bidrag uses (#5)', () => {
    const bidrag2017 = { count: 19892, date: '2017-01-01', source: 'SSB tabell 07459', origin: 'embedded' as const }
    const levanger = newestPopulation({ kind: 'kommune', number: '5037' }, '2026-11-24', bidrag2017)
    expect(levanger?.count).toBe(20574)
    expect(levanger?.date).toBe('2024-01-01')
    expect(newestPopulation({ kind: 'kommune', number: '4616' }, '2026-11-24', undefined)?.count).toBe(2922)
    // A figure the user entered that is newer than the register's wins.
    const entered = { count: 20700, date: '2026-01-01', source: 'SSB tabell 07459', origin: 'manual' as const }
    expect(newestPopulation({ kind: 'kommune', number: '5037' }, '2026-11-24', entered)?.count).toBe(20700)
    const nb = text('nb', 'levanger', 'min-kommune-barnevern')
    expect(nb).toContain('Kostnadene er regnet ut fra folketallet i Levanger, 20 574 innbyggere (SSB, per 1. januar 2024).')
    expect(nb).not.toMatch(/norway-geodata|Prestmo|trolig/)
    expect(nb).toContain('Med 20 574 innbyggere blir tilknytningskostnaden 20 574 × kr 9,30 = kr 191 338 (avrundet til hele kroner).')
  })

  it('names the kommune in its letterhead by the running-text rule: «Levanger kommune» (#1)', () => {
    const nb = text('nb', 'levanger', 'digiorden', { profile: { name: 'Levanger - Levangke' } })
    expect(nb.split('\n')[0]).toBe('Levanger kommune')
    expect(nb).not.toContain('Levangke')
  })

  it('cites the council’s vedtak from the tracking record when it is recorded (#14)', () => {
    const decision = { utval: 'Kommunestyret', saksnummer: '65/17', date: '2017-12-13' }
    expect(text('nb', 'levanger', 'digiorden', { paidOn: '2018-04-10', decision })).toContain(
      'Kommunestyret vedtok 13. desember 2017 (sak 65/17) å delta i ordningen, og kommunen betalte engangsbeløpet 10. april 2018. Kommunen kan derfor ta løsningen i bruk.'
    )
    expect(text('nn', 'tysnes', 'digiorden', { paidOn: '2018-03-15', decision: { ...decision, utval: 'Kommunestyret' } })).toContain(
      'Kommunestyret vedtok 13. desember 2017 (sak 65/17) å delta i ordninga, og kommunen betalte eingongsbeløpet 15. mars 2018. Kommunen kan difor ta løysinga i bruk.'
    )
    // Without a vedtak recorded, the payment date alone.
    expect(text('nn', 'tysnes', 'digiorden', { paidOn: '2018-03-15' })).toContain('Tysnes kommune betalte eingongsbeløpet til KS DigiFin 15. mars 2018')
  })

  it('asks for the kommune’s own benefit as a highlighted gap, and writes it when given (#4)', async () => {
    const xml = await documentXml('nn', 'tysnes', 'digiorden')
    expect(highlighted(xml).some((run) => run.includes('[kva kommunen vinn på løysinga og kven som skal bruke ho]'))).toBe(true)
    const benefit = 'Barnehagane og skulane kan bestille vikarar digitalt.'
    const given = text('nn', 'tysnes', 'digiorden', { benefit })
    expect(given).toContain(`${benefit}\nFør løysinga vert teken i bruk`)
    expect(given).toContain('(DPIA).\nRådmannen tilrår at Tysnes kommune tek i bruk Digiorden.')
    expect(given).not.toContain('[kva kommunen vinn')
  })

  it('has the header the user set, a saksgang with empty dates and the KS price page as vedlegg (#12)', async () => {
    const nn = text('nn', 'tysnes', 'digiorden', { arkivsak: '26/412', arkivkode: '026' })
    expect(nn).toContain('Arkivsak: 26/412\nArkivkode: 026\nDato: 24. november 2026')
    expect(nn).toContain('Saksgang\nUtval\tMøtedato\tSaksnr.\nFormannskapet\t\t\nKommunestyret\t\t\n')
    expect(nn).toContain('Vedlegg\nKS: «Hva koster det å ta i bruk Digiorden?» (ks.no)')
    const xml = await documentXml('nb', 'levanger', 'digiorden')
    expect(highlighted(xml).some((run) => run.includes('[arkivkode]'))).toBe(true)
  })

  it('writes a price KS does not state as a plain fact, neither bracketed nor highlighted (#13)', async () => {
    const nb = text('nb', 'levanger', 'min-kommune-barnevern')
    expect(nb).toContain('Drift\tikke kjent\tikke kjent\tikke kjent\tikke kjent\tikke kjent')
    expect(nb).not.toContain('[ikke kjent]')
    expect(highlighted(await documentXml('nb', 'levanger', 'min-kommune-barnevern')).some((run) => run.includes('kjent'))).toBe(false)
  })

  it('binds old prices only as KS confirms them, and names the operator as «KS Digital» (#6, #26)', () => {
    expect(text('nn', 'tysnes', 'digiorden')).toContain('økonomiplanen 2027–2030, og vert justerte når KS har stadfesta prisane.')
    const nb = text('nb', 'levanger', 'min-kommune-barnevern')
    expect(nb).not.toMatch(/med KS(?! Digital| \(SSA-L\))|når KS har/)
    expect(nb).toContain('kr 9,30 per innbygger for større kommuner')
  })

  it('sets the sum row in bold and keeps the running sum unbroken inside its brackets (#37, #38)', async () => {
    const xml = await documentXml('nn', 'tysnes', 'digiorden')
    const rows = xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []
    const sumRow = rows.find((row) => row.includes('>Sum<') && row.includes('66'))
    expect(sumRow).toMatch(/<w:b\/>/)
    expect(rows.find((row) => row.includes('>Drift<'))).not.toMatch(/<w:b\/>/)
    const plain = plainText(renderTilknyting(adoptionCase('tysnes', 'digiorden'), 'nn'))
    expect(plain).toContain('(500\u00a0+\u00a00,125\u00a0×\u00a02\u00a0922)\u00a0×\u00a012')
  })
})
