/**
 * A small XML reader that keeps every element's offsets in the source text, so a template can be
 * filled by splicing new text into the original string: everything outside the spliced ranges stays
 * byte for byte as the template had it. A tree library that parses and serialises again (xml-js, the
 * `docx` package's `patchDocument`) rewrites the whole part (namespaces, quoting, whitespace), which
 * is what a kommune's template must not suffer.
 *
 * It reads the XML an OOXML package holds: elements, attributes, text, comments, processing
 * instructions and CDATA. A DOCTYPE is refused (OOXML forbids it, and it is the door to entity
 * expansion). Malformed nesting throws `XmlError`.
 */

export class XmlError extends Error {}

export interface XmlElement {
  /** The qualified name as written, e.g. `w:p`. */
  name: string
  attrs: Record<string, string>
  /** Offset of `<` of the start tag. */
  start: number
  /** Offset just after the end tag (or after `/>`). */
  end: number
  /** Offset just after the start tag's `>`; equals `end` for an empty element. */
  contentStart: number
  /** Offset of the end tag's `<`; equals `end` for an empty element. */
  contentEnd: number
  children: XmlElement[]
  parent: XmlElement | undefined
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

/** The offset just after the `>` that closes the tag opened at `from`, skipping quoted values. */
function tagEnd(xml: string, from: number): number {
  let quote = ''
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml[i]
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") quote = c
    else if (c === '>') return i + 1
  }
  throw new XmlError(`Unclosed tag at ${from}`)
}

function skipPast(xml: string, from: number, marker: string): number {
  const at = xml.indexOf(marker, from)
  if (at < 0) throw new XmlError(`Unclosed construct at ${from}`)
  return at + marker.length
}

/** The root element of `xml`, with every element below it. */
export function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  let i = xml.indexOf('<')
  while (i >= 0 && i < xml.length) {
    if (xml.startsWith('<?', i)) i = skipPast(xml, i, '?>')
    else if (xml.startsWith('<!--', i)) i = skipPast(xml, i, '-->')
    else if (xml.startsWith('<![CDATA[', i)) i = skipPast(xml, i, ']]>')
    else if (xml.startsWith('<!', i)) throw new XmlError('DOCTYPE is not allowed')
    else if (xml.startsWith('</', i)) {
      const end = tagEnd(xml, i)
      const name = xml.slice(i + 2, end - 1).trim()
      const open = stack.pop()
      if (!open || open.name !== name) throw new XmlError(`Unexpected </${name}> at ${i}`)
      open.contentEnd = i
      open.end = end
      i = end
    } else {
      const end = tagEnd(xml, i)
      const selfClosing = xml[end - 2] === '/'
      const body = xml.slice(i + 1, selfClosing ? end - 2 : end - 1)
      const name = /^[^\s/>]+/.exec(body)?.[0]
      if (!name) throw new XmlError(`Nameless tag at ${i}`)
      const attrs: Record<string, string> = {}
      for (const m of body.slice(name.length).matchAll(ATTRIBUTE)) attrs[m[1] as string] = decodeXml(m[2] ?? m[3] ?? '')
      const parent = stack[stack.length - 1]
      if (!parent && root) throw new XmlError('More than one root element')
      const element: XmlElement = { name, attrs, start: i, end, contentStart: end, contentEnd: end, children: [], parent }
      if (parent) parent.children.push(element)
      else root = element
      if (!selfClosing) stack.push(element)
      i = end
    }
    i = xml.indexOf('<', i)
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1]?.name}> is not closed`)
  if (!root) throw new XmlError('No root element')
  return root
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16))
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10))
    return ENTITIES[ref] ?? whole
  })
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Every element below `element` (document order) for which `keep` holds; `descend` can stop the walk. */
export function descendants(
  element: XmlElement,
  keep: (e: XmlElement) => boolean,
  descend: (e: XmlElement) => boolean = () => true
): XmlElement[] {
  const found: XmlElement[] = []
  const walk = (e: XmlElement): void => {
    for (const child of e.children) {
      if (keep(child)) found.push(child)
      if (descend(child)) walk(child)
    }
  }
  walk(element)
  return found
}

export function named(name: string): (e: XmlElement) => boolean {
  return (e) => e.name === name
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name)
}

/** The `w:val` of a child such as `<w:tag w:val="x"/>`. */
export function childValue(element: XmlElement, name: string): string | undefined {
  return child(element, name)?.attrs['w:val']
}

export function ancestor(element: XmlElement, name: string): XmlElement | undefined {
  for (let e = element.parent; e; e = e.parent) if (e.name === name) return e
  return undefined
}

/** The text inside an element such as `w:t`, decoded. */
export function innerText(xml: string, element: XmlElement): string {
  const raw = xml.slice(element.contentStart, element.contentEnd)
  return decodeXml(raw.startsWith('<![CDATA[') ? raw.slice(9, -3) : raw)
}
