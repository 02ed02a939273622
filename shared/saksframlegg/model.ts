import { z } from 'zod'
import { textBlockSchema, type TextBlock } from '../document/textBlocks'
import { isIsoDate } from '../format'
import type { Tekst } from '../maalform'
import { CHIEF_TITLE_KINDS, type ChiefTitle } from '../profile'

export type { ChiefTitle }

/**
 * The saksframlegg as plain JSON: what a UI edits section by section and stores as a draft.
 *
 * The structure is language-neutral: fixed text (labels, headings, the join/decline innstilling,
 * the orientering phrase) is not stored but produced by `render.ts` in the målform asked for. What
 * the user writes (title, paragraphs, saksgang rows, vedlegg) is stored as written, in the målform
 * the case was built in.
 */

export const SAKSFRAMLEGG_VERSION = 1

export type CaseKind = 'vedtakssak' | 'orienteringssak'

export interface Header {
  /** "Tysnes kommune", "Vestland fylkeskommune". */
  kommuneName: string
  sakshandsamar: string
  /** Free text as the archive writes it, e.g. "17/596". */
  arkivsak: string
  /** Free text (K-code), e.g. "010". */
  arkivkode: string
  /** ISO date, or '' until it is set. */
  date: string
}

export interface SaksgangRow {
  /** "Formannskapet", "Fylkestinget". */
  utval: string
  /** ISO date, or '' until the meeting is set. */
  moetedato: string
  /** Free text, e.g. "65/17". */
  saksnr: string
}

export type SectionKind = 'saksutgreiing' | 'saksopplysningar' | 'okonomiskeKonsekvensar' | 'vurdering' | 'other'

/** A section's own text: the document core's free-text blocks. */
export type Block = TextBlock

export interface Section {
  /** Stable within one document, for UI keys and edits. */
  id: string
  kind: SectionKind
  /** Replaces the målform's default heading for the kind; required in practice for kind 'other'. */
  heading?: string
  blocks: Block[]
}

export type Innstilling =
  | { kind: 'join' }
  | { kind: 'decline' }
  | { kind: 'custom'; text: string }

/** How the one-off amount is paid for; 'custom' is a whole sentence in the case's målform. */
export type Funding = { kind: 'disposisjonsfond' } | { kind: 'drift' } | { kind: 'custom'; text: string }

/** The figures the generated innstilling cites. Copied from the Contribution when the case is built. */
export interface Economy {
  contributorKind: 'kommune' | 'fylkeskommune'
  populationCount: number
  /** ISO date of the population count; '' when nobody gave it (the document shows a placeholder). */
  populationDate: string
  /** The source as the case cites it, in the case's målform; '' when nobody gave it (a placeholder). */
  populationSource: string
  /**
   * The source in both målformer, when the figure came with it (the register, an SSB import): a
   * copy of the case in the other målform cites it in that form. Absent when the source is the
   * user's own words, which are kept as written.
   */
  populationSourceText?: Tekst
  /** Kroner per innbyggjar, decimal string. */
  rate: string
  /** Kroner, decimal string. */
  amount: string
  budgetYear: number
  funding: Funding
}

export interface Saksframlegg {
  version: typeof SAKSFRAMLEGG_VERSION
  caseKind: CaseKind
  /** The profile's title (shared/profile.ts); it decides the innstilling heading ("Innstilling frå rådmannen"). */
  chiefTitle: ChiefTitle
  header: Header
  saksgang: SaksgangRow[]
  title: string
  vedlegg: string[]
  /** "Andre saksdokument (ikkje vedlagde)". */
  andreSaksdokument: string[]
  sections: Section[]
  economy: Economy
  /** For an orienteringssak only 'custom' is used; otherwise the closing is "Saka vert teken til orientering." */
  innstilling: Innstilling
  /**
   * Why the administration recommends declining, in the case's målform; the default vurdering of a
   * decline cites it. Kept when the innstilling changes, so switching back and forth loses nothing.
   */
  declineReason: string
}

/** What a document builder can emit: all of it, the body to paste into a case system's template, or the innstilling alone. */
export type DocumentPart = 'whole' | 'sections' | 'innstilling'

// ---------------------------------------------------------------------------------------------
// Schema: validates stored drafts and files. Types above are the source; the schema must match.

const isoDateOrEmpty = z.string().refine((v) => v === '' || isIsoDate(v), { message: 'Not an ISO date or empty' })
const decimalString = z.string().regex(/^\d+(\.\d+)?$/, 'Not a non-negative decimal string')

const chiefTitleSchema = z
  .object({ kind: z.enum(CHIEF_TITLE_KINDS as [ChiefTitle['kind'], ...ChiefTitle['kind'][]]), custom: z.string().optional() })
  .refine((t) => t.kind !== 'custom' || (t.custom ?? '').trim().length > 0, { message: 'A custom title needs its text' })

const sectionSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['saksutgreiing', 'saksopplysningar', 'okonomiskeKonsekvensar', 'vurdering', 'other']),
  heading: z.string().optional(),
  blocks: z.array(textBlockSchema)
})

const fundingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('disposisjonsfond') }),
  z.object({ kind: z.literal('drift') }),
  z.object({ kind: z.literal('custom'), text: z.string().trim().min(1) })
])

const innstillingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('join') }),
  z.object({ kind: z.literal('decline') }),
  z.object({ kind: z.literal('custom'), text: z.string() })
])

// Input `unknown`: a case stored before a field existed parses with the field's default.
export const saksframleggSchema: z.ZodType<Saksframlegg, unknown> = z
  .object({
    version: z.literal(SAKSFRAMLEGG_VERSION),
    caseKind: z.enum(['vedtakssak', 'orienteringssak']),
    chiefTitle: chiefTitleSchema,
    header: z.object({
      kommuneName: z.string(),
      sakshandsamar: z.string(),
      arkivsak: z.string(),
      arkivkode: z.string(),
      date: isoDateOrEmpty
    }),
    saksgang: z.array(z.object({ utval: z.string(), moetedato: isoDateOrEmpty, saksnr: z.string() })),
    title: z.string(),
    vedlegg: z.array(z.string()),
    andreSaksdokument: z.array(z.string()),
    sections: z.array(sectionSchema),
    economy: z.object({
      contributorKind: z.enum(['kommune', 'fylkeskommune']),
      populationCount: z.number().int().positive(),
      populationDate: isoDateOrEmpty,
      populationSource: z.string(),
      populationSourceText: z.object({ nn: z.string(), nb: z.string() }).optional(),
      rate: decimalString,
      amount: decimalString,
      budgetYear: z.number().int().min(2000).max(2100),
      funding: fundingSchema
    }),
    innstilling: innstillingSchema,
    declineReason: z.string().default('')
  })
  .superRefine((value, ctx) => {
    const ids = new Set<string>()
    value.sections.forEach((section, index) => {
      if (ids.has(section.id)) {
        ctx.addIssue({ code: 'custom', path: ['sections', index, 'id'], message: `Duplicate section id ${section.id}` })
      }
      ids.add(section.id)
    })
  })

export type ParseResult = { ok: true; value: Saksframlegg } | { ok: false; issues: string[] }

/** Validates a stored draft or an imported file. Issues are technical (paths), for logs and tests. */
export function parseSaksframlegg(input: unknown): ParseResult {
  const result = saksframleggSchema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  return { ok: false, issues: result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) }
}

// ---------------------------------------------------------------------------------------------
// Edits: pure functions returning a new document, so a UI can edit one section at a time.

export function updateSection(doc: Saksframlegg, id: string, update: (section: Section) => Section): Saksframlegg {
  if (!doc.sections.some((s) => s.id === id)) throw new RangeError(`No section ${id}`)
  return { ...doc, sections: doc.sections.map((s) => (s.id === id ? update(s) : s)) }
}

/** Inserts after the section `afterId`, or last. The id must be new. */
export function addSection(doc: Saksframlegg, section: Section, afterId?: string): Saksframlegg {
  if (doc.sections.some((s) => s.id === section.id)) throw new RangeError(`Section ${section.id} exists`)
  const at = afterId === undefined ? doc.sections.length : doc.sections.findIndex((s) => s.id === afterId) + 1
  if (at === 0 && afterId !== undefined) throw new RangeError(`No section ${afterId}`)
  const sections = [...doc.sections]
  sections.splice(at, 0, section)
  return { ...doc, sections }
}

export function removeSection(doc: Saksframlegg, id: string): Saksframlegg {
  return { ...doc, sections: doc.sections.filter((s) => s.id !== id) }
}

/** Moves a section up (−1) or down (+1); a move past either end leaves the order as it is. */
export function moveSection(doc: Saksframlegg, id: string, delta: -1 | 1): Saksframlegg {
  const from = doc.sections.findIndex((s) => s.id === id)
  const to = from + delta
  if (from < 0 || to < 0 || to >= doc.sections.length) return doc
  const sections = [...doc.sections]
  const [moved] = sections.splice(from, 1)
  sections.splice(to, 0, moved as Section)
  return { ...doc, sections }
}

/** A section id not yet used in the document: "other-2". */
export function newSectionId(doc: Saksframlegg, kind: SectionKind): string {
  const used = new Set(doc.sections.map((s) => s.id))
  if (!used.has(kind)) return kind
  for (let n = 2; ; n++) if (!used.has(`${kind}-${n}`)) return `${kind}-${n}`
}
