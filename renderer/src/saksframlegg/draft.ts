import type { ParseKeys } from 'i18next'
import type { Contribution } from '@shared/contribution'
import { DIGIFIN_2017, type FinancingRound } from '@shared/financingRound'
import type { Maalform } from '@shared/maalform'
import { contributorTitle } from '@shared/register'
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
  key: ParseKeys<'saksframlegg'>
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

/**
 * The round a case was written for: KS DigiFin 2017 for a case saved before cases kept their
 * round, and undefined when the user has since deleted it. The default text is built from the
 * round, so a case whose round is gone cannot have it rebuilt (it must not get 2017's instead).
 */
export function roundById(rounds: readonly FinancingRound[], id: string | undefined): FinancingRound | undefined {
  if (id === undefined) return DIGIFIN_2017
  return rounds.find((r) => r.id === id)
}

/** The economy a contribution gives, in the case's målform (the source text is per målform). */
export function economyFrom(contribution: Contribution, maalform: Maalform, current: Economy): Economy {
  const { populationSourceText: _, ...rest } = current
  const sourceText = contribution.population.sourceText
  return {
    ...rest,
    contributorKind: contribution.contributor.kind,
    populationCount: contribution.population.count,
    populationDate: contribution.population.date,
    populationSource: sourceText?.[maalform] ?? contribution.population.source,
    ...(sourceText ? { populationSourceText: { nn: sourceText.nn, nb: sourceText.nb } } : {}),
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

/** The name a case for the contribution bears: its contributor, "Hordaland fylkeskommune" (as the CLI names it). */
export function caseNameFor(contribution: Contribution): string {
  return contributorTitle(contribution.contributor)
}

/**
 * What "Bruk tala frå Bidrag" changes: the figures, and the name when the contribution is for
 * another contributor than the case names (the profile's organisation paid as another unit).
 */
export function withContribution(doc: Saksframlegg, contribution: Contribution, maalform: Maalform): Saksframlegg {
  return {
    ...doc,
    header: { ...doc.header, kommuneName: caseNameFor(contribution) },
    economy: economyFrom(contribution, maalform, doc.economy)
  }
}

/**
 * The population source in `target`: the figure's own wording in that målform when the case holds
 * it, or the contribution's when the case still has its figures; otherwise the text as it stands,
 * which is then the user's own words.
 */
function sourceIn(economy: Economy, target: Maalform, contribution: Contribution | undefined): string {
  if (economy.populationSourceText) return economy.populationSourceText[target]
  if (contribution && sameFigures(economy, contribution) && contribution.population.sourceText) {
    return contribution.population.sourceText[target]
  }
  return economy.populationSource
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
    populationSource: sourceIn(source.economy, target, contribution),
    funding: source.economy.funding.kind === 'custom' ? { kind: 'disposisjonsfond' } : source.economy.funding
  }
  const innstilling = source.innstilling.kind === 'custom' ? { kind: 'join' as const } : source.innstilling
  const base: Saksframlegg = {
    ...source,
    saksgang,
    title: targetText.title,
    vedlegg: targetText.vedlegg(invitationFacts(round)),
    andreSaksdokument: targetText.andreSaksdokument(invitationFacts(round)),
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

/** JSON equality for drafts: the editor only ever holds plain JSON. */
export function sameDocument(a: Saksframlegg, b: Saksframlegg): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Unsaved drafts of cases the user left without deciding (the browser's back button, a link
 * the guard did not see), kept for the session so that coming back brings the work back.
 */
export const unsavedDrafts = new Map<string, Saksframlegg>()
