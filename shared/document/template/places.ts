import type { Place, Refusal, UnusableMarker } from './types'
import type { WordPackage } from './wordPackage'
import { ancestor, child, childValue, descendants, innerText, named, type XmlElement } from './xml'

/**
 * Finding the places in a template's main part. A marker or a placeholder is found in a paragraph's
 * text as the reader sees it, joined across runs: Word splits "&&& Set inn … &&&" over several
 * `w:r` when it was typed or spell-checked in pieces, with `w:proofErr` and bookmarks between.
 */

/** One `w:t` of a paragraph and where its text starts in the paragraph's joined text. */
export interface TextPiece {
  t: XmlElement
  text: string
  from: number
}

export interface ParagraphText {
  p: XmlElement
  text: string
  pieces: TextPiece[]
}

/** Where a place is: `part` is the path of the XML part (the main part, a header, a footer) its elements are in. */
export type LocatedPlace = { part: string } & (
  | { place: Place; kind: 'markers'; opening: XmlElement; closing: XmlElement }
  | { place: Place; kind: 'bookmark'; start: XmlElement; end: XmlElement | undefined }
  /** `alone`: an inline control that is all its paragraph holds (as LibreOffice saves every control); it can take paragraphs. */
  | { place: Place; kind: 'control'; sdt: XmlElement; content: XmlElement; inline: boolean; alone: XmlElement | undefined }
  /** One name, wherever it stands: each hit in its own part. */
  | { place: Place; kind: 'placeholder'; hits: PlaceholderHit[] }
)

export interface PlaceholderHit {
  part: string
  paragraph: ParagraphText
  from: number
  to: number
}

/** An XML part places are looked for in, and where it is; `where` is absent for the main part. */
interface SearchedPart {
  path: string
  xml: string
  root: XmlElement
  where?: 'header' | 'footer'
}

export type LocateResult = { ok: true; places: LocatedPlace[]; unusable: UnusableMarker[] } | { ok: false; refusal: Refusal }

const MARKER = /&&&\s*(.+?)\s*&&&/g
const PLACEHOLDER = /\{\{\s*([\p{L}\p{N}_.-]+)\s*\}\}/gu

/** The text of `p` without the text of paragraphs nested in it (text boxes). */
export function paragraphText(xml: string, p: XmlElement): ParagraphText {
  const ts = descendants(p, named('w:t'), (e) => e.name !== 'w:p' && e.name !== 'w:del')
  const pieces: TextPiece[] = []
  let text = ''
  for (const t of ts) {
    const piece = innerText(xml, t)
    pieces.push({ t, text: piece, from: text.length })
    text += piece
  }
  return { p, text, pieces }
}

interface Marker {
  paragraph: XmlElement
  text: string
  direction: 'under' | 'over'
  key: string
}

/**
 * "Set inn vedlegga og saksutgreiinga under" → under, "saksutgreiinga": the word before under/over
 * pairs them. A marker without either word, or with nothing before it, is kept aside as unusable.
 */
function readMarkers(paragraph: ParagraphText, unusable: UnusableMarker[]): Marker[] {
  const markers: Marker[] = []
  for (const found of paragraph.text.matchAll(MARKER)) {
    const words = (found[1] as string).toLocaleLowerCase('nb-NO').split(/\s+/)
    const at = words.findIndex((w) => w === 'under' || w === 'over')
    if (at < 1) {
      unusable.push({ label: found[0], reason: at < 0 ? 'noDirection' : 'noKey' })
      continue
    }
    markers.push({ paragraph: paragraph.p, text: found[0], direction: words[at] as 'under' | 'over', key: words[at - 1] as string })
  }
  return markers
}

function uniqueId(taken: Set<string>, id: string): string {
  let candidate = id
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}#${n}`
  taken.add(candidate)
  return candidate
}

function markerPairs(markers: Marker[], taken: Set<string>, part: string): { ok: true; places: LocatedPlace[] } | { ok: false; refusal: Refusal } {
  const places: LocatedPlace[] = []
  let open: Marker | undefined
  for (const marker of markers) {
    if (marker.direction === 'under') {
      if (open) return { ok: false, refusal: { reason: 'unpairedMarker', detail: open.text } }
      open = marker
      continue
    }
    if (!open || open.key !== marker.key) return { ok: false, refusal: { reason: 'unpairedMarker', detail: (open ?? marker).text } }
    if (open.paragraph === marker.paragraph) return { ok: false, refusal: { reason: 'markersInOneParagraph', detail: open.text } }
    const id = uniqueId(taken, `markers:${open.key}`)
    places.push({
      part,
      place: { id, kind: 'markers', name: open.key, label: open.text, accepts: 'blocks' },
      kind: 'markers',
      opening: open.paragraph,
      closing: marker.paragraph
    })
    open = undefined
  }
  if (open) return { ok: false, refusal: { reason: 'unpairedMarker', detail: open.text } }
  return { ok: true, places }
}

/**
 * Word's own bookmarks (`_GoBack`, `_Toc…`, `_Ref…`) start with an underscore and are no places. In
 * a header or footer a place takes one line of text (`oneLine`).
 */
function bookmarks(searched: SearchedPart, taken: Set<string>): LocatedPlace[] {
  const body = bodyOf(searched)
  const ends = new Map(descendants(body, named('w:bookmarkEnd')).map((e) => [e.attrs['w:id'], e]))
  // A name stands for one place: LibreOffice writes a point bookmark twice under one name, Word keeps the first.
  const firstByName = new Map<string, XmlElement>()
  for (const start of descendants(body, named('w:bookmarkStart'))) {
    const name = start.attrs['w:name'] ?? '_'
    if (name.charAt(0) !== '_' && !firstByName.has(name)) firstByName.set(name, start)
  }
  return [...firstByName.values()].map((start) => {
    const name = start.attrs['w:name'] as string
    return {
      part: searched.path,
      place: { id: uniqueId(taken, `bookmark:${name}`), kind: 'bookmark', name, label: name, accepts: searched.where ? 'text' : 'both', ...where(searched) },
      kind: 'bookmark',
      start,
      end: ends.get(start.attrs['w:id'])
    }
  })
}

/** A control inside a paragraph holds runs (one line); one between paragraphs holds paragraphs. Row-level controls are left alone. */
function controls(searched: SearchedPart, taken: Set<string>): LocatedPlace[] {
  const located: LocatedPlace[] = []
  for (const sdt of descendants(bodyOf(searched), named('w:sdt'))) {
    const properties = child(sdt, 'w:sdtPr')
    const content = child(sdt, 'w:sdtContent')
    if (!properties || !content || sdt.parent?.name === 'w:tr') continue
    const tag = childValue(properties, 'w:tag')
    const title = childValue(properties, 'w:alias')
    const name = tag || title
    if (!name) continue
    const inline = ancestor(sdt, 'w:p') !== undefined
    const parent = sdt.parent
    const alone = parent?.name === 'w:p' && parent.children.every((c) => c === sdt || c.name === 'w:pPr') ? parent : undefined
    const accepts = searched.where || (inline && !alone) ? 'text' : 'both'
    located.push({
      part: searched.path,
      place: { id: uniqueId(taken, `control:${name}`), kind: 'control', name, label: title || name, accepts, ...where(searched) },
      kind: 'control',
      sdt,
      content,
      inline,
      alone
    })
  }
  return located
}

/** A `{{name}}` found in several parts is one place; it is the body's unless it stands only in headers or footers. */
function placeholders(searched: { part: SearchedPart; paragraphs: ParagraphText[] }[], taken: Set<string>): LocatedPlace[] {
  const byName = new Map<string, Extract<LocatedPlace, { kind: 'placeholder' }>>()
  for (const { part, paragraphs } of searched) {
    for (const paragraph of paragraphs) {
      for (const m of paragraph.text.matchAll(PLACEHOLDER)) {
        const name = m[1] as string
        let located = byName.get(name)
        if (!located) {
          located = {
            part: part.path,
            place: { id: uniqueId(taken, `placeholder:${name}`), kind: 'placeholder', name, label: `{{${name}}}`, accepts: 'text', ...where(part) },
            kind: 'placeholder',
            hits: []
          }
          byName.set(name, located)
        } else if (!part.where) {
          delete located.place.where
        }
        located.hits.push({ part: part.path, paragraph, from: m.index, to: m.index + m[0].length })
      }
    }
  }
  return [...byName.values()]
}

function bodyOf(searched: SearchedPart): XmlElement {
  return searched.where ? searched.root : (child(searched.root, 'w:body') ?? searched.root)
}

function where(searched: SearchedPart): Pick<Place, 'where'> {
  return searched.where ? { where: searched.where } : {}
}

function paragraphsOf(searched: SearchedPart): ParagraphText[] {
  return descendants(bodyOf(searched), named('w:p')).map((p) => paragraphText(searched.xml, p))
}

/**
 * Every place of the main part, in the order: marker pairs, bookmarks, controls, placeholders; then
 * the bookmarks and controls of the headers and footers, which take one line each. Markers are read
 * in the main part only: a header holds no case text.
 */
export function locatePlaces(pkg: Pick<WordPackage, 'mainPath' | 'mainXml' | 'main' | 'sideParts'>): LocateResult {
  const main: SearchedPart = { path: pkg.mainPath, xml: pkg.mainXml, root: pkg.main }
  const sides: SearchedPart[] = pkg.sideParts
  const mainParagraphs = paragraphsOf(main)
  const unusable: UnusableMarker[] = []
  const markers = mainParagraphs.flatMap((p) => readMarkers(p, unusable))
  const taken = new Set<string>()
  const pairs = markerPairs(markers, taken, main.path)
  if (!pairs.ok) return pairs
  const searched = [{ part: main, paragraphs: mainParagraphs }, ...sides.map((part) => ({ part, paragraphs: paragraphsOf(part) }))]
  return {
    ok: true,
    places: [
      ...pairs.places,
      ...bookmarks(main, taken),
      ...controls(main, taken),
      ...placeholders(searched, taken),
      ...sides.flatMap((side) => [...bookmarks(side, taken), ...controls(side, taken)])
    ],
    unusable
  }
}
