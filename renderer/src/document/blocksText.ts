import type { TextBlock } from '@shared/document'

/**
 * A document's free-text blocks (a saksframlegg's section) as the text in one textarea, and back:
 *
 * - a blank line separates paragraphs;
 * - a line that starts with "- " is an item of a bullet list (one item per line);
 * - a line that starts with "> " is a quote.
 *
 * Plain text that follows none of the marks stays plain paragraphs, so a user who never types a
 * mark gets what they typed.
 */

const BULLET = /^\s*[-–•*]\s+/
const QUOTE = /^\s*>\s?/

export function blocksToText(blocks: readonly TextBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return block.text.trim()
        case 'quote':
          return block.text
            .trim()
            .split(/\r\n|\r|\n/)
            .map((line) => `> ${line.trim()}`)
            .join('\n')
        case 'bullets':
          return block.items.map((item) => `- ${item.trim()}`).join('\n')
      }
    })
    .filter((text) => text.length > 0)
    .join('\n\n')
}

type LineKind = 'paragraph' | 'bullets' | 'quote'

function kindOf(line: string): LineKind {
  if (BULLET.test(line)) return 'bullets'
  if (QUOTE.test(line)) return 'quote'
  return 'paragraph'
}

export function textToBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = []
  const chunks = text
    .replace(/\r\n|\r/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.split('\n').filter((line) => line.trim().length > 0))
  for (const lines of chunks) {
    let run: { kind: LineKind; lines: string[] } | null = null
    const flush = (): void => {
      if (!run) return
      if (run.kind === 'bullets') blocks.push({ type: 'bullets', items: run.lines.map((l) => l.replace(BULLET, '').trim()) })
      else if (run.kind === 'quote') blocks.push({ type: 'quote', text: run.lines.map((l) => l.replace(QUOTE, '').trim()).join('\n') })
      else blocks.push({ type: 'paragraph', text: run.lines.map((l) => l.trim()).join('\n') })
      run = null
    }
    for (const line of lines) {
      const kind = kindOf(line)
      if (run && run.kind === kind) run.lines.push(line)
      else {
        flush()
        run = { kind, lines: [line] }
      }
    }
    flush()
  }
  return blocks
}

/** One entry a line (vedlegg, andre saksdokument); blank lines are dropped. */
export function textToLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
}
