import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { inspectTemplate, type InspectResult } from '../../shared/document/template'
import { parseXml, XmlError } from '../../shared/document/template/xml'
import { defaultTemplateMapping } from '../../shared/saksframlegg/templateParts'
import { documentXml, rawTemplate, splitMarker, WEBSAK_BODY } from '../fixtures/templates/rawTemplate'

function refusal(result: InspectResult): string | undefined {
  return result.ok ? undefined : result.refusal.reason
}

describe('inspectTemplate', () => {
  it('finds the marker pairs split over runs, the bookmarks, controls and placeholders', async () => {
    const result = await inspectTemplate(await rawTemplate(WEBSAK_BODY))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.template.places).toEqual([
      {
        id: 'markers:saksutgreiinga',
        kind: 'markers',
        name: 'saksutgreiinga',
        label: '&&& Set inn vedlegga og saksutgreiinga under &&&',
        accepts: 'blocks'
      },
      { id: 'markers:innstillinga', kind: 'markers', name: 'innstillinga', label: '&&& Set inn innstillinga under &&&', accepts: 'blocks' },
      // Word's own `_GoBack` is no place.
      { id: 'bookmark:Sakshandsamar', kind: 'bookmark', name: 'Sakshandsamar', label: 'Sakshandsamar', accepts: 'both' },
      { id: 'bookmark:Saksgang', kind: 'bookmark', name: 'Saksgang', label: 'Saksgang', accepts: 'both' },
      { id: 'control:arkivsak', kind: 'control', name: 'arkivsak', label: 'Arkivsak', accepts: 'text' },
      { id: 'control:vedtak', kind: 'control', name: 'vedtak', label: 'Vedtak', accepts: 'both' },
      { id: 'placeholder:tittel', kind: 'placeholder', name: 'tittel', label: '{{tittel}}', accepts: 'text' },
      { id: 'placeholder:dato', kind: 'placeholder', name: 'dato', label: '{{dato}}', accepts: 'text' }
    ])
    expect(result.template.isTemplate).toBe(false)
    expect(result.template.styles).toContainEqual({ id: 'Overskrift1', name: 'heading 1', type: 'paragraph' })
  })

  it('pairs the bokmål markers by their words and maps them by default', async () => {
    const body = [
      splitMarker('...', 'Sett inn vedleggene og saksutredningen under'),
      '<w:p/>',
      splitMarker('...', 'Sett inn saksutredningen over'),
      splitMarker(':::', 'Sett inn innstillingen under'),
      splitMarker(':::', 'Sett inn innstillingen over')
    ].join('')
    const result = await inspectTemplate(await rawTemplate(body))
    if (!result.ok) throw new Error(result.refusal.reason)
    expect(defaultTemplateMapping(result.template.places)).toEqual({
      'markers:saksutredningen': ['vedlegg', 'saksutgreiing'],
      'markers:innstillingen': ['innstilling']
    })
  })

  it('maps marker pairs by their order when their words are not WebSak’s', async () => {
    const body = ['<w:p><w:r><w:t>&amp;&amp;&amp; A under &amp;&amp;&amp;</w:t></w:r></w:p>', '<w:p><w:r><w:t>&amp;&amp;&amp; A over &amp;&amp;&amp;</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>&amp;&amp;&amp; B under &amp;&amp;&amp;</w:t></w:r></w:p>', '<w:p><w:r><w:t>&amp;&amp;&amp; B over &amp;&amp;&amp;</w:t></w:r></w:p>'].join('')
    const result = await inspectTemplate(await rawTemplate(body))
    if (!result.ok) throw new Error(result.refusal.reason)
    expect(defaultTemplateMapping(result.template.places)).toEqual({ 'markers:a': ['vedlegg', 'saksutgreiing'], 'markers:b': ['innstilling'] })
  })

  it('reports a marker without "under"/"over", or with nothing before it, as unusable, and uses the pairs beside it', async () => {
    const line = (text: string) => `<w:p><w:r><w:t>${text.replace(/&/g, '&amp;')}</w:t></w:r></w:p>`
    const body = [
      line('&&& Set inn saksutgreiinga &&&'),
      splitMarker('...', 'Set inn innstillinga under'),
      '<w:p/>',
      splitMarker('...', 'Set inn innstillinga over'),
      line('&&& under &&& (Ikkje slett denne lina)')
    ].join('')
    const result = await inspectTemplate(await rawTemplate(body))
    if (!result.ok) throw new Error(result.refusal.reason)
    expect(result.template.places.map((p) => p.id)).toEqual(['markers:innstillinga'])
    expect(result.template.unusable).toEqual([
      { label: '&&& Set inn saksutgreiinga &&&', reason: 'noDirection' },
      { label: '&&& under &&&', reason: 'noKey' }
    ])
    const whole = await inspectTemplate(await rawTemplate(WEBSAK_BODY))
    expect(whole.ok && whole.template.unusable).toEqual([])
  })

  it('reads a .dotx as a template', async () => {
    const result = await inspectTemplate(await rawTemplate(WEBSAK_BODY, { template: true }))
    expect(result.ok && result.template.isTemplate).toBe(true)
  })
})

describe('inspectTemplate refuses', () => {
  const ole = (extra: number[] = []) => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array<number>(504).fill(0), ...extra])
  const utf16 = (text: string) => Array.from(text).flatMap((c) => [c.charCodeAt(0), 0])
  const zipOf = async (files: Record<string, string>) => {
    const zip = new JSZip()
    for (const [name, text] of Object.entries(files)) zip.file(name, text)
    return zip.generateAsync({ type: 'uint8array' })
  }
  const only = (marker: string) => `<w:p><w:r><w:t>&amp;&amp;&amp; ${marker} &amp;&amp;&amp;</w:t></w:r></w:p>`

  const cases: [string, () => Promise<Uint8Array> | Uint8Array, string, string?][] = [
    ['a text file', () => new TextEncoder().encode('Dette er ikkje Word'), 'notWord'],
    ['a Word 97–2003 .doc', () => ole(utf16('WordDocument')), 'legacyWord'],
    ['a password-protected .docx', () => ole(utf16('EncryptionInfo')), 'encrypted'],
    ['a macro-enabled .docm', () => rawTemplate(WEBSAK_BODY, { macro: true }), 'macroEnabled'],
    ['a macro-enabled .dotm', () => rawTemplate(WEBSAK_BODY, { macro: true, template: true }), 'macroEnabled'],
    ['a zip that is not Word', () => zipOf({ 'mimetype': 'application/vnd.oasis.opendocument.text' }), 'noMainPart'],
    [
      'a template with editing restricted',
      () => rawTemplate(WEBSAK_BODY, { settings: '<w:documentProtection w:edit="readOnly" w:enforcement="1"/>' }),
      'protected'
    ],
    ['a main part that is not XML', () => rawTemplate('', { rawDocument: '<w:document><w:body><w:p></w:body>' }), 'unreadable'],
    ['a marker without its partner', () => rawTemplate(only('Set inn saksutgreiinga under')), 'unpairedMarker', '&&& Set inn saksutgreiinga under &&&'],
    ['an "over" marker first', () => rawTemplate(only('Set inn innstillinga over')), 'unpairedMarker', '&&& Set inn innstillinga over &&&'],
    [
      'a pair whose words differ',
      () => rawTemplate(only('Set inn saksutgreiinga under') + only('Set inn innstillinga over')),
      'unpairedMarker',
      '&&& Set inn saksutgreiinga under &&&'
    ],
    [
      'both markers in one paragraph',
      () => rawTemplate('<w:p><w:r><w:t>&amp;&amp;&amp; Set inn innstillinga under &amp;&amp;&amp; &amp;&amp;&amp; Set inn innstillinga over &amp;&amp;&amp;</w:t></w:r></w:p>'),
      'markersInOneParagraph'
    ],
    ['a document with no place', () => rawTemplate('<w:p><w:r><w:t>Berre tekst</w:t></w:r></w:p>'), 'noPlaces'],
    ['no place but a marker that is none', () => rawTemplate(only('Set inn saksutgreiinga')), 'unusableMarker', '&&& Set inn saksutgreiinga &&&']
  ]
  for (const [what, make, reason, detail] of cases) {
    it(what, async () => {
      const result = await inspectTemplate(await make())
      expect(refusal(result)).toBe(reason)
      if (detail && !result.ok) expect(result.refusal.detail).toBe(detail)
    })
  }

  it('two "under" markers in a row', async () => {
    const twice = '<w:p><w:r><w:t>&amp;&amp;&amp; Set inn innstillinga under &amp;&amp;&amp;</w:t></w:r></w:p>'
    expect(refusal(await inspectTemplate(await rawTemplate(twice + twice)))).toBe('unpairedMarker')
  })

  it('editing restrictions that are not enforced do not count', async () => {
    const result = await inspectTemplate(await rawTemplate(WEBSAK_BODY, { settings: '<w:documentProtection w:edit="readOnly" w:enforcement="0"/>' }))
    expect(result.ok).toBe(true)
  })
})

describe('the XML reader', () => {
  it('keeps offsets of every element, attributes with ">" in quotes, and decodes entities', () => {
    const xml = '<?xml version="1.0"?><!-- c --><a x="1&gt;2" y=\'q\'><b/><c>t &amp; <![CDATA[<x>]]></c></a>'
    const root = parseXml(xml)
    expect(root.attrs).toEqual({ x: '1>2', y: 'q' })
    expect(root.children.map((c) => xml.slice(c.start, c.end))).toEqual(['<b/>', '<c>t &amp; <![CDATA[<x>]]></c>'])
    expect(xml.slice(root.start, root.end)).toBe(xml.slice(xml.indexOf('<a ')))
  })

  it('throws on bad nesting and on a DOCTYPE', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow(XmlError)
    expect(() => parseXml('<!DOCTYPE a [<!ENTITY x "y">]><a/>')).toThrow(XmlError)
    expect(() => parseXml('<a>')).toThrow(XmlError)
  })

  it('reads a document the fixture builder wrote', () => {
    expect(parseXml(documentXml('<w:p/>')).name).toBe('w:document')
  })
})
