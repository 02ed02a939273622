import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { EARLIER_SESSION, SpleiselagDatabase, type ProfileV1 } from '../../renderer/src/db/database'

/**
 * The schemas as released, written out here and never imported: a user's database was created
 * with these, so an edit to an old version in production code must fail this test, not change it.
 */
const SCHEMA_V1 = {
  profile: 'id',
  settings: 'key'
} as const

const SCHEMA_V2 = {
  profile: 'id',
  settings: 'key',
  rounds: 'id',
  populationFigures: '++id, [contributorKind+number], date',
  cases: 'id, organisationNumber, updatedAt',
  caseVersions: '++id, caseId, [caseId+version]'
} as const

/** The kommune's Word templates, one per document type. */
const SCHEMA_V3 = {
  ...SCHEMA_V2,
  templates: 'documentType'
} as const

/** Tracking: participation, catalogue, adoptions, history. */
const SCHEMA_V4 = {
  ...SCHEMA_V3,
  participations: 'roundId',
  solutions: 'id',
  adoptions: 'id, solutionId',
  history: '++id, [subject+at]'
} as const

/** The editor's autosaved working copies. */
const SCHEMA_V5 = {
  ...SCHEMA_V4,
  workingCopies: 'caseId'
} as const

/** The working copies per editor session; the per-case table goes. */
const SCHEMA_V6 = {
  ...SCHEMA_V4,
  workingCopies: null,
  sessionCopies: '[caseId+sessionId], caseId'
} as const

const tysnesFigure = {
  contributorKind: 'kommune',
  number: '1223',
  count: 2853,
  date: '2017-07-01',
  source: 'SSB tabell 01222, 2. kvartal 2017',
  origin: 'manual',
  createdAt: '2017-10-01T10:00:00.000Z'
} as const

let counter = 0
const names: string[] = []
function freshName(): string {
  const name = `spleiselag-test-${++counter}`
  names.push(name)
  return name
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

/** Opens the database as the first release created it and writes a row in that shape. */
async function createVersion1(name: string, profile: ProfileV1): Promise<void> {
  const old = new Dexie(name)
  old.version(1).stores(SCHEMA_V1)
  await old.table('profile').put(profile)
  await old.table('settings').put({ key: 'storageWarningSeen', value: true })
  old.close()
}

describe('the local database', () => {
  it('upgrades a version 1 profile: the free-text chief title becomes a known title', async () => {
    const name = freshName()
    await createVersion1(name, {
      id: 'profile',
      kind: 'kommune',
      number: '4616',
      name: 'Tysnes',
      sakshandsamar: 'Anders Teigen',
      chiefTitle: 'Rådmannen',
      maalform: 'nn'
    })
    const db = new SpleiselagDatabase(name)
    const profile = await db.profile.get('profile')
    expect(profile).toMatchObject({
      name: 'Tysnes',
      sakshandsamar: 'Anders Teigen',
      maalform: 'nn',
      chiefTitle: { kind: 'raadmann' }
    })
    expect(profile?.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(await db.settings.get('storageWarningSeen')).toEqual({ key: 'storageWarningSeen', value: true })
    expect(db.verno).toBe(6)
    db.close()
  })

  it('keeps a title it does not know as the user wrote it', async () => {
    const name = freshName()
    await createVersion1(name, {
      id: 'profile',
      kind: 'kommune',
      number: '1719',
      name: 'Levanger',
      sakshandsamar: 'Kari Nordmann',
      chiefTitle: 'Administrasjonssjef',
      maalform: 'nb'
    })
    const db = new SpleiselagDatabase(name)
    expect((await db.profile.get('profile'))?.chiefTitle).toEqual({ kind: 'custom', custom: 'Administrasjonssjef' })
    db.close()
  })

  it('has the new tables after the upgrade, and they keep what is written', async () => {
    const name = freshName()
    await createVersion1(name, {
      id: 'profile',
      kind: 'fylkeskommune',
      number: '46',
      name: 'Vestland',
      sakshandsamar: 'Ola',
      chiefTitle: 'fylkesdirektør',
      maalform: 'nn'
    })
    const db = new SpleiselagDatabase(name)
    await db.populationFigures.add(tysnesFigure)
    db.close()
    const reopened = new SpleiselagDatabase(name)
    const figures = await reopened.populationFigures.where('[contributorKind+number]').equals(['kommune', '1223']).toArray()
    expect(figures.map((f) => f.count)).toEqual([2853])
    expect((await reopened.profile.get('profile'))?.chiefTitle).toEqual({ kind: 'fylkesdirektoer' })
    reopened.close()
  })

  it('opens a version 2 database as released and keeps its rows and indexes', async () => {
    const name = freshName()
    const old = new Dexie(name)
    old.version(2).stores(SCHEMA_V2)
    await old.table('populationFigures').add(tysnesFigure)
    await old.table('cases').add({ id: 'c1', organisationNumber: '4616', updatedAt: '2017-10-02T08:00:00.000Z', version: 2 })
    await old.table('caseVersions').bulkAdd([
      { caseId: 'c1', version: 1 },
      { caseId: 'c1', version: 2 }
    ])
    old.close()

    const db = new SpleiselagDatabase(name)
    expect(await db.populationFigures.where('[contributorKind+number]').equals(['kommune', '1223']).count()).toBe(1)
    expect((await db.cases.where('organisationNumber').equals('4616').toArray()).map((c) => c.id)).toEqual(['c1'])
    expect(await db.caseVersions.where('[caseId+version]').equals(['c1', 2]).count()).toBe(1)
    db.close()
  })

  it('upgrades a version 2 database with real rows to the newest version and loses nothing', async () => {
    const name = freshName()
    const old = new Dexie(name)
    old.version(2).stores(SCHEMA_V2)
    const profile = {
      id: 'profile',
      kind: 'kommune',
      number: '4616',
      name: 'Tysnes',
      sakshandsamar: 'Anders Teigen',
      chiefTitle: { kind: 'kommunedirektoer' },
      maalform: 'nn',
      updatedAt: '2017-10-01T09:00:00.000Z'
    }
    const round = { id: 'r2018', year: 2018, name: 'Runde 2018', rates: { kommune: '20' } }
    const document = { title: 'Digitalisering i kommunal sektor', sections: [{ id: 's1', blocks: [] }] }
    const storedCase = {
      id: 'c1',
      title: document.title,
      maalform: 'nn',
      organisationNumber: '4616',
      document,
      createdAt: '2017-10-02T08:00:00.000Z',
      updatedAt: '2017-10-02T09:00:00.000Z',
      updatedBy: 'Anders Teigen',
      version: 2,
      roundId: 'r2018'
    }
    await old.table('profile').put(profile)
    await old.table('settings').put({ key: 'storageWarningSeen', value: true })
    await old.table('rounds').put(round)
    await old.table('populationFigures').add(tysnesFigure)
    await old.table('cases').add(storedCase)
    await old.table('caseVersions').bulkAdd([
      { caseId: 'c1', version: 1, savedAt: '2017-10-02T08:00:00.000Z', savedBy: 'Anders Teigen', document: { ...document, title: 'Utkast' } },
      { caseId: 'c1', version: 2, savedAt: '2017-10-02T09:00:00.000Z', savedBy: 'Anders Teigen', document }
    ])
    old.close()

    const db = new SpleiselagDatabase(name)
    expect(await db.profile.get('profile')).toEqual(profile)
    expect(await db.settings.get('storageWarningSeen')).toEqual({ key: 'storageWarningSeen', value: true })
    expect(await db.rounds.get('r2018')).toEqual(round)
    expect(await db.populationFigures.where('[contributorKind+number]').equals(['kommune', '1223']).toArray()).toEqual([{ ...tysnesFigure, id: 1 }])
    expect(await db.cases.get('c1')).toEqual(storedCase)
    expect((await db.caseVersions.where('caseId').equals('c1').sortBy('version')).map((v) => v.document)).toEqual([{ ...document, title: 'Utkast' }, document])
    expect(await db.templates.count()).toBe(0)
    expect(await db.participations.count()).toBe(0)
    expect(await db.history.count()).toBe(0)
    expect(db.verno).toBe(6)
    db.close()

    // The schema declared in production is the one frozen here.
    const check = new Dexie(name)
    check.version(6).stores(SCHEMA_V6)
    await check.open()
    expect(check.table('templates').schema.primKey.keyPath).toBe('documentType')
    expect(check.table('history').schema.indexes.map((i) => i.name)).toContain('[subject+at]')
    check.close()
  })

  it('upgrades a version 3 database with a template to version 4, and the tracking tables keep what is written', async () => {
    const name = freshName()
    const old = new Dexie(name)
    old.version(3).stores(SCHEMA_V3)
    const template = {
      documentType: 'saksframlegg',
      fileName: 'Tysnes-mal.docx',
      bytes: new Uint8Array([80, 75, 3, 4]),
      places: [{ kind: 'markers', id: 'saksutgreiing' }],
      mapping: { saksutgreiing: ['saksutgreiing'] },
      loadedAt: '2017-10-03T08:00:00.000Z',
      loadedBy: 'Anders Teigen'
    }
    await old.table('templates').put(template)
    await old.table('populationFigures').add(tysnesFigure)
    old.close()

    const db = new SpleiselagDatabase(name)
    expect(await db.templates.get('saksframlegg')).toEqual(template)
    expect(await db.populationFigures.count()).toBe(1)
    expect(db.verno).toBe(6)
    await db.participations.put({ roundId: 'digifin-2017', record: { steps: [] }, updatedAt: '2017-12-13T12:00:00.000Z' })
    await db.history.bulkAdd([
      { subject: 'participation:digifin-2017', at: '2017-12-13T12:00:00.000Z', by: 'Anders Teigen', event: { step: 'vedteke' } },
      { subject: 'participation:digifin-2017', at: '2017-12-14T09:00:00.000Z', by: 'Anders Teigen', event: { step: 'meldingSendt' } },
      { subject: 'adoption:digiorden', at: '2018-03-01T09:00:00.000Z', by: 'Anders Teigen', event: { step: 'vurderer' } }
    ])
    const newest = await db.history
      .where('[subject+at]')
      .between(['participation:digifin-2017', Dexie.minKey], ['participation:digifin-2017', Dexie.maxKey])
      .reverse()
      .toArray()
    expect(newest.map((e) => e.at)).toEqual(['2017-12-14T09:00:00.000Z', '2017-12-13T12:00:00.000Z'])
    db.close()
  })

  it('upgrades a version 4 database with cases and tracking to the newest version, and working copies are kept beside a case', async () => {
    const name = freshName()
    const old = new Dexie(name)
    old.version(4).stores(SCHEMA_V4)
    const document = { title: 'Deltaking i KS DigiFin', sections: [{ id: 's1', blocks: [] }] }
    const storedCase = {
      id: 'c1',
      title: document.title,
      maalform: 'nn',
      organisationNumber: '4616',
      document,
      createdAt: '2017-10-02T08:00:00.000Z',
      updatedAt: '2017-10-02T09:00:00.000Z',
      updatedBy: 'Anders Teigen',
      version: 2,
      roundId: 'digifin-2017'
    }
    const versions = [
      { caseId: 'c1', version: 1, savedAt: '2017-10-02T08:00:00.000Z', savedBy: 'Anders Teigen', document: { ...document, title: 'Utkast' } },
      { caseId: 'c1', version: 2, savedAt: '2017-10-02T09:00:00.000Z', savedBy: 'Anders Teigen', document }
    ]
    const participation = { roundId: 'digifin-2017', record: { status: 'vedteke' }, updatedAt: '2017-12-13T12:00:00.000Z' }
    const event = { subject: 'participation:digifin-2017', at: '2017-12-13T12:00:00.000Z', by: 'Anders Teigen', event: { step: 'vedteke' } }
    await old.table('cases').add(storedCase)
    await old.table('caseVersions').bulkAdd(versions)
    await old.table('participations').put(participation)
    await old.table('history').add(event)
    await old.table('populationFigures').add(tysnesFigure)
    old.close()

    const db = new SpleiselagDatabase(name)
    expect(db.verno).toBe(6)
    expect(await db.cases.get('c1')).toEqual(storedCase)
    expect((await db.caseVersions.where('caseId').equals('c1').sortBy('version')).map(({ id: _, ...v }) => v)).toEqual(versions)
    expect(await db.participations.get('digifin-2017')).toEqual(participation)
    expect(await db.history.toArray()).toEqual([{ ...event, id: 1 }])
    expect(await db.populationFigures.count()).toBe(1)
    expect(await db.sessionCopies.count()).toBe(0)
    const copy = { caseId: 'c1', sessionId: 's1', baseVersion: 2, document: { ...document, title: 'Deltaking i KS DigiFin, nytt utkast' }, savedAt: '2017-10-03T07:00:00.000Z' }
    await db.sessionCopies.put(copy)
    expect(await db.sessionCopies.get(['c1', 's1'])).toEqual(copy)
    db.close()

    const check = new Dexie(name)
    check.version(6).stores(SCHEMA_V6)
    await check.open()
    expect(check.table('sessionCopies').schema.primKey.keyPath).toEqual(['caseId', 'sessionId'])
    expect(check.tables.map((t) => t.name)).not.toContain('workingCopies')
    check.close()
  })

  it('upgrades a version 5 database to version 6: each case’s working copy is kept, and a second session’s copy no longer overwrites it', async () => {
    const name = freshName()
    const old = new Dexie(name)
    old.version(5).stores(SCHEMA_V5)
    const document = { title: 'Deltaking i KS DigiFin', sections: [{ id: 's1', blocks: [] }] }
    const copies = [
      { caseId: 'c1', baseVersion: 2, document: { ...document, title: 'Skrive før oppgraderinga' }, savedAt: '2017-10-03T07:00:00.000Z' },
      { caseId: 'c2', baseVersion: 1, document: { ...document, title: 'Ei anna sak' }, savedAt: '2017-10-04T07:00:00.000Z' }
    ]
    await old.table('workingCopies').bulkPut(copies)
    old.close()

    const db = new SpleiselagDatabase(name)
    expect(db.verno).toBe(6)
    expect(await db.sessionCopies.orderBy('caseId').toArray()).toEqual(copies.map((copy) => ({ ...copy, sessionId: EARLIER_SESSION })))
    expect(db.tables.map((t) => t.name)).not.toContain('workingCopies')
    // Another tab's session keeps its copy beside the carried one.
    await db.sessionCopies.put({ ...copies[0]!, sessionId: 'tab-b', document: { ...document, title: 'Fane B' } })
    expect((await db.sessionCopies.where('caseId').equals('c1').toArray()).map((c) => (c.document as { title: string }).title)).toEqual(['Fane B', 'Skrive før oppgraderinga'])
    db.close()
  })
})
