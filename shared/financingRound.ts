import Decimal from 'decimal.js'
import { z } from 'zod'
import { isIsoDate } from './format'
import { TEXT_LIMITS } from './limits'
import type { Tekst } from './maalform'

/**
 * A financing round is data, not code: KS's 2017 DigiFin invitation is one; a user can add
 * another with its own rates and dates. Money is kept as decimal strings ("20", "0.125").
 */
export interface FinancingRound {
  id: string
  name: Tekst
  /** Date of the invitation letter (ISO). The default population figure is the newest one not after it. */
  invitationDate: string
  /** Answer by (ISO). */
  answerBy: string
  /** The budget year the amount goes into. */
  budgetYear: number
  /** Kroner per innbyggjar for a kommune. */
  rateKommune: string
  /** Kroner per innbyggjar for a fylkeskommune. */
  rateFylkeskommune: string
  /** The fund's other sources (state, KS), shown beside the sector's contributions. */
  otherSources: FundSource[]
  /**
   * The total the inviter said the fund would have if every kommune and fylkeskommune joined,
   * as it wrote it; the landsoversikt shows how the real figures compare.
   */
  announcedTotal?: { amount: string; quote: Tekst }
  /** True for the rounds that ship with the app; those cannot be edited or deleted. */
  builtIn: boolean
}

export interface FundSource {
  id: string
  label: Tekst
  /** Kroner, as a decimal string. */
  amount: string
  /** "inntil" (up to): the seed says KS gives up to 40 mill. kr. */
  upTo: boolean
}

/** KS DigiFin 2017, as KS's letter of 08.09.2017 and the principles note state it. */
export const DIGIFIN_2017: FinancingRound = {
  id: '2017',
  name: { nn: 'KS DigiFin 2017', nb: 'KS DigiFin 2017' },
  invitationDate: '2017-09-08',
  answerBy: '2017-12-20',
  budgetYear: 2018,
  rateKommune: '20',
  rateFylkeskommune: '5',
  otherSources: [
    {
      id: 'kmd-2017',
      label: { nn: 'KMD, prosjektskjønsmidlar 2017', nb: 'KMD, prosjektskjønnsmidler 2017' },
      amount: '25000000',
      upTo: false
    },
    {
      id: 'kmd-2018',
      label: { nn: 'KMD, 2018', nb: 'KMD, 2018' },
      amount: '100000000',
      upTo: false
    },
    {
      id: 'ks',
      label: { nn: 'KS, vedtak i hovudstyret', nb: 'KS, vedtak i hovedstyret' },
      amount: '40000000',
      upTo: true
    }
  ],
  // "Hvis alle kommuner og fylkeskommuner blir med, vil ordningen disponere ca. 250 millioner kroner."
  announcedTotal: {
    amount: '250000000',
    quote: { nn: 'ca. 250 millioner kroner', nb: 'ca. 250 millioner kroner' }
  },
  builtIn: true
}

export const BUILT_IN_ROUNDS: readonly FinancingRound[] = [DIGIFIN_2017]

/** What a user gives for a round of their own: one name for both målformer, dates and rates. */
export type UserRoundFields = Pick<FinancingRound, 'id' | 'invitationDate' | 'answerBy' | 'budgetYear' | 'rateKommune' | 'rateFylkeskommune'> & {
  name: string
}

/**
 * A round the user adds: it has only what the user gives, no other sources of the fund and no
 * announced total, and it can be deleted.
 */
export function userAddedRound(fields: UserRoundFields): FinancingRound {
  return { ...fields, name: { nn: fields.name, nb: fields.name }, otherSources: [], builtIn: false }
}

const isoDate = z.string().refine(isIsoDate)
const rate = z.string().refine((value) => {
  try {
    const d = new Decimal(value)
    return d.isFinite() && d.gt(0) && d.lte(10_000)
  } catch {
    return false
  }
})
const tekst = z.object({ nn: z.string().min(1).max(TEXT_LIMITS.title), nb: z.string().min(1).max(TEXT_LIMITS.title) })

/**
 * A round the user added, as it must be to compute with: read back from the database it may have
 * been damaged by an older version, a crash or a hand-edited backup. Built-in rounds are code and
 * are not checked here.
 */
export const roundSchema = z.object({
  id: z.string().min(1),
  name: tekst,
  invitationDate: isoDate,
  answerBy: isoDate,
  budgetYear: z.number().int().min(1900).max(2200),
  rateKommune: rate,
  rateFylkeskommune: rate,
  otherSources: z.array(z.object({ id: z.string(), label: tekst, amount: rate, upTo: z.boolean() })),
  builtIn: z.literal(false)
})
