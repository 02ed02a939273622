export * from './model'
export * from './render'
export type { MeldingText } from './textTypes'
export * from './fromParticipation'
