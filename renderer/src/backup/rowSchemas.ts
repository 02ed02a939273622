import { z } from 'zod'
import { roundSchema } from '@shared/financingRound'
import { MAALFORMER } from '@shared/maalform'
import { profileSchema } from '@shared/profileSchema'
import { parseSaksframlegg } from '@shared/saksframlegg'
import { adoptionSchema } from '@shared/tracking/adoption'
import { solutionSchema } from '@shared/tracking/catalogue'
import { participationEventSchema, participationSchema } from '@shared/tracking/participation'
import { figureSchema } from '../db/validate'
import { historySubject } from '../deltaking/participationStore'
import { adoptionEventSchema, adoptionSubject } from '../fellesloysingar/adoptionStore'
import { savedTemplateSchema } from '../template/templateStore'

/**
 * What a row of each table must be for a backup to be restored: the same checks the stores make
 * when they read (a restored row the app would refuse must not get in). A table of the database
 * without an entry here makes test/unit/backupStore.test.ts fail, so a new table is never
 * restored unchecked. The tracking tables' inner records (`record`, `entry`, `event`) are checked
 * by the tracking models' own schemas, and must agree with the row's keys: a participation stored
 * under another round, a solution under another id, is a row the stores would not read.
 */
const saksframlegg = z.unknown().refine((document) => parseSaksframlegg(document).ok, 'not a saksframlegg')
const timestamp = z.string().min(1)

export const ROW_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  profile: profileSchema,
  settings: z.object({ key: z.string().min(1), value: z.unknown() }),
  rounds: roundSchema,
  populationFigures: figureSchema,
  cases: z.object({
    id: z.string().min(1),
    title: z.string(),
    maalform: z.enum(MAALFORMER),
    organisationNumber: z.string(),
    document: saksframlegg,
    createdAt: timestamp,
    updatedAt: timestamp,
    updatedBy: z.string(),
    version: z.number().int().positive(),
    roundId: z.string().optional()
  }),
  caseVersions: z.object({
    id: z.number().int(),
    caseId: z.string().min(1),
    version: z.number().int().positive(),
    savedAt: timestamp,
    savedBy: z.string(),
    document: saksframlegg
  }),
  templates: savedTemplateSchema,
  participations: z
    .object({ roundId: z.string().min(1), record: participationSchema, updatedAt: timestamp })
    .refine((row) => row.record.roundId === row.roundId),
  solutions: z.object({ id: z.string().min(1), entry: solutionSchema, updatedAt: timestamp }).refine((row) => row.entry.id === row.id),
  adoptions: z
    .object({ id: z.string().min(1), solutionId: z.string().min(1), record: adoptionSchema, updatedAt: timestamp })
    .refine((row) => row.record.id === row.id && row.record.solutionId === row.solutionId),
  history: z
    .object({ id: z.number().int(), subject: z.string().min(1), at: timestamp, by: z.string(), event: z.unknown() })
    .refine((row) => historyEventSchema(row.subject).safeParse(row.event).success),
  sessionCopies: z.object({
    caseId: z.string().min(1),
    sessionId: z.string().min(1),
    baseVersion: z.number().int().nonnegative(),
    document: saksframlegg,
    savedAt: timestamp
  })
}

/**
 * What a history row's event must be, by what it is about. The app writes two subjects; an
 * event of another subject is never read by the app (the stores read by subject), so it passes as is.
 */
function historyEventSchema(subject: string): z.ZodType {
  if (subject.startsWith(historySubject(''))) return participationEventSchema
  if (subject.startsWith(adoptionSubject(''))) return adoptionEventSchema
  return z.unknown()
}
