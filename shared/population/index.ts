/**
 * Population figures the user supplies: typed (count.ts), or read from a file exported from SSB's
 * Statistikkbanken as CSV (ssbCsv.ts) or JSON-stat 2.0 (ssbJsonStat.ts), both checked alike
 * (ssbRows.ts).
 */
export { parsePopulation, POPULATION_ERRORS, type PopulationParseResult } from './count'
export { parseSsbCsv } from './ssbCsv'
export { parseSsbFile } from './ssbFile'
export { parseSsbJsonStat } from './ssbJsonStat'
export { parseSsbPeriod, referenceDate, type SsbPeriod } from './ssbPeriod'
export {
  importedFigureAt,
  isPopulationVariable,
  type ImportedPopulationRow,
  type ImportProblem,
  type SsbImportResult
} from './ssbRows'
