import type { PopulationFigure } from '../contribution'
import { getFylke, getKommune, getPeriod } from './accessors'
import type { PeriodId, PopulationEntry } from './types'

/** The newest entry on or before `date`: a figure from after the date could not have been known. */
export function newestNotAfter(entries: readonly PopulationEntry[], date: string): PopulationEntry | undefined {
  let best: PopulationEntry | undefined
  for (const entry of entries) if (entry.date <= date && (!best || entry.date > best.date)) best = entry
  return best
}

function figure(period: PeriodId, entry: PopulationEntry, ofFylke: boolean): PopulationFigure {
  const source = getPeriod(period).populationSource
  let citation = source.citation
  let nn = source.label.nn
  let nb = source.label.nb
  if (entry.publishedAs) {
    citation += `, kommunenummer ${entry.publishedAs}`
    nn += `, publisert under kommunenummer ${entry.publishedAs}`
    nb += `, publisert under kommunenummer ${entry.publishedAs}`
  }
  if (ofFylke) {
    nn += ', sum av kommunane i fylket'
    nb += ', sum av kommunene i fylket'
  }
  // A source that does not date its figures (norway-geodata, 2024) is no source a council can cite.
  const uncited = source.dateNote ? { dateUnknown: true as const, sourceUnknown: true as const } : {}
  return { count: entry.count, date: entry.date, source: citation, sourceText: { nn, nb }, ...uncited, origin: 'embedded' }
}

/**
 * The embedded population of a kommune that a calculation on `date` would use: the newest figure
 * not after the date. For KS's invitation of 2017-09-08 that is the 1.1.2017 figure (Tysnes: 2 847).
 * Undefined if the kommune is not in the period or has no figure that early.
 */
export function kommunePopulationAt(period: PeriodId, kommunenummer: string, date: string): PopulationFigure | undefined {
  const kommune = getKommune(period, kommunenummer)
  const entry = kommune && newestNotAfter(kommune.population, date)
  return entry && figure(period, entry, false)
}

/** The same for a fylke: the sum of its kommunar on the newest date all of them have a figure for. */
export function fylkePopulationAt(period: PeriodId, fylkesnummer: string, date: string): PopulationFigure | undefined {
  const fylke = getFylke(period, fylkesnummer)
  const entry = fylke && newestNotAfter(fylke.population, date)
  return entry && figure(period, entry, true)
}

/** The dates the period has kommune figures for, ascending. */
export function populationDates(period: PeriodId): string[] {
  const dates = new Set<string>()
  for (const k of getPeriod(period).kommunar) for (const p of k.population) dates.add(p.date)
  return [...dates].sort()
}
