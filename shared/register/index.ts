/**
 * The kommune register: the kommunar and fylke of 2017 and 2024 with their population, målform
 * and number changes. Pure TypeScript over the embedded resources/data/register.json.
 */
export * from './types'
export * from './accessors'
export * from './changes'
export * from './population'
export * from './search'
export { normaliseName, compactName, levenshtein } from './normalise'
