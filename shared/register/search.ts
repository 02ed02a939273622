import { getPeriod } from './accessors'
import { resolveInPeriod } from './changes'
import { compactName, levenshtein, nameForms, normaliseName, queryVariants } from './normalise'
import type { PeriodId, RegisterFylke, RegisterKommune } from './types'

/** Why a kommune was found, best first. */
export type MatchKind =
  | 'number' // the kommunenummer as typed
  | 'otherNumber' // a number from before or after the period, through the change table
  | 'name' // a whole name or language form: "tysnes", "fuossko"
  | 'namePrefix' // the start of a name or form: "tys"
  | 'wordPrefix' // the start of a word inside a name: "toten" in "Østre Toten"
  | 'numberPrefix' // the start of a number: "12"
  | 'nameContains' // anywhere in a name

export interface KommuneMatch {
  kommune: RegisterKommune
  kind: MatchKind
}

const RANK: Record<MatchKind, number> = {
  number: 0,
  otherNumber: 1,
  name: 2,
  namePrefix: 3,
  wordPrefix: 4,
  numberPrefix: 5,
  nameContains: 6
}

interface Indexed<T> {
  item: T
  /** Compact forms of the official name and each language form. */
  forms: string[]
  /** Every word of every form. */
  words: string[]
}

const indexes = new Map<string, Indexed<RegisterKommune | RegisterFylke>[]>()

function index<T extends RegisterKommune | RegisterFylke>(key: string, items: readonly T[]): Indexed<T>[] {
  let built = indexes.get(key)
  if (!built) {
    built = items.map((item) => {
      const forms = nameForms(item.name)
      return {
        item,
        forms: [...new Set(forms.map(compactName))],
        words: [...new Set(forms.flatMap((f) => normaliseName(f).split(' ')))]
      }
    })
    indexes.set(key, built)
  }
  return built as Indexed<T>[]
}

/** "Tysnes kommune", "kommunen Tysnes" and "Tysnes" are the same query. */
function cleanQuery(query: string): string {
  return normaliseName(query)
    .replace(/\b(kommunen|kommune|kommun|fylkeskommunen|fylkeskommune|fylket|fylke)\b/g, ' ')
    .trim()
}

function nameKind<T extends RegisterKommune | RegisterFylke>(entry: Indexed<T>, variants: string[]): MatchKind | undefined {
  let best: MatchKind | undefined
  const consider = (kind: MatchKind): void => {
    if (best === undefined || RANK[kind] < RANK[best]) best = kind
  }
  for (const q of variants) {
    for (const form of entry.forms) {
      if (form === q) consider('name')
      else if (form.startsWith(q)) consider('namePrefix')
      else if (form.includes(q)) consider('nameContains')
    }
    if (entry.words.some((w) => w.startsWith(q))) consider('wordPrefix')
  }
  return best
}

function byRankThenName<T extends { kind: MatchKind }>(key: (m: T) => string): (a: T, b: T) => number {
  return (a, b) => RANK[a.kind] - RANK[b.kind] || key(a).localeCompare(key(b), 'nb')
}

/**
 * Finds kommunar of a period by number or name, forgiving case, accents and Sami letters:
 * "1223", "tysnes", "TYSNES", "fuossko", "kafjord", "ostre toten". A number from another period
 * finds the kommune it became or came from ("4616" in 2017 finds 1223 Tysnes). Best match first.
 */
export function searchKommunar(period: PeriodId, query: string, limit = 10): KommuneMatch[] {
  // "1223 Tysnes", as lists and documents write a kommune, is looked up by its number.
  const trimmed = query.trim().replace(/^(\d{4})\s+\D.*$/, '$1')
  const matches: KommuneMatch[] = []
  if (/^\d{1,4}$/.test(trimmed)) {
    const kommunar = getPeriod(period).kommunar
    if (trimmed.length === 4) {
      const resolved = resolveInPeriod(period, trimmed)
      for (const kommune of resolved?.kommunar ?? []) {
        matches.push({ kommune, kind: resolved?.relation === 'same' ? 'number' : 'otherNumber' })
      }
    } else {
      const padded = trimmed.length === 1 ? '0' + trimmed : trimmed
      for (const kommune of kommunar) {
        if (kommune.number.startsWith(trimmed) || (trimmed.length === 1 && kommune.number.startsWith(padded))) {
          matches.push({ kommune, kind: 'numberPrefix' })
        }
      }
    }
    return matches.sort((a, b) => a.kommune.number.localeCompare(b.kommune.number)).slice(0, limit)
  }
  const cleaned = cleanQuery(trimmed)
  if (cleaned === '') return []
  const variants = queryVariants(cleaned.replaceAll(' ', ''))
  for (const entry of index(`k${period}`, getPeriod(period).kommunar)) {
    const kind = nameKind(entry, variants)
    if (kind) matches.push({ kommune: entry.item, kind })
  }
  return matches.sort(byRankThenName((m) => m.kommune.name)).slice(0, limit)
}

export interface FylkeMatch {
  fylke: RegisterFylke
  kind: Exclude<MatchKind, 'otherNumber' | 'numberPrefix'>
}

/** Finds fylke of a period by number ("12", "3") or name ("hordaland", "more og romsdal"). */
export function searchFylke(period: PeriodId, query: string, limit = 10): FylkeMatch[] {
  const trimmed = query.trim()
  const fylke = getPeriod(period).fylke
  if (/^\d{1,2}$/.test(trimmed)) {
    const found = fylke.find((f) => f.number === trimmed.padStart(2, '0'))
    return found ? [{ fylke: found, kind: 'number' }] : []
  }
  const cleaned = cleanQuery(trimmed)
  if (cleaned === '') return []
  const variants = queryVariants(cleaned.replaceAll(' ', ''))
  const matches: FylkeMatch[] = []
  for (const entry of index(`f${period}`, fylke)) {
    const kind = nameKind(entry, variants)
    if (kind && kind !== 'otherNumber' && kind !== 'numberPrefix') matches.push({ fylke: entry.item, kind })
  }
  return matches.sort(byRankThenName((m) => m.fylke.name)).slice(0, limit)
}

/**
 * The names closest to an unknown query, for "Meinte du: Tysnes?": edit distance between the
 * normalised query and each name form, within about a third of the query's length.
 */
export function suggestKommunar(period: PeriodId, query: string, max = 3): RegisterKommune[] {
  return suggest(index(`k${period}`, getPeriod(period).kommunar), query, max)
}

export function suggestFylke(period: PeriodId, query: string, max = 3): RegisterFylke[] {
  return suggest(index(`f${period}`, getPeriod(period).fylke), query, max)
}

function suggest<T extends RegisterKommune | RegisterFylke>(entries: Indexed<T>[], query: string, max: number): T[] {
  const cleaned = cleanQuery(query).replaceAll(' ', '')
  if (cleaned.length < 2 || /^\d+$/.test(cleaned)) return []
  const limit = Math.max(1, Math.floor(cleaned.length / 3))
  const scored: { item: T; distance: number }[] = []
  for (const entry of entries) {
    let distance = limit + 1
    for (const q of queryVariants(cleaned)) {
      for (const form of entry.forms) distance = Math.min(distance, levenshtein(q, form, limit))
    }
    if (distance <= limit) scored.push({ item: entry.item, distance })
  }
  return scored
    .sort((a, b) => a.distance - b.distance || a.item.name.localeCompare(b.item.name, 'nb'))
    .slice(0, max)
    .map((s) => s.item)
}
