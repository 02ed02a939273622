import type { DocumentLanguage } from '@shared/document/blocks'
import type { TemplateMapping, TemplatePart } from '@shared/document/template'
import type { WordFile } from './exportWord'

/**
 * A document's parts written into a kommune's own Word template (the engine in
 * shared/document/template, loaded only when the user first uses a template). A mapped part the
 * document does not have (a section the user removed) is written as nothing, so the place is
 * emptied rather than the export refused. Throws when the engine refuses: the template was
 * accepted when it was stored, so a refusal here is a fault, not the user's. A letter that is sent
 * (`dropMarkers`) loses the template's marker lines; a saksframlegg keeps them for the archive. The
 * text written in carries the document's `language`, whatever spelling language the template has.
 */
export async function buildTemplateFile(
  template: Uint8Array,
  mapping: TemplateMapping,
  parts: Readonly<Record<string, TemplatePart>>,
  name: string,
  options: { dropMarkers?: boolean; language?: DocumentLanguage } = {}
): Promise<WordFile> {
  const { fillTemplate } = await import('@shared/document/template')
  const complete: Record<string, TemplatePart> = { ...parts }
  for (const id of Object.values(mapping).flat()) complete[id] ??= { kind: 'blocks', blocks: [] }
  const filled = await fillTemplate(template, mapping, complete, options)
  if (!filled.ok) throw new Error(`The template was refused: ${filled.refusal.reason} ${filled.refusal.detail ?? ''}`)
  return { name, data: new Uint8Array(filled.bytes) }
}
