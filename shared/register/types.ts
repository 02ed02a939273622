import type { Spraakvedtak, Tekst } from '../maalform'

/**
 * The shape of resources/data/register.json, written by scripts/build-register.ts.
 *
 * Two kommuneinndelingar are embedded: 2017 (426 kommunar, for KS DigiFin 2017 and other rounds
 * before the 2020 reform) and 2024 (357 kommunar, for later rounds). A number means different
 * things in different periods (1223 Tysnes became 4616), so every lookup names its period.
 */
export type PeriodId = '2017' | '2024'

export const PERIOD_IDS: readonly PeriodId[] = ['2017', '2024']

/** One population count as published, for the kommune or fylke it is attached to. */
export interface PopulationEntry {
  /** Reference date (ISO). */
  date: string
  count: number
  /**
   * Set when SSB published the figure under another kommunenummer for the same area (a pure
   * renumbering on that date, e.g. 1719 Levanger's 1.1.2018 figure is published as 5037).
   */
  publishedAs?: string
}

export interface RegisterKommune {
  /** Kommunenummer, 4 digits. */
  number: string
  /** The official name in SSB's classification for the period, Sami and Kven forms included. */
  name: string
  /** Språkvedtak. For 2024 the kommune's own; for 2017 taken from its 2024 successor(s), see maalformFrom. */
  maalform?: Spraakvedtak
  /**
   * 'own': the kommune's språkvedtak in the source. 'successor': the source only has the 2024
   * kommunar, so a 2017 kommune gets the målform its 2024 successors share (left out if they differ).
   */
  maalformFrom?: 'own' | 'successor'
  /** Ascending by date. */
  population: PopulationEntry[]
}

export interface RegisterFylke {
  /** Fylkesnummer, 2 digits. */
  number: string
  name: string
  /** Oslo: the same body is kommune and fylke; it is invited once, as a kommune. */
  alsoKommune: boolean
  /**
   * Sums of the fylke's kommunar (first two digits of the kommunenummer), only for dates on which
   * every one of them has a figure. Ascending by date.
   */
  population: PopulationEntry[]
}

export interface PopulationSource {
  /** Language-neutral citation, e.g. "SSB, tabell 07459". */
  citation: string
  /** How a document names the figures' source, in both målformer. */
  label: Tekst
  /** Anything the user should know about the figures' reference date. */
  dateNote?: Tekst
}

export interface RegisterPeriod {
  id: PeriodId
  label: Tekst
  /** First day the kommuneinndeling is valid (ISO). */
  validFrom: string
  /** First day it is no longer valid (ISO), or null if still valid. */
  validTo: string | null
  classification: string
  populationSource: PopulationSource
  kommunar: RegisterKommune[]
  fylke: RegisterFylke[]
}

/** One row of SSB's change table: a kommunenummer that went into another on a date. */
export interface NumberChange {
  from: string
  fromName: string
  to: string
  toName: string
  /** The date the change took effect (ISO). */
  date: string
}

export interface Attribution {
  /** Which files in resources/data/source/ it covers. */
  files: string[]
  source: string
  licence: string
  /** The credit line to show, as the licence asks. */
  credit: string
}

export interface RegisterData {
  version: 1
  attribution: Attribution[]
  notes: {
    /** Why Oslo is invited once, as a kommune, and is not listed as a fylkeskommune. */
    oslo: Tekst
  }
  periods: Record<PeriodId, RegisterPeriod>
  changes: NumberChange[]
}
