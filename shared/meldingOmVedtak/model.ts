import { z } from 'zod'
import { isIsoDate } from '../format'

/**
 * The melding om vedtak: the kommune's letter telling KS what its council decided on KS's
 * invitation (DOMAIN.md, "After the decision"). KS asked for an answer "når dere har gjort endelig
 * vedtak"; for a kommune that joins later the melding also gives the invoice reference KS is to put
 * on its invoice. Like every document type it is this model, its text in each målform and one
 * render function; the Word writer and the file naming are the document core's.
 */
export interface MeldingOmVedtak {
  sender: {
    /** "Tysnes kommune". */
    organisation: string
    /** Who signs: the sakshandsamar. */
    name: string
    /** Their title as the letter signs it, in the letter's målform. */
    title: string
  }
  /** Address lines, as the envelope shows them. */
  recipient: string[]
  /** The address KS asked the answer to be sent to by e-mail, when the round gives one. */
  sentByEmail?: string
  /** The kommune's archive reference (the saksframlegg's arkivsak), or ''. */
  ourReference: string
  /** The letter the melding answers: its date (ISO) and its title, cited as KS wrote it. */
  /** KS's letter; `reference` is KS's own reference for it, when known. */
  theirLetter: { date: string; title: string; reference?: string }
  /** ISO date of the melding. */
  date: string
  decision: {
    answer: 'ja' | 'nei'
    /** "Kommunestyret". */
    utval: string
    /** ISO date of the meeting. */
    date: string
    /** "65/17". */
    saksnummer: string
    /** The decision as adopted, as the protocol words it (the innstilling, or typed). */
    text: string
    /** The vedtak's amount differs from the innstilling of the linked case: the letter says it was changed. */
    changed?: boolean
  }
  /** Kroner as a decimal string, for a "ja": the kommune's one-off amount. */
  amount?: string
  /** The reference the kommune asks KS to mark the invoice with. */
  invoiceReference?: string
}

/** KS, as its letters give the postal address. */
export const KS_ADDRESS = ['KS', 'Postboks 1378 Vika', '0114 Oslo'] as const

/** Whom KS's letter of 08.09.2017 asked the answer to go to, by e-mail (seed 001, the letter as Tysnes quoted it). */
export const KS_CONTACT_2017 = { name: 'Hallvard Hoen', email: 'hallvard.hoen@ks.no' } as const

const isoDate = z.string().refine(isIsoDate)

export const meldingSchema: z.ZodType<MeldingOmVedtak> = z.object({
  sender: z.object({ organisation: z.string().min(1), name: z.string(), title: z.string() }),
  recipient: z.array(z.string()).min(1),
  sentByEmail: z.string().min(1).optional(),
  ourReference: z.string(),
  theirLetter: z.object({ date: isoDate, title: z.string().min(1), reference: z.string().min(1).optional() }),
  date: isoDate,
  decision: z.object({
    answer: z.enum(['ja', 'nei']),
    utval: z.string().min(1),
    date: isoDate,
    saksnummer: z.string().min(1),
    text: z.string().min(1),
    changed: z.boolean().optional()
  }),
  amount: z.string().regex(/^\d+(\.\d+)?$/).optional(),
  invoiceReference: z.string().min(1).optional()
})
