import { getKommune } from './accessors'
import { REGISTER_DATA } from './data'
import { compactName, nameForms } from './normalise'
import type { NumberChange, PeriodId, RegisterKommune } from './types'

/** One step in a kommune's history: the number it became (or came from), when, and from which. */
export interface NumberStep {
  number: string
  name: string
  /** The date the change took effect (ISO). */
  date: string
  /** The number this step was reached from: the older one for a successor, the newer one for a predecessor. */
  via: string
}

const byFrom = new Map<string, NumberChange[]>()
const byTo = new Map<string, NumberChange[]>()
for (const change of REGISTER_DATA.changes) {
  byFrom.set(change.from, [...(byFrom.get(change.from) ?? []), change])
  byTo.set(change.to, [...(byTo.get(change.to) ?? []), change])
}

function groupByDate(changes: NumberChange[]): Map<string, NumberChange[]> {
  const groups = new Map<string, NumberChange[]>()
  for (const c of changes) groups.set(c.date, [...(groups.get(c.date) ?? []), c])
  return groups
}

function sortSteps(steps: Map<string, NumberStep>, newestFirst: boolean): NumberStep[] {
  return [...steps.values()].sort(
    (a, b) => (newestFirst ? b.date.localeCompare(a.date) : a.date.localeCompare(b.date)) || a.number.localeCompare(b.number)
  )
}

/**
 * The way a walk through the change table goes: forward to the numbers a kommune went into, or
 * back to the numbers it came from.
 */
interface Direction {
  /** The changes at the number the walk stands on. */
  changes: ReadonlyMap<string, NumberChange[]>
  /** The end of a change the walk moves to. */
  next: (change: NumberChange) => { number: string; name: string }
  forward: boolean
}

const FORWARD: Direction = { changes: byFrom, next: (c) => ({ number: c.to, name: c.toName }), forward: true }
const BACKWARD: Direction = { changes: byTo, next: (c) => ({ number: c.from, name: c.fromName }), forward: false }

/**
 * Every step from a number beyond `bound` (exclusive), one date at a time in the walk's
 * direction. The number itself goes on past a date only if a change there keeps it (a change of
 * name); otherwise it ends (or begins) there.
 */
function walkChanges(kommunenummer: string, bound: string, { changes, next, forward }: Direction): NumberStep[] {
  const steps = new Map<string, NumberStep>()
  const walk = (number: string, since: string): void => {
    const beyond = (changes.get(number) ?? []).filter((c) => (forward ? c.date > since : c.date < since))
    const dates = [...groupByDate(beyond)].sort(([a], [b]) => (forward ? a.localeCompare(b) : b.localeCompare(a)))
    for (const [date, onDate] of dates) {
      for (const c of onDate.filter((c) => next(c).number !== number)) {
        const { number: reached, name } = next(c)
        const key = `${reached}@${c.date}`
        if (steps.has(key)) continue
        steps.set(key, { number: reached, name, date: c.date, via: number })
        walk(reached, c.date)
      }
      if (!onDate.some((c) => next(c).number === number)) return
      since = date
    }
  }
  walk(kommunenummer, bound)
  return sortSteps(steps, !forward)
}

/**
 * Every number a kommunenummer went into after `after` (ISO, exclusive), following merges,
 * splits and renumberings to the end: 1223 → 4616 (2020); 0720 Stokke → 0704 and 0710 (2017) →
 * 3803 and 3804 (2020) → 3905 and 3907 (2024). A row from a number to itself is a change of
 * name only; the number lives on and is followed further.
 */
export function successorsOf(kommunenummer: string, after = '0000-01-01'): NumberStep[] {
  return walkChanges(kommunenummer, after, FORWARD)
}

/**
 * Every number a kommunenummer came from before `before` (ISO, exclusive), newest first:
 * 4616 ← 1223 (2020); 5037 ← 1719 Levanger (2018).
 */
export function predecessorsOf(kommunenummer: string, before = '9999-12-31'): NumberStep[] {
  return walkChanges(kommunenummer, before, BACKWARD)
}

/** How a number given by the user relates to the kommunar of a period. */
export interface PeriodMatch {
  /** 'same': the number is in the period; 'successor'/'predecessor': reached through the change table. */
  relation: 'same' | 'successor' | 'predecessor'
  kommunar: RegisterKommune[]
}

/**
 * The kommune(s) of a period that a number stands for: itself, or the period's kommunar it went
 * into or came from. 4616 in 2017 is 1223 Tysnes; 1806 Narvik in 2017 is three kommunar (1805
 * Narvik, 1850 Tysfjord, 1854 Ballangen), and the caller must ask which one.
 */
export function resolveInPeriod(period: PeriodId, kommunenummer: string): PeriodMatch | undefined {
  const own = getKommune(period, kommunenummer)
  if (own) return { relation: 'same', kommunar: [own] }
  const inPeriod = (steps: NumberStep[]): RegisterKommune[] => {
    const numbers = [...new Set(steps.map((s) => s.number))]
    return numbers.flatMap((n) => getKommune(period, n) ?? []).sort((a, b) => a.number.localeCompare(b.number))
  }
  const later = inPeriod(successorsOf(kommunenummer))
  if (later.length > 0) return { relation: 'successor', kommunar: later }
  const earlier = inPeriod(predecessorsOf(kommunenummer))
  if (earlier.length > 0) return { relation: 'predecessor', kommunar: earlier }
  return undefined
}

/**
 * The kommune(s) of `period` a kommune of today was, when its number has changed since: 5037
 * Levanger was 1719 in 2017, 4616 Tysnes was 1223. Empty when the number is the same, so only a
 * changed number is worth saying.
 */
export function earlierKommunar(period: PeriodId, kommunenummer: string): RegisterKommune[] {
  const match = resolveInPeriod(period, kommunenummer)
  return match && match.relation !== 'same' ? match.kommunar : []
}

/**
 * The earlier numbers as the setup shows them beside today's. When one of the earlier kommunar
 * bears the same name (in any of its language forms), its number alone: «1719» for 5037 Levanger -
 * Levangke, «1601» for Trondheim, which took in Klæbu, «1534» for Haram, split out again from
 * Ålesund. Else number and name of each («0122 Trøgstad, 0123 Spydeberg, …» for Indre Østfold).
 * Undefined when there is nothing to say.
 */
export function earlierNumbersText(name: string, earlier: readonly Pick<RegisterKommune, 'number' | 'name'>[]): string | undefined {
  if (earlier.length === 0) return undefined
  const forms = new Set(nameForms(name).map(compactName))
  const namesake = earlier.filter((k) => nameForms(k.name).some((f) => forms.has(compactName(f))))
  if (namesake.length === 1) return namesake[0]!.number
  return earlier.map((k) => `${k.number} ${k.name}`).join(', ')
}
