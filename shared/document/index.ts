/**
 * The document core: display blocks, text cleaning, free-text blocks and file names, for every
 * council document. The Word writer is in `./word` and not re-exported here, so a screen that only
 * previews need not load `docx`.
 */
export * from './blocks'
export * from './text'
export * from './textBlocks'
export * from './fileName'
export * from './placeholder'
