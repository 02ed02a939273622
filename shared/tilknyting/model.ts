import type { Tekst } from '../maalform'
import type { ChiefTitle } from '../profile'
import type { FundFinanced, SolutionStatus } from '../tracking/catalogue'
import type { ParticipationStatus } from '../tracking/participationStatus'
import type { ConnectionCost, RunningCost } from '../tracking/priceModel'

/**
 * The saksframlegg proposing that the kommune adopt one fellesløysing ("Tilknyting til
 * fellesløysinga …", issue 9 §4): what the solution is, whether the access rule lets the kommune
 * adopt it, what it costs over the økonomiplan's years, and the innstilling. Like every document
 * type it is this model, its text in each målform and one render function; the model is built from
 * the catalogue entry and the figures in force by `fromCatalogue.ts`.
 */

/** One cost in the case: reckoned to the øre, not stated by the source, or waiting for a population figure. */
export type CostCell = { kind: 'amount'; amount: string } | { kind: 'unknownPrice' } | { kind: 'noPopulation' }

/** Whether the access rule lets the kommune adopt the solution, and why. */
export type AccessFinding =
  /** The fund did not finance it: the rule does not apply. */
  | { kind: 'notFundFinanced' }
  /** The source does not say whether the fund financed it. */
  | { kind: 'fundUnknown' }
  /**
   * Paid; `paidOn` is the ISO date of the payment as the tracking record holds it (undefined when none is at hand),
   * `decision` the council's vedtak to take part as the tracking record holds it, when recorded.
   */
  | { kind: 'paid'; paidOn?: string; decision?: FundDecision }
  /** Fund-financed and not paid: `participation` is where it stands (undefined: nothing recorded). */
  | { kind: 'notPaid'; participation?: ParticipationStatus }

/** The council's vedtak to take part in the fund: "Kommunestyret vedtok 13. desember 2017 (sak 65/17)". */
export interface FundDecision {
  utval: string
  saksnummer: string
  /** ISO date of the meeting. */
  date: string
}

export interface TilknytingCase {
  /** "Tysnes kommune", by the naming rule (shared/naming.ts). */
  organisation: string
  /** The same in running text: "Levanger kommune" for "Levanger - Levangke kommune" (shared/naming.ts). */
  organisationInText: string
  contributorKind: 'kommune' | 'fylkeskommune'
  /** The profile's title: heads the innstilling ("Innstilling frå rådmannen"). */
  chiefTitle: ChiefTitle
  /** The utval asked to decide: "Kommunestyret". */
  utval: string
  /** Whether the executive committee (formannskapet, fylkesutvalet) prepares the case for the council: the saksgang's first row. */
  preparedByExecutive: boolean
  /** '' shows a placeholder. */
  sakshandsamar: string
  /** As the archive writes it ("26/1234"); '' shows a placeholder. */
  arkivsak: string
  /** '' shows a placeholder. */
  arkivkode: string
  /** ISO date of the case; '' shows a placeholder. */
  date: string
  /** What the kommune itself gains and who will use the solution, in the case's målform; '' shows a placeholder. */
  benefit: string
  solution: {
    name: string
    operator: string
    purpose: Tekst
    status: SolutionStatus
    fundFinanced: FundFinanced
    url: string
    /** A shipped entry nobody has checked against KS. */
    example: boolean
    /** Data of a special kind the solution handles (catalogue): the DPIA is required. */
    sensitiveData?: Tekst
  }
  /**
   * The price in force in the year the solution is taken into use, else the first the source gives
   * (see `inForceFrom`); undefined when the entry has none.
   */
  price?: {
    connection: ConnectionCost
    running: RunningCost
    source: string
    statedOn?: string
    collectedOn: string
    /** The year the prices are from: the year the source stated them, else the year they apply from; undefined when neither is known. */
    year?: number
    /**
     * Set when the price is in force only from a year after the solution is taken into use: the
     * costs of the years before it are unknown (a price "from 2021" says nothing of 2019).
     */
    inForceFrom?: number
    note?: Tekst
  }
  /**
   * The newest population figure at hand; undefined when none is set up. Date and source '' when
   * unknown; `dateInSource` when the source's own words carry the (probable) date, so the case cites
   * the source alone ("SSB, per 1. januar 2024").
   */
  population?: { count: number; date: string; source: Tekst; dateInSource?: boolean }
  access: AccessFinding
  /** ISO date the kommune plans to take the solution into use: the costs are reckoned from it. */
  start: string
  /** The økonomiplan's years, the first being the budget year. */
  years: number[]
  /** The one-off connection cost, falling in the start year. */
  connection: CostCell
  /** A whole year's running cost at the start year's price. */
  runningPerYear: CostCell
  /** Per year of `years`: connection (in the start year, else 0) and running cost for the months in use. */
  plan: { connection: CostCell; running: CostCell }[]
  /** Each row over all the years: its sum, or the gap when a year's cost is not known. */
  rowTotals: { connection: CostCell; running: CostCell }
  /** Per year: the sum of what is known, and whether a cost is left out. */
  totals: { amount: string; incomplete: boolean }[]
  /** Over all the years. */
  total: { amount: string; incomplete: boolean }
}
