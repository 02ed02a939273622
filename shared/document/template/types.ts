import type { DisplayBlock } from '../blocks'

/**
 * The API of the template engine: what a kommune's Word template offers (its places), what the
 * app puts there (parts), and why a template is refused. The screens and the CLI turn a refusal's
 * reason into a message in the målform; the engine has no words of its own for the user.
 */

/**
 * - `markers`: a WebSak text-marker pair ("&&& Set inn … under &&&" … "&&& Set inn … over &&&");
 *   the part goes between the two marker paragraphs, which stay.
 * - `bookmark`: a Word bookmark (WebSak's own fields are bookmarks).
 * - `control`: a content control (Sikri Elements, Public 360), by its tag or else its title.
 * - `placeholder`: `{{name}}` in the text.
 */
export type PlaceKind = 'markers' | 'bookmark' | 'control' | 'placeholder'

export interface Place {
  /** Stable within the template; the key of a `TemplateMapping`. E.g. `markers:saksutgreiinga`, `bookmark:Sakstittel`. */
  id: string
  kind: PlaceKind
  /** The marker's key word, the bookmark's name, the control's tag or title, the placeholder's name. */
  name: string
  /** What the user recognises: the opening marker's text, the control's title. */
  label: string
  /** What fits: paragraphs and tables (`blocks`), one line of text (`text`), or either (`both`). */
  accepts: 'blocks' | 'text' | 'both'
  /** In the page header or footer (it takes one line); absent for a place in the body. */
  where?: 'header' | 'footer'
}

/** A paragraph style of the template and the built-in style it is, if any. */
export interface TemplateStyle {
  id: string
  name: string
  type: string
}

/**
 * Why text the engine reads as a marker ("&&& … &&&") is no place:
 * - `noDirection`: it says neither "under" nor "over" (WebSak's "&&& Set inn saksutgreiinga &&&"
 *   alone), so nothing tells which side the text goes or which marker closes it;
 * - `noKey`: "under" or "over" comes first, with no word before it to pair the two markers by.
 */
export type UnusableReason = 'noDirection' | 'noKey'

/** A marker found but not used, so the user can see why: `label` is its text as the template has it. */
export interface UnusableMarker {
  label: string
  reason: UnusableReason
}

export interface TemplateInfo {
  places: Place[]
  /** Markers found that are no place, with the reason; they stay in the filled copy as they are. */
  unusable: UnusableMarker[]
  /** The template's styles, so a screen can show which of them the inserted text will use. */
  styles: TemplateStyle[]
  /** A .dotx: the filled copy becomes a .docx. */
  isTemplate: boolean
}

export type RefusalReason =
  /** Not a zip archive at all (nor an OLE file). */
  | 'notWord'
  /** An OLE compound file that is not encrypted: a Word 97–2003 .doc. */
  | 'legacyWord'
  /** An OLE container with an EncryptionInfo stream: a password-protected .docx. */
  | 'encrypted'
  /** `w:documentProtection` enforced in settings.xml (Restrict editing). */
  | 'protected'
  /** A macro-enabled Word file (.docm, .dotm): the filled copy is a .docx, which holds no macros. */
  | 'macroEnabled'
  /** A zip, but with no WordprocessingML main part (an .xlsx, an .odt, a zip of anything). */
  | 'noMainPart'
  /** The main part is not well-formed XML. */
  | 'unreadable'
  /** A marker "under" without its "over", or the other way round; `detail` is the marker's text. */
  | 'unpairedMarker'
  /** Both markers of a pair in one paragraph: there is no place between them. */
  | 'markersInOneParagraph'
  | 'noPlaces'
  /** No place, and a marker that is none (see `UnusableReason`); `detail` is the marker's text. */
  | 'unusableMarker'

export interface Refusal {
  reason: RefusalReason
  detail?: string
}

export type InspectResult = { ok: true; template: TemplateInfo } | { ok: false; refusal: Refusal }

/** What goes into a place: display blocks of the document core, or one line of text. */
export type TemplatePart = { kind: 'blocks'; blocks: DisplayBlock[] } | { kind: 'text'; text: string }

/**
 * Place id → the parts that go there, in order (WebSak's first marker pair takes the vedlegg and
 * the saksutgreiing). Places left out are left as the template has them.
 */
export type TemplateMapping = Readonly<Record<string, readonly string[]>>

export type FillFailureReason =
  | RefusalReason
  /** The mapping names a place the template does not have; `detail` is its id. */
  | 'unknownPlace'
  /** The mapping names a part that was not given; `detail` is its id. */
  | 'unknownPart'
  /** Paragraphs or a table for a place that holds one line (a placeholder, an inline control). */
  | 'blocksInTextPlace'
  /** Two mapped places overlap (a bookmark inside a filled control); `detail` names both. */
  | 'overlappingPlaces'

export type FillResult = { ok: true; bytes: Uint8Array } | { ok: false; refusal: { reason: FillFailureReason; detail?: string } }
