import { describe, expect, it } from 'vitest'
import { fillTemplate, inspectTemplate } from '../../shared/document/template'
import { buildWordDocument } from '../../shared/document/word'
import { MAALFORMER } from '../../shared/maalform'
import { organisationInText, parallelNames } from '../../shared/naming'
import { renderTilknyting } from '../../shared/tilknyting'
import { paragraphsOf, readDocx } from '../fixtures/saksframlegg/docxRead'
import { adoptionCase } from '../fixtures/tilknyting/cases'
import { LETTER_BODY, rawTemplate } from '../fixtures/templates/rawTemplate'
import { meldingTemplateParts, defaultMeldingTemplateMapping } from '../../shared/meldingOmVedtak/templateParts'
import { melding } from '../fixtures/melding/meldingar'
import JSZip from 'jszip'

/**
 * What a native reader found in the documents (issue 9), each read back from the Word file as
 * Word and LibreOffice get it: its paragraphs' text, no-break spaces as spaces.
 */

const WJ = '\u2060'

async function wordParagraphs(...args: Parameters<typeof adoptionCase>): Promise<{ maalform: 'nn' | 'nb'; text: string }[]> {
  return Promise.all(
    MAALFORMER.map(async (maalform) => {
      const { document } = await readDocx(buildWordDocument(renderTilknyting(adoptionCase(...args), maalform), { appVersion: '0.0.0-test' }))
      return { maalform, text: paragraphsOf(document).join('\n').replace(/\u00a0/g, ' ') }
    })
  )
}

describe('the documents as the native reader read them', () => {
  it('keeps a year span such as «2027–2030» on one line: a word joiner each side of the dash in the Word file', async () => {
    for (const { maalform, text } of await wordParagraphs('tysnes', 'digiorden')) {
      expect(text, maalform).toContain(`økonomiplanen 2027${WJ}–${WJ}2030`)
      // No span of numbers is left with a bare dash a line could break after.
      expect(text, maalform).not.toMatch(/\d–\d/)
      // The band «5 000–10 000» is a span of numbers too.
      expect(text, maalform).toContain(`5 000${WJ}–${WJ}10 000`)
    }
  })

  it('keeps the span on one line in the kommune’s own template too', async () => {
    const bytes = await rawTemplate(LETTER_BODY)
    const inspected = await inspectTemplate(bytes)
    if (!inspected.ok) throw new Error(inspected.refusal.reason)
    const m = melding('nn', 'ja')
    const withSpan = { ...m, decision: { ...m.decision, text: 'Kostnaden vert innarbeidd i økonomiplanen 2018–2021.' } }
    const filled = await fillTemplate(bytes, defaultMeldingTemplateMapping(inspected.template.places), meldingTemplateParts(withSpan, 'nn'))
    if (!filled.ok) throw new Error(filled.refusal.reason)
    const xml = (await (await JSZip.loadAsync(filled.bytes)).file('word/document.xml')?.async('string')) ?? ''
    expect(xml).toContain(`økonomiplanen 2018${WJ}–${WJ}2021.`)
  })

  it('says the date the kommune paid its contribution, as recorded (set 12, B8), when the payment is recorded with a date', async () => {
    const [nn, nb] = await wordParagraphs('tysnes', 'digiorden', { paidOn: '2018-03-15' })
    expect(nn?.text).toContain('Tysnes kommune betalte eingongsbeløpet til KS DigiFin 15. mars 2018 og kan difor ta løysinga i bruk.')
    expect(nb?.text).toContain('Tysnes kommune betalte engangsbeløpet til KS DigiFin 15. mars 2018 og kan derfor ta løsningen i bruk.')
    // Without a payment date nothing is guessed: the sentence says only that it has paid.
    const [undated] = await wordParagraphs('tysnes', 'digiorden')
    expect(undated?.text).toContain('Tysnes kommune har betalt eingongsbeløpet til KS DigiFin og kan difor ta løysinga i bruk.')
  })

  it('names a kommune with parallel names by its first name, in the letterhead as in running text: one rule', async () => {
    expect(parallelNames('Levanger - Levangke')).toEqual(['Levanger', 'Levangke'])
    expect(organisationInText({ kind: 'kommune', name: 'Snåase - Snåsa' })).toBe('Snåase kommune')
    expect(organisationInText({ kind: 'kommune', name: 'Tysnes' })).toBe('Tysnes kommune')
    for (const { maalform, text } of await wordParagraphs('levanger', 'min-kommune-barnevern', { profile: { name: 'Levanger - Levangke' } })) {
      const [letterhead, ...rest] = text.split('\n')
      expect(letterhead, maalform).toBe('Levanger kommune')
      expect(rest.join('\n'), maalform).not.toContain('Levangke')
      expect(text, maalform).toContain(maalform === 'nn' ? 'Levanger kommune må ta stilling til om kommunen skal ta i bruk' : 'Levanger kommune må ta stilling til om kommunen skal ta i bruk')
    }
  })

  it('names a solution entry of two («X, med Y») as two in the subject and innstilling, and by its short name in other sentences', async () => {
    for (const { maalform, text } of await wordParagraphs('levanger', 'min-kommune-barnevern')) {
      expect(text, maalform).not.toContain(', med ')
      expect(text, maalform).toContain('ta i bruk DigiBarnevern (Min kommune – barnevern og Chat – barnevern), og')
      expect(text, maalform).toContain(maalform === 'nn' ? 'DigiBarnevern er ei fellesløysing for kommunal sektor.' : 'DigiBarnevern er en fellesløsning for kommunal sektor.')
      expect(text, maalform).toMatch(/Levanger kommune skal ta i bruk DigiBarnevern \(Min kommune – barnevern og Chat – barnevern\), (tidlegast frå|tidligst fra) 1\. januar 2027 \(prinsippvedtak\)\./)
    }
  })
})
