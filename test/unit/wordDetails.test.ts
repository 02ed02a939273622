import { describe, expect, it } from 'vitest'
import { wordAppVersion } from '../../shared/document/wordProperties'
import type { Maalform } from '../../shared/maalform'
import { archiveProperties, splitArkivsak } from '../../shared/saksframlegg/archiveProperties'
import { buildDocument } from '../../shared/saksframlegg/docx'
import type { Saksframlegg } from '../../shared/saksframlegg/model'
import { APP_VERSION } from '../fixtures/saksframlegg/appVersion'
import { hordaland, tysnes } from '../fixtures/saksframlegg/cases'
import { paragraphsOf, readDocx } from '../fixtures/saksframlegg/docxRead'

/**
 * What the Word file carries besides its text (issue 8 §4): page fields with a result, the
 * document properties a case system or records manager reads, and styles a user goes on with.
 */

/** Tysnes and Hordaland as a kommune would fill them in: an arkivsak, an arkivkode and dated meetings. */
function filled(doc: Saksframlegg): Saksframlegg {
  return {
    ...doc,
    header: { ...doc.header, arkivsak: '17/596', arkivkode: '026', sakshandsamar: 'Anders Teigen' },
    saksgang: [
      { utval: doc.saksgang[0]?.utval ?? 'Formannskapet', moetedato: '2017-11-28', saksnr: '65/17' },
      { utval: doc.saksgang[1]?.utval ?? 'Kommunestyret', moetedato: '2017-12-12', saksnr: '' }
    ]
  }
}

const propertiesOf = (custom: string): Record<string, string> =>
  Object.fromEntries([...custom.matchAll(/<property [^>]*name="([^"]+)"><vt:lpwstr>([^<]*)<\/vt:lpwstr><\/property>/g)].map((m) => [m[1], m[2]]))

describe.each<[Maalform, () => Saksframlegg, string, string]>([
  ['nn', () => filled(tysnes('nn')), 'nn-NO', 'Formannskapet'],
  ['nb', () => filled(hordaland('nb')), 'nb-NO', 'Fylkesutvalget']
])('the Word details of a saksframlegg in %s', async (maalform, make, language, firstUtval) => {
  const doc = make()
  const parts = await readDocx(buildDocument(doc, maalform, { appVersion: APP_VERSION }))

  // Both cases run to three pages as LibreOffice lays them out (checked with soffice and pdfinfo
  // after the reader's additions of stop 15 moved Hordaland's innstilling onto a third page).
  const pages = '3'
  it('writes PAGE and NUMPAGES as complex fields with a result, so an unupdated footer reads "Side 1 av N"', () => {
    const footer = parts.footers[0] ?? ''
    for (const [instruction, result] of [
      ['PAGE', '1'],
      ['NUMPAGES', pages]
    ]) {
      const field = new RegExp(
        `<w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText[^>]*>${instruction}</w:instrText></w:r>` +
          `<w:r><w:fldChar w:fldCharType="separate"/>(?:</w:r><w:r>)?<w:t[^>]*>${result}</w:t></w:r>[\\s\\S]*?<w:fldChar w:fldCharType="end"/>`
      )
      expect(footer, instruction).toMatch(field)
    }
    expect(paragraphsOf(footer).join('').trim()).toBe(`Side 1 av ${pages}`)
  })

  it('has title, subject, language, creator and a W3CDTF created date in core.xml', () => {
    expect(parts.core).toContain(`<dc:title>${doc.title}</dc:title>`)
    expect(parts.core).toContain('<dc:subject>Saksframlegg 17/596</dc:subject>')
    expect(parts.core).toContain(`<dc:language>${language}</dc:language>`)
    expect(parts.core).toContain('<dc:creator>Anders Teigen</dc:creator>')
    const created = parts.core.match(/<dcterms:created xsi:type="dcterms:W3CDTF">([^<]+)<\/dcterms:created>/)?.[1] ?? ''
    expect(created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/)
    expect(Number.isNaN(Date.parse(created))).toBe(false)
  })

  it('names no program in the file properties, so the archive copy is the kommune\'s document, and keeps the version Word accepts', () => {
    expect(parts.app).not.toContain('<Application')
    expect(`${parts.app}${parts.core}${parts.custom}`).not.toMatch(/spleiselag/i)
    expect(parts.app).toContain(`<AppVersion>${wordAppVersion(APP_VERSION)}</AppVersion>`)
    expect(parts.app).toMatch(/<AppVersion>\d{1,2}\.\d{4}<\/AppVersion>/)
  })

  it('carries the archive metadata under Noark 5 names in custom.xml, with its relationship and content type', () => {
    expect(propertiesOf(parts.custom)).toEqual({
      mappeID: '17/596',
      saksaar: '2017',
      sakssekvensnummer: '596',
      klasseID: '026',
      saksbehandler: 'Anders Teigen',
      dokumenttype: 'Saksframlegg',
      'saksgang.1.utvalg': firstUtval,
      'saksgang.1.moetedato': '2017-11-28',
      'saksgang.1.moetesaksnummer': '65/17',
      'saksgang.2.utvalg': doc.saksgang[1]?.utval,
      'saksgang.2.moetedato': '2017-12-12'
    })
    expect(parts.rels).toMatch(/Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/custom-properties" Target="docProps\/custom\.xml"/)
    expect(parts.contentTypes).toContain(
      '<Override ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml" PartName="/docProps/custom.xml"/>'
    )
  })

  it('leaves out what the case does not hold, rather than writing it empty', async () => {
    const bare: Saksframlegg = { ...doc, header: { ...doc.header, arkivsak: '', arkivkode: ' ', sakshandsamar: '' }, saksgang: [] }
    const written = await readDocx(buildDocument(bare, maalform, { appVersion: APP_VERSION }))
    expect(propertiesOf(written.custom)).toEqual({ dokumenttype: 'Saksframlegg' })
    expect(written.custom).not.toMatch(/<vt:lpwstr><\/vt:lpwstr>|<vt:lpwstr\/>/)
    expect(written.core).toContain('<dc:subject>Saksframlegg</dc:subject>')
  })

  it('gives our own styles Norwegian names and keeps Word’s names for its built-in ones', () => {
    const nameOf = (id: string): string | undefined =>
      parts.styles.match(new RegExp(`w:styleId="${id}"[^>]*><w:name w:val="([^"]+)"/>`))?.[1]
    expect(nameOf('Organisation')).toBe('Organisasjon')
    expect(nameOf('DocumentKind')).toBe('Dokumenttype')
    expect(nameOf('Label')).toBe('Etikett')
    expect(nameOf('Field')).toBe('Felt')
    expect(nameOf('TableText')).toBe('Tabelltekst')
    expect(nameOf('Quote')).toBe('Quote')
    expect(nameOf('Footer')).toBe('footer')
  })

  it('draws no heading level in Word’s default blue, and gives each its outline level', () => {
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6', 'Heading7', 'Heading8', 'Heading9']) {
      const styles = parts.styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`, 'g')) ?? []
      expect(styles, id).toHaveLength(1)
      expect(styles[0], id).toMatch(/<w:color w:val="000000"\/>/)
      if (id !== 'Title') expect(styles[0], id).toContain(`<w:outlineLvl w:val="${Number(id.slice(-1)) - 1}"/>`)
    }
    expect(parts.styles).not.toMatch(/<w:color w:val="(1F4D78|2E74B5|365F91|4F81BD|17365D)"/)
  })
})

describe('the archive numbers of an arkivsak', () => {
  it('splits saksår and sakssekvensnummer, reading a two-digit year with the POSIX pivot', () => {
    expect(splitArkivsak('17/596')).toEqual({ saksaar: 2017, sakssekvensnummer: 596 })
    expect(splitArkivsak('2017/596')).toEqual({ saksaar: 2017, sakssekvensnummer: 596 })
    expect(splitArkivsak(' 17 / 00596 ')).toEqual({ saksaar: 2017, sakssekvensnummer: 596 })
    expect(splitArkivsak('17/596-3')).toEqual({ saksaar: 2017, sakssekvensnummer: 596 })
    expect(splitArkivsak('04/12')).toEqual({ saksaar: 2004, sakssekvensnummer: 12 })
    expect(splitArkivsak('68/1')).toEqual({ saksaar: 2068, sakssekvensnummer: 1 })
    expect(splitArkivsak('98/1234')).toEqual({ saksaar: 1998, sakssekvensnummer: 1234 })
  })

  it('does not split what is not an arkivsak, but keeps it whole as mappeID', () => {
    for (const odd of ['', 'sak 596', '596', '2017-596', '123/45', '17/']) expect(splitArkivsak(odd), odd).toBeUndefined()
    const doc = { ...tysnes('nn'), header: { ...tysnes('nn').header, arkivsak: 'sak 596' } }
    const names = archiveProperties(doc).map((p) => p.name)
    expect(names).toContain('mappeID')
    expect(names).not.toContain('saksaar')
    expect(names).not.toContain('sakssekvensnummer')
  })
})

describe('the AppVersion Word accepts', () => {
  it('writes major.minor.patch as XX.YYYY, and leaves out what does not fit', () => {
    expect(wordAppVersion('0.1.0')).toBe('0.0100')
    expect(wordAppVersion('1.12.3')).toBe('1.1203')
    expect(wordAppVersion('12.0.0-beta.1')).toBe('12.0000')
    expect(wordAppVersion('1.100.0')).toBeUndefined()
    expect(wordAppVersion('v1')).toBeUndefined()
  })
})
