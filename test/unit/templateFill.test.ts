import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { fillTemplate, inspectTemplate, type TemplateInfo } from '../../shared/document/template'
import { defaultTemplateMapping, saksframleggTemplateParts } from '../../shared/saksframlegg/templateParts'
import { tysnes } from '../fixtures/saksframlegg/cases'
import { entries, FOOTER, rawTemplate, SPLIT_HEADER, WEBSAK_BODY } from '../fixtures/templates/rawTemplate'

async function mainXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')
}

async function inspected(bytes: Uint8Array): Promise<TemplateInfo> {
  const result = await inspectTemplate(bytes)
  if (!result.ok) throw new Error(`refused: ${result.refusal.reason}`)
  return result.template
}

/** Fills the WebSak template with Tysnes' case by the default mapping, plus the control and bookmark fields. */
async function filledWebSak(options: { template?: boolean } = {}) {
  const template = await rawTemplate(WEBSAK_BODY, options)
  const info = await inspected(template)
  const mapping = { ...defaultTemplateMapping(info.places), 'bookmark:Saksgang': ['saksgang'], 'placeholder:dato': ['date'] }
  const result = await fillTemplate(template, mapping, saksframleggTemplateParts(tysnes('nn'), 'nn'))
  if (!result.ok) throw new Error(`fill failed: ${result.refusal.reason} ${result.refusal.detail ?? ''}`)
  return { template, filled: result.bytes, before: await mainXml(template), after: await mainXml(result.bytes), mapping }
}

/**
 * The original main part cut at the spans a fill may replace: every other piece must come back in
 * order and whole, so nothing outside the filled places changed.
 */
function keptPieces(original: string, replaced: string[]): string[] {
  const pieces: string[] = []
  let at = 0
  for (const span of replaced) {
    const start = original.indexOf(span, at)
    expect(start, span).toBeGreaterThanOrEqual(0)
    pieces.push(original.slice(at, start))
    at = start + span.length
  }
  pieces.push(original.slice(at))
  return pieces
}

function expectInOrder(text: string, pieces: string[]): void {
  expect(text.startsWith(pieces[0]!)).toBe(true)
  expect(text.endsWith(pieces[pieces.length - 1]!)).toBe(true)
  let at = 0
  for (const piece of pieces) {
    const found = text.indexOf(piece, at)
    expect(found, piece.slice(0, 80)).toBeGreaterThanOrEqual(at)
    at = found + piece.length
  }
}

describe('fillTemplate on a WebSak template of raw OOXML', () => {
  it('maps WebSak markers, the bookmark field and the controls by default', async () => {
    const info = await inspected(await rawTemplate(WEBSAK_BODY))
    expect(defaultTemplateMapping(info.places)).toEqual({
      'markers:saksutgreiinga': ['vedlegg', 'saksutgreiing'],
      'markers:innstillinga': ['innstilling'],
      'bookmark:Sakshandsamar': ['sakshandsamar'],
      'bookmark:Saksgang': ['saksgang'],
      'control:arkivsak': ['arkivsak'],
      'placeholder:tittel': ['title'],
      'placeholder:dato': ['date']
    })
  })

  it('writes the parts between the markers and keeps the markers', async () => {
    const { after } = await filledWebSak()
    const order = [
      'inn vedlegga og saksutgreiinga under',
      'Vedlegg',
      'SAKSUTGREIING',
      'inn saksutgreiinga over',
      'INNSTILLING FRÅ RÅDMANNEN:',
      'inn innstillinga under',
      'Tysnes kommune takkar ja til invitasjonen',
      'inn innstillinga over'
    ]
    let at = 0
    for (const text of order) {
      const found = after.indexOf(text, at)
      expect(found, text).toBeGreaterThan(at)
      at = found
    }
    // The template's innstilling heading stands once: the innstilling part has none of its own.
    expect(after.match(/INNSTILLING FRÅ/g)).toHaveLength(1)
    expect(after.match(/Ikkje slett denne lina/g)).toHaveLength(4)
  })

  it('uses the template’s own styles and list numbering', async () => {
    const { after } = await filledWebSak()
    // The template's own heading style, with room round it where its Normal spaces no paragraph.
    expect(after).toMatch(/<w:pStyle w:val="Overskrift2"\/>(<w:spacing w:before="240" w:after="120"\/>)?<\/w:pPr><w:r><w:t xml:space="preserve">SAKSUTGREIING/)
    // The vedlegg list counts from 1 in a new instance of the template's decimal numbering.
    expect(after).toMatch(/<w:pStyle w:val="Listeavsnitt"\/><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="3"\/><\/w:numPr>/)
    expect(after).toContain('<w:tblStyle w:val="Tabellrutenett"/>')
    expect(after).not.toContain('Arial')
  })

  it('fills placeholders split over runs, the bookmark and the control, and drops the control’s placeholder state', async () => {
    const { after } = await filledWebSak()
    expect(after).toContain(`<w:t xml:space="preserve">Sak: ${tysnes('nn').title}</w:t>`)
    expect(after).toContain('<w:t xml:space="preserve"></w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> (1.\u00a0oktober\u00a02017)</w:t>')
    expect(after).toContain('<w:bookmarkStart w:id="1" w:name="Sakshandsamar"/><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Anders Teigen</w:t></w:r><w:bookmarkEnd w:id="1"/>')
    expect(after).toContain('<w:tag w:val="arkivsak"/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">17/596</w:t>')
    expect(after).not.toContain('showingPlcHdr')
    expect(after).not.toContain('{{')
  })

  it('leaves the main part outside the filled places as it was', async () => {
    const { before, after } = await filledWebSak()
    const pieces = keptPieces(before, [
      '<w:r><w:rPr><w:i/></w:rPr><w:t>NN</w:t></w:r>',
      '<w:t xml:space="preserve">Sak: {{</w:t>',
      '<w:t>tit</w:t>',
      '<w:t>tel}} ({{dato}})</w:t>',
      '<w:showingPlcHdr/>',
      '<w:r><w:rPr><w:rStyle w:val="Plasshaldartekst"/></w:rPr><w:t>Klikk her</w:t></w:r>',
      '<w:bookmarkEnd w:id="2"/>',
      '\n<w:p/>\n',
      '\n<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>\n'
    ])
    expectInOrder(after, pieces)
  })

  it('keeps every other part of the package byte for byte; numbering only gains a list instance', async () => {
    const { template, filled } = await filledWebSak()
    const was = await entries(template)
    const now = await entries(filled)
    expect([...now.keys()]).toEqual([...was.keys()])
    for (const [name, bytes] of was) {
      if (name === 'word/document.xml' || name === 'word/numbering.xml') continue
      expect(Buffer.from(now.get(name)!).equals(Buffer.from(bytes)), name).toBe(true)
    }
    const numberingBefore = new TextDecoder().decode(was.get('word/numbering.xml'))
    const numberingAfter = new TextDecoder().decode(now.get('word/numbering.xml'))
    const cut = numberingBefore.indexOf('</w:numbering>')
    expect(numberingAfter.startsWith(numberingBefore.slice(0, cut))).toBe(true)
    expect(numberingAfter.slice(cut)).toMatch(/^<w:num w:numId="3"><w:abstractNumId w:val="1"\/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"\/>/)
  })

  it('turns a .dotx into a .docx and changes nothing else of the content types', async () => {
    const { template, filled } = await filledWebSak({ template: true })
    expect((await inspected(template)).isTemplate).toBe(true)
    expect((await inspected(filled)).isTemplate).toBe(false)
    const types = async (b: Uint8Array) => (await JSZip.loadAsync(b)).file('[Content_Types].xml')!.async('string')
    expect((await types(filled)).replace('document.main+xml', 'template.main+xml')).toBe(await types(template))
  })

  it('writes each section alone where the mapping asks for one', async () => {
    const doc = tysnes('nn')
    const template = await rawTemplate(WEBSAK_BODY)
    const vurdering = doc.sections.find((s) => s.kind === 'vurdering')!
    const result = await fillTemplate(template, { 'control:vedtak': [`section:${vurdering.id}`] }, saksframleggTemplateParts(doc, 'nn'))
    expect(result.ok).toBe(true)
    const after = await mainXml((result as { bytes: Uint8Array }).bytes)
    expect(after).toContain('VURDERING')
    expect(after).not.toContain('Vedtaket kjem her.')
    expect(after).not.toContain('SAKSUTGREIING')
  })

  it('writes lists as text when the template has no numbering', async () => {
    const template = await rawTemplate(WEBSAK_BODY, { numbering: false })
    const parts = saksframleggTemplateParts(tysnes('nn'), 'nn')
    const result = await fillTemplate(template, { 'markers:saksutgreiinga': ['vedlegg'] }, parts)
    const after = await mainXml((result as { bytes: Uint8Array }).bytes)
    expect(after).toMatch(/<w:t xml:space="preserve">1\.\u00a0/)
    expect(after).not.toContain('<w:numPr>')
  })
})

describe('fillTemplate refuses a mapping it cannot honour', () => {
  const parts = saksframleggTemplateParts(tysnes('nn'), 'nn')
  const cases: [string, Record<string, string[]>, string][] = [
    ['a place the template lacks', { 'bookmark:Ingen': ['title'] }, 'unknownPlace'],
    ['a part nobody gave', { 'placeholder:tittel': ['nope'] }, 'unknownPart'],
    ['paragraphs in a placeholder', { 'placeholder:tittel': ['saksutgreiing'] }, 'blocksInTextPlace'],
    ['paragraphs in a control inside a line', { 'control:arkivsak': ['innstilling'] }, 'blocksInTextPlace']
  ]
  for (const [what, mapping, reason] of cases) {
    it(what, async () => {
      const result = await fillTemplate(await rawTemplate(WEBSAK_BODY), mapping, parts)
      expect(result).toMatchObject({ ok: false, refusal: { reason } })
    })
  }

  it('two places that overlap', async () => {
    const body = '<w:sdt><w:sdtPr><w:tag w:val="blokk"/></w:sdtPr><w:sdtContent><w:p><w:bookmarkStart w:id="5" w:name="Inne"/><w:r><w:t>x</w:t></w:r><w:bookmarkEnd w:id="5"/></w:p></w:sdtContent></w:sdt>'
    const result = await fillTemplate(await rawTemplate(body), { 'control:blokk': ['saksutgreiing'], 'bookmark:Inne': ['title'] }, parts)
    expect(result).toMatchObject({ ok: false, refusal: { reason: 'overlappingPlaces' } })
  })
})

describe('the saksframlegg’s innstilling as its own part', () => {
  it('is the innstilling’s text alone, without heading, header or the sections', async () => {
    const { renderSaksframlegg, plainText } = await import('../../shared/saksframlegg/render')
    const rendered = renderSaksframlegg(tysnes('nn'), 'nn', 'innstilling')
    expect(rendered.blocks.map((b) => b.type)).toEqual(['paragraph'])
    expect(plainText(rendered)).toMatch(/^Tysnes kommune takkar ja til invitasjonen frå KS/)
    expect(plainText(rendered)).not.toContain('INNSTILLING')
  })
})

describe('fillTemplate in the page header', () => {
  const header = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file('word/header1.xml')!.async('string')

  it('finds a {{name}} split over runs, a bookmark and a control in the header, each taking one line', async () => {
    const info = await inspected(await rawTemplate(WEBSAK_BODY, { header: SPLIT_HEADER }))
    const inHeader = info.places.filter((p) => p.where === 'header')
    expect(inHeader).toEqual([
      { id: 'placeholder:arkivsak', kind: 'placeholder', name: 'arkivsak', label: '{{arkivsak}}', accepts: 'text', where: 'header' },
      { id: 'bookmark:Sakshandsamar_topp', kind: 'bookmark', name: 'Sakshandsamar_topp', label: 'Sakshandsamar_topp', accepts: 'text', where: 'header' },
      { id: 'control:dato', kind: 'control', name: 'dato', label: 'dato', accepts: 'text', where: 'header' }
    ])
    // {{tittel}} in the body and in the header is one place, the body's.
    const both = await inspected(await rawTemplate(WEBSAK_BODY, { header: SPLIT_HEADER.replace('Arkivsak: {{ark', '{{tittel}} {{ark') }))
    expect(both.places.find((p) => p.id === 'placeholder:tittel')).not.toHaveProperty('where')
    expect(both.places.filter((p) => p.name === 'tittel')).toHaveLength(1)
    expect(defaultTemplateMapping(info.places)).toMatchObject({ 'placeholder:arkivsak': ['arkivsak'], 'control:dato': ['date'] })
  })

  it('fills them and keeps everything else in the header byte for byte', async () => {
    const template = await rawTemplate(WEBSAK_BODY, { header: SPLIT_HEADER })
    const info = await inspected(template)
    const mapping = { ...defaultTemplateMapping(info.places), 'bookmark:Sakshandsamar_topp': ['sakshandsamar'] }
    const result = await fillTemplate(template, mapping, saksframleggTemplateParts(tysnes('nn', { date: '2017-10-01' }), 'nn'))
    if (!result.ok) throw new Error(result.refusal.reason)
    const after = await header(result.bytes)
    expect(after).toBe(
      SPLIT_HEADER.replace('<w:t xml:space="preserve">Arkivsak: {{ark</w:t>', '<w:t xml:space="preserve">Arkivsak: 17/596</w:t>')
        .replace('<w:t>iv</w:t>', '<w:t xml:space="preserve"></w:t>')
        .replace('<w:t xml:space="preserve">sak}} · </w:t>', '<w:t xml:space="preserve"> · </w:t>')
        .replace('<w:r><w:t>NN</w:t></w:r>', '')
        .replace('<w:bookmarkStart w:id="7" w:name="Sakshandsamar_topp"/>', '<w:bookmarkStart w:id="7" w:name="Sakshandsamar_topp"/><w:r><w:t xml:space="preserve">Anders Teigen</w:t></w:r>')
        .replace('<w:r><w:t>dd.mm.åååå</w:t></w:r>', '<w:r><w:t xml:space="preserve">1.\u00a0oktober\u00a02017</w:t></w:r>')
    )
    // The footer is untouched.
    const footer = await (await JSZip.loadAsync(result.bytes)).file('word/footer1.xml')!.async('string')
    expect(footer).toBe(FOOTER)
  })

  it('highlights a header field nobody filled in', async () => {
    const template = await rawTemplate(WEBSAK_BODY, { header: SPLIT_HEADER })
    const info = await inspected(template)
    const doc = tysnes('nb')
    const result = await fillTemplate(template, defaultTemplateMapping(info.places), saksframleggTemplateParts({ ...doc, header: { ...doc.header, arkivsak: '' } }, 'nb'))
    if (!result.ok) throw new Error(result.refusal.reason)
    expect(await header(result.bytes)).toContain(
      '<w:t xml:space="preserve">Arkivsak: </w:t></w:r><w:r><w:rPr><w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve">[arkivsaksnummer]</w:t></w:r><w:proofErr w:type="spellStart"/>'
    )
  })

  it('refuses paragraphs for a header place', async () => {
    const template = await rawTemplate(WEBSAK_BODY, { header: SPLIT_HEADER })
    const result = await fillTemplate(template, { 'bookmark:Sakshandsamar_topp': ['saksgang'] }, saksframleggTemplateParts(tysnes('nn'), 'nn'))
    expect(result).toMatchObject({ ok: false, refusal: { reason: 'blocksInTextPlace', detail: 'bookmark:Sakshandsamar_topp' } })
  })
})
