import type { DisplayBlock, RenderedDocument } from './blocks'

/**
 * Text as a document may hold it. Word's XML cannot hold some characters, and a tab or a line
 * break inside a run would stand as a literal character: every text a user typed passes here
 * before it becomes a block.
 */

/**
 * Characters Word's XML cannot hold, and tabs and line breaks, which would stand as literal
 * characters inside a run. A newline splits a paragraph in two instead (see `splitParagraphs`).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

export function cleanText(text: string): string {
  return text.replace(UNSAFE, '').replace(/\t/g, ' ')
}

/** U+2060 WORD JOINER: no line break on either side of it, and nothing to see. */
export const WORD_JOINER = '\u2060'

/**
 * A span of numbers as a page shows it: "2027–2030", "5 000–10 000" kept on one line. A line may
 * break after an en dash, so a span could end one line and start the next; a word joiner on each
 * side of the dash forbids that (Word and LibreOffice both honour it; a no-break hyphen is for the
 * hyphen only). The Word writers pass every run through here; the model's text keeps the plain dash.
 */
export function keepSpansTogether(text: string): string {
  return text.replace(/(\d)\u2013(?=\d)/g, `$1${WORD_JOINER}\u2013${WORD_JOINER}`)
}

/** A title, a name or a list item: line breaks become spaces. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s*[\r\n]+\s*/g, ' ').trim()
}

/** Each line its own paragraph, blank lines dropped. */
export function splitParagraphs(text: string): string[] {
  return cleanText(text)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
}

/** One block's words, as plainText writes them. */
export function blockText(block: DisplayBlock): string {
  switch (block.type) {
    case 'heading':
    case 'quote':
      return block.text
    case 'paragraph':
      return block.runs.map((r) => (r.breakBefore ? `\n${r.text}` : r.text)).join('')
    case 'fields':
      return block.rows.map((r) => `${r.label}: ${r.value}`).join('\n')
    case 'table':
      return [block.columns.map((c) => c.label), ...block.rows].map((row) => row.join('\t')).join('\n')
    case 'list':
      return block.items.join('\n')
  }
}

/** All words of a rendered document, one block a line: for search, the målform check and tests. */
export function plainText(rendered: RenderedDocument): string {
  const { page, of } = rendered.meta.footer
  return [...rendered.blocks.map(blockText), `${page} 1 ${of} 1`].join('\n')
}
