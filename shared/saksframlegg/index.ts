/**
 * The saksframlegg: model, default case, display blocks. The Word writer is in
 * `./docx` and not re-exported here, so a screen that only previews need not load `docx`.
 */
export * from './model'
export * from './defaults'
export * from './render'
export { textFor, chiefDefinite, type SaksframleggText, type CaseFacts, type InvitationFacts } from './text'
