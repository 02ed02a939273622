import { z } from 'zod'
import { TEXT_LIMITS } from '../limits'
import type { BlockOrigin, DisplayBlock } from './blocks'
import { oneLine, splitParagraphs } from './text'

/**
 * What a user writes in a document's free-text parts (a section of a saksframlegg, the body of a
 * letter), stored as plain JSON and drawn as display blocks.
 *
 * Text is plain: no markup. A newline in a paragraph starts a new paragraph when rendered, so Word
 * never gets a literal newline inside a run.
 */
export type TextBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'bullets'; items: string[] }
  | { type: 'quote'; text: string }

export const textBlockSchema: z.ZodType<TextBlock> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string().max(TEXT_LIMITS.longText) }),
  z.object({ type: z.literal('bullets'), items: z.array(z.string().max(TEXT_LIMITS.longText)) }),
  z.object({ type: z.literal('quote'), text: z.string().max(TEXT_LIMITS.longText) })
])

/** The blocks as the document shows them, each tagged with the part of the model it comes from. */
export function renderTextBlocks<P extends string>(blocks: readonly TextBlock[], origin: BlockOrigin<P>): DisplayBlock<P>[] {
  return blocks.flatMap((block): DisplayBlock<P>[] => {
    switch (block.type) {
      case 'paragraph':
        return splitParagraphs(block.text).map((text) => ({ type: 'paragraph', role: 'body', runs: [{ text }], origin }))
      case 'quote':
        return splitParagraphs(block.text).map((text) => ({ type: 'quote', text, origin }))
      case 'bullets': {
        const items = block.items.map(oneLine).filter((item) => item.length > 0)
        return items.length > 0 ? [{ type: 'list', ordered: false, items, origin }] : []
      }
    }
  })
}
