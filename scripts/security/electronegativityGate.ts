import { z } from 'zod'

/**
 * The CI gate over Electronegativity's findings: every HIGH or MEDIUM finding must be in the
 * reviewed allow-list (.ci/electronegativity-allow.json), each entry with the reason it stands.
 * An entry covers a check in one file up to `count` times, so a second, new finding of the same
 * kind in the same file still fails.
 */
export interface Finding {
  check: string
  severity: string
  confidence: string
  file: string
  location: string
}

const allowEntrySchema = z
  .object({
    check: z.string().regex(/^[A-Z_]+$/),
    file: z.string().min(1),
    count: z.number().int().positive().default(1),
    reason: z.string().trim().min(20, 'a reason of at least a sentence')
  })
  .strict()
export const allowListSchema = z.object({ entries: z.array(allowEntrySchema) }).strict()
export type AllowList = z.infer<typeof allowListSchema>

export const GATED_SEVERITIES = new Set(['HIGH', 'MEDIUM'])

/** Splits one CSV line into fields; quoted fields may hold commas and doubled quotes. */
export function csvFields(line: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      fields.push(field)
      field = ''
    } else field += char
  }
  fields.push(field)
  return fields.map((value) => value.trim())
}

/** Reads Electronegativity's CSV report (header: issue, severity, confidence, filename, location, …). */
export function parseReport(csv: string): Finding[] {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== '')
  const header = lines.shift()
  if (!header || !/^issue\s*,\s*severity/i.test(header)) throw new Error('not an Electronegativity CSV report')
  return lines
    .filter((line) => /^[A-Z_]+,/.test(line))
    .map((line) => {
      const [check, severity, confidence, file, location] = csvFields(line)
      return { check: check!, severity: severity!, confidence: confidence ?? '', file: file ?? '', location: location ?? '' }
    })
}

export interface GateResult {
  /** HIGH or MEDIUM findings no allow-list entry covers. */
  unreviewed: Finding[]
  /** Allow-list entries that matched nothing: the code they excused has changed. */
  stale: AllowList['entries']
}

export function gate(findings: Finding[], allowList: AllowList): GateResult {
  const remaining = new Map(allowList.entries.map((entry) => [`${entry.check} ${entry.file}`, entry.count]))
  const used = new Set<string>()
  const unreviewed: Finding[] = []
  for (const finding of findings) {
    if (!GATED_SEVERITIES.has(finding.severity.toUpperCase())) continue
    const key = `${finding.check} ${finding.file}`
    const left = remaining.get(key) ?? 0
    if (left > 0) {
      remaining.set(key, left - 1)
      used.add(key)
    } else unreviewed.push(finding)
  }
  const stale = allowList.entries.filter((entry) => !used.has(`${entry.check} ${entry.file}`))
  return { unreviewed, stale }
}
