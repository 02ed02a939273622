import type { FinancingRound } from '../financingRound'
import type { Maalform, Tekst } from '../maalform'
import type { Block, CaseKind, Economy, Funding, Innstilling, SectionKind } from './model'

/**
 * The shape of a målform's text (text.nn.ts, text.nb.ts) and the facts it cites. Kept apart from
 * `text.ts`, which imports both målformer's text, so the text files depend only on this.
 */

/** What the innstilling and the economy text cite: the case's figures and who it is for. */
export interface CaseFacts extends Economy {
  kommuneName: string
  /** The chief's title in definite form, as it follows "Innstilling frå": "rådmannen". */
  chief: string
  /** The administration's reason for a decline, as the user wrote it ('' for none). */
  declineReason: string
  /** ISO date of the case, '' when not set: a case dated after the answer deadline does not speak of it as ahead. */
  caseDate: string
  /** ISO date KS asked for the vedtak by ('' when the case holds no invitation). */
  answerBy: string
}

/**
 * What the saksutgreiing cites from KS's invitation: only what the financing round itself holds.
 * A round the user added is told from its own data; nothing of the 2017 letter is assumed of it.
 */
export interface InvitationFacts
  extends Pick<FinancingRound, 'name' | 'invitationDate' | 'answerBy' | 'budgetYear' | 'rateKommune' | 'rateFylkeskommune'> {
  /** The fund's other sources as the round states them (labels per målform); empty when it has none. */
  otherSources: { label: Tekst; amount: string; upTo: boolean }[]
  /** Kroner: "if all join, the scheme will have about …", only when the round states it. */
  allJoin?: string
  /**
   * Only for KS DigiFin 2017, the round that ships with the app: what KS's letter of 08.09.2017 and
   * the principles note say beyond the round's figures (the working title, the ten largest
   * kommunar's 35 mill. kr, KMD's two years), which the text retells as it stands in the letter.
   */
  digiFin2017?: {
    kmdFirstYear: string
    kmdSecondYear: string
    /** The two years together, summed where the figures are gathered so the text only cites it. */
    kmdTotal: string
    ksUpTo: string
    largestKommunar: string
  }
}

export interface SaksframleggText {
  maalform: Maalform
  labels: {
    documentKind: string
    sakshandsamar: string
    arkivsak: string
    arkivkode: string
    date: string
    saksgang: string
    utval: string
    moetedato: string
    saksnr: string
    vedlegg: string
    andreSaksdokument: string
    /** "Side" and "av" around the page fields of the footer. */
    page: string
    of: string
  }
  sectionHeadings: Record<SectionKind, string>
  innstillingHeading: (chief: string) => string
  /** What the document shows where a value nobody gave would stand. */
  placeholders: { populationDate: string; populationSource: string }
  /** The sentence that says how the amount is paid for, as the økonomiske konsekvensar write it. */
  fundingSentence: (funding: Funding) => string
  /** The same as it follows "… lagt inn i budsjettet og"; undefined for the user's own text. */
  fundingClause: (funding: Funding) => string | undefined
  orientering: string
  defaults: {
    title: string
    saksgang: (kind: Economy['contributorKind']) => string[]
    vedlegg: (invitation: InvitationFacts) => string[]
    andreSaksdokument: (invitation: InvitationFacts) => string[]
    /** What the decline field holds before the user writes the administration's own reason. */
    declineReason: (kind: Economy['contributorKind']) => string
    saksutgreiing: (
      invitation: InvitationFacts,
      facts: CaseFacts,
      innstilling: Innstilling['kind'],
      caseKind: CaseKind
    ) => Block[]
    okonomiskeKonsekvensar: (
      facts: CaseFacts,
      innstilling: Innstilling['kind'],
      caseKind: CaseKind,
      invitation: InvitationFacts
    ) => Block[]
    vurdering: (facts: CaseFacts, innstilling: Innstilling['kind'], caseKind: CaseKind, invitation: InvitationFacts) => Block[]
  }
  innstilling: {
    join: (facts: CaseFacts) => string
    decline: (facts: CaseFacts) => string
  }
}

/** The labels of a saksframlegg's header and saksgang, the same in every case the app writes (DigiFin and tilknyting). */
export const HEADER_LABEL_KEYS = ['sakshandsamar', 'arkivsak', 'arkivkode', 'date', 'saksgang', 'utval', 'moetedato', 'saksnr', 'vedlegg'] as const
export type HeaderLabels = Pick<SaksframleggText['labels'], (typeof HEADER_LABEL_KEYS)[number]>

/** The header labels of a målform's saksframlegg text, for another kind of case to use. */
export function headerLabels(text: SaksframleggText): HeaderLabels {
  return Object.fromEntries(HEADER_LABEL_KEYS.map((key) => [key, text.labels[key]])) as HeaderLabels
}
