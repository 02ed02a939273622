import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { fillTemplate, inspectTemplate, type TemplateMapping } from '../../shared/document/template'
import { defaultTemplateMapping, saksframleggTemplateParts } from '../../shared/saksframlegg/templateParts'
import { hordaland, tysnes } from '../fixtures/saksframlegg/cases'
import { entries } from '../fixtures/templates/rawTemplate'
import { inOrder } from '../fixtures/templates/readBack'

/** Templates saved by LibreOffice 7.4 (test/fixtures/templates/README.md says how they were made). */
const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/templates', name)))
const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find(existsSync)

async function partXml(bytes: Uint8Array, path: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(path)!.async('string')
}

async function mainXml(bytes: Uint8Array): Promise<string> {
  return partXml(bytes, 'word/document.xml')
}

async function fill(name: string, extra: TemplateMapping, doc = tysnes('nn'), maalform: 'nn' | 'nb' = 'nn') {
  const template = fixture(name)
  const inspected = await inspectTemplate(template)
  if (!inspected.ok) throw new Error(inspected.refusal.reason)
  const mapping = { ...defaultTemplateMapping(inspected.template.places), ...extra }
  const result = await fillTemplate(template, mapping, saksframleggTemplateParts(doc, maalform))
  if (!result.ok) throw new Error(`${result.refusal.reason} ${result.refusal.detail ?? ''}`)
  return { template, places: inspected.template.places.map((p) => p.id), filled: result.bytes, before: await mainXml(template), after: await mainXml(result.bytes) }
}

async function expectOtherPartsIdentical(template: Uint8Array, filled: Uint8Array, allowed: string[]): Promise<void> {
  const was = await entries(template)
  const now = await entries(filled)
  expect([...now.keys()]).toEqual([...was.keys()])
  for (const [name, bytes] of was) {
    if (!allowed.includes(name)) expect(Buffer.from(now.get(name)!).equals(Buffer.from(bytes)), name).toBe(true)
  }
}

/** Opens the filled file in LibreOffice and reads back the PDF's text, when LibreOffice is installed. */
function pdfText(bytes: Uint8Array, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'template-'))
  writeFileSync(join(dir, `${name}.docx`), bytes)
  execFileSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, `${name}.docx`)], { stdio: 'ignore', timeout: 240_000 })
  return execFileSync('pdftotext', ['-layout', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' })
}

/** The places of websak.docx, in the body; header-fields.docx has these and its header's and footer's. */
const WEBSAK_PLACES = ['markers:saksutgreiinga', 'markers:innstillinga', 'bookmark:Sakshandsamar', 'bookmark:Arkivsak', 'placeholder:arkivkode', 'placeholder:tittel']

describe('templates saved by LibreOffice', () => {
  it('a WebSak marker template (nynorsk): parts between the markers, fields in bookmarks and placeholders', async () => {
    const { template, places, filled, before, after } = await fill('websak.docx', { 'bookmark:Arkivsak': ['arkivsak'], 'placeholder:arkivkode': ['arkivkode'] })
    expect(places).toEqual(WEBSAK_PLACES)
    inOrder(after, ['Anders Teigen', '17/596', 'Arkivkode: 010', tysnes('nn').title, 'saksutgreiinga under', 'SAKSUTGREIING', 'VURDERING', 'saksutgreiinga over', 'INNSTILLING FRÅ RÅDMANNEN:', 'innstillinga under', 'takkar ja til invitasjonen', 'innstillinga over'])
    // The template's own heading style, with room round it where its Normal spaces no paragraph.
    expect(after).toMatch(/<w:pStyle w:val="Heading2"\/>(<w:spacing w:before="240" w:after="120"\/>)?<\/w:pPr><w:r><w:t xml:space="preserve">SAKSUTGREIING/)
    // Everything before the first filled field and after the last marker is the template's own.
    expect(after.startsWith(before.slice(0, before.indexOf('<w:r><w:rPr></w:rPr><w:t>NN</w:t>')))).toBe(true)
    expect(after.endsWith(before.slice(before.indexOf('<w:p><w:pPr><w:pStyle w:val="Marker"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr></w:rPr></w:pPr><w:r><w:rPr></w:rPr><w:t>::: &amp;&amp;&amp; Set inn innstillinga over')))).toBe(true)
    // LibreOffice's template has no decimal list to borrow: numbering.xml stays as it was too.
    await expectOtherPartsIdentical(template, filled, ['word/document.xml'])
    if (!soffice) return console.warn('LibreOffice not installed: the filled template was not rendered')
    const text = pdfText(filled, 'websak')
    expect(text).toContain('Side 1 av')
    expect(text).toContain('Tysnes kommune · Rådmannen')
    expect(text).toContain('INNSTILLING FRÅ RÅDMANNEN:')
  }, 300_000)

  it('a WebSak marker template (bokmål), for a fylkeskommune', async () => {
    const { template, filled, after } = await fill('websak-bokmaal.docx', {}, hordaland('nb'), 'nb')
    inOrder(after, ['saksutredningen under', 'SAKSUTREDNING', 'saksutredningen over', 'innstillingen under', 'Hordaland fylkeskommune', 'innstillingen over'])
    await expectOtherPartsIdentical(template, filled, ['word/document.xml'])
  })

  it('a bookmark template: blocks after each bookmark’s paragraph, the saksgang as a table', async () => {
    const { template, places, filled, after } = await fill('bookmarks.docx', {})
    expect(places).toEqual(['bookmark:Sakshandsamar', 'bookmark:Arkivsak', 'bookmark:Saksutgreiing', 'bookmark:Saksgang', 'bookmark:Innstilling', 'placeholder:arkivkode', 'placeholder:tittel'])
    inOrder(after, ['w:name="Saksutgreiing"', 'VURDERING', 'w:name="Saksgang"', '<w:tbl>', 'Kommunestyret', 'w:name="Innstilling"', 'takkar ja til invitasjonen'])
    await expectOtherPartsIdentical(template, filled, ['word/document.xml'])
    if (soffice) expect(pdfText(filled, 'bookmarks')).toContain('Formannskapet')
  }, 300_000)

  it('a content-control template: LibreOffice keeps the titles of controls alone in their paragraph, which then take paragraphs', async () => {
    const { template, places, filled, after } = await fill('controls.docx', {})
    // LibreOffice 7.4 drops tags, and the titles of controls inside a line. {{tittel}} is in the header.
    expect(places).toEqual(['control:Saksutredning', 'control:Innstilling', 'placeholder:tittel'])
    inOrder(after, ['<w:alias w:val="Saksutredning"/></w:sdtPr><w:sdtContent>', 'SAKSUTGREIING', '</w:sdtContent></w:sdt>', 'INNSTILLING', '<w:alias w:val="Innstilling"/>', 'takkar ja til invitasjonen'])
    expect(after).not.toContain('Skriv saksutredningen her.')
    await expectOtherPartsIdentical(template, filled, ['word/document.xml', 'word/header1.xml'])
    expect(await partXml(filled, 'word/header1.xml')).toBe(
      (await partXml(template, 'word/header1.xml')).replace('<w:t>Tysnes kommune — {{tittel}} i topptekst</w:t>', `<w:t xml:space="preserve">Tysnes kommune — ${tysnes('nn').title} i topptekst</w:t>`)
    )
    if (soffice) expect(pdfText(filled, 'controls')).toContain('VURDERING')
  }, 300_000)

  it('{{name}} in the header and footer: filled with the case’s values, the rest of each part as it was', async () => {
    const doc = tysnes('nn', { date: '2017-10-01' })
    const { template, places, filled } = await fill('header-fields.docx', { 'bookmark:Arkivsak': ['arkivsak'] }, doc)
    expect(places).toEqual([
      ...WEBSAK_PLACES,
      'placeholder:arkivsak',
      'placeholder:dato',
      'placeholder:sakshandsamar'
    ])
    const [header, footer] = [await partXml(template, 'word/header1.xml'), await partXml(template, 'word/footer1.xml')]
    const value = (text: string) => `<w:t xml:space="preserve">${text}</w:t>`
    expect(await partXml(filled, 'word/header1.xml')).toBe(
      header
        .replace('<w:t>Arkivsak: {{arkivsak}} · Arkivkode: {{arkivkode}} · Dato: {{dato}}</w:t>', value('Arkivsak: 17/596 · Arkivkode: 010 · Dato: 1.\u00a0oktober\u00a02017'))
        .replace('<w:t>{{tittel}}</w:t>', value(doc.title))
    )
    expect(await partXml(filled, 'word/footer1.xml')).toBe(footer.replace('<w:t xml:space="preserve">Sakshandsamar: {{sakshandsamar}} · Side </w:t>', value('Sakshandsamar: Anders Teigen · Side ')))
    await expectOtherPartsIdentical(template, filled, ['word/document.xml', 'word/header1.xml', 'word/footer1.xml'])
    if (!soffice) return console.warn('LibreOffice not installed: the filled template was not rendered')
    const text = pdfText(filled, 'header-fields')
    expect(text).toContain('Arkivsak: 17/596 · Arkivkode: 010 · Dato: 1. oktober 2017')
    expect(text).toContain('Sakshandsamar: Anders Teigen · Side 1 av')
    expect(text).not.toContain('{{')
  }, 300_000)
})
