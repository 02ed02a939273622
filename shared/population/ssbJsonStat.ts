import { z } from 'zod'
import type { Tekst } from '../maalform'
import { fileError, resultFromCells, type Cell, type SsbImportResult } from './ssbRows'

const jsonStatCategory = z.object({
  index: z.union([z.array(z.string()), z.record(z.string(), z.number().int().nonnegative())]).optional(),
  label: z.record(z.string(), z.string()).optional()
})

const jsonStatDataset = z.object({
  version: z.literal('2.0'),
  class: z.literal('dataset'),
  label: z.string().optional(),
  source: z.string().optional(),
  updated: z.string().optional(),
  id: z.array(z.string()).min(1),
  size: z.array(z.number().int().nonnegative()).min(1),
  dimension: z.record(z.string(), z.object({ label: z.string().optional(), category: jsonStatCategory })),
  value: z.union([z.array(z.number().nullable()), z.record(z.string(), z.number().nullable())]),
  /** SSB marks a missing figure with its symbol here: "..", ":", ".". */
  status: z.union([z.array(z.string().nullable()), z.record(z.string(), z.string()), z.string()]).optional(),
  role: z
    .object({
      time: z.array(z.string()).optional(),
      geo: z.array(z.string()).optional(),
      metric: z.array(z.string()).optional()
    })
    .optional()
})

type JsonStatCategory = z.infer<typeof jsonStatCategory>

const TYPE_WORDS: Record<string, Tekst> = {
  string: { nn: 'ein tekst', nb: 'en tekst' },
  number: { nn: 'eit tal', nb: 'et tall' },
  array: { nn: 'ei liste', nb: 'en liste' },
  object: { nn: 'eit objekt', nb: 'et objekt' },
  record: { nn: 'eit objekt', nb: 'et objekt' }
}

/**
 * What is wrong with the file, said in words for the person who downloaded it: «feltet «version»
 * manglar», «feltet «class» skal vere «dataset»», «feltet «id» skal vere ei liste». The field is
 * named as the file names it.
 */
function issueInWords(json: unknown, issue: z.core.$ZodIssue | undefined): Tekst | undefined {
  if (!issue || issue.path.length === 0) return undefined
  const field = issue.path.map(String).join('.')
  let value: unknown = json
  for (const key of issue.path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined
  if (value === undefined) return { nn: `feltet «${field}» manglar`, nb: `feltet «${field}» mangler` }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((v) => `«${String(v)}»`).join(' eller ')
    return { nn: `feltet «${field}» skal vere ${allowed}`, nb: `feltet «${field}» skal være ${allowed}` }
  }
  const expected = issue.code === 'invalid_type' ? TYPE_WORDS[issue.expected] : undefined
  if (expected) return { nn: `feltet «${field}» skal vere ${expected.nn}`, nb: `feltet «${field}» skal være ${expected.nb}` }
  if (issue.code === 'too_small') return { nn: `feltet «${field}» er tomt`, nb: `feltet «${field}» er tomt` }
  return { nn: `feltet «${field}» har ein verdi som ikkje kan brukast`, nb: `feltet «${field}» har en verdi som ikke kan brukes` }
}

/** Category codes in index order; JSON-stat lets a one-category dimension leave out its index. */
function categoryCodes(category: JsonStatCategory): string[] | undefined {
  const { index, label } = category
  if (Array.isArray(index)) return index
  if (index) {
    const codes: string[] = []
    for (const [code, position] of Object.entries(index)) codes[position] = code
    return codes.length === Object.keys(index).length && !codes.includes(undefined as never) ? codes : undefined
  }
  const keys = Object.keys(label ?? {})
  return keys.length === 1 ? keys : undefined
}

function statusAt(status: z.infer<typeof jsonStatDataset>['status'], index: number): string | undefined {
  if (status === undefined) return undefined
  if (typeof status === 'string') return status
  if (Array.isArray(status)) return status[index] ?? undefined
  return status[String(index)]
}

/**
 * Reads a JSON-stat 2.0 dataset as SSB's API and Statistikkbanken give it: dimensions Region,
 * ContentsCode and Tid (named by `role` when present), values in row-major order.
 */
export function parseSsbJsonStat(text: string): SsbImportResult {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return fileError('Fila er ikkje gyldig JSON.', 'Filen er ikke gyldig JSON.')
  }
  if (typeof json === 'object' && json !== null && 'dataset' in json && !('class' in json)) {
    return fileError(
      'Fila er i det eldre JSON-stat-formatet (versjon 1). Last ned tabellen som JSON-stat 2.0.',
      'Filen er i det eldre JSON-stat-formatet (versjon 1). Last ned tabellen som JSON-stat 2.0.'
    )
  }
  const parsed = jsonStatDataset.safeParse(json)
  if (!parsed.success) {
    const what = issueInWords(json, parsed.error.issues[0])
    return fileError(
      `Fila er ikkje eit gyldig JSON-stat 2.0-datasett${what ? ': ' + what.nn : ''}.`,
      `Filen er ikke et gyldig JSON-stat 2.0-datasett${what ? ': ' + what.nb : ''}.`
    )
  }
  const data = parsed.data
  if (data.id.length !== data.size.length) {
    return fileError('JSON-stat-fila er øydelagd: «id» og «size» er ikkje like lange.', 'JSON-stat-filen er ødelagt: «id» og «size» er ikke like lange.')
  }
  const dims = data.id.map((name, k) => {
    const dimension = data.dimension[name]
    const codes = dimension && categoryCodes(dimension.category)
    return { name, dimension, codes, size: data.size[k]! }
  })
  for (const d of dims) {
    if (!d.dimension || !d.codes || d.codes.length !== d.size) {
      return fileError(
        `JSON-stat-fila er øydelagd: dimensjonen «${d.name}» manglar eller har feil tal på kategoriar.`,
        `JSON-stat-filen er ødelagt: dimensjonen «${d.name}» mangler eller har feil antall kategorier.`
      )
    }
  }
  const total = data.size.reduce((a, b) => a * b, 1)
  if (Array.isArray(data.value) && data.value.length !== total) {
    return fileError(
      `JSON-stat-fila er øydelagd: ho har ${data.value.length} verdiar, men dimensjonane gir ${total}.`,
      `JSON-stat-filen er ødelagt: den har ${data.value.length} verdier, men dimensjonene gir ${total}.`
    )
  }
  const pick = (role: string[] | undefined, fallback: RegExp): string | undefined =>
    role?.[0] ?? data.id.find((name) => fallback.test(name))
  const geo = pick(data.role?.geo, /^region$/i)
  const time = pick(data.role?.time, /^(tid|time)$/i)
  const metric = pick(data.role?.metric, /^contentscode$/i)
  if (!geo || !time) {
    return fileError(
      'JSON-stat-fila manglar dimensjonen for region eller tid (Region, Tid).',
      'JSON-stat-filen mangler dimensjonen for region eller tid (Region, Tid).'
    )
  }

  const cells: Cell[] = []
  const strides = dims.map((_, k) => dims.slice(k + 1).reduce((a, d) => a * d.size, 1))
  for (let flat = 0; flat < total; flat++) {
    const at = dims.map((d, k) => d.codes![Math.floor(flat / strides[k]!) % d.size]!)
    if (!Array.isArray(data.value) && !(String(flat) in data.value)) continue // sparse: no cell
    const number = Array.isArray(data.value) ? (data.value[flat] ?? null) : (data.value[String(flat)] ?? null)
    const status = statusAt(data.status, flat)
    const value = number === null && status !== undefined ? status : number
    const codeOf = (name: string): string => at[data.id.indexOf(name)]!
    const labelOf = (name: string): string | undefined => data.dimension[name]?.category.label?.[codeOf(name)]
    const others: Record<string, string> = {}
    for (const d of dims) if (d.name !== geo && d.name !== time && d.name !== metric) others[d.name] = labelOf(d.name) ?? codeOf(d.name)
    const regionLabel = labelOf(geo)
    const variable = metric ? (labelOf(metric) ?? codeOf(metric)) : undefined
    cells.push({
      where: { nn: `verdi nr. ${flat + 1}`, nb: `verdi nr. ${flat + 1}` },
      region: regionLabel ? { code: codeOf(geo), label: regionLabel } : { code: codeOf(geo) },
      periodLabel: codeOf(time),
      ...(variable !== undefined ? { variable } : {}),
      others,
      value
    })
  }
  if (cells.length === 0) return fileError('JSON-stat-fila har ingen verdiar.', 'JSON-stat-filen har ingen verdier.')
  return resultFromCells('json-stat', data.label, cells)
}
