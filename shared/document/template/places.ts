import type { Place, Refusal } from './types'
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

export type LocatedPlace =
  | { place: Place; kind: 'markers'; opening: XmlElement; closing: XmlElement }
  | { place: Place; kind: 'bookmark'; start: XmlElement; end: XmlElement | undefined }
  /** `alone`: an inline control that is all its paragraph holds (as LibreOffice saves every control); it can take paragraphs. */
  | { place: Place; kind: 'control'; sdt: XmlElement; content: XmlElement; inline: boolean; alone: XmlElement | undefined }
  | { place: Place; kind: 'placeholder'; hits: { paragraph: ParagraphText; from: number; to: number }[] }

export type LocateResult = { ok: true; places: LocatedPlace[] } | { ok: false; refusal: Refusal }

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

/** "Set inn vedlegga og saksutgreiinga under" → under, "saksutgreiinga": the word before under/over pairs them. */
function readMarkers(paragraph: ParagraphText): Marker[] {
  const markers: Marker[] = []
  for (const found of paragraph.text.matchAll(MARKER)) {
    const words = (found[1] as string).toLocaleLowerCase('nb-NO').split(/\s+/)
    const at = words.findIndex((w) => w === 'under' || w === 'over')
    if (at < 1) continue
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

function markerPairs(markers: Marker[], taken: Set<string>): LocateResult {
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

/** Word's own bookmarks (`_GoBack`, `_Toc…`, `_Ref…`) start with an underscore and are no places. */
function bookmarks(body: XmlElement, taken: Set<string>): LocatedPlace[] {
  const ends = new Map(descendants(body, named('w:bookmarkEnd')).map((e) => [e.attrs['w:id'], e]))
  // A name stands for one place: LibreOffice writes a point bookmark twice under one name, Word keeps the first.
  const firstByName = new Map<string, XmlElement>()
  for (const start of descendants(body, named('w:bookmarkStart'))) {
    const name = start.attrs['w:name'] ?? '_'
    if (name.charAt(0) !== '_' && !firstByName.has(name)) firstByName.set(name, start)
  }
  return [...firstByName.values()]
    .map((start) => {
      const name = start.attrs['w:name'] as string
      return {
        place: { id: uniqueId(taken, `bookmark:${name}`), kind: 'bookmark', name, label: name, accepts: 'both' },
        kind: 'bookmark',
        start,
        end: ends.get(start.attrs['w:id'])
      }
    })
}

/** A control inside a paragraph holds runs (one line); one between paragraphs holds paragraphs. Row-level controls are left alone. */
function controls(body: XmlElement, taken: Set<string>): LocatedPlace[] {
  const located: LocatedPlace[] = []
  for (const sdt of descendants(body, named('w:sdt'))) {
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
    located.push({
      place: { id: uniqueId(taken, `control:${name}`), kind: 'control', name, label: title || name, accepts: inline && !alone ? 'text' : 'both' },
      kind: 'control',
      sdt,
      content,
      inline,
      alone
    })
  }
  return located
}

function placeholders(paragraphs: ParagraphText[], taken: Set<string>): LocatedPlace[] {
  const byName = new Map<string, Extract<LocatedPlace, { kind: 'placeholder' }>>()
  for (const paragraph of paragraphs) {
    for (const m of paragraph.text.matchAll(PLACEHOLDER)) {
      const name = m[1] as string
      let located = byName.get(name)
      if (!located) {
        located = {
          place: { id: uniqueId(taken, `placeholder:${name}`), kind: 'placeholder', name, label: `{{${name}}}`, accepts: 'text' },
          kind: 'placeholder',
          hits: []
        }
        byName.set(name, located)
      }
      located.hits.push({ paragraph, from: m.index, to: m.index + m[0].length })
    }
  }
  return [...byName.values()]
}

/** Every place of the main part, in the order: marker pairs, bookmarks, controls, placeholders. */
export function locatePlaces(xml: string, root: XmlElement): LocateResult {
  const body = child(root, 'w:body') ?? root
  const paragraphs = descendants(body, named('w:p')).map((p) => paragraphText(xml, p))
  const markers = paragraphs.flatMap(readMarkers)
  const taken = new Set<string>()
  const pairs = markerPairs(markers, taken)
  if (!pairs.ok) return pairs
  return { ok: true, places: [...pairs.places, ...bookmarks(body, taken), ...controls(body, taken), ...placeholders(paragraphs, taken)] }
}
