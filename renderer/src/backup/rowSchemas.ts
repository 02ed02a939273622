import { z } from 'zod'
import { roundSchema } from '@shared/financingRound'
import { MAALFORMER } from '@shared/maalform'
import { profileSchema } from '@shared/profile'
import { parseSaksframlegg } from '@shared/saksframlegg'
import { figureSchema } from '../db/validate'
import { savedTemplateSchema } from '../template/templateStore'

/**
 * What a row of each table must be for a backup to be restored: the same checks the stores make
 * when they read (a restored row the app would refuse must not get in). A table of the database
 * without an entry here makes test/unit/backupStore.test.ts fail, so a new table is never
 * restored unchecked. The tracking tables' inner records (`record`, `entry`, `event`) are the
 * tracking models' own JSON, checked by their stores when read; here their keys and stamps.
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
  participations: z.object({ roundId: z.string().min(1), record: z.unknown(), updatedAt: timestamp }),
  solutions: z.object({ id: z.string().min(1), entry: z.unknown(), updatedAt: timestamp }),
  adoptions: z.object({ id: z.string().min(1), solutionId: z.string().min(1), record: z.unknown(), updatedAt: timestamp }),
  history: z.object({ id: z.number().int(), subject: z.string().min(1), at: timestamp, by: z.string(), event: z.unknown() }),
  workingCopies: z.object({ caseId: z.string().min(1), baseVersion: z.number().int().nonnegative(), document: saksframlegg, savedAt: timestamp })
}
