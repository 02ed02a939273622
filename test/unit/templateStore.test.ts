import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SpleiselagDatabase } from '../../renderer/src/db/database'
import { TemplateStore } from '../../renderer/src/template/templateStore'
import { defaultTemplateMapping } from '../../shared/saksframlegg/templateParts'
import { rawTemplate, WEBSAK_BODY } from '../fixtures/templates/rawTemplate'

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/templates', name)))

let counter = 0
let database: SpleiselagDatabase
let store: TemplateStore

beforeEach(() => {
  database = new SpleiselagDatabase(`spleiselag-template-${++counter}`)
  let clock = Date.parse('2017-10-02T08:00:00Z')
  store = new TemplateStore(database, () => new Date((clock += 60_000)))
})

afterEach(async () => {
  database.close()
  await Dexie.delete(database.name)
})

const macroEnabled = await rawTemplate(WEBSAK_BODY, { macro: true })

const websak = { documentType: 'saksframlegg', fileName: 'websak.docx', bytes: fixture('websak.docx'), loadedBy: 'Anders Teigen' }

describe('the template store', () => {
  it('keeps a template with the places the engine found and the user’s mapping', async () => {
    const first = await store.save(websak)
    if (!first.ok) throw new Error(first.reason)
    const places = first.value.places
    expect(places.map((p) => p.id)).toContain('markers:saksutgreiinga')
    const mapping = defaultTemplateMapping(places)
    const mapped = await store.setMapping('saksframlegg', mapping)
    expect(mapped.ok).toBe(true)
    const loaded = await store.load('saksframlegg')
    if (!loaded.ok) throw new Error(loaded.reason)
    expect(loaded.value).toMatchObject({ fileName: 'websak.docx', loadedBy: 'Anders Teigen', loadedAt: '2017-10-02T08:01:00.000Z' })
    expect(loaded.value.mapping['markers:saksutgreiinga']).toEqual(['vedlegg', 'saksutgreiing'])
    expect(loaded.value.bytes).toEqual(websak.bytes)
  })

  it('keeps the markers it could not use, with the reason, for the settings to show', async () => {
    const body = `<w:p><w:r><w:t>&amp;&amp;&amp; Set inn saksutgreiinga &amp;&amp;&amp;</w:t></w:r></w:p>${WEBSAK_BODY}`
    const saved = await store.save({ ...websak, bytes: await rawTemplate(body) })
    expect(saved.ok && saved.value.unusable).toEqual([{ label: '&&& Set inn saksutgreiinga &&&', reason: 'noDirection' }])
    const loaded = await store.load('saksframlegg')
    expect(loaded.ok && loaded.value.unusable).toEqual([{ label: '&&& Set inn saksutgreiinga &&&', reason: 'noDirection' }])
  })

  it('keeps where a place in the header or footer is', async () => {
    const saved = await store.save({ ...websak, fileName: 'topptekst.docx', bytes: fixture('header-fields.docx') })
    if (!saved.ok) throw new Error(saved.reason)
    const loaded = await store.load('saksframlegg')
    expect(loaded.ok && loaded.value.places.find((p) => p.id === 'placeholder:sakshandsamar')).toMatchObject({ where: 'footer', accepts: 'text' })
  })

  it('reads a template stored before unusable markers were kept as having none', async () => {
    const saved = await store.save(websak)
    if (!saved.ok) throw new Error(saved.reason)
    const { unusable: _, ...older } = saved.value
    await database.templates.put(older as never)
    const loaded = await store.load('saksframlegg')
    expect(loaded.ok && loaded.value.unusable).toEqual([])
  })

  it('replaces a template and removes it', async () => {
    await store.save(websak)
    const replaced = await store.save({ ...websak, fileName: 'bokmerke.docx', bytes: fixture('bookmarks.docx') })
    expect(replaced.ok).toBe(true)
    expect(await database.templates.count()).toBe(1)
    expect((await store.load('saksframlegg')).ok && (await database.templates.get('saksframlegg'))?.fileName).toBe('bokmerke.docx')
    await store.remove('saksframlegg')
    expect(await store.load('saksframlegg')).toEqual({ ok: false, reason: 'notFound' })
  })

  it.each([
    ['a text file', new TextEncoder().encode('Ikkje Word'), 'notWord'],
    ['an empty file', new Uint8Array(), 'notWord'],
    ['a macro-enabled .docm', macroEnabled, 'macroEnabled']
  ])('refuses %s and writes nothing, not even over a template it has', async (_, bytes, reason) => {
    await store.save(websak)
    const before = await database.templates.toArray()
    const result = await store.save({ ...websak, fileName: 'mal.docx', bytes })
    expect(result).toMatchObject({ ok: false, reason: 'refused', refusal: { reason } })
    expect(await database.templates.toArray()).toEqual(before)
  })

  it('refuses a mapping to a place the template does not have', async () => {
    await store.save(websak)
    const result = await store.setMapping('saksframlegg', { 'bookmark:Finst ikkje': ['title'] })
    expect(result).toMatchObject({ ok: false, reason: 'invalid' })
    expect((await store.load('saksframlegg')).ok && (await database.templates.get('saksframlegg'))?.mapping).toEqual({})
  })

  it('refuses a damaged row when reading', async () => {
    await database.templates.put({ documentType: 'saksframlegg', fileName: '', bytes: new Uint8Array(), places: [], mapping: {}, loadedAt: '', loadedBy: '' })
    expect(await store.load('saksframlegg')).toMatchObject({ ok: false, reason: 'malformed' })
  })
})
