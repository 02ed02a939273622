import type { RenderedDocument } from '@shared/document'
import { version } from '../../../package.json'

export interface WordFile {
  name: string
  data: Uint8Array<ArrayBuffer>
}

/**
 * The Word file of a rendered document, of any type, with the app's version in its properties
 * (Vite keeps only `version` of package.json in the bundle). The writer (shared/document/word.ts and the
 * docx package, the largest part of the renderer) is loaded only when the user first exports, so
 * it is not in the bundle every start has to load.
 */
export async function buildWordFile(rendered: RenderedDocument, name: string): Promise<WordFile> {
  const [{ buildWordDocument }, { Packer }] = await Promise.all([import('@shared/document/word'), import('docx')])
  const blob = await Packer.toBlob(buildWordDocument(rendered, { appVersion: version }))
  return { name, data: new Uint8Array(await blob.arrayBuffer()) }
}
