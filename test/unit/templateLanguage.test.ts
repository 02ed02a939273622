import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { fillTemplate, inspectTemplate } from '../../shared/document/template'
import { inLanguage, withLanguage } from '../../shared/document/template/runLanguage'
import { defaultMeldingTemplateMapping, meldingTemplateParts } from '../../shared/meldingOmVedtak/templateParts'
import { melding } from '../fixtures/melding/meldingar'
import { LETTER_BODY, rawTemplate } from '../fixtures/templates/rawTemplate'

/** A bokmål letter in the nynorsk letter template (its styles say nn-NO), filled as the app fills it. */
async function filledXml(language?: 'nb-NO'): Promise<string> {
  const bytes = await rawTemplate(LETTER_BODY)
  const inspected = await inspectTemplate(bytes)
  if (!inspected.ok) throw new Error(`refused: ${inspected.refusal.reason}`)
  const result = await fillTemplate(bytes, defaultMeldingTemplateMapping(inspected.template.places), meldingTemplateParts(melding('nb', 'ja'), 'nb'), {
    dropMarkers: true,
    ...(language ? { language } : {})
  })
  if (!result.ok) throw new Error(`fill failed: ${result.refusal.reason}`)
  return (await (await JSZip.loadAsync(result.bytes)).file('word/document.xml')?.async('string')) ?? ''
}

/** The run properties of the run whose text holds `words`. */
const runWith = (xml: string, words: string): string => {
  const at = xml.indexOf(words)
  return at < 0 ? `no «${words}»` : xml.slice(xml.lastIndexOf('<w:r>', at), at)
}

describe('the language of the text the app writes into a template (set 14, C13)', () => {
  it('marks the bokmål letter written into a nynorsk template as bokmål, so Word does not flag every word', async () => {
    const xml = await filledXml('nb-NO')
    for (const words of ['Vi viser til', 'Melding om vedtak –', 'Med hilsen']) {
      expect(runWith(xml, words)).toContain('<w:lang w:val="nb-NO"/>')
    }
    expect(xml).not.toContain('w:val="nn-NO"')
  })

  it('leaves the runs as the template has them when no language is given', async () => {
    expect(await filledXml()).not.toContain('<w:lang ')
  })

  it('sets the language in the schema’s place and keeps the rest of a run’s properties', () => {
    expect(withLanguage('', 'nn-NO')).toBe('<w:rPr><w:lang w:val="nn-NO"/></w:rPr>')
    expect(withLanguage('<w:rPr><w:b/><w:rPrChange w:id="1"/></w:rPr>', 'nb-NO')).toBe('<w:rPr><w:b/><w:lang w:val="nb-NO"/><w:rPrChange w:id="1"/></w:rPr>')
    expect(withLanguage('<w:rPr><w:lang w:val="nn-NO" w:eastAsia="ja-JP"/></w:rPr>', 'nb-NO')).toBe('<w:rPr><w:lang w:val="nb-NO" w:eastAsia="ja-JP"/></w:rPr>')
    expect(inLanguage('<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>Ja</w:t></w:r></w:p>', 'nb-NO')).toBe(
      '<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:rPr><w:lang w:val="nb-NO"/></w:rPr><w:t>Ja</w:t></w:r></w:p>'
    )
  })
})
