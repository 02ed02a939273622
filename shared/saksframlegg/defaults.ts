import type { Contribution } from '../contribution'
import { DIGIFIN_2017, type FinancingRound } from '../financingRound'
import type { Maalform } from '../maalform'
import {
  SAKSFRAMLEGG_VERSION,
  type CaseKind,
  type ChiefTitle,
  type Funding,
  type Innstilling,
  type Saksframlegg,
  type Section
} from './model'
import { chiefDefinite, textFor, type CaseFacts, type InvitationFacts } from './text'

/** Who writes the case: kept in the app's settings, not per case. */
export interface SaksframleggProfile {
  /** "Tysnes kommune"; falls back to the contributor's name. */
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

/** The sections a default case has, in order. */
export const DEFAULT_SECTION_KINDS = ['saksutgreiing', 'okonomiskeKonsekvensar', 'vurdering'] as const
export type DefaultSectionKind = (typeof DEFAULT_SECTION_KINDS)[number]

/** Sums KS's letter states, for a round that does not hold them. */
const LARGEST_KOMMUNAR_2017 = '35000000'
const ALL_JOIN_2017 = '250000000'

function sourceAmount(round: FinancingRound, id: string, fallback: string): string {
  return round.otherSources.find((s) => s.id === id)?.amount ?? fallback
}

export function invitationFacts(round: FinancingRound): InvitationFacts {
  return {
    invitationDate: round.invitationDate,
    answerBy: round.answerBy,
    budgetYear: round.budgetYear,
    rateKommune: round.rateKommune,
    rateFylkeskommune: round.rateFylkeskommune,
    kmdFirstYear: sourceAmount(round, 'kmd-2017', '25000000'),
    kmdSecondYear: sourceAmount(round, 'kmd-2018', '100000000'),
    ksUpTo: sourceAmount(round, 'ks', '40000000'),
    largestKommunar: LARGEST_KOMMUNAR_2017,
    allJoin: round.announcedTotal?.amount ?? ALL_JOIN_2017
  }
}

/** The figures and names the generated text cites, read from a document. */
export function caseFacts(doc: Saksframlegg): CaseFacts {
  return { ...doc.economy, kommuneName: doc.header.kommuneName, chief: chiefDefinite(doc.chiefTitle) }
}

function normaliseFunding(funding: DefaultOptions['funding']): Funding {
  if (funding === undefined) return { kind: 'disposisjonsfond' }
  if (typeof funding !== 'string') return funding
  if (funding === 'custom') throw new RangeError('A custom funding needs its text')
  return { kind: funding }
}

/**
 * The default text of one section for a document as it now stands (its figures, innstilling and
 * case kind), so a UI can offer "reset to default" after the user changed e.g. join to decline.
 */
export function buildDefaultSection(
  kind: DefaultSectionKind,
  doc: Saksframlegg,
  maalform: Maalform,
  round: FinancingRound = DIGIFIN_2017
): Section {
  const text = textFor(maalform).defaults
  const facts = caseFacts(doc)
  switch (kind) {
    case 'saksutgreiing':
      return { id: 'saksutgreiing', kind, blocks: text.saksutgreiing(invitationFacts(round), facts) }
    case 'okonomiskeKonsekvensar':
      return {
        id: 'okonomiskeKonsekvensar',
        kind,
        blocks: text.okonomiskeKonsekvensar(facts, doc.innstilling.kind, doc.caseKind)
      }
    case 'vurdering':
      return { id: 'vurdering', kind, blocks: text.vurdering(facts, doc.innstilling.kind, doc.caseKind) }
  }
}

/**
 * A complete case, ready to adopt or edit: KS's 2017 invitation, the kommune's figures, and
 * an innstilling to join (unless told otherwise), wholly in `maalform`.
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
      kommuneName: profile.kommuneName?.trim() || contribution.contributor.name,
      sakshandsamar: profile.sakshandsamar,
      arkivsak: options.arkivsak ?? '',
      arkivkode: options.arkivkode ?? '',
      date: options.date ?? ''
    },
    saksgang: text.saksgang(profile.kind).map((utval) => ({ utval, moetedato: '', saksnr: '' })),
    title: text.title,
    vedlegg: text.vedlegg(invitationFacts(round)),
    andreSaksdokument: [...text.andreSaksdokument],
    sections: [],
    economy: {
      contributorKind: contribution.contributor.kind,
      populationCount: contribution.population.count,
      populationDate: contribution.population.date,
      populationSource: contribution.population.sourceText?.[maalform] ?? contribution.population.source,
      rate: contribution.rate,
      amount: contribution.amount,
      budgetYear: options.budgetYear ?? round.budgetYear,
      funding: normaliseFunding(options.funding)
    },
    innstilling: options.innstilling ?? { kind: 'join' }
  }
  return { ...doc, sections: DEFAULT_SECTION_KINDS.map((kind) => buildDefaultSection(kind, doc, maalform, round)) }
}
