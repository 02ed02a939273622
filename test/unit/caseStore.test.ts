import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DIGIFIN_2017 } from '../../shared/financingRound'
import { plainText, renderSaksframlegg } from '../../shared/saksframlegg/render'
import { foreignWords } from '../../shared/purity'
import { caseValues, type Saksframlegg } from '../../shared/saksframlegg/model'
import { sectionBlocks } from '../../shared/saksframlegg/defaults'
import { rebuildInMaalform } from '../../shared/saksframlegg/otherMaalform'
import { SpleiselagDatabase } from '../../renderer/src/db/database'
import { blocksToText, textToBlocks, textToLines } from '../../renderer/src/document/blocksText'
import { CaseStore } from '../../renderer/src/saksframlegg/caseStore'
import { validateDraft } from '../../renderer/src/saksframlegg/draft'
import { tysnes, tysnesContribution } from '../fixtures/saksframlegg/cases'

let counter = 0
let database: SpleiselagDatabase
let store: CaseStore
let clock: number

beforeEach(() => {
  database = new SpleiselagDatabase(`spleiselag-cases-${++counter}`)
  clock = Date.parse('2017-10-02T08:00:00Z')
  // Each call is one minute later, so the order of saves is plain in the assertions.
  store = new CaseStore(database, () => new Date((clock += 60_000)))
})

afterEach(async () => {
  database.close()
  await Dexie.delete(database.name)
})

async function created(doc: Saksframlegg = tysnes('nn'), author = 'Anders Teigen') {
  const result = await store.create({ document: doc, maalform: 'nn', organisationNumber: '4616', author, roundId: DIGIFIN_2017.id })
  if (!result.ok) throw new Error(`create failed: ${result.reason}`)
  return result.value
}

async function counts(): Promise<{ cases: number; versions: number }> {
  return { cases: await database.cases.count(), versions: await database.caseVersions.count() }
}

describe('the case store', () => {
  it('creates a case with its first version, and lists it for its organisation only', async () => {
    const stored = await created()
    expect(stored).toMatchObject({
      title: tysnes('nn').title,
      maalform: 'nn',
      organisationNumber: '4616',
      updatedBy: 'Anders Teigen',
      version: 1,
      roundId: DIGIFIN_2017.id
    })
    expect(stored.createdAt).toBe(stored.updatedAt)
    expect(await store.list('4616')).toHaveLength(1)
    expect(await store.list('1719')).toHaveLength(0)
    const versions = await store.versions(stored.id)
    expect(versions.map((v) => [v.version, v.savedBy])).toEqual([[1, 'Anders Teigen']])
    const loaded = await store.load(stored.id)
    expect(loaded.ok && loaded.value.document).toEqual(tysnes('nn'))
  })

  it('saves each save as a new version with its time and author', async () => {
    const stored = await created()
    const edited = { ...tysnes('nn'), title: 'Digitalisering – deltaking i KS DigiFin' }
    const second = await store.save(stored.id, edited, 'Kari Tysnes')
    expect(second.ok && second.value).toMatchObject({ version: 2, updatedBy: 'Kari Tysnes', title: edited.title })
    const third = await store.save(stored.id, { ...edited, innstilling: { kind: 'decline' } }, 'Anders Teigen')
    expect(third.ok && third.value.version).toBe(3)

    const versions = await store.versions(stored.id)
    expect(versions.map((v) => [v.version, v.savedBy])).toEqual([
      [3, 'Anders Teigen'],
      [2, 'Kari Tysnes'],
      [1, 'Anders Teigen']
    ])
    // Saved one after the other, each with its own time.
    expect(versions[0]!.savedAt > versions[1]!.savedAt && versions[1]!.savedAt > versions[2]!.savedAt).toBe(true)
    expect((await store.list('4616'))[0]).toMatchObject({ version: 3, updatedBy: 'Anders Teigen', updatedAt: versions[0]!.savedAt })
  })

  it('restores an older version as a new version and keeps the ones in between', async () => {
    const stored = await created()
    await store.save(stored.id, { ...tysnes('nn'), title: 'Andre tittel' }, 'Kari Tysnes')
    const restored = await store.restore(stored.id, 1, 'Anders Teigen')
    expect(restored.ok && restored.value).toMatchObject({ version: 3, title: tysnes('nn').title, updatedBy: 'Anders Teigen' })
    expect((await store.versions(stored.id)).map((v) => v.version)).toEqual([3, 2, 1])
    const loaded = await store.load(stored.id)
    expect(loaded.ok && loaded.value.document.title).toBe(tysnes('nn').title)
    expect(await store.restore(stored.id, 9, 'Anders Teigen')).toEqual({ ok: false, reason: 'notFound' })
  })

  it('duplicates a case as a new case with its own first version', async () => {
    const stored = await created()
    await store.save(stored.id, { ...tysnes('nn'), title: 'Versjon to' }, 'Anders Teigen')
    const copy = await store.duplicate(stored.id, 'Kari Tysnes')
    expect(copy.ok).toBe(true)
    if (!copy.ok) return
    expect(copy.value.id).not.toBe(stored.id)
    expect(copy.value).toMatchObject({ version: 1, title: 'Versjon to', maalform: 'nn', updatedBy: 'Kari Tysnes', roundId: DIGIFIN_2017.id })
    expect(await store.versions(copy.value.id)).toHaveLength(1)
    expect(await store.list('4616')).toHaveLength(2)
  })

  it('deletes a case with all its versions, and leaves the others', async () => {
    const first = await created()
    const second = await created()
    await store.save(first.id, tysnes('nn'), 'Anders Teigen')
    expect(await store.remove(first.id)).toEqual({ ok: true, value: undefined })
    expect(await counts()).toEqual({ cases: 1, versions: 1 })
    expect((await store.list('4616')).map((c) => c.id)).toEqual([second.id])
    expect(await store.load(first.id)).toEqual({ ok: false, reason: 'notFound' })
    expect(await store.remove(first.id)).toEqual({ ok: false, reason: 'notFound' })
  })

  it('refuses to write a document that does not pass the schema, and writes nothing', async () => {
    const stored = await created()
    const before = await counts()
    const bad = { ...tysnes('nn'), header: { ...tysnes('nn').header, date: '2017-02-30' } }
    const saved = await store.save(stored.id, bad, 'Anders Teigen')
    expect(saved.ok).toBe(false)
    expect(!saved.ok && saved.reason).toBe('invalid')
    expect(!saved.ok && 'issues' in saved && saved.issues.join()).toMatch(/header\.date/)
    const made = await store.create({ document: { title: 'Berre ein tittel' }, maalform: 'nn', organisationNumber: '4616', author: 'A' })
    expect(made.ok).toBe(false)
    const wrongForm = await store.create({ document: tysnes('nn'), maalform: 'en' as never, organisationNumber: '4616', author: 'A' })
    expect(wrongForm.ok).toBe(false)
    expect(await counts()).toEqual(before)
    expect((await store.list('4616'))[0]!.version).toBe(1)
  })

  it('refuses a malformed stored document with a reason and its issues, and writes nothing from it', async () => {
    const stored = await created()
    // An old or damaged row: the document lost its sections and has an unknown case kind.
    const broken = { ...tysnes('nn'), caseKind: 'høyringssak', sections: undefined }
    await database.cases.update(stored.id, { document: broken })
    await database.caseVersions.add({ caseId: stored.id, version: 2, savedAt: '2017-10-03T08:00:00Z', savedBy: 'Ukjend', document: broken })
    await database.cases.update(stored.id, { version: 2 })
    const before = await counts()

    const loaded = await store.load(stored.id)
    expect(loaded.ok).toBe(false)
    if (loaded.ok || loaded.reason !== 'malformed') throw new Error('expected a malformed case')
    expect(loaded.issues.join('\n')).toMatch(/caseKind/)
    expect(loaded.issues.join('\n')).toMatch(/sections/)

    const copy = await store.duplicate(stored.id, 'Anders Teigen')
    expect(copy).toMatchObject({ ok: false, reason: 'malformed' })
    const restoredBroken = await store.restore(stored.id, 2, 'Anders Teigen')
    expect(restoredBroken).toMatchObject({ ok: false, reason: 'malformed' })
    expect(await counts()).toEqual(before)

    // The good version 1 can still be brought back, as version 3.
    const restored = await store.restore(stored.id, 1, 'Anders Teigen')
    expect(restored.ok && restored.value.version).toBe(3)
    expect((await store.load(stored.id)).ok).toBe(true)
  })

  it('refuses a stored row with an unknown målform', async () => {
    const stored = await created()
    await database.cases.update(stored.id, { maalform: 'sv' as never })
    expect(await store.load(stored.id)).toMatchObject({ ok: false, reason: 'malformed' })
  })
})

describe('the text of a section in the editor', () => {
  it('turns blank-line paragraphs, "- " items and "> " quotes into blocks and back', () => {
    const text = 'Første avsnitt.\n\nAndre avsnitt\nmed to liner.\n\n- eitt punkt\n- to punkt\n\n> Eit sitat.'
    const blocks = textToBlocks(text)
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'Første avsnitt.' },
      { type: 'paragraph', text: 'Andre avsnitt\nmed to liner.' },
      { type: 'bullets', items: ['eitt punkt', 'to punkt'] },
      { type: 'quote', text: 'Eit sitat.' }
    ])
    expect(textToBlocks(blocksToText(blocks))).toEqual(blocks)
  })

  it('keeps the default sections of a case as they are through the text and back', () => {
    const doc = tysnes('nn')
    for (const section of doc.sections) {
      const blocks = sectionBlocks(section, doc, 'nn')
      expect(textToBlocks(blocksToText(blocks))).toEqual(blocks)
    }
  })

  it('splits a list that follows a lead-in line without a blank line between', () => {
    expect(textToBlocks('Dette gjeld:\n- a\n- b\nSlutt.')).toEqual([
      { type: 'paragraph', text: 'Dette gjeld:' },
      { type: 'bullets', items: ['a', 'b'] },
      { type: 'paragraph', text: 'Slutt.' }
    ])
    expect(textToBlocks('  \n\n')).toEqual([])
    expect(textToLines(' a \n\n b\r\nc ')).toEqual(['a', 'b', 'c'])
  })
})

describe('the editor rules and the copy in the other målform', () => {
  it('asks for a title, an own innstilling and a heading for an own section', () => {
    const doc = tysnes('nn')
    expect(validateDraft(doc)).toEqual([])
    const bad: Saksframlegg = {
      ...doc,
      title: '  ',
      innstilling: { kind: 'custom', text: '' },
      sections: [...doc.sections, { id: 'other', kind: 'other', own: { blocks: [], basedOn: caseValues(doc) } }]
    }
    expect(validateDraft(bad).map((i) => i.key)).toEqual(['error.title', 'error.sectionHeading', 'error.innstilling'])
  })

  it('rebuilds a nynorsk case in bokmål with the same figures and no nynorsk left', () => {
    const doc: Saksframlegg = {
      ...tysnes('nn'),
      saksgang: [
        { utval: 'Formannskapet', moetedato: '2017-11-08', saksnr: '65/17' },
        { utval: 'Kommunestyret', moetedato: '2017-11-21', saksnr: '71/17' }
      ],
      innstilling: { kind: 'custom', text: 'Tysnes kommune er positiv til invitasjonen.' }
    }
    const copy = rebuildInMaalform(doc, 'nn', 'nb', DIGIFIN_2017, tysnesContribution)
    expect(copy.header).toEqual(doc.header)
    expect(copy.saksgang).toEqual(doc.saksgang)
    expect(copy.economy.amount).toBe('57060')
    expect(copy.economy.populationSource).toMatch(/folketall/)
    expect(copy.innstilling).toEqual({ kind: 'join' })
    const text = plainText(renderSaksframlegg(copy, 'nb'))
    expect(foreignWords(text, 'nb')).toEqual([])
    expect(text).toContain('kr\u00a057\u00a0060')
  })
})
