import { mkdir, readFile, readdir, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { BACKUP_NAME, type BackupEntry, type WriteBackupRequest, type WriteBackupResult } from '../../shared/ipc'
import { writeFileAtomic } from './atomicWrite'

/** How many backups the folder keeps; the oldest go when a new one is written. */
export const KEEP_BACKUPS = 10

/** The folder under the app's data folder (userData) where the backups are kept. */
export const BACKUP_FOLDER_NAME = 'backups'

export interface BackupDeps {
  folder: string
  now(): Date
  write?: (path: string, data: Uint8Array) => Promise<void>
}

/** The file name for a moment: its ISO form with ':' and '.' as '-', which every file system allows. */
export function backupName(at: Date): string {
  return `spleiselag-${at.toISOString().replace(/[:.]/g, '-')}.json`
}

/** The moment a backup's name records, or null for a file that is not one of ours. */
export function backupDate(name: string): string | null {
  const match = BACKUP_NAME.exec(name)
  if (!match) return null
  const [, day, hours, minutes, seconds, millis] = match
  const iso = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`
  return Number.isNaN(Date.parse(iso)) ? null : iso
}

/** The backups in the folder, the newest first; other files there are left out (and left alone). */
export async function listBackups(folder: string): Promise<BackupEntry[]> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const entries: BackupEntry[] = []
  for (const name of names) {
    const date = backupDate(name)
    if (!date) continue
    const info = await stat(join(folder, name))
    if (info.isFile()) entries.push({ name, date, size: info.size })
  }
  return entries.sort((a, b) => b.date.localeCompare(a.date))
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b)
}

/**
 * Writes a backup under a name of the main process's choosing (atomically: a failed write leaves
 * no half file), then removes the oldest beyond KEEP_BACKUPS. An automatic backup that equals
 * the newest one is not written again, so starting the app ten times without a change does not
 * push the older, different backups out.
 */
export async function writeBackup(request: WriteBackupRequest, deps: BackupDeps): Promise<WriteBackupResult> {
  await mkdir(deps.folder, { recursive: true })
  const existing = await listBackups(deps.folder)
  const newest = existing[0]
  if (request.automatic && newest && sameBytes(await readFile(join(deps.folder, newest.name)), request.data)) {
    return { status: 'unchanged', entry: newest }
  }
  // A name is a moment; two backups in the same millisecond (or a clock set back onto an
  // existing name) take the next free millisecond, so no backup overwrites another.
  const taken = new Set(existing.map((e) => e.name))
  let at = deps.now().getTime()
  while (taken.has(backupName(new Date(at)))) at += 1
  const name = backupName(new Date(at))
  await (deps.write ?? writeFileAtomic)(join(deps.folder, name), request.data)
  const after = await listBackups(deps.folder)
  for (const old of after.slice(KEEP_BACKUPS)) await unlink(join(deps.folder, old.name)).catch(() => undefined)
  const entry = after.find((e) => e.name === name) ?? { name, date: new Date(at).toISOString(), size: request.data.byteLength }
  return { status: 'written', entry }
}

/** One backup's content, by a name from the list: any other name is refused, so no path gets through. */
export async function readBackup(name: string, folder: string): Promise<Uint8Array> {
  const entries = await listBackups(folder)
  if (!entries.some((e) => e.name === name)) throw new Error(`No backup named ${name}`)
  return new Uint8Array(await readFile(join(folder, name)))
}
