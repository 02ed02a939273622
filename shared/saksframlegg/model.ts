import { z } from 'zod'
import { textBlockSchema, type TextBlock } from '../document/textBlocks'
import { isIsoDate } from '../format'
import { TEXT_LIMITS } from '../limits'
import type { Tekst } from '../maalform'
import { CHIEF_TITLE_KINDS, type ChiefTitle } from '../profile'
import type { InvitationFacts } from './textTypes'

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

/** The sections a default case has, in order: the ones the app can write from the case's data. */
export const DEFAULT_SECTION_KINDS = ['saksutgreiing', 'okonomiskeKonsekvensar', 'vurdering'] as const
export type DefaultSectionKind = (typeof DEFAULT_SECTION_KINDS)[number]

export function isDefaultKind(kind: SectionKind): kind is DefaultSectionKind {
  return (DEFAULT_SECTION_KINDS as readonly string[]).includes(kind)
}

/**
 * Every value of the case that its text cites: figures, dates, source, names, title, budget year,
 * funding and the decline reason. Text the user wrote keeps the values it was written against, so
 * the editor can tell when one of them has changed since.
 */
export interface CaseValues {
  kommuneName: string
  chiefTitle: ChiefTitle
  populationCount: number
  /** ISO date, or '' when nobody gave it. */
  populationDate: string
  populationSource: string
  rate: string
  amount: string
  budgetYear: number
  funding: Funding
  declineReason: string
}

/** Text the user wrote, and the values the case had when it was written. */
export interface OwnText {
  blocks: Block[]
  basedOn: CaseValues
}

export interface Section {
  /** Stable within one document, for UI keys and edits. */
  id: string
  kind: SectionKind
  /** Replaces the målform's default heading for the kind; required in practice for kind 'other'. */
  heading?: string
  /**
   * The user's own text. Absent: the section is the standard text, written from the case's data
   * each time it is shown, so it always cites the case's current figures, names and choices.
   */
  own?: OwnText
}

export type Innstilling =
  | { kind: 'join' }
  | { kind: 'decline' }
  /** `basedOn`: the values the case had when the user wrote the text. */
  | { kind: 'custom'; text: string; basedOn?: CaseValues }

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
  /**
   * What KS's invitation says, copied from the case's round when the case is built, so the
   * standard text can be written from the case alone. Absent only in a case stored before cases
   * kept it whose round is gone: such a case has no standard sections.
   */
  invitation?: InvitationFacts
}

/** The values the case's text cites, as the case now holds them. */
export function caseValues(doc: Saksframlegg): CaseValues {
  const { populationCount, populationDate, populationSource, rate, amount, budgetYear, funding } = doc.economy
  return {
    kommuneName: doc.header.kommuneName,
    chiefTitle: doc.chiefTitle,
    populationCount,
    populationDate,
    populationSource,
    rate,
    amount,
    budgetYear,
    funding,
    declineReason: doc.declineReason
  }
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

const fundingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('disposisjonsfond') }),
  z.object({ kind: z.literal('drift') }),
  z.object({ kind: z.literal('custom'), text: z.string().trim().min(1).max(TEXT_LIMITS.title) })
])

const caseValuesSchema = z.object({
  kommuneName: z.string(),
  chiefTitle: chiefTitleSchema,
  populationCount: z.number().int().positive(),
  populationDate: isoDateOrEmpty,
  populationSource: z.string(),
  rate: decimalString,
  amount: decimalString,
  budgetYear: z.number().int().min(2000).max(2100),
  funding: fundingSchema,
  declineReason: z.string()
})

const sectionSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['saksutgreiing', 'saksopplysningar', 'okonomiskeKonsekvensar', 'vurdering', 'other']),
  heading: z.string().max(TEXT_LIMITS.title).optional(),
  own: z.object({ blocks: z.array(textBlockSchema), basedOn: caseValuesSchema }).optional(),
  /** A case stored before sections could be standard text held each section's text here. */
  blocks: z.array(textBlockSchema).optional()
})

const innstillingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('join') }),
  z.object({ kind: z.literal('decline') }),
  z.object({ kind: z.literal('custom'), text: z.string().max(TEXT_LIMITS.longText), basedOn: caseValuesSchema.optional() })
])

const tekstSchema = z.object({ nn: z.string(), nb: z.string() })

const invitationSchema: z.ZodType<InvitationFacts> = z.object({
  name: tekstSchema,
  invitationDate: z.string().refine(isIsoDate),
  answerBy: z.string().refine(isIsoDate),
  budgetYear: z.number().int(),
  rateKommune: decimalString,
  rateFylkeskommune: decimalString,
  otherSources: z.array(z.object({ label: tekstSchema, amount: decimalString, upTo: z.boolean() })),
  allJoin: decimalString.optional(),
  digiFin2017: z
    .object({
      kmdFirstYear: decimalString,
      kmdSecondYear: decimalString,
      kmdTotal: decimalString,
      ksUpTo: decimalString,
      largestKommunar: decimalString
    })
    .optional()
})

// Input `unknown`: a case stored before a field existed parses with the field's default.
export const saksframleggSchema: z.ZodType<Saksframlegg, unknown> = z
  .object({
    version: z.literal(SAKSFRAMLEGG_VERSION),
    caseKind: z.enum(['vedtakssak', 'orienteringssak']),
    chiefTitle: chiefTitleSchema,
    header: z.object({
      kommuneName: z.string(),
      sakshandsamar: z.string().max(TEXT_LIMITS.name),
      arkivsak: z.string().max(TEXT_LIMITS.reference),
      arkivkode: z.string().max(TEXT_LIMITS.reference),
      date: isoDateOrEmpty
    }),
    saksgang: z.array(
      z.object({ utval: z.string().max(TEXT_LIMITS.name), moetedato: isoDateOrEmpty, saksnr: z.string().max(TEXT_LIMITS.reference) })
    ),
    title: z.string().max(TEXT_LIMITS.title),
    vedlegg: z.array(z.string().max(TEXT_LIMITS.note)),
    andreSaksdokument: z.array(z.string().max(TEXT_LIMITS.note)),
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
    declineReason: z.string().max(TEXT_LIMITS.note).default(''),
    invitation: invitationSchema.optional()
  })
  .superRefine((value, ctx) => {
    const ids = new Set<string>()
    value.sections.forEach((section, index) => {
      if (ids.has(section.id)) {
        ctx.addIssue({ code: 'custom', path: ['sections', index, 'id'], message: `Duplicate section id ${section.id}` })
      }
      ids.add(section.id)
      const standard = !section.own && !section.blocks
      if (standard && (!isDefaultKind(section.kind) || !value.invitation)) {
        ctx.addIssue({ code: 'custom', path: ['sections', index], message: 'Only a default section with the invitation can be standard text' })
      }
    })
  })
  .transform((value): Saksframlegg => {
    // A case stored before sections could be standard text: its text is the user's, written against the values it holds now.
    const { sections, innstilling, invitation, ...rest } = value
    const basedOn = caseValues({ ...rest, sections: [], innstilling })
    return {
      ...rest,
      ...(invitation ? { invitation } : {}),
      innstilling: innstilling.kind === 'custom' && !innstilling.basedOn ? { ...innstilling, basedOn } : innstilling,
      sections: sections.map(({ blocks, own, ...section }): Section => {
        if (own) return { ...section, own }
        return blocks ? { ...section, own: { blocks, basedOn } } : section
      })
    }
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
