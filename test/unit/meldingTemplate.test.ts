import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { fillTemplate, inspectTemplate, type Place, type TemplateMapping, type TemplatePart } from '../../shared/document/template'
import { plainText } from '../../shared/document/text'
import { renderMelding } from '../../shared/meldingOmVedtak'
import { defaultMeldingTemplateMapping, meldingTemplateParts } from '../../shared/meldingOmVedtak/templateParts'
import { foreignWords } from '../../shared/purity'
import { melding } from '../fixtures/melding/meldingar'
import { LETTER_BODY, rawTemplate } from '../fixtures/templates/rawTemplate'
import { inOrder, mainText } from '../fixtures/templates/readBack'

async function letterTemplate(): Promise<{ bytes: Uint8Array; places: Place[] }> {
  const bytes = await rawTemplate(LETTER_BODY)
  const inspected = await inspectTemplate(bytes)
  if (!inspected.ok) throw new Error(`refused: ${inspected.refusal.reason}`)
  return { bytes, places: inspected.template.places }
}

/** Filled as the app fills a letter that is sent: without the template's marker lines. */
async function filled(mapping: TemplateMapping, maalform: 'nn' | 'nb', variant: 'ja' | 'nei' | 'later' = 'ja', dropMarkers = true): Promise<string> {
  const { bytes } = await letterTemplate()
  const result = await fillTemplate(bytes, mapping, meldingTemplateParts(melding(maalform, variant), maalform), { dropMarkers })
  if (!result.ok) throw new Error(`fill failed: ${result.refusal.reason} ${result.refusal.detail ?? ''}`)
  return mainText(result.bytes)
}

describe('the melding om vedtak in the kommune’s letter template', () => {
  it('maps the letter template’s own fields by their names, and the marker pair to the body and signature', async () => {
    const { places } = await letterTemplate()
    expect(defaultMeldingTemplateMapping(places)).toEqual({
      'bookmark:Mottakar': ['recipient'],
      'placeholder:vaar_ref': ['ourReference'],
      'placeholder:dykkar_brev': ['theirLetter'],
      'placeholder:dato': ['date'],
      'placeholder:sakshandsamar': ['sakshandsamar'],
      // No place of its own for the subject: the whole letter, with its subject heading, goes between the markers.
      'markers:brevteksten': ['letter']
    })
  })

  it('puts only the body and signature between the markers when the template has a place for the subject', () => {
    const places: Place[] = [
      { id: 'markers:brevteksten', kind: 'markers', name: 'brevteksten', label: '&&& Set inn brevteksten under &&&', accepts: 'blocks' },
      { id: 'control:emne', kind: 'control', name: 'Emne', label: 'Emne', accepts: 'text' }
    ]
    expect(defaultMeldingTemplateMapping(places)).toEqual({ 'control:emne': ['subject'], 'markers:brevteksten': ['body', 'signature'] })
  })

  it('writes the address, references, date and the whole letter into the template, keeping its own text, in nynorsk', async () => {
    const { places } = await letterTemplate()
    const text = await filled(defaultMeldingTemplateMapping(places), 'nn')
    inOrder(text, [
      'Tysnes kommune – Rådmannen',
      'KS',
      'Postboks 1378 Vika',
      'Vår ref.: 17/596    Dykkar dato: 8. september 2017    Dato:',
      'Sakshandsamar: Anders Teigen',
      'Melding om vedtak – «Invitasjon til å delta i finansieringsordningen for digitaliseringsprosjekter»',
      'Vi viser til brevet dykkar av 8. september 2017',
      'Kommunestyret i Tysnes kommune handsama saka i møte 13. desember 2017, sak 58/17',
      'Vi ber om at KS sender faktura på kr 56 940 til Tysnes kommune, merkt «17/596».',
      'Saksprotokollen med saksframlegget ligg ved.',
      'Med helsing',
      'Anders Teigen',
      'Postadresse: Uggdalsvegen 279, 5680 Tysnes'
    ])
    // The template has its own letterhead: the app's own heading and reference table are not written.
    expect(text).not.toContain('MELDING OM VEDTAK')
    expect(text).not.toContain('{{')
  })

  it('sends no marker line: «&&& Set inn brevteksten under &&& (Ikkje slett denne lina)» and its closing line are removed, the text between kept (set 7, A2)', async () => {
    const { places } = await letterTemplate()
    const sent = await filled(defaultMeldingTemplateMapping(places), 'nn')
    expect(sent).not.toMatch(/&&&|Set inn brevteksten|Ikkje slett denne lina/)
    inOrder(sent, ['Sakshandsamar: Anders Teigen', 'Melding om vedtak – «Invitasjon', 'Med helsing', 'Postadresse: Uggdalsvegen 279, 5680 Tysnes'])
    expect(await filled(defaultMeldingTemplateMapping(places), 'nb')).not.toMatch(/&&&|Ikkje slett/)
    // Filled without the option (a saksframlegg, which the archive reads by its markers), the markers stay.
    expect((await filled(defaultMeldingTemplateMapping(places), 'nn', 'ja', false)).match(/Ikkje slett denne lina/g)).toHaveLength(2)
  })

  it('says the same in the template as in the plain letter: every sentence of the body is the rendered one', async () => {
    const m = melding('nb', 'later')
    const parts = meldingTemplateParts(m, 'nb')
    const rendered = renderMelding(m, 'nb').blocks.filter((b) => b.origin?.part === 'decision' || b.origin?.part === 'economy')
    expect(parts.body).toEqual({ kind: 'blocks', blocks: rendered })
    const { places } = await letterTemplate()
    const text = await filled(defaultMeldingTemplateMapping(places), 'nb', 'later')
    expect(text).toContain('Vi ber om at KS sender faktura på kr 400 000 til Levanger kommune, merket «4410-DigiFin».')
    expect(text).toContain('Med hilsen')
  })

  it('is wholly bokmål in bokmål and wholly nynorsk in nynorsk', () => {
    for (const maalform of ['nn', 'nb'] as const) {
      const m = melding(maalform, 'nei')
      const { meta } = renderMelding(m, maalform)
      const words = Object.values(meldingTemplateParts(m, maalform))
        .map((part) => (part.kind === 'text' ? part.text : plainText({ blocks: part.blocks, meta })))
        .join('\n')
      expect(foreignWords(words, maalform)).toEqual([])
    }
  })

  it('keeps the address and the signature a line each, as the plain letter sets them', async () => {
    const { bytes, places } = await letterTemplate()
    const result = await fillTemplate(bytes, defaultMeldingTemplateMapping(places), meldingTemplateParts(melding('nn', 'ja'), 'nn'))
    if (!result.ok) throw new Error(result.refusal.reason)
    const xml = (await (await JSZip.loadAsync(result.bytes)).file('word/document.xml')!.async('string')).replace(/<w:rPr>.*?<\/w:rPr>/g, '')
    for (const line of ['Postboks 1378 Vika', '0114 Oslo', 'sakshandsamar', 'Tysnes kommune']) {
      expect(xml, line).toContain(`<w:br/><w:t xml:space="preserve">${line}</w:t>`)
    }
  })

  it('leaves room to sign, and space between the letter’s paragraphs where the template’s Normal has none', async () => {
    const { bytes, places } = await letterTemplate()
    const result = await fillTemplate(bytes, defaultMeldingTemplateMapping(places), meldingTemplateParts(melding('nn', 'ja'), 'nn'))
    if (!result.ok) throw new Error(result.refusal.reason)
    const xml = await (await JSZip.loadAsync(result.bytes)).file('word/document.xml')!.async('string')
    const paragraphs = xml.match(/<w:p>.*?<\/w:p>|<w:p\/>/g) ?? []
    const closing = paragraphs.findIndex((p) => p.includes('Med helsing'))
    // An empty paragraph before the closing and one before the name: the signature part starts with an empty line.
    expect(paragraphs[closing - 1]).not.toMatch(/<w:t[ >]/)
    expect(paragraphs[closing + 1]).not.toMatch(/<w:t[ >]/)
    expect(paragraphs[closing + 2]).toContain('Anders Teigen')
    const reference = paragraphs.find((p) => p.includes('Vi viser til brevet'))
    expect(reference).toContain('<w:spacing w:after="200"/>')
    // The subject heading gets room above and below, not set against the marker line and the body (set 2 #34).
    const subject = paragraphs.find((p) => p.includes('Melding om vedtak –'))
    expect(subject).toContain('<w:spacing w:before="240" w:after="120"/>')
    const parts = meldingTemplateParts(melding('nn', 'ja'), 'nn')
    const signature = parts.signature.kind === 'blocks' ? parts.signature.blocks : []
    expect(signature[0]).toMatchObject({ type: 'paragraph', runs: [] })
  })

  it('gives a «Dykkar ref.» place KS’s reference with the letter’s date, and never the bare date', () => {
    const places: Place[] = [{ id: 'placeholder:dykkar_ref', kind: 'placeholder', name: 'dykkar_ref', label: '{{dykkar_ref}}', accepts: 'text' }]
    expect(defaultMeldingTemplateMapping(places)).toEqual({ 'placeholder:dykkar_ref': ['theirReference'] })
    const m = melding('nn', 'ja')
    const shown = (part: TemplatePart): string => (part.kind === 'text' ? part.text.replace(/\u00a0/g, ' ') : '')
    expect(shown(meldingTemplateParts(m, 'nn').theirReference)).toBe('brev av 8. september 2017')
    const withRef = { ...m, theirLetter: { ...m.theirLetter, reference: '17/01234' } }
    expect(shown(meldingTemplateParts(withRef, 'nn').theirReference)).toBe('17/01234 (brev av 8. september 2017)')
  })

  it('leaves a place the user chose to leave alone as the template has it', async () => {
    const text = await filled({ 'markers:brevteksten': ['body'] }, 'nn', 'nei')
    expect(text).toContain('{{dato}}')
    expect(text).toContain('Kommunen deltek difor ikkje i finansieringsordninga no.')
    expect(text).not.toContain('Med helsing')
  })
})
