import type { Contribution } from '../contribution'
import type { FinancingRound } from '../financingRound'
import type { Maalform } from '../maalform'
import { contributorTitle } from '../register/accessors'
import {
  DEFAULT_SECTION_KINDS,
  isDefaultKind,
  SAKSFRAMLEGG_VERSION,
  type Block,
  type CaseKind,
  type ChiefTitle,
  type DefaultSectionKind,
  type Funding,
  type Innstilling,
  type Saksframlegg,
  type Section
} from './model'
import { citedPopulation } from './fromContribution'
import { invitationFacts } from './invitation'
import { chiefDefinite, textFor } from './text'
import type { CaseFacts } from './textTypes'

/** Who writes the case: kept in the app's settings, not per case. */
export interface SaksframleggProfile {
  /**
   * The name the case is written for. Leave it out: the case then names the contribution's
   * contributor ("Hordaland fylkeskommune"), whose figures it cites, as the CLI does. A profile's
   * own name can differ after a merger (Vestland fylkeskommune paying as Hordaland in 2017).
   */
  kommuneName?: string
  kind: 'kommune' | 'fylkeskommune'
  sakshandsamar: string
  chiefTitle: ChiefTitle
}

export interface DefaultOptions {
  arkivsak?: string
  arkivkode?: string
  /** ISO date of the saksframlegg; '' leaves it to be filled in. */
  date?: string
  /** Defaults to the round's budget year (2018 for DigiFin 2017). */
  budgetYear?: number
  funding?: Funding | Funding['kind']
  caseKind?: CaseKind
  innstilling?: Innstilling
}

/** The figures and names the generated text cites, read from a document. */
export function caseFacts(doc: Saksframlegg): CaseFacts {
  return {
    ...doc.economy,
    kommuneName: doc.header.kommuneName,
    chief: chiefDefinite(doc.chiefTitle),
    declineReason: doc.declineReason,
    caseDate: doc.header.date,
    answerBy: doc.invitation?.answerBy ?? ''
  }
}

function normaliseFunding(funding: DefaultOptions['funding']): Funding {
  if (funding === undefined) return { kind: 'disposisjonsfond' }
  if (typeof funding !== 'string') return funding
  if (funding === 'custom') throw new RangeError('A custom funding needs its text')
  return { kind: funding }
}

/**
 * The standard text of one section for the case as it now stands: its figures, names, dates,
 * innstilling and case kind, and the invitation it holds. Written again each time it is shown.
 */
export function standardBlocks(kind: DefaultSectionKind, doc: Saksframlegg, maalform: Maalform): Block[] {
  const invitation = doc.invitation
  if (!invitation) throw new RangeError('The case holds no invitation to write the standard text from')
  const text = textFor(maalform).defaults
  const facts = caseFacts(doc)
  switch (kind) {
    case 'saksutgreiing':
      return text.saksutgreiing(invitation, facts, doc.innstilling.kind, doc.caseKind)
    case 'okonomiskeKonsekvensar':
      return text.okonomiskeKonsekvensar(facts, doc.innstilling.kind, doc.caseKind, invitation)
    case 'vurdering':
      return text.vurdering(facts, doc.innstilling.kind, doc.caseKind, invitation)
  }
}

/** The text a section shows: the user's own, or the standard text written from the case's data. */
export function sectionBlocks(section: Section, doc: Saksframlegg, maalform: Maalform): Block[] {
  if (section.own) return section.own.blocks
  // The schema lets only a default kind be standard text, and only in a case that holds its invitation.
  return isDefaultKind(section.kind) && doc.invitation ? standardBlocks(section.kind, doc, maalform) : []
}

/** A section of standard text: it follows the case's data until the user writes in it. */
export function standardSection(kind: DefaultSectionKind): Section {
  return { id: kind, kind }
}

/**
 * A case stored before cases held their invitation gets it from its round; each section whose
 * text is still the standard text for the case's data becomes standard text again, so it follows
 * the data from now on. Text the user changed stays theirs.
 */
export function withInvitation(doc: Saksframlegg, round: FinancingRound, maalform: Maalform): Saksframlegg {
  if (doc.invitation) return doc
  const next: Saksframlegg = { ...doc, invitation: invitationFacts(round) }
  return {
    ...next,
    sections: next.sections.map((section) => {
      if (!section.own || !isDefaultKind(section.kind)) return section
      const standard = JSON.stringify(standardBlocks(section.kind, next, maalform))
      if (JSON.stringify(section.own.blocks) !== standard) return section
      const { own: _, ...rest } = section
      return rest
    })
  }
}

/**
 * A complete case, ready to adopt or edit: the contribution's round (KS's invitation), its
 * contributor and figures, and an innstilling to join (unless told otherwise), wholly in
 * `maalform`. The header's date is `options.date` as given ('' when left out): the caller decides
 * it (the app and the CLI give today's date unless told otherwise), so the same input gives the
 * same document.
 */
export function buildDefaultSaksframlegg(
  contribution: Contribution,
  profile: SaksframleggProfile,
  maalform: Maalform,
  options: DefaultOptions = {}
): Saksframlegg {
  if (profile.kind !== contribution.contributor.kind) {
    throw new RangeError(`Profile is a ${profile.kind}, the contribution a ${contribution.contributor.kind}`)
  }
  const text = textFor(maalform).defaults
  const round = contribution.round
  const doc: Saksframlegg = {
    version: SAKSFRAMLEGG_VERSION,
    caseKind: options.caseKind ?? 'vedtakssak',
    chiefTitle: profile.chiefTitle,
    header: {
      kommuneName: profile.kommuneName?.trim() || contributorTitle(contribution.contributor),
      sakshandsamar: profile.sakshandsamar,
      arkivsak: options.arkivsak ?? '',
      arkivkode: options.arkivkode ?? '',
      date: options.date ?? ''
    },
    saksgang: text.saksgang(profile.kind).map((utval) => ({ utval, moetedato: '', saksnr: '' })),
    title: text.title,
    vedlegg: text.vedlegg(invitationFacts(round)),
    andreSaksdokument: text.andreSaksdokument(invitationFacts(round)),
    sections: [],
    economy: {
      contributorKind: contribution.contributor.kind,
      ...citedPopulation(contribution.population, maalform),
      rate: contribution.rate,
      amount: contribution.amount,
      budgetYear: options.budgetYear ?? round.budgetYear,
      funding: normaliseFunding(options.funding)
    },
    innstilling: options.innstilling ?? { kind: 'join' },
    declineReason: text.declineReason(profile.kind),
    invitation: invitationFacts(round)
  }
  return { ...doc, sections: DEFAULT_SECTION_KINDS.map(standardSection) }
}
