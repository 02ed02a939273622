import type { DocumentLanguage } from '../blocks'
import { oneLine, splitParagraphs } from '../text'
import { blocksToOoxml, highlighted, ListInstances, plainParagraph, textRuns } from './blocksToOoxml'
import { runsOf } from '../placeholder'
import { locatePlaces, type LocatedPlace, type PlaceholderHit } from './places'
import { inLanguage } from './runLanguage'
import { readStyleSheet, type StyleSheet } from './templateStyles'
import type { FillResult, TemplateMapping, TemplatePart } from './types'
import { asDocumentContentTypes, openWordPackage } from './wordPackage'
import { ancestor, child, descendants, escapeXml, named, parseXml, type XmlElement } from './xml'

/**
 * Writing the parts into a copy of the template. Every change is a splice into the original XML
 * string at offsets the reader found, so all of the main part outside the filled places, and every
 * other part of the package, stays as the template had it. Besides the main part only a header or
 * footer with a filled place in it, the content types (a .dotx becomes a .docx) and numbering.xml (a
 * numbered list needs a list instance that starts at 1) may change.
 */

interface Edit {
  start: number
  end: number
  text: string
  place: string
}

type Failure = Extract<FillResult, { ok: false }>
const fail = (reason: Failure['refusal']['reason'], detail?: string): Failure => ({ ok: false, refusal: { reason, detail } })

/** Content the template had between markers that a fill must not throw away. */
const KEEP = /<(w:t|w:drawing|w:pict|w:object|w:sectPr|w:bookmarkStart|w:fldSimple|w:fldChar|w:instrText|w:tbl)[\s>/]/

function markerEdits(xml: string, located: Extract<LocatedPlace, { kind: 'markers' }>, content: string, dropMarkers: boolean): Edit[] {
  const { opening, closing } = located
  const between = xml.slice(opening.end, closing.start)
  const siblings = opening.parent === closing.parent
  const place = located.place.id
  // Empty lines between the markers are the template's room for the text: they go. Anything else stays after the insert.
  const empty = siblings && !KEEP.test(between)
  if (!dropMarkers) return [{ start: opening.end, end: empty ? closing.start : opening.end, text: content, place }]
  // A letter that is sent: the marker lines («&&& Set inn brevteksten under &&& (Ikkje slett denne lina)») go with the room between.
  if (empty) return [{ start: opening.start, end: closing.end, text: content, place }]
  return [
    { start: opening.start, end: opening.end, text: content, place },
    { start: closing.start, end: closing.end, text: '', place }
  ]
}

function bookmarkEdits(xml: string, located: Extract<LocatedPlace, { kind: 'bookmark' }>, content: Content): Edit[] {
  const { start, end } = located
  const paragraph = start.parent?.name === 'w:p' ? start.parent : ancestor(start, 'w:p')
  const place = located.place.id
  if (content.kind === 'blocks' || !paragraph) {
    // After the bookmark's paragraph; a bookmark around whole paragraphs: after its end.
    const at = paragraph ? paragraph.end : end && end.parent === start.parent ? end.end : start.end
    return [{ start: at, end: at, text: content.kind === 'blocks' ? content.xml : plainParagraph(content.text), place }]
  }
  if (!end || !start.parent || end.parent !== start.parent) return [{ start: start.end, end: start.end, text: textRuns(content.text), place }]
  // A bookmark around text (WebSak's fields): its runs are replaced, other bookmarks' ends between are kept.
  const runs = start.parent.children.filter((e) => e.name === 'w:r' && e.start >= start.end && e.end <= end.start)
  const rPr = runs[0] && child(runs[0], 'w:rPr')
  return [
    { start: start.end, end: start.end, text: textRuns(content.text, rPr ? xml.slice(rPr.start, rPr.end) : ''), place },
    ...runs.map((r) => ({ start: r.start, end: r.end, text: '', place }))
  ]
}

function controlEdits(xml: string, located: Extract<LocatedPlace, { kind: 'control' }>, content: Content): Edit[] {
  const { sdt, content: sdtContent } = located
  const place = located.place.id
  const properties = child(sdt, 'w:sdtPr')
  const placeholder = properties && child(properties, 'w:showingPlcHdr')
  if (content.kind === 'blocks' && located.alone && properties) {
    // Paragraphs cannot stand inside a line: the paragraph becomes a control between paragraphs, with the same properties.
    const ownProperties = xml.slice(properties.start, properties.end).replace(/<w:showingPlcHdr\/>/, '')
    const endProperties = child(sdt, 'w:sdtEndPr')
    const ending = endProperties ? xml.slice(endProperties.start, endProperties.end) : ''
    return [{ start: located.alone.start, end: located.alone.end, text: `<w:sdt>${ownProperties}${ending}<w:sdtContent>${content.xml}</w:sdtContent></w:sdt>`, place }]
  }
  let inner: string
  if (content.kind === 'blocks') inner = content.xml
  else {
    const firstRun = descendants(sdtContent, named('w:r'))[0]
    const rPr = firstRun && child(firstRun, 'w:rPr')
    // The placeholder's grey character style goes with the placeholder.
    const format = rPr ? xml.slice(rPr.start, rPr.end).replace(/<w:rStyle [^>]*\/>/, '') : ''
    const run = textRuns(content.text, format === '<w:rPr></w:rPr>' ? '' : format)
    inner = located.inline ? run : `<w:p>${run}</w:p>`
  }
  const edits: Edit[] = [
    sdtContent.contentStart === sdtContent.end
      ? { start: sdtContent.start, end: sdtContent.end, text: `<w:sdtContent>${inner}</w:sdtContent>`, place }
      : { start: sdtContent.contentStart, end: sdtContent.contentEnd, text: inner, place }
  ]
  // Word shows the content of a control still marked as placeholder greyed, and selects it whole on a click.
  if (placeholder) edits.push({ start: placeholder.start, end: placeholder.end, text: '', place })
  return edits
}

/**
 * A `w:t`'s new text. A gap for what nobody gave ("[arkivkode]") in it is highlighted: the run is
 * split there into runs with the same properties, the gap's with a yellow highlight.
 */
function filledText(xml: string, t: XmlElement, text: string): string {
  const element = (value: string) => `<w:t xml:space="preserve">${escapeXml(value)}</w:t>`
  const runs = runsOf(text)
  const run = t.parent?.name === 'w:r' ? t.parent : undefined
  if (!run || !runs.some((r) => r.placeholder)) return element(text)
  const rPrElement = child(run, 'w:rPr')
  const rPr = rPrElement ? xml.slice(rPrElement.start, rPrElement.end) : ''
  // The w:t's own run keeps the text before the first gap; each further piece is a run of its own after it.
  const [first, ...rest] = runs[0]?.placeholder ? [{ text: '' }, ...runs] : runs
  return element(first?.text ?? '') + rest.map((r) => `</w:r><w:r>${r.placeholder ? highlighted(rPr) : rPr}${element(r.text)}`).join('')
}

/** Every mapped `{{name}}` at once, so two placeholders in one `w:t` become one edit. */
function placeholderEdits(xml: string, hits: (PlaceholderHit & { value: string; place: string })[]): Edit[] {
  const edits: Edit[] = []
  for (const paragraph of new Set(hits.map((h) => h.paragraph))) {
    const own = hits.filter((h) => h.paragraph === paragraph)
    for (const piece of paragraph.pieces) {
      const pieceEnd = piece.from + piece.text.length
      const touching = own.filter((h) => h.from < pieceEnd && h.to > piece.from)
      if (touching.length === 0) continue
      let text = ''
      for (let pos = piece.from; pos < pieceEnd; pos++) {
        for (const h of touching) if (h.from === pos) text += h.value
        if (!touching.some((h) => pos >= h.from && pos < h.to)) text += piece.text.charAt(pos - piece.from)
      }
      edits.push({ start: piece.t.start, end: piece.t.end, text: filledText(xml, piece.t, text), place: touching[0]?.place ?? '' })
    }
  }
  return edits
}

type Content = { kind: 'blocks'; xml: string } | { kind: 'text'; text: string }

function contentFor(located: LocatedPlace, parts: readonly TemplatePart[], sheet: StyleSheet, lists: ListInstances): Content | undefined {
  const blocks = located.place.accepts === 'blocks' || parts.some((p) => p.kind === 'blocks')
  if (!blocks) return { kind: 'text', text: parts.map((p) => (p.kind === 'text' ? oneLine(p.text) : '')).join(' ') }
  if (located.place.accepts === 'text') return undefined
  const xml = parts
    .map((p) => (p.kind === 'blocks' ? blocksToOoxml(p.blocks, sheet, lists) : splitParagraphs(p.text).map(plainParagraph).join('')))
    .join('')
  return { kind: 'blocks', xml }
}

function applyEdits(xml: string, edits: Edit[]): string | Edit[] {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i).map(({ e }) => e)
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1] as Edit
    const current = sorted[i] as Edit
    if (previous.end > current.start) return [previous, current]
  }
  let out = ''
  let at = 0
  for (const edit of sorted) {
    out += xml.slice(at, edit.start) + edit.text
    at = edit.end
  }
  return out + xml.slice(at)
}

function withListInstances(numberingXml: string, added: string[]): string {
  const nums = descendants(parseXml(numberingXml), named('w:num'))
  const last = nums[nums.length - 1] as XmlElement
  return numberingXml.slice(0, last.end) + added.join('') + numberingXml.slice(last.end)
}

/**
 * A copy of the template (a .docx, also when given a .dotx) with each mapped place filled by its
 * parts. Places the mapping leaves out stay as they are. A saksframlegg keeps the marker lines of
 * the places it fills, which the archive (WebSak) reads the innstilling by; a letter that is sent
 * (`dropMarkers`) has them removed, so they are not printed. With `language` the runs the app writes
 * carry the document's målform, whatever spelling language the template has.
 */
export async function fillTemplate(
  bytes: Uint8Array,
  mapping: TemplateMapping,
  parts: Readonly<Record<string, TemplatePart>>,
  options: { dropMarkers?: boolean; language?: DocumentLanguage } = {}
): Promise<FillResult> {
  const opened = await openWordPackage(bytes)
  if (!opened.ok) return opened
  const { pkg } = opened
  const located = locatePlaces(pkg)
  if (!located.ok) return located
  const sheet = readStyleSheet(pkg.stylesXml, pkg.numberingXml, pkg.main)
  const lists = new ListInstances(sheet)
  const xmlOf = (path: string): string => (path === pkg.mainPath ? pkg.mainXml : (pkg.sideParts.find((p) => p.path === path)?.xml ?? ''))
  // Each XML part's edits: the main part's, and a header's or footer's.
  const edits = new Map<string, Edit[]>()
  const { language } = options
  const put = (path: string, more: Edit[]) => edits.set(path, [...(edits.get(path) ?? []), ...more])
  // What the app writes carries its language; a {{name}} keeps the template's run, and so its language.
  const add = (path: string, more: Edit[]) => put(path, language ? more.map((e) => ({ ...e, text: inLanguage(e.text, language) })) : more)
  const hits: Parameters<typeof placeholderEdits>[1] = []
  for (const [placeId, partIds] of Object.entries(mapping)) {
    const place = located.places.find((p) => p.place.id === placeId)
    if (!place) return fail('unknownPlace', placeId)
    const given: TemplatePart[] = []
    for (const id of partIds) {
      const part = parts[id]
      if (!part) return fail('unknownPart', id)
      given.push(part)
    }
    if (given.length === 0) continue
    const content = contentFor(place, given, sheet, lists)
    if (!content) return fail('blocksInTextPlace', placeId)
    const xml = xmlOf(place.part)
    switch (place.kind) {
      case 'markers':
        add(place.part, markerEdits(xml, place, content.kind === 'blocks' ? content.xml : plainParagraph(content.text), options.dropMarkers === true))
        break
      case 'bookmark':
        add(place.part, bookmarkEdits(xml, place, content))
        break
      case 'control':
        add(place.part, controlEdits(xml, place, content))
        break
      case 'placeholder':
        if (content.kind === 'text') hits.push(...place.hits.map((h) => ({ ...h, value: content.text, place: placeId })))
        break
    }
  }
  for (const path of new Set(hits.map((h) => h.part))) {
    put(path, placeholderEdits(xmlOf(path), hits.filter((h) => h.part === path)))
  }
  for (const [path, partEdits] of edits) {
    const filled = applyEdits(xmlOf(path), partEdits)
    if (typeof filled !== 'string') return fail('overlappingPlaces', filled.map((e) => e.place).join(' '))
    pkg.zip.file(path, filled)
  }
  if (lists.added.length > 0 && pkg.numberingPath && pkg.numberingXml) {
    pkg.zip.file(pkg.numberingPath, withListInstances(pkg.numberingXml, lists.added))
  }
  if (pkg.isTemplate) pkg.zip.file('[Content_Types].xml', asDocumentContentTypes(pkg.contentTypes))
  return { ok: true, bytes: await pkg.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) }
}
