export * from './model'
export * from './fromCatalogue'
export * from './render'
export type { TilknytingText } from './textTypes'
