import type { Contribution } from '@shared/contribution'
import { DIGIFIN_2017, type FinancingRound } from '@shared/financingRound'
import type { Maalform } from '@shared/maalform'
import {
  buildDefaultSection,
  DEFAULT_SECTION_KINDS,
  invitationFacts,
  parseSaksframlegg,
  textFor,
  type DefaultSectionKind,
  type Economy,
  type Saksframlegg,
  type SectionKind
} from '@shared/saksframlegg'

/** What the editor checks before it saves or exports: an id to focus and a dictionary key. */
export interface DraftIssue {
  field: string
  key: string
}

export const FIELD = {
  title: 'sf-title',
  innstillingText: 'sf-innstilling-text',
  fundingText: 'sf-funding-text',
  sectionHeading: (id: string) => `sf-section-${id}-heading`,
  section: (id: string) => `sf-section-${id}`,
  part: (part: string) => `sf-part-${part}`
} as const

/**
 * The rules a case must meet beyond the schema, in the order the form shows them: what the
 * schema allows but a council document cannot have (no title, an empty own innstilling).
 */
export function validateDraft(doc: Saksframlegg): DraftIssue[] {
  const issues: DraftIssue[] = []
  if (doc.title.trim() === '') issues.push({ field: FIELD.title, key: 'error.title' })
  for (const section of doc.sections) {
    if (section.kind === 'other' && (section.heading ?? '').trim() === '') {
      issues.push({ field: FIELD.sectionHeading(section.id), key: 'error.sectionHeading' })
    }
  }
  if (doc.innstilling.kind === 'custom' && doc.innstilling.text.trim() === '') {
    issues.push({ field: FIELD.innstillingText, key: doc.caseKind === 'vedtakssak' ? 'error.innstilling' : 'error.closing' })
  }
  if (doc.economy.funding.kind === 'custom' && doc.economy.funding.text.trim() === '') {
    issues.push({ field: FIELD.fundingText, key: 'error.funding' })
  }
  if (issues.length === 0 && !parseSaksframlegg(doc).ok) issues.push({ field: FIELD.title, key: 'error.schema' })
  return issues
}

export function isDefaultKind(kind: SectionKind): kind is DefaultSectionKind {
  return (DEFAULT_SECTION_KINDS as readonly string[]).includes(kind)
}

export function roundById(rounds: readonly FinancingRound[], id: string | undefined): FinancingRound {
  return rounds.find((r) => r.id === id) ?? DIGIFIN_2017
}

/** The economy a contribution gives, in the case's målform (the source text is per målform). */
export function economyFrom(contribution: Contribution, maalform: Maalform, current: Economy): Economy {
  return {
    ...current,
    contributorKind: contribution.contributor.kind,
    populationCount: contribution.population.count,
    populationDate: contribution.population.date,
    populationSource: contribution.population.sourceText?.[maalform] ?? contribution.population.source,
    rate: contribution.rate,
    amount: contribution.amount
  }
}

/** Whether the case's figures are the contribution's (count, date, rate and amount). */
export function sameFigures(economy: Economy, contribution: Contribution): boolean {
  return (
    economy.contributorKind === contribution.contributor.kind &&
    economy.populationCount === contribution.population.count &&
    economy.populationDate === contribution.population.date &&
    economy.rate === contribution.rate &&
    economy.amount === contribution.amount
  )
}

/**
 * The case rebuilt in the other målform: the same header, dates, case numbers, figures and
 * choices, with every text the app wrote (title, saksgang names, vedlegg, sections, innstilling)
 * written again in `target`. Text the user wrote is not translated (that would be machine
 * translation of a council document): an own innstilling or funding sentence goes back to the
 * standard one, own sections are left out, and a committee name the app did not write stays as
 * written for the user to correct.
 */
export function rebuildInMaalform(
  source: Saksframlegg,
  from: Maalform,
  target: Maalform,
  round: FinancingRound,
  contribution?: Contribution
): Saksframlegg {
  const sourceText = textFor(from).defaults
  const targetText = textFor(target).defaults
  const sourceNames = sourceText.saksgang(source.economy.contributorKind)
  const targetNames = targetText.saksgang(source.economy.contributorKind)
  const saksgang = source.saksgang.map((row) => {
    const at = sourceNames.indexOf(row.utval.trim())
    return { ...row, utval: at >= 0 ? (targetNames[at] ?? row.utval) : row.utval }
  })
  const economy: Economy = {
    ...source.economy,
    populationSource:
      contribution && sameFigures(source.economy, contribution)
        ? (contribution.population.sourceText?.[target] ?? contribution.population.source)
        : source.economy.populationSource,
    funding: source.economy.funding.kind === 'custom' ? { kind: 'disposisjonsfond' } : source.economy.funding
  }
  const innstilling = source.innstilling.kind === 'custom' ? { kind: 'join' as const } : source.innstilling
  const base: Saksframlegg = {
    ...source,
    saksgang,
    title: targetText.title,
    vedlegg: targetText.vedlegg(invitationFacts(round)),
    andreSaksdokument: [...targetText.andreSaksdokument],
    economy,
    innstilling,
    sections: []
  }
  const document: Saksframlegg = {
    ...base,
    sections: DEFAULT_SECTION_KINDS.map((kind) => buildDefaultSection(kind, base, target, round))
  }
  return document
}

/** "12.10.2025 kl. 14.05", the same in both målformer. */
export function formatTimestamp(iso: string): string {
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return iso
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${pad(at.getDate())}.${pad(at.getMonth() + 1)}.${at.getFullYear()} kl. ${pad(at.getHours())}.${pad(at.getMinutes())}`
}

export function todayIso(): string {
  const now = new Date()
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** JSON equality for drafts: the editor only ever holds plain JSON. */
export function sameDocument(a: Saksframlegg, b: Saksframlegg): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Unsaved drafts of cases the user left without deciding (the browser's back button, a link
 * the guard did not see), kept for the session so that coming back brings the work back.
 */
export const unsavedDrafts = new Map<string, Saksframlegg>()
