import type { Maalform } from '@shared/maalform'
import type { DocumentPart, Saksframlegg } from '@shared/saksframlegg'

export interface WordFile {
  name: string
  data: Uint8Array<ArrayBuffer>
}

/**
 * The Word file of a case. The writer (shared/saksframlegg/docx.ts and the docx package, the
 * largest part of the renderer) is loaded only when the user first exports, so it is not in the
 * bundle every start has to load.
 */
export async function buildWordFile(doc: Saksframlegg, maalform: Maalform, part: DocumentPart): Promise<WordFile> {
  const [{ buildDocument, suggestedFileName }, { Packer }] = await Promise.all([
    import('@shared/saksframlegg/docx'),
    import('docx')
  ])
  const blob = await Packer.toBlob(buildDocument(doc, maalform, { part }))
  return { name: suggestedFileName(doc, part, maalform), data: new Uint8Array(await blob.arrayBuffer()) }
}
