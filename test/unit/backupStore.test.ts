import '../support/fileReader'
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Dexie from 'dexie'
import { exportDB } from 'dexie-export-import'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BackupStore, type BackupRefusal } from '../../renderer/src/backup/backupStore'
import { ROW_SCHEMAS } from '../../renderer/src/backup/rowSchemas'
import backupDictionary from '../../renderer/src/i18n/backup'
import { ContributionStore } from '../../renderer/src/bidrag/contributionStore'
import { EARLIER_SESSION, SpleiselagDatabase } from '../../renderer/src/db/database'
import { ParticipationStore } from '../../renderer/src/deltaking/participationStore'
import { AdoptionStore } from '../../renderer/src/fellesloysingar/adoptionStore'
import { SolutionStore } from '../../renderer/src/fellesloysingar/solutionStore'
import { STARTER_CATALOGUE } from '../../shared/tracking/starterCatalogue'
import { ProfileStore } from '../../renderer/src/profile/profileStore'
import { CaseStore } from '../../renderer/src/saksframlegg/caseStore'
import { TemplateStore } from '../../renderer/src/template/templateStore'
import { version as appVersion } from '../../package.json'
import { tysnes, userRound } from '../fixtures/saksframlegg/cases'

const websak = new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/templates/websak.docx')))

let counter = 0
let database: SpleiselagDatabase
let store: BackupStore

beforeEach(() => {
  database = new SpleiselagDatabase(`spleiselag-backup-${++counter}`)
  store = new BackupStore(database, '0.1.0')
})

afterEach(async () => {
  database.close()
  await Dexie.delete(database.name)
})

/** A kommune's data in every table, written the way the app writes it. */
async function fill(target: SpleiselagDatabase): Promise<void> {
  let clock = Date.parse('2017-10-02T08:00:00Z')
  const now = () => new Date((clock += 60_000))
  await new ProfileStore(target, now).save({
    kind: 'kommune',
    number: '4616',
    name: 'Tysnes',
    sakshandsamar: 'Anders Teigen',
    chiefTitle: { kind: 'raadmann' },
    maalform: 'nn'
  })
  const contribution = new ContributionStore(target, now)
  await contribution.addRound(userRound)
  await contribution.addFigure({ contributorKind: 'kommune', number: '1223', count: 2853, date: '2017-07-01', source: 'SSB tabell 01222', origin: 'manual' })
  await target.settings.put({ key: 'dismissed', value: { storageWarning: true } })
  const cases = new CaseStore(target, now)
  const created = await cases.create({ document: tysnes('nn'), maalform: 'nn', organisationNumber: '4616', author: 'Anders Teigen' })
  if (!created.ok) throw new Error('case not created')
  await cases.save(created.value.id, { ...tysnes('nn'), title: 'Deltaking i KS DigiFin, andre utkast' }, 'Kari Nordmann')
  const template = await new TemplateStore(target, now).save({ documentType: 'saksframlegg', fileName: 'websak.docx', bytes: websak, loadedBy: 'Anders Teigen' })
  if (!template.ok) throw new Error('template not stored')
  const start = { roundId: 'digifin-2017', invitationDate: '2017-10-02', by: 'Anders Teigen' }
  const step = await new ParticipationStore(target, now).advance(start, { status: 'tilPolitiskHandsaming', date: '2017-10-20', by: 'Anders Teigen', note: '' })
  if (!step.ok) throw new Error('participation not stored')
  const solution = STARTER_CATALOGUE[0]!
  await new SolutionStore(target, now).save({ ...solution, name: `${solution.name} (vår)` })
  const adoption = await new AdoptionStore(target, now, () => 'a1').start(solution, { date: '2017-11-02', by: 'Anders Teigen' })
  if (!adoption.ok) throw new Error('adoption not stored')
  await cases.keepWorkingCopy(created.value.id, 'tab-a', 2, { ...tysnes('nn'), title: 'Deltaking i KS DigiFin, tredje utkast' })
  // A second tab typing in the same case keeps its own copy (two rows, one case).
  await cases.keepWorkingCopy(created.value.id, 'tab-b', 1, { ...tysnes('nn'), title: 'Deltaking i KS DigiFin, frå fane B' })
}

async function wipe(): Promise<void> {
  database.close()
  await Dexie.delete(database.name)
  database = new SpleiselagDatabase(database.name)
  store = new BackupStore(database, '0.1.0')
}

/** Parses a backup, lets a test change it, and gives the text back. */
function edit(text: string, change: (file: { spleiselag: Record<string, unknown>; data: { tables: { name: string; schema: string; rowCount: number }[]; data: { tableName: string; rows: Record<string, unknown>[] }[] } }) => void): string {
  const file = JSON.parse(text)
  change(file)
  return JSON.stringify(file)
}

const rowsOf = (file: Parameters<Parameters<typeof edit>[1]>[0], table: string) => file.data.data.find((d) => d.tableName === table)!.rows
/** The model a tracking row holds (`record`, `entry`, `event`), for a test to change. */
const inner = (file: Parameters<Parameters<typeof edit>[1]>[0], table: string, index: number, field: string) =>
  rowsOf(file, table)[index]![field] as Record<string, unknown>

describe('a backup', () => {
  it('holds every table of the schema, with the app’s name, version and schema version', async () => {
    await fill(database)
    const file = JSON.parse(await store.export())
    expect(file.spleiselag).toEqual({ app: 'Spleiselag', appVersion: '0.1.0', schemaVersion: database.verno })
    const tableNames = database.tables.map((t) => t.name).sort()
    expect(file.data.tables.map((t: { name: string }) => t.name).sort()).toEqual(tableNames)
    // Every table has rows in this data, so a table left out of the export would show here.
    for (const name of tableNames) expect(rowsOf(file, name).length, name).toBeGreaterThan(0)
    // And every table has the check a restore makes of its rows, and a name a refusal can give it.
    expect(Object.keys(ROW_SCHEMAS).sort()).toEqual(tableNames)
    for (const name of tableNames) {
      expect(backupDictionary.nn, name).toHaveProperty([`table.${name}`])
      expect(backupDictionary.nb, name).toHaveProperty([`table.${name}`])
    }
  })

  it('takes its version from package.json by default', async () => {
    const file = JSON.parse(await new BackupStore(database).export())
    expect(file.spleiselag.appVersion).toBe(appVersion)
  })

  it('is restored after a wipe to the same data: the export afterwards is byte-equal', async () => {
    await fill(database)
    const before = await store.export()
    await wipe()
    expect(await store.isEmpty()).toBe(true)
    const restored = await store.restore(before)
    expect(restored.ok).toBe(true)
    expect(await store.export()).toBe(before)
    // The template's bytes come back as bytes, and the case with both its versions.
    const template = await new TemplateStore(database).load('saksframlegg')
    expect(template.ok && template.value.bytes).toEqual(websak)
    expect(await database.caseVersions.count()).toBe(2)
    // The counter of an auto-numbered table continues after the restored rows.
    const next = await database.history.add({ subject: 'x', at: '2017-12-01T00:00:00.000Z', by: 'A', event: {} })
    expect(next).toBe(3)
  })

  it('replaces what is there: rows the backup does not have are gone', async () => {
    const empty = await store.export()
    await fill(database)
    const restored = await store.restore(empty)
    expect(restored.ok && restored.summary.rows.profile).toBe(0)
    expect(await store.isEmpty()).toBe(true)
  })

  it('says what it holds, table by table, when checked, and writes nothing', async () => {
    await fill(database)
    const text = await store.export()
    await wipe()
    const checked = await store.check(text)
    expect(checked.ok && checked.summary.rows).toMatchObject({ profile: 1, cases: 1, caseVersions: 2, templates: 1, participations: 1, adoptions: 1, history: 2, sessionCopies: 2 })
    expect(await store.isEmpty()).toBe(true)
  })
})

/**
 * The backup as version 5 wrote it: one working copy per case, in `workingCopies` keyed by the
 * case alone (the first session's copy stands for it).
 */
function asVersion5(backup: string): string {
  return edit(backup, (f) => {
    f.spleiselag.schemaVersion = 5
    Object.assign(f.data, { databaseVersion: 5 })
    const rows = rowsOf(f, 'sessionCopies')
      .slice(0, 1)
      .map(({ sessionId: _, ...row }) => row)
    f.data.tables = f.data.tables.map((t) => (t.name === 'sessionCopies' ? { name: 'workingCopies', schema: 'caseId', rowCount: rows.length } : t))
    f.data.data = f.data.data.map((d) => (d.tableName === 'sessionCopies' ? { ...d, tableName: 'workingCopies', rows } : d))
  })
}

describe('a backup from version 5', () => {
  it('is restored, and its working copy is offered back as one session’s', async () => {
    await fill(database)
    const [caseRow] = await database.cases.toArray()
    const old = asVersion5(await store.export())
    expect(JSON.parse(old).data.tables.map((t: { name: string }) => t.name)).toContain('workingCopies')
    await wipe()
    const restored = await store.restore(old)
    expect(restored.ok && restored.summary.rows.sessionCopies).toBe(1)
    const copies = await new CaseStore(database).workingCopies(caseRow!.id)
    expect(copies.map((c) => [c.sessionId, c.baseVersion, c.document.title])).toEqual([[EARLIER_SESSION, 2, 'Deltaking i KS DigiFin, tredje utkast']])
  })

  it('is refused when its working copy is no saksframlegg, named by its case, and every record stays as it was', async () => {
    await fill(database)
    const before = await store.export()
    const bad = edit(asVersion5(before), (f) => ((rowsOf(f, 'workingCopies')[0]!.document as Record<string, unknown>).title = 7))
    const [caseRow] = await database.cases.toArray()
    const result = await store.restore(bad)
    expect(!result.ok && result.refusal).toEqual({ reason: 'invalidRows', table: 'sessionCopies', key: `${caseRow!.id} / ${EARLIER_SESSION}`, count: 1 })
    expect(await store.export()).toBe(before)
  })

  it('from version 6 is refused when it holds the version 5 table', async () => {
    await fill(database)
    const before = await store.export()
    const mixed = edit(asVersion5(before), (f) => (f.spleiselag.schemaVersion = 6))
    const result = await store.restore(mixed)
    expect(!result.ok && result.refusal).toMatchObject({ reason: 'damaged' })
    expect(await store.export()).toBe(before)
  })
})

describe('a refused restore file', () => {
  const otherAppExport = async (): Promise<string> => {
    const other = new Dexie(`other-app-${++counter}`)
    other.version(1).stores({ notes: '++id' })
    await other.table('notes').add({ text: 'hei' })
    const text = await (await exportDB(other)).text()
    other.close()
    await Dexie.delete(other.name)
    return text
  }

  const cases: { name: string; make: (backup: string) => string | Promise<string>; refusal: Partial<BackupRefusal> }[] = [
    { name: 'not JSON at all', make: () => 'PK\u0003\u0004 this is a zip', refusal: { reason: 'unreadable' } },
    { name: 'empty', make: () => '', refusal: { reason: 'unreadable' } },
    { name: 'cut off halfway', make: (b) => b.slice(0, Math.floor(b.length / 2)), refusal: { reason: 'unreadable' } },
    { name: 'cut off one character short', make: (b) => b.slice(0, -1), refusal: { reason: 'unreadable' } },
    { name: 'another app’s Dexie export', make: otherAppExport, refusal: { reason: 'otherApp' } },
    { name: 'plain JSON of something else', make: () => '{"name":"Tysnes","count":2853}', refusal: { reason: 'otherApp' } },
    { name: 'JSON null', make: () => 'null', refusal: { reason: 'otherApp' } },
    { name: 'another app’s name in the metadata', make: (b) => edit(b, (f) => (f.spleiselag.app = 'Kommunekassa')), refusal: { reason: 'otherApp' } },
    {
      name: 'a newer schema',
      make: (b) => edit(b, (f) => Object.assign(f.spleiselag, { schemaVersion: 99, appVersion: '3.0.0' })),
      refusal: { reason: 'newer', appVersion: '3.0.0', schemaVersion: 99 }
    },
    {
      name: 'a table missing',
      make: (b) =>
        edit(b, (f) => {
          f.data.tables = f.data.tables.filter((t) => t.name !== 'history')
          f.data.data = f.data.data.filter((d) => d.tableName !== 'history')
        }),
      refusal: { reason: 'missingTables', tables: ['history'] }
    },
    { name: 'an unknown table', make: (b) => edit(b, (f) => { f.data.tables.push({ name: 'extra', schema: 'id', rowCount: 0 }); f.data.data.push({ tableName: 'extra', rows: [] }) }), refusal: { reason: 'damaged' } },
    { name: 'a row count that does not match', make: (b) => edit(b, (f) => (f.data.tables.find((t) => t.name === 'cases')!.rowCount = 5)), refusal: { reason: 'damaged' } },
    { name: 'a changed primary key', make: (b) => edit(b, (f) => (f.data.tables.find((t) => t.name === 'cases')!.schema = 'title')), refusal: { reason: 'damaged' } },
    {
      name: 'a case whose inner types do not match their rows',
      make: (b) => edit(b, (f) => (rowsOf(f, 'caseVersions')[1]!.document = { title: 'x' })),
      refusal: { reason: 'damaged' }
    },
    { name: 'the rows part missing', make: (b) => edit(b, (f) => delete (f.data as Record<string, unknown>).data), refusal: { reason: 'damaged' } },
    {
      name: 'a profile in no målform',
      make: (b) => edit(b, (f) => (rowsOf(f, 'profile')[0]!.maalform = 'en')),
      refusal: { reason: 'invalidRows', table: 'profile', key: 'profile', count: 1 }
    },
    { name: 'a negative population', make: (b) => edit(b, (f) => (rowsOf(f, 'populationFigures')[0]!.count = -5)), refusal: { reason: 'invalidRows', table: 'populationFigures' } },
    { name: 'a case that is no saksframlegg', make: (b) => edit(b, (f) => ((rowsOf(f, 'caseVersions')[1]!.document as Record<string, unknown>).title = 7)), refusal: { reason: 'invalidRows', table: 'caseVersions', count: 1 } },
    {
      name: 'a participation whose last step is not its status',
      make: (b) => edit(b, (f) => (inner(f, 'participations', 0, 'record').status = 'betalt')),
      refusal: { reason: 'invalidRows', table: 'participations', key: 'digifin-2017', count: 1 }
    },
    {
      name: 'a participation with a step of no date',
      make: (b) => edit(b, (f) => ((inner(f, 'participations', 0, 'record').steps as Record<string, unknown>[])[1]!.date = '20. oktober')),
      refusal: { reason: 'invalidRows', table: 'participations', key: 'digifin-2017' }
    },
    {
      name: 'a participation stored under another round',
      make: (b) => edit(b, (f) => (rowsOf(f, 'participations')[0]!.roundId = 'digifin-2018')),
      refusal: { reason: 'invalidRows', table: 'participations', key: 'digifin-2018' }
    },
    {
      name: 'a catalogue entry with no name',
      make: (b) => edit(b, (f) => (inner(f, 'solutions', 0, 'entry').name = '')),
      refusal: { reason: 'invalidRows', table: 'solutions', key: STARTER_CATALOGUE[0]!.id }
    },
    {
      name: 'an adoption of an unknown status',
      make: (b) => edit(b, (f) => (inner(f, 'adoptions', 0, 'record').status = 'kanskje')),
      refusal: { reason: 'invalidRows', table: 'adoptions', key: 'a1' }
    },
    {
      name: 'a history event that is no step',
      make: (b) => edit(b, (f) => (rowsOf(f, 'history')[0]!.event = { to: 'vedteke' })),
      refusal: { reason: 'invalidRows', table: 'history', key: '1' }
    },
    {
      name: 'an adoption’s history event of an unknown status',
      make: (b) => edit(b, (f) => (inner(f, 'history', 1, 'event').to = 'ferdig')),
      refusal: { reason: 'invalidRows', table: 'history', key: '2' }
    },
    {
      name: 'two rows with one key',
      make: (b) =>
        edit(b, (f) => {
          const rows = rowsOf(f, 'solutions')
          rows.push({ ...rows[0]! })
          f.data.tables.find((t) => t.name === 'solutions')!.rowCount = rows.length
        }),
      refusal: { reason: 'damaged' }
    }
  ]

  for (const { name, make, refusal } of cases) {
    it(`is refused when ${name}, and every record stays as it was`, async () => {
      await fill(database)
      const before = await store.export()
      const result = await store.restore(await make(before))
      expect(result.ok).toBe(false)
      expect(!result.ok && result.refusal).toMatchObject(refusal)
      expect(await store.export()).toBe(before)
    })
  }

  it('a write that fails halfway leaves every record as it was', async () => {
    await fill(database)
    const before = await store.export()
    const other = edit(before, (f) => (rowsOf(f, 'profile')[0]!.name = 'Fitjar'))
    const history = database.tables.find((t) => t.name === 'history')!
    const failing = vi.spyOn(history, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'))
    await expect(store.restore(other)).rejects.toThrow('QuotaExceededError')
    failing.mockRestore()
    expect(await store.export()).toBe(before)
  })
})
