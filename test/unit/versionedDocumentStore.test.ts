import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SpleiselagDatabase } from '../../renderer/src/db/database'
import { VersionedDocumentStore, type DocumentType } from '../../renderer/src/db/versionedDocumentStore'

/**
 * The history logic knows nothing of the saksframlegg: a second document type needs only its
 * check and its title. (The saksframlegg's own instance is tested in caseStore.test.ts.)
 */
interface Note {
  heading: string
  body: string
}

const note: DocumentType<Note> = {
  parse(input) {
    const value = input as Partial<Note> | null
    if (typeof value?.heading === 'string' && typeof value.body === 'string') {
      return { ok: true, value: { heading: value.heading, body: value.body } }
    }
    return { ok: false, issues: ['heading or body: not text'] }
  },
  titleOf: (document) => document.heading.toUpperCase()
}

let counter = 0
let database: SpleiselagDatabase
let store: VersionedDocumentStore<Note>

beforeEach(() => {
  database = new SpleiselagDatabase(`spleiselag-documents-${++counter}`)
  store = new VersionedDocumentStore(note, database, () => new Date('2024-01-01T00:00:00Z'))
})

afterEach(async () => {
  database.close()
  await Dexie.delete(database.name)
})

describe('the versioned document store, for any document type', () => {
  it('keeps every version of a document of its type, titled and checked by the type', async () => {
    const created = await store.create({ document: { heading: 'Melding', body: 'a' }, maalform: 'nb', organisationNumber: '4616', author: 'A' })
    if (!created.ok) throw new Error(created.reason)
    expect(created.value.title).toBe('MELDING')
    await store.save(created.value.id, { heading: 'Melding om vedtak', body: 'b' }, 'B')
    expect((await store.versions(created.value.id)).map((v) => [v.version, v.savedBy])).toEqual([
      [2, 'B'],
      [1, 'A']
    ])
    expect(await store.save(created.value.id, { heading: 1 }, 'B')).toEqual({ ok: false, reason: 'invalid', issues: ['heading or body: not text'] })
    expect(await store.load(created.value.id)).toMatchObject({ ok: true, value: { document: { heading: 'Melding om vedtak', body: 'b' } } })
  })

  it('lists each document with its checked document, or null where the stored one does not pass', async () => {
    const good = await store.create({ document: { heading: 'God', body: '' }, maalform: 'nn', organisationNumber: '4616', author: 'A' })
    const bad = await store.create({ document: { heading: 'Skadd', body: '' }, maalform: 'nn', organisationNumber: '4616', author: 'A' })
    if (!good.ok || !bad.ok) throw new Error('create failed')
    await database.cases.update(bad.value.id, { document: { heading: null } })
    const listed = await store.listChecked('4616')
    expect(listed.map((l) => [l.stored.title, l.document])).toEqual(
      expect.arrayContaining([
        ['GOD', { heading: 'God', body: '' }],
        ['SKADD', null]
      ])
    )
    expect(await store.listChecked('1719')).toEqual([])
  })
})
