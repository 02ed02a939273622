import type { DocumentLanguage } from '../blocks'

/**
 * The language the app's text is written in, on every run it puts into a template. A kommune's
 * template carries its own spelling language (a nynorsk brevmal says nn-NO in its styles), and a
 * bokmål letter written into it would have every word marked misspelt (set 14, C13).
 */

/** The run properties that follow `w:lang` in the schema's order; it goes before the first of them. */
const AFTER_LANG = /<w:(eastAsianLayout|specVanish|oMath|rPrChange)[\s/>]/
const RUN_START = /<w:r(?:\s[^>]*)?>(?:<w:rPr\/>|<w:rPr>[\s\S]*?<\/w:rPr>)?/g

/** Run properties (`<w:rPr>…</w:rPr>`, `<w:rPr/>` or '') with the language set, other attributes of a `w:lang` kept. */
export function withLanguage(rPr: string, language: DocumentLanguage): string {
  const value = `w:val="${language}"`
  const own = /<w:lang\b[^>]*\/>/.exec(rPr)
  if (own) {
    const element = /\bw:val="[^"]*"/.test(own[0]) ? own[0].replace(/\bw:val="[^"]*"/, value) : own[0].replace('<w:lang', `<w:lang ${value}`)
    return rPr.slice(0, own.index) + element + rPr.slice(own.index + own[0].length)
  }
  const tag = `<w:lang ${value}/>`
  if (rPr === '' || rPr === '<w:rPr/>') return `<w:rPr>${tag}</w:rPr>`
  const after = rPr.search(AFTER_LANG)
  const at = after >= 0 ? after : rPr.lastIndexOf('</w:rPr>')
  return rPr.slice(0, at) + tag + rPr.slice(at)
}

/** WordprocessingML the app wrote (paragraphs, tables or runs) with each run in `language`. */
export function inLanguage(xml: string, language: DocumentLanguage): string {
  return xml.replace(RUN_START, (match) => {
    const open = /^<w:r(?:\s[^>]*)?>/.exec(match)?.[0] ?? '<w:r>'
    return open + withLanguage(match.slice(open.length), language)
  })
}
