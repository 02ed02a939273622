import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KEEP_BACKUPS, backupDate, backupName, listBackups, readBackup, writeBackup } from '../../electron/main/backups'
import { backupNameSchema, writeBackupRequestSchema } from '../../shared/ipc'

const bytes = (text: string) => new TextEncoder().encode(text)
const dataFolder = () => mkdtempSync(join(tmpdir(), 'spleiselag-backups-'))

/** A clock that moves a minute on each call, from 24.11.2026 08:00 UTC. */
function minutes(): () => Date {
  let at = Date.parse('2026-11-24T08:00:00.000Z')
  return () => new Date((at += 60_000))
}

describe('the backup folder', () => {
  it('names each backup by its moment, in a form every file system allows, and reads the moment back', () => {
    const name = backupName(new Date('2026-11-24T08:01:02.345Z'))
    expect(name).toBe('spleiselag-2026-11-24T08-01-02-345Z.json')
    expect(backupNameSchema.safeParse(name).success).toBe(true)
    expect(backupDate(name)).toBe('2026-11-24T08:01:02.345Z')
    expect(backupDate('notes.json')).toBeNull()
  })

  it('creates the folder, writes the backup and lists it with date and size', async () => {
    const folder = join(dataFolder(), 'backups')
    const result = await writeBackup({ data: bytes('{"a":1}'), automatic: true }, { folder, now: minutes() })
    expect(result).toEqual({ status: 'written', entry: { name: 'spleiselag-2026-11-24T08-01-00-000Z.json', date: '2026-11-24T08:01:00.000Z', size: 7 } })
    expect(await listBackups(folder)).toEqual([result.entry])
    expect(readFileSync(join(folder, result.entry.name), 'utf8')).toBe('{"a":1}')
  })

  it('keeps the last ten, the newest first, and leaves files that are not backups alone', async () => {
    const folder = dataFolder()
    writeFileSync(join(folder, 'notes.txt'), 'mine')
    const now = minutes()
    for (let i = 1; i <= 12; i++) await writeBackup({ data: bytes(`backup ${i}`), automatic: false }, { folder, now })
    const entries = await listBackups(folder)
    expect(entries).toHaveLength(KEEP_BACKUPS)
    expect(new TextDecoder().decode(await readBackup(entries[0]!.name, folder))).toBe('backup 12')
    expect(new TextDecoder().decode(await readBackup(entries[9]!.name, folder))).toBe('backup 3')
    expect(readdirSync(folder)).toContain('notes.txt')
    expect(readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('does not write an automatic backup equal to the newest, so unchanged starts keep older backups', async () => {
    const folder = dataFolder()
    const now = minutes()
    const first = await writeBackup({ data: bytes('same'), automatic: true }, { folder, now })
    const again = await writeBackup({ data: bytes('same'), automatic: true }, { folder, now })
    expect(again).toEqual({ status: 'unchanged', entry: first.entry })
    // A backup the user asks for is always written.
    const asked = await writeBackup({ data: bytes('same'), automatic: false }, { folder, now })
    expect(asked.status).toBe('written')
    expect(await listBackups(folder)).toHaveLength(2)
  })

  it('never overwrites a backup: two in the same millisecond get two names', async () => {
    const folder = dataFolder()
    const now = () => new Date('2026-11-24T08:00:00.000Z')
    const a = await writeBackup({ data: bytes('a'), automatic: false }, { folder, now })
    const b = await writeBackup({ data: bytes('b'), automatic: false }, { folder, now })
    expect(a.entry.name).not.toBe(b.entry.name)
    expect(await listBackups(folder)).toHaveLength(2)
  })

  it('reads only a backup the list names: a path or another file is refused', async () => {
    const folder = dataFolder()
    writeFileSync(join(folder, 'secret.json'), 'no')
    await expect(readBackup('secret.json', folder)).rejects.toThrow()
    await expect(readBackup('../spleiselag-2026-11-24T08-01-00-000Z.json', folder)).rejects.toThrow()
    await expect(readBackup('spleiselag-2026-11-24T08-01-00-000Z.json', folder)).rejects.toThrow()
    expect(backupNameSchema.safeParse('../../etc/passwd').success).toBe(false)
    expect(backupNameSchema.safeParse('spleiselag-2026-11-24T08-01-00-000Z.json/../x').success).toBe(false)
  })

  it('leaves the folder as it was when the write fails', async () => {
    const folder = dataFolder()
    const now = minutes()
    await writeBackup({ data: bytes('kept'), automatic: false }, { folder, now })
    const failing = () => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }))
    await expect(writeBackup({ data: bytes('new'), automatic: false }, { folder, now, write: failing })).rejects.toThrow('ENOSPC')
    const entries = await listBackups(folder)
    expect(entries).toHaveLength(1)
    expect(new TextDecoder().decode(await readBackup(entries[0]!.name, folder))).toBe('kept')
  })

  it('an empty folder that does not exist yet lists nothing', async () => {
    expect(await listBackups(join(dataFolder(), 'none'))).toEqual([])
  })

  it('accepts only content for a write, never a name or a path', () => {
    expect(writeBackupRequestSchema.safeParse({ data: bytes('x'), automatic: true }).success).toBe(true)
    expect(writeBackupRequestSchema.safeParse({ data: bytes('x'), automatic: true, name: '../x.json' }).success).toBe(false)
    expect(writeBackupRequestSchema.safeParse({ data: new Uint8Array(0), automatic: true }).success).toBe(false)
    expect(writeBackupRequestSchema.safeParse({ data: 'text', automatic: true }).success).toBe(false)
  })
})
