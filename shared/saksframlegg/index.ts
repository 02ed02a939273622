/**
 * The saksframlegg: model, default case, display blocks, and the rules the editor follows (figures
 * from Bidrag, a copy in the other målform, what a case must have). Its Word writer is in `./docx`
 * and not re-exported here, so a screen that only previews need not load `docx`.
 */
export * from './model'
export * from './defaults'
export * from './invitation'
export * from './render'
export * from './fromContribution'
export * from './otherMaalform'
export * from './caseIssues'
export { textFor, chiefDefinite } from './text'
export type { SaksframleggText, CaseFacts, InvitationFacts } from './textTypes'
export { suggestedFileName, suggestedTemplateFileName } from './fileName'
export * from './valueConflicts'
export * from './headerGaps'
export * from './versionDiff'
export * from './standardChange'
