import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { Packer } from 'docx'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { buildWordFile } from '../../renderer/src/document/exportWord'
import { Preview } from '../../renderer/src/document/Preview'
import { lineRuns, type RenderedDocument } from '../../shared/document/blocks'
import { safeFileName } from '../../shared/document/fileName'
import { plainText } from '../../shared/document/text'
import { buildWordDocument } from '../../shared/document/word'
import type { Maalform } from '../../shared/maalform'
import { foreignWords } from '../../shared/purity'
import { tysnesLetter } from '../fixtures/letter/letters'
import { renderLetter } from '../fixtures/letter/render'
import { APP_VERSION } from '../fixtures/saksframlegg/appVersion'
import { paragraphsOf, plainSpaces, readDocx } from '../fixtures/saksframlegg/docxRead'

/**
 * The document core carries a second document type with nothing of its own but a model, its text
 * in each målform and a render function (test/fixtures/letter): the Word writer, the preview, the
 * export and the file naming are the core's, unchanged.
 */

const FIXTURE = join(import.meta.dirname, '../fixtures/letter')

describe('a new document type needs only model, text and render', () => {
  it('is built from the core alone: no import of the saksframlegg, the renderer or docx', () => {
    for (const file of readdirSync(FIXTURE)) {
      const imports = [...readFileSync(join(FIXTURE, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] as string)
      for (const path of imports) expect(path, `${file}: ${path}`).toMatch(/^\.\/|shared\/(document\/|format$|maalform$)/)
    }
  })
})

describe.each<[Maalform, string, string, string]>([
  ['nn', 'nn-NO', 'Dette vart vedteke', 'Med helsing'],
  ['nb', 'nb-NO', 'Dette ble vedtatt', 'Med hilsen']
])('the letter in %s through the core Word writer', async (maalform, language, decisionHeading, closing) => {
  const letter = tysnesLetter(maalform)
  const rendered = renderLetter(letter, maalform)
  const parts = await readDocx(buildWordDocument(rendered, { appVersion: APP_VERSION }))
  const paragraphs = paragraphsOf(parts.document).map(plainSpaces)
  const styleOf = (text: string): string | undefined => {
    const p = (parts.document.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).find((x) => plainSpaces(paragraphsOf(x)[0] ?? '') === text)
    return p?.match(/<w:pStyle w:val="([^"]+)"/)?.[1]
  }

  it(`is marked ${language} in the document defaults`, () => {
    const defaults = parts.styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0] ?? ''
    expect(defaults).toContain(`<w:lang w:val="${language}"/>`)
    expect(parts.styles).not.toContain(language === 'nn-NO' ? 'nb-NO' : 'nn-NO')
  })

  it('writes its subject and decision as real headings, its own words in order', () => {
    expect(styleOf('Svar på invitasjon til KS DigiFin')).toBe('Heading1')
    expect(styleOf(decisionHeading)).toBe('Heading2')
    expect(styleOf('Tysnes kommune')).toBe('Organisation')
    expect(styleOf('MELDING OM VEDTAK')).toBe('DocumentKind')
    const written = paragraphs.filter((p) => p.trim() !== '')
    expect(written.slice(0, 4)).toEqual(['Tysnes kommune', 'MELDING OM VEDTAK', 'Vår referanse:\t17/596', 'Dato:\t14. desember 2017'])
    expect(written.slice(-3)).toEqual([closing, 'Anders Teigen', maalform === 'nn' ? 'sakshandsamar' : 'saksbehandler'])
    // The body's two lines are two paragraphs; its list is a Word list, not a typed bullet.
    expect(written).toContain(maalform === 'nn' ? 'Vedtaket står nedanfor.' : 'Vedtaket står nedenfor.')
    expect((parts.document.match(/<w:numPr>/g) ?? []).length).toBe(2)
  })

  it('has its footer, title and author from the rendered meta', () => {
    expect(paragraphsOf(parts.footers[0] ?? '').join('').replace(/\s+/g, ' ').trim()).toBe('Side 1 av 1')
    expect(parts.footers[0]).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/)
    expect(parts.core).toContain('<dc:title>Svar på invitasjon til KS DigiFin</dc:title>')
    expect(parts.core).toContain('<dc:creator>Anders Teigen</dc:creator>')
  })

  it('reads back as plain text, wholly in its målform, the same words as the Word file', () => {
    const text = plainSpaces(plainText(rendered))
    expect(text.split('\n').slice(-1)).toEqual(['Side 1 av 1'])
    expect(foreignWords(text, maalform)).toEqual([])
    let from = 0
    for (const p of paragraphs.filter((x) => x.trim() !== '')) {
      const at = text.indexOf(p.replace('\t', ' '), from)
      expect(at, p).toBeGreaterThanOrEqual(0)
      from = at
    }
  })
})

describe('the letter in the app’s preview and export', () => {
  const rendered = renderLetter(tysnesLetter('nn'), 'nn')

  it('is drawn by the one preview, grouped by the letter’s own parts', () => {
    const html = renderToStaticMarkup(createElement(Preview<string>, { rendered, kind: 'letter', label: 'Førehandsvising', gapLabel: 'Manglar' }))
    expect(html).toContain('data-testid="letter-preview"')
    expect(html).toContain('lang="nn"')
    expect([...html.matchAll(/data-part="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'sender',
      'recipient',
      'subject',
      'body',
      'decision',
      'signature'
    ])
    expect(html).toContain('<blockquote class="doc-quote">Tysnes kommune takkar ja til invitasjonen frå KS.</blockquote>')
  })

  it('is exported by the one Word export, as the writer writes it, under a safe name', async () => {
    const name = safeFileName('Melding om vedtak 17/596', 'docx', 'Brev')
    const file = await buildWordFile(rendered, name)
    expect(file.name).toBe('Melding om vedtak 17-596.docx')
    const xml = async (data: Uint8Array | Buffer): Promise<string> => (await JSZip.loadAsync(data)).file('word/document.xml')!.async('string')
    expect(await xml(file.data)).toBe(await xml(await Packer.toBuffer(buildWordDocument(rendered, { appVersion: APP_VERSION }))))
    expect(safeFileName('', 'docx', 'Brev')).toBe('Brev.docx')
  })
})

describe('a paragraph of several lines (an address, a signature)', () => {
  const rendered: RenderedDocument = {
    blocks: [{ type: 'paragraph', role: 'body', runs: lineRuns(['KS', 'Postboks 1378 Vika', '0114 Oslo']), origin: { part: 'recipient' } }],
    meta: { title: 'Brev', author: 'Tysnes kommune', language: 'nn-NO', footer: { page: 'Side', of: 'av' } }
  }

  it('is one Word paragraph whose lines are parted by line breaks, not paragraph gaps', async () => {
    const { document } = await readDocx(buildWordDocument(rendered, { appVersion: APP_VERSION }))
    const paragraphs = document.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []
    const address = paragraphs.filter((p) => p.includes('Postboks'))
    expect(address).toHaveLength(1)
    expect(address[0]!.match(/<w:br\/>/g)).toHaveLength(2)
    expect(address[0]!.indexOf('KS')).toBeLessThan(address[0]!.indexOf('<w:br/>'))
  })

  it('is drawn as one preview paragraph with <br> between the lines, and reads back a line each', () => {
    const html = renderToStaticMarkup(createElement(Preview<string>, { rendered, kind: 'letter', label: 'Førehandsvising', gapLabel: 'Manglar' }))
    expect(html).toContain('<p class="doc-p doc-body">KS<br/>Postboks 1378 Vika<br/>0114 Oslo</p>')
    expect(plainText(rendered)).toContain('KS\nPostboks 1378 Vika\n0114 Oslo')
  })
})
