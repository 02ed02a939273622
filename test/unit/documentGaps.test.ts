import JSZip from 'jszip'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Preview } from '../../renderer/src/document/Preview'
import { calculateContribution } from '../../shared/contribution'
import { runsOf } from '../../shared/document/placeholder'
import { fillTemplate, inspectTemplate } from '../../shared/document/template'
import { DIGIFIN_2017 } from '../../shared/financingRound'
import type { Maalform } from '../../shared/maalform'
import { buildDefaultSaksframlegg } from '../../shared/saksframlegg/defaults'
import { buildDocument } from '../../shared/saksframlegg/docx'
import { headerGap, missingHeaderFields } from '../../shared/saksframlegg/headerGaps'
import { renderSaksframlegg } from '../../shared/saksframlegg/render'
import { defaultTemplateMapping, saksframleggTemplateParts } from '../../shared/saksframlegg/templateParts'
import { APP_VERSION } from '../fixtures/saksframlegg/appVersion'
import { tysnes, tysnesProfile } from '../fixtures/saksframlegg/cases'
import { readDocx } from '../fixtures/saksframlegg/docxRead'
import { rawTemplate, WEBSAK_BODY } from '../fixtures/templates/rawTemplate'

/**
 * A gap for what nobody gave — a population figure without date or source, a header field left
 * empty — is seen before the document goes out: highlighted yellow in the Word file and in the
 * kommune's template, marked in the preview, in both målformer.
 */

/** Tysnes with a figure nobody dated or sourced, and no sakshandsamar, arkivsak, arkivkode or date. */
function caseWithGaps(maalform: Maalform) {
  const contribution = calculateContribution(
    DIGIFIN_2017,
    { kind: 'kommune', number: '1223', name: 'Tysnes' },
    { count: 2853, date: '', source: '', sourceText: { nn: '', nb: '' }, origin: 'manual' }
  )
  return buildDefaultSaksframlegg(contribution, { ...tysnesProfile, sakshandsamar: '' }, maalform)
}

const GAPS: Record<Maalform, string[]> = {
  nn: ['[sakshandsamar]', '[arkivsaksnummer]', '[arkivkode]', '[dato]', '[dato for folketalet]', '[kjelde for folketalet]'],
  nb: ['[saksbehandler]', '[arkivsaksnummer]', '[arkivkode]', '[dato]', '[dato for folketallet]', '[kilde for folketallet]']
}

/** The text of each highlighted run, in order. */
function highlightedRuns(xml: string): string[] {
  return (xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [])
    .filter((run) => run.includes('<w:highlight w:val="yellow"/>'))
    .map((run) => run.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/)?.[1] ?? '')
}

describe('a gap in the text', () => {
  it('is words in small letters between brackets, and only that', () => {
    expect(runsOf('folketalet per [dato for folketalet]. Kjelde: SSB.', { bold: true })).toEqual([
      { text: 'folketalet per ', bold: true },
      { text: '[dato for folketalet]', bold: true, placeholder: true },
      { text: '. Kjelde: SSB.', bold: true }
    ])
    expect(runsOf('[arkivkode]')).toEqual([{ text: '[arkivkode]', placeholder: true }])
    for (const text of ['Sjå [1] og [Vedlegg 2].', '[]', 'Ingen klammer', '']) expect(runsOf(text)).toEqual([{ text }])
  })
})

describe.each<Maalform>(['nn', 'nb'])('a %s saksframlegg with gaps', (maalform) => {
  const doc = caseWithGaps(maalform)
  const gaps = GAPS[maalform]

  it('highlights each gap yellow in the Word file, and nothing else', async () => {
    const { document } = await readDocx(buildDocument(doc, maalform, { appVersion: APP_VERSION }))
    expect(highlightedRuns(document)).toEqual(gaps)
  })

  it('marks each gap in the preview, with a name that says it must be filled in', () => {
    const html = renderToStaticMarkup(createElement(Preview<string>, { rendered: renderSaksframlegg(doc, maalform), kind: 'saksframlegg', label: 'Førehandsvising', gapLabel: 'Manglar' }))
    const marked = [...html.matchAll(/<mark class="doc-gap" title="Manglar" aria-description="Manglar">([^<]*)<\/mark>/g)].map((m) => m[1])
    expect(marked).toEqual(gaps)
  })

  it('highlights the gaps in the kommune’s template too, also in a {{placeholder}} and a field run', async () => {
    const template = await rawTemplate(WEBSAK_BODY)
    const inspected = await inspectTemplate(template)
    if (!inspected.ok) throw new Error(inspected.refusal.reason)
    const mapping = { ...defaultTemplateMapping(inspected.template.places), 'placeholder:dato': ['date'] }
    const filled = await fillTemplate(template, mapping, saksframleggTemplateParts(doc, maalform))
    if (!filled.ok) throw new Error(filled.refusal.reason)
    const xml = await (await JSZip.loadAsync(filled.bytes)).file('word/document.xml')!.async('string')
    // The bookmark (sakshandsamar), the {{dato}} inside "tel}} ({{dato}})", the control (arkivsak), then the population gaps.
    expect(highlightedRuns(xml)).toEqual([gaps[0], '[dato]', '[arkivsaksnummer]', gaps[4], gaps[5]])
    // The run {{dato}} stood in is split around the gap, each piece with the run's own bold.
    expect(xml).toContain(
      '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> (</w:t></w:r>' +
        '<w:r><w:rPr><w:b/><w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve">[dato]</w:t></w:r>' +
        '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">)</w:t></w:r>'
    )
  })
})

describe('a saksframlegg with every value given', () => {
  it('has no highlight in Word', async () => {
    const doc = tysnes('nn', { date: '2017-10-01' })
    expect(doc.header).toMatchObject({ sakshandsamar: 'Anders Teigen', arkivsak: '17/596', arkivkode: '010' })
    const { document } = await readDocx(buildDocument(doc, 'nn', { appVersion: APP_VERSION }))
    expect(highlightedRuns(document)).toEqual([])
  })
})

describe('the header fields the editor names as missing', () => {
  it('are the empty ones, in the document’s order, each with the gap the document shows', () => {
    const doc = caseWithGaps('nb')
    expect(missingHeaderFields({ ...doc.header, arkivkode: '010' })).toEqual(['sakshandsamar', 'arkivsak', 'date'])
    expect(missingHeaderFields({ ...doc.header, arkivkode: '010' }).map((f) => headerGap(f, 'nb'))).toEqual(['[saksbehandler]', '[arkivsaksnummer]', '[dato]'])
    expect(missingHeaderFields(tysnes('nn', { date: '2017-10-01' }).header)).toEqual([])
  })
})
