import { z } from 'zod'
import { TEXT_LIMITS } from './limits'
import { CHIEF_TITLE_KINDS, type Profile } from './profile'

// Apart from profile.ts, so that what reads a profile's fields (the app's first screen among them)
// does not bring zod with it: the app's start-up code loads this check only when a stored profile
// is read or one is saved (BENCHMARKS.md, issue 11).

/**
 * A profile as the app writes it, to check one read back from the database. Lenient where an
 * upgraded version 1 profile may be (an empty name or custom title), strict where the app would
 * compute wrongly (the kind, the number, the målform).
 */
export const profileSchema: z.ZodType<Profile> = z.object({
  id: z.literal('profile'),
  kind: z.enum(['kommune', 'fylkeskommune']),
  number: z.string().regex(/^\d{2}(\d{2})?$/),
  name: z.string().max(TEXT_LIMITS.title),
  sakshandsamar: z.string().max(TEXT_LIMITS.name),
  chiefTitle: z.object({ kind: z.enum(CHIEF_TITLE_KINDS), custom: z.string().max(TEXT_LIMITS.name).optional() }),
  maalform: z.enum(['nn', 'nb']),
  documentMaalform: z.enum(['nn', 'nb']).optional(),
  updatedAt: z.string()
})
