import { readFileSync } from 'node:fs'
import JSZip from 'jszip'

/** The words of a Word file as a reader meets them: each paragraph (and table cell) a line, no-break spaces as spaces, the
 * word joiners that keep a span such as «2027–2030» on one line (invisible) left out. */
export async function wordText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  return (xml.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<\/w:p>/g) ?? [])
    .map((m) => (m === '</w:p>' ? '\n' : m.replace(/<[^>]+>/g, '')))
    .join('')
    .replace(/\u00a0/g, ' ')
    .replace(/\u2060/g, '')
}
