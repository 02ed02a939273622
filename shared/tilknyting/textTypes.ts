import type { Maalform } from '../maalform'
import type { HeaderLabels } from '../saksframlegg/textTypes'
import type { TilknytingCase } from './model'

/** Every fixed word of the adoption case in one målform; each sentence is written from the case. */
export interface TilknytingText {
  maalform: Maalform
  documentKind: string
  /** The header's labels are the DigiFin case's (saksframlegg/textTypes headerLabels); the cost table's are its own. */
  labels: HeaderLabels & {
    item: string
    connection: string
    running: string
    sum: string
    /** The sum row when a cost is left out of it. */
    knownSum: string
  }
  /**
   * What a cell shows for a cost the source does not state (a fact, in plain words: "ikkje kjent"),
   * or one that waits for a population figure (a highlighted gap).
   */
  gaps: { unknownPrice: string; noPopulation: string }
  /** The committee that prepares the case for the council: "Formannskapet". */
  executive: (kind: TilknytingCase['contributorKind']) => string
  title: (solutionName: string) => string
  headings: { subject: string; background: string; assessment: string; economy: string }
  innstillingHeading: (chiefDefinite: string) => string
  subject: (c: TilknytingCase) => string
  /** What the solution is, with the catalogue's owner, funding and status as one sentence, and how adoption works. */
  background: (c: TilknytingCase) => { intro: string; after: string[] }
  assessment: (c: TilknytingCase, chiefDefinite: string) => string[]
  /** The paragraphs before the cost table: population, connection and running cost. */
  economy: (c: TilknytingCase) => string[]
  /** After the economy's paragraphs, when the prices are from more than a year before the plan: not adjusted, KS to confirm. */
  oldPrices: (year: number, c: TilknytingCase) => string
  /** `rounded`: the table gives some amount in whole kroner, rounded; `sumsOff`: a sum differs from the sum of its rounded cells. */
  tableIntro: (c: TilknytingCase, rounded: boolean, sumsOff: boolean) => string
  /** Before the table: the period's total and what the sums leave out. */
  totals: (c: TilknytingCase) => string[]
  /** The vedtak proposed; `chiefDefinite` is given authority to sign KS's tenestevedlegg. */
  innstilling: (c: TilknytingCase, chiefDefinite: string) => string
  footer: { page: string; of: string }
}
