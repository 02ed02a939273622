import type { Document } from 'docx'
import { buildWordDocument, type WordProducer } from '../document/word'
import type { Maalform } from '../maalform'
import type { DocumentPart, Saksframlegg } from './model'
import { renderSaksframlegg } from './render'

/**
 * The saksframlegg through the document core's Word writer, for the CLI and the tests. The app
 * renders the case itself (its preview shows the same blocks) and hands them to the writer.
 */

export { PAGE, TEXT_WIDTH } from '../document/word'
export { safeSaksframleggName as safeFileName, suggestedFileName, suggestedTemplateFileName } from './fileName'

export interface BuildOptions extends WordProducer {
  part?: DocumentPart
}

/**
 * The saksframlegg as a Word document, wholly in `maalform`. Pack it with `Packer.toBuffer` (Node)
 * or `Packer.toBlob` (browser).
 */
export function buildDocument(doc: Saksframlegg, maalform: Maalform, options: BuildOptions): Document {
  return buildWordDocument(renderSaksframlegg(doc, maalform, options.part ?? 'whole'), { appVersion: options.appVersion })
}
