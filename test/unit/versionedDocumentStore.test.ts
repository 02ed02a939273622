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

  it('refuses a save started from an older version than the stored one, and writes nothing', async () => {
    const created = await store.create({ document: { heading: 'Sak', body: 'først' }, maalform: 'nn', organisationNumber: '4616', author: 'A' })
    if (!created.ok) throw new Error(created.reason)
    const id = created.value.id
    // Two windows open version 1; the first saves version 2.
    expect(await store.save(id, { heading: 'Sak', body: 'frå vindauge A' }, 'A', 1)).toMatchObject({ ok: true, value: { version: 2 } })
    const before = { cases: await database.cases.toArray(), versions: await database.caseVersions.toArray() }
    // The second still stands on version 1: refused, with what is stored now to compare with.
    const refused = await store.save(id, { heading: 'Sak', body: 'frå vindauge B' }, 'B', 1)
    expect(refused).toMatchObject({ ok: false, reason: 'conflict', current: { stored: { version: 2, updatedBy: 'A' }, document: { body: 'frå vindauge A' } } })
    expect({ cases: await database.cases.toArray(), versions: await database.caseVersions.toArray() }).toEqual(before)
    // Keeping mine after seeing theirs: saved on top of version 2, which stays in the history.
    expect(await store.save(id, { heading: 'Sak', body: 'frå vindauge B' }, 'B', 2)).toMatchObject({ ok: true, value: { version: 3 } })
    expect((await store.versions(id)).map((v) => [v.version, (v.document as Note).body])).toEqual([
      [3, 'frå vindauge B'],
      [2, 'frå vindauge A'],
      [1, 'først']
    ])
  })

  it('refuses a save when a restored backup put another version under the editor', async () => {
    const created = await store.create({ document: { heading: 'Sak', body: 'a' }, maalform: 'nn', organisationNumber: '4616', author: 'A' })
    if (!created.ok) throw new Error(created.reason)
    const id = created.value.id
    await store.save(id, { heading: 'Sak', body: 'b' }, 'A', 1)
    await store.save(id, { heading: 'Sak', body: 'c' }, 'A', 2)
    // The backup held the case at version 1: an older version is as much a conflict as a newer one.
    await database.cases.update(id, { version: 1, document: { heading: 'Sak', body: 'a' } })
    expect(await store.save(id, { heading: 'Sak', body: 'd' }, 'A', 3)).toMatchObject({ ok: false, reason: 'conflict', current: { stored: { version: 1 } } })
    expect(await store.load(id)).toMatchObject({ ok: true, value: { document: { body: 'a' } } })
  })

  it('keeps a working copy beside the document without making a version, and drops it when that session saves', async () => {
    const created = await store.create({ document: { heading: 'Sak', body: 'lagra' }, maalform: 'nn', organisationNumber: '4616', author: 'A' })
    if (!created.ok) throw new Error(created.reason)
    const id = created.value.id
    expect(await store.workingCopies(id)).toEqual([])
    expect(await store.keepWorkingCopy(id, 'tab-a', 1, { heading: 'Sak', body: 'skrive, ikkje lagra' })).toEqual({ ok: true, value: undefined })
    expect(await store.workingCopies(id)).toEqual([
      { sessionId: 'tab-a', baseVersion: 1, document: { heading: 'Sak', body: 'skrive, ikkje lagra' }, savedAt: '2024-01-01T00:00:00.000Z' }
    ])
    expect(await store.versions(id)).toHaveLength(1)
    expect(await store.load(id)).toMatchObject({ ok: true, value: { stored: { version: 1 }, document: { body: 'lagra' } } })
    // The session saves more than its copy held (typed after the last write): its copy is done with all the same.
    await store.save(id, { heading: 'Sak', body: 'skrive, ikkje lagra, og meir' }, 'A', 1, 'tab-a')
    expect(await store.workingCopies(id)).toEqual([])
  })

  it('keeps one working copy per session: two tabs typing in the same document do not overwrite each other’s', async () => {
    let clock = Date.parse('2024-01-01T00:00:00Z')
    const timed = new VersionedDocumentStore(note, database, () => new Date((clock += 60_000)))
    const created = await timed.create({ document: { heading: 'Sak', body: 'a' }, maalform: 'nn', organisationNumber: '4616', author: 'A' })
    if (!created.ok) throw new Error(created.reason)
    const id = created.value.id
    await timed.keepWorkingCopy(id, 'tab-a', 1, { heading: 'Sak', body: 'frå fane A' })
    await timed.keepWorkingCopy(id, 'tab-b', 1, { heading: 'Sak', body: 'frå fane B' })
    await timed.keepWorkingCopy(id, 'tab-a', 1, { heading: 'Sak', body: 'frå fane A, meir' })
    // The newest first.
    expect((await timed.workingCopies(id)).map((c) => [c.sessionId, c.document.body])).toEqual([
      ['tab-a', 'frå fane A, meir'],
      ['tab-b', 'frå fane B']
    ])
    // Tab A saves: its copy goes, tab B's (other text, unsaved) stays.
    await timed.save(id, { heading: 'Sak', body: 'frå fane A, meir' }, 'A', 1, 'tab-a')
    expect((await timed.workingCopies(id)).map((c) => c.sessionId)).toEqual(['tab-b'])
  })

  it('drops copies on discard and puts them back as they were on undo, and drops them all when the document is deleted', async () => {
    const created = await store.create({ document: { heading: 'Sak', body: 'a' }, maalform: 'nn', organisationNumber: '4616', author: 'A' })
    if (!created.ok) throw new Error(created.reason)
    const id = created.value.id
    await store.keepWorkingCopy(id, 'tab-a', 1, { heading: 'Sak', body: 'A' })
    await store.keepWorkingCopy(id, 'tab-b', 1, { heading: 'Sak', body: 'B' })
    const before = await store.workingCopies(id)
    await store.discardWorkingCopies(id, ['tab-a', 'tab-b'])
    expect(await store.workingCopies(id)).toEqual([])
    await store.putBackWorkingCopies(id, before)
    expect(await store.workingCopies(id)).toEqual(before)
    await store.discardWorkingCopies(id, ['tab-b'])
    expect((await store.workingCopies(id)).map((c) => c.sessionId)).toEqual(['tab-a'])
    await store.remove(id)
    expect(await database.sessionCopies.count()).toBe(0)
  })

  it('drops, when a document is saved, another session’s copy that holds just the text saved', async () => {
    const created = await store.create({ document: { heading: 'Sak', body: 'a' }, maalform: 'nn', organisationNumber: '4616', author: 'A' })
    if (!created.ok) throw new Error(created.reason)
    const id = created.value.id
    await store.keepWorkingCopy(id, 'tab-b', 1, { heading: 'Sak', body: 'same' })
    await store.save(id, { heading: 'Sak', body: 'same' }, 'A', 1, 'tab-a')
    expect(await store.workingCopies(id)).toEqual([])
  })

  it('keeps no working copy the type refuses, and reads none that no longer passes', async () => {
    const created = await store.create({ document: { heading: 'Sak', body: 'a' }, maalform: 'nn', organisationNumber: '4616', author: 'A' })
    if (!created.ok) throw new Error(created.reason)
    const id = created.value.id
    expect(await store.keepWorkingCopy(id, 'tab-a', 1, { heading: 7 })).toEqual({ ok: false, reason: 'invalid', issues: ['heading or body: not text'] })
    expect(await database.sessionCopies.count()).toBe(0)
    await database.sessionCopies.put({ caseId: id, sessionId: 'tab-a', baseVersion: 1, document: { heading: null }, savedAt: '2024-01-01T00:00:00.000Z' })
    expect(await store.workingCopies(id)).toEqual([])
  })
})
