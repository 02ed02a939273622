import { describe, expect, it } from 'vitest'
import { buildDocument, PAGE, safeFileName, suggestedFileName, suggestedTemplateFileName, TEXT_WIDTH } from '../../shared/saksframlegg/docx'
import { caseValues, updateSection, type Saksframlegg } from '../../shared/saksframlegg/model'
import { foreignWords } from '../../shared/purity'
import { plainText, renderSaksframlegg } from '../../shared/saksframlegg/render'
import { hordaland, tysnes } from '../fixtures/saksframlegg/cases'
import { APP_VERSION } from '../fixtures/saksframlegg/appVersion'
import { paragraphsOf, plainSpaces, readDocx } from '../fixtures/saksframlegg/docxRead'

function attr(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1] as string)
}

describe('the Word file of the Tysnes case (nynorsk)', async () => {
  const doc = tysnes('nn')
  const parts = await readDocx(buildDocument(doc, 'nn', { appVersion: APP_VERSION }))
  const paragraphs = paragraphsOf(parts.document).map(plainSpaces)

  it('says what the display blocks say, in the same order', () => {
    const shown = plainSpaces(plainText(renderSaksframlegg(doc, 'nn')))
    const written = paragraphs.filter((p) => p.trim() !== '')
    // Every written paragraph is a line of the rendered text (tables and fields as their cells and label: value).
    let from = 0
    for (const p of written) {
      const at = shown.indexOf(p.replace('\t', ' '), from)
      expect(at, p).toBeGreaterThanOrEqual(0)
      from = at
    }
    expect(written).toContain('INNSTILLING FRÅ RÅDMANNEN')
    expect(written).toContain('Sakshandsamar:\tAnders Teigen')
  })

  it('uses real heading styles with an outline level', () => {
    const styleOf = (text: string): string | undefined => {
      const p = (parts.document.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).find((x) => paragraphsOf(x)[0] === text)
      return p?.match(/<w:pStyle w:val="([^"]+)"/)?.[1]
    }
    expect(styleOf(doc.title)).toBe('Heading1')
    for (const h of ['SAKSUTGREIING', 'ØKONOMISKE KONSEKVENSAR', 'VURDERING', 'INNSTILLING FRÅ RÅDMANNEN']) {
      expect(styleOf(h), h).toBe('Heading2')
    }
    expect(parts.styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/)
    expect(parts.styles).toMatch(/w:styleId="Heading2"[\s\S]*?<w:outlineLvl w:val="1"\/>/)
  })

  it('writes the saksgang as a fixed-width table with a repeating header row', () => {
    const tables = parts.document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []
    expect(tables).toHaveLength(1)
    const table = tables[0] as string
    expect(table).toMatch(/<w:tblLayout w:type="fixed"\/>/)
    const grid = attr(table.match(/<w:tblGrid>[\s\S]*?<\/w:tblGrid>/)?.[0] ?? '', 'w:w').map(Number)
    expect(grid).toHaveLength(3)
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH)
    expect(grid[0]).toBeGreaterThan(grid[1] as number)
    const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g) ?? []
    expect(rows).toHaveLength(3)
    expect(rows[0]).toMatch(/<w:tblHeader\/>/)
    expect(rows[1]).not.toMatch(/<w:tblHeader/)
    expect(paragraphsOf(rows[0] as string)).toEqual(['Utval', 'Møtedato', 'Saksnr.'])
    // Every cell has its column's width in twips.
    const cellWidths = (rows[1]?.match(/<w:tcW [^>]*\/>/g) ?? []).map((w) => ({
      type: attr(w, 'w:type')[0],
      w: Number(attr(w, 'w:w')[0])
    }))
    expect(cellWidths).toEqual(grid.map((w) => ({ type: 'dxa', w })))
  })

  it('sets nynorsk, Arial and the body size in the document defaults', () => {
    const defaults = parts.styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0] ?? ''
    expect(defaults).toMatch(/<w:lang w:val="nn-NO"\/>/)
    expect(defaults).toMatch(/<w:rFonts w:ascii="Arial"[^>]*w:hAnsi="Arial"/)
    expect(defaults).toMatch(/<w:sz w:val="22"\/>/)
  })

  it('is A4 with 2.5 cm margins', () => {
    const sectPr = parts.document.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/)?.[0] ?? ''
    expect(sectPr).toMatch(new RegExp(`<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"`))
    for (const side of ['top', 'right', 'bottom', 'left']) {
      expect(attr(sectPr.match(/<w:pgMar [^>]*\/>/)?.[0] ?? '', `w:${side}`)).toEqual(['1417'])
    }
  })

  it('numbers the pages "Side X av Y" with PAGE and NUMPAGES fields', () => {
    expect(parts.footers).toHaveLength(1)
    const footer = parts.footers[0] as string
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/)
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/)
    expect(paragraphsOf(footer).join('').replace(/\s+/g, ' ').trim()).toBe('Side 1 av 3')
    expect(parts.document).toMatch(/<w:footerReference w:type="default"/)
  })

  it('has title and author in the document properties', () => {
    expect(parts.core).toContain(`<dc:title>${doc.title}</dc:title>`)
    expect(parts.core).toContain('<dc:creator>Anders Teigen</dc:creator>')
  })

  it('makes lists from numbering definitions, each list its own (restarted) numbering', () => {
    const listParagraphs = (parts.document.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).filter((p) => p.includes('<w:numPr>'))
    const numIds = listParagraphs.map((p) => attr(p.match(/<w:numId [^>]*\/>/)?.[0] ?? '', 'w:val')[0])
    // vedlegg (2, numbered), andre saksdokument (2, bullets), the rules in the saksutgreiing (5, bullets)
    expect(numIds).toHaveLength(9)
    expect(new Set(numIds.slice(0, 2)).size).toBe(1)
    expect(new Set([numIds[0], numIds[2], numIds[4]]).size).toBe(3)
    expect(parts.numbering).toMatch(/<w:numFmt w:val="decimal"\/>/)
    expect(parts.numbering).toMatch(/<w:numFmt w:val="bullet"\/>/)
    expect(parts.document).not.toMatch(/<w:t[^>]*>\s*[•\-–]\s/)
  })

  it('keeps list items close and leaves a body paragraph’s space after each list, so the next paragraph does not sit against it', () => {
    const all = parts.document.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []
    const after = (p: string) => Number(p.match(/<w:spacing [^>]*w:after="(\d+)"/)?.[1] ?? NaN)
    const numId = (p: string) => p.match(/<w:numId w:val="(\d+)"\/>/)?.[1]
    const bodyAfter = Number(parts.styles.match(/<w:pPrDefault>[\s\S]*?w:after="(\d+)"/)?.[1])
    expect(bodyAfter).toBeGreaterThan(100)
    let lists = 0
    all.forEach((p, i) => {
      const id = numId(p)
      if (!id) return
      const last = numId(all[i + 1] ?? '') !== id
      if (last) lists += 1
      expect(after(p)).toBe(last ? bodyAfter : 60)
    })
    expect(lists).toBe(3)
  })

  it('puts no line break or tab character inside a text run, even from the user’s text', async () => {
    const edited: Saksframlegg = updateSection(doc, 'vurdering', (s) => ({
      ...s,
      own: { blocks: [{ type: 'paragraph', text: 'Linje ein\nlinje to\tmed tabulator\r\nog <teikn> & «sitat»' }], basedOn: caseValues(doc) }
    }))
    const xml = (await readDocx(buildDocument(edited, 'nn', { appVersion: APP_VERSION }))).document
    for (const run of xml.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []) expect(run).not.toMatch(/[\n\r\t]/)
    const texts = paragraphsOf(xml)
    expect(texts).toContain('Linje ein')
    expect(texts).toContain('linje to med tabulator')
    expect(texts).toContain('og <teikn> & «sitat»')
  })

  it('is wholly nynorsk, as Word shows it', () => {
    expect(foreignWords(paragraphs.join('\n'), 'nn')).toEqual([])
  })
})

describe('the Word file of a bokmål fylkeskommune', async () => {
  const doc = hordaland('nb')
  const parts = await readDocx(buildDocument(doc, 'nb', { appVersion: APP_VERSION }))
  const text = paragraphsOf(parts.document).map(plainSpaces).join('\n')

  it('is marked nb-NO and is wholly bokmål', () => {
    expect(parts.styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="nb-NO"\/>[\s\S]*<\/w:docDefaults>/)
    expect(parts.styles).not.toContain('nn-NO')
    expect(foreignWords(text, 'nb')).toEqual([])
    expect(text).toContain('INNSTILLING FRA FYLKESRÅDMANNEN')
    expect(text).toContain('kr 2 599 815')
    expect(text).toContain('Fylkesutvalget')
  })
})

describe('the sections part, for pasting into the kommune’s own template', async () => {
  const doc = tysnes('nn')
  const parts = await readDocx(buildDocument(doc, 'nn', { part: 'sections', appVersion: APP_VERSION }))
  const paragraphs = paragraphsOf(parts.document)

  it('has no header, saksgang or title', () => {
    expect(parts.document).not.toMatch(/<w:tbl>/)
    expect(parts.document).not.toMatch(/w:val="Heading1"/)
    for (const gone of ['Tysnes kommune', 'SAKSFRAMLEGG', 'Sakshandsamar:\tAnders Teigen', 'Formannskapet', doc.title]) {
      expect(paragraphs).not.toContain(gone)
    }
  })

  it('starts with the vedlegg and ends with the last section, without the innstilling (the template has its own place for it)', () => {
    const written = paragraphs.filter((p) => p.trim() !== '')
    expect(written[0]).toBe('Vedlegg')
    expect(written).toContain('SAKSUTGREIING')
    expect(written).not.toContain('INNSTILLING FRÅ RÅDMANNEN')
    expect(written.some((p) => /^Tysnes kommune takkar ja til invitasjonen frå KS/.test(plainSpaces(p)))).toBe(false)
    expect(written.filter((p) => p === 'VURDERING')).toHaveLength(1)
  })

  it('has the innstilling as a part of its own, without its heading', async () => {
    const innstilling = paragraphsOf((await readDocx(buildDocument(doc, 'nn', { part: 'innstilling', appVersion: APP_VERSION }))).document).filter((p) => p.trim() !== '')
    expect(innstilling).not.toContain('INNSTILLING FRÅ RÅDMANNEN')
    expect(plainSpaces(innstilling[0] ?? '')).toMatch(/^Tysnes kommune takkar ja til invitasjonen frå KS/)
  })
})

describe('file names', () => {
  it('suggests "Saksframlegg 17-596 Digitalisering i kommunal sektor.docx"', () => {
    expect(suggestedFileName(tysnes('nn'))).toBe('Saksframlegg 17-596 Digitalisering i kommunal sektor.docx')
    expect(suggestedFileName(hordaland('nb'), 'sections', 'nb')).toBe('Saksutredning 17-04512 Digitalisering i kommunal sektor.docx')
    expect(suggestedFileName(tysnes('nn'), 'sections', 'nn')).toBe('Saksutgreiing 17-596 Digitalisering i kommunal sektor.docx')
    // The case in the kommune's own template is told apart from the plain Word file in the same folder.
    expect(suggestedTemplateFileName(tysnes('nn'))).toBe('Saksframlegg 17-596 Digitalisering i kommunal sektor (kommunemal).docx')
    expect(suggestedTemplateFileName(hordaland('nb'), 'innstilling', 'nb')).toBe('Innstilling 17-04512 Digitalisering i kommunal sektor (kommunemal).docx')
  })

  it('works without arkivsak and title', () => {
    expect(suggestedFileName({ ...tysnes('nn'), title: '', header: { ...tysnes('nn').header, arkivsak: '' } })).toBe('Saksframlegg.docx')
  })

  it('replaces characters Windows forbids, collapses spaces, limits length, is never empty', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j', 'docx')).toBe('a-b-c d e f g h i j.docx')
    expect(safeFileName('  tab\there\u0000\u001f  x  ', 'docx')).toBe('tab here x.docx')
    expect(safeFileName('', 'docx')).toBe('Saksframlegg.docx')
    expect(safeFileName(' ... ', 'docx')).toBe('Saksframlegg.docx')
    expect(safeFileName('???', 'docx')).toBe('Saksframlegg.docx')
    expect(safeFileName('con', 'docx')).toBe('con saksframlegg.docx')
    expect(safeFileName('slutt. ', 'docx')).toBe('slutt.docx')
    const long = safeFileName('ø'.repeat(500), 'docx')
    expect(long.length).toBeLessThanOrEqual(125)
    expect(long.endsWith('ø.docx')).toBe(true)
  })
})
