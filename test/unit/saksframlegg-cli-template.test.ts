import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../scripts/cli'
import { foreignWords } from '../../shared/purity'
import { rawTemplate, splitMarker } from '../fixtures/templates/rawTemplate'
import { inOrder, mainText } from '../fixtures/templates/readBack'

/** `saksframlegg --mal`: the LibreOffice-saved templates of test/fixtures/templates, filled by the CLI. */
const dir = mkdtempSync(join(tmpdir(), 'saksframlegg-cli-mal-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const fixture = (name: string) => join(import.meta.dirname, '../fixtures/templates', name)

async function cli(...args: string[]): Promise<{ status: number; out: string[]; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const status = await main(['saksframlegg', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { status, out, err }
}

const TYSNES = ['--kommune', '1223', '--folketal', '2853', '--folketaldato', '2017-07-01', '--kjelde', 'SSB', '--maalform', 'nn', '--sakshandsamar', 'Anders Teigen', '--dato', '2017-10-01']

describe('npm run cli -- saksframlegg --mal', () => {
  it('fills the WebSak template: the parts between the markers, the markers and the template’s own text kept', async () => {
    const out = join(dir, 'websak-filled.docx')
    const run = await cli(...TYSNES, '--mal', fixture('websak.docx'), '--ut', out)
    expect(run).toMatchObject({ status: 0, err: [] })
    const text = await mainText(readFileSync(out))
    inOrder(text, ['Anders Teigen', 'Set inn vedlegga og saksutgreiinga under', 'SAKSUTGREIING', 'VURDERING', 'Set inn saksutgreiinga over', 'INNSTILLING FRÅ RÅDMANNEN:', 'Set inn innstillinga under', 'takkar ja til invitasjonen', 'Set inn innstillinga over'])
    // The innstilling once, in its own place; the template's heading, not ours.
    expect(text.match(/^Tysnes kommune takkar ja til invitasjonen/gm)).toHaveLength(1)
    expect(text.match(/INNSTILLING FRÅ RÅDMANNEN/g)).toHaveLength(1)
    expect(foreignWords(text.replace(/Ikkje slett denne lina/g, ''), 'nn')).toEqual([])
  })

  it('writes the parts that --del names and leaves the other place as the template has it', async () => {
    const sections = join(dir, 'websak-sections.docx')
    expect((await cli(...TYSNES, '--mal', fixture('websak.docx'), '--del', 'saksutgreiing', '--ut', sections)).status).toBe(0)
    const text = await mainText(readFileSync(sections))
    expect(text).toContain('SAKSUTGREIING')
    expect(text).not.toMatch(/^Tysnes kommune takkar ja til invitasjonen/m)

    const innstilling = join(dir, 'websak-innstilling.docx')
    expect((await cli(...TYSNES, '--mal', fixture('websak.docx'), '--del', 'innstilling', '--ut', innstilling)).status).toBe(0)
    const only = await mainText(readFileSync(innstilling))
    expect(only).toMatch(/^Tysnes kommune takkar ja til invitasjonen/m)
    expect(only).not.toContain('SAKSUTGREIING')
  })

  it('fills the bokmål WebSak template and the bookmark template', async () => {
    const nb = join(dir, 'websak-nb.docx')
    expect((await cli('--kommune', '5037', '--maalform', 'nb', '--dato', '2017-10-01', '--mal', fixture('websak-bokmaal.docx'), '--ut', nb)).status).toBe(0)
    inOrder(await mainText(readFileSync(nb)), ['Sett inn vedleggene og saksutredningen under', 'SAKSUTREDNING', 'Sett inn saksutredningen over', 'takker ja til invitasjonen'])
    const bookmarks = join(dir, 'bookmarks-filled.docx')
    expect((await cli(...TYSNES, '--mal', fixture('bookmarks.docx'), '--ut', bookmarks)).status).toBe(0)
    expect(await mainText(readFileSync(bookmarks))).toContain('takkar ja til invitasjonen')
  })

  it('names a marker it did not use and why, and the header fields left empty, after writing the file', async () => {
    const sub = mkdtempSync(join(dir, 'unusable-'))
    const body = [
      '<w:p><w:r><w:t>&amp;&amp;&amp; Set inn saksutgreiinga &amp;&amp;&amp;</w:t></w:r></w:p>',
      splitMarker('...', 'Set inn innstillinga under'),
      splitMarker('...', 'Set inn innstillinga over')
    ].join('')
    writeFileSync(join(sub, 'mal.docx'), await rawTemplate(body))
    const run = await cli(...TYSNES, '--mal', join(sub, 'mal.docx'), '--ut', join(sub, 'sak.docx'))
    expect(run).toMatchObject({ status: 0, err: [] })
    expect(run.out).toContain(
      'Merk: markøren «&&& Set inn saksutgreiinga &&&» i malen er ikkje brukt, fordi han seier verken «under» eller «over». Han står att i dokumentet slik han er.'
    )
    expect(run.out).toContain('Merk: arkivsak manglar, så dokumentet viser «[arkivsaksnummer]». Bruk --arkivsak.')
    expect(run.out).toContain('Merk: arkivkode manglar, så dokumentet viser «[arkivkode]». Bruk --arkivkode.')
    expect(await mainText(readFileSync(join(sub, 'sak.docx')))).toContain('&&& Set inn saksutgreiinga &&&')
  })

  it.each([
    ['a text file renamed .docx', () => new TextEncoder().encode('Ikkje ein mal'), /^«mal\.docx» er ikkje ei Word-fil \(\.docx eller \.dotx\)\.$/],
    ['a .doc', () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), /^«mal\.docx» er ei eldre Word-fil \(\.doc\)\./],
    [
      'a macro-enabled .docm',
      () => rawTemplate(splitMarker('...', 'Set inn innstillinga under') + splitMarker('...', 'Set inn innstillinga over'), { macro: true }),
      /^«mal\.docx» er ei Word-fil med makroar \(\.docm eller \.dotm\), og slike filer vert ikkje tekne imot\. Opne ho i Word og lagre ho som \.docx eller \.dotx først\.$/
    ],
    ['a marker without its partner', () => rawTemplate(splitMarker('...', 'Set inn vedlegga og saksutgreiinga under')), /^Malen «mal\.docx» har markøren «.*Set inn vedlegga og saksutgreiinga under.*» utan partnaren sin/],
    ['no places', () => rawTemplate('<w:p><w:r><w:t>Berre tekst.</w:t></w:r></w:p>'), /^Malen «mal\.docx» har ingen stader å fylle/]
  ])('refuses %s: exit 2, one line in the målform, nothing written', async (_, make, message) => {
    const sub = mkdtempSync(join(dir, 'refused-'))
    writeFileSync(join(sub, 'mal.docx'), await make())
    const run = await cli(...TYSNES, '--mal', join(sub, 'mal.docx'), '--ut', join(sub, 'sak.docx'))
    expect(run.status).toBe(2)
    expect(run.err).toHaveLength(1)
    expect(run.err[0]).toMatch(message)
    expect(readdirSync(sub)).toEqual(['mal.docx'])
  })

  it('answers a refusal in bokmål for a bokmål case', async () => {
    const sub = mkdtempSync(join(dir, 'refused-nb-'))
    copyFileSync(fixture('source/websak.fodt'), join(sub, 'mal.docx'))
    const run = await cli('--kommune', '5037', '--maalform', 'nb', '--mal', join(sub, 'mal.docx'), '--ut', join(sub, 'sak.docx'))
    expect(run.status).toBe(2)
    expect(run.err).toEqual(['«mal.docx» er ikke en Word-fil (.docx eller .dotx).'])
    expect(existsSync(join(sub, 'sak.docx'))).toBe(false)
  })

  it('names a macro-enabled template as such in bokmål, and writes nothing', async () => {
    const sub = mkdtempSync(join(dir, 'refused-macro-nb-'))
    writeFileSync(join(sub, 'mal.dotm'), await rawTemplate(splitMarker('...', 'Sett inn innstillingen under') + splitMarker('...', 'Sett inn innstillingen over'), { macro: true, template: true }))
    const run = await cli('--kommune', '5037', '--maalform', 'nb', '--mal', join(sub, 'mal.dotm'), '--ut', join(sub, 'sak.docx'))
    expect(run.status).toBe(2)
    expect(run.err).toEqual([
      '«mal.dotm» er en Word-fil med makroer (.docm eller .dotm), og slike filer blir ikke tatt imot. Åpne den i Word og lagre den som .docx eller .dotx først.'
    ])
    expect(readdirSync(sub)).toEqual(['mal.dotm'])
  })
})
