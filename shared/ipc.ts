import { z } from 'zod'
import type { FileFailure } from './fileError'
import { MAALFORMER, type Maalform } from './maalform'

/**
 * The whole boundary between the renderer and the Electron main process. The preload exposes
 * exactly these calls as `window.spleiselag`; the main process validates every argument against
 * these schemas before it acts, whatever the renderer's TypeScript said.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'spleiselag'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

export const IPC_CHANNELS = {
  saveFile: 'spleiselag:save-file',
  appInfo: 'spleiselag:app-info',
  setMaalform: 'spleiselag:set-maalform',
  writeBackup: 'spleiselag:backup-write',
  listBackups: 'spleiselag:backup-list',
  readBackup: 'spleiselag:backup-read'
} as const

/** 50 MiB: far above any saksframlegg, far below what could hurt the machine. */
export const MAX_SAVE_BYTES = 50 * 1024 * 1024

/** Characters Windows forbids in file names, control characters, and path separators. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const FORBIDDEN_FILE_NAME = /[<>:"/\\|?*\u0000-\u001f]/

export const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !FORBIDDEN_FILE_NAME.test(name), 'forbidden character')
  .refine((name) => name.trim() === name && !name.endsWith('.'), 'leading/trailing space or dot')
  .refine((name) => !/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(name), 'reserved device name')

export const fileKindSchema = z.enum(['docx', 'json', 'csv'])
export type FileKind = z.infer<typeof fileKindSchema>

export const saveFileRequestSchema = z
  .object({
    suggestedName: fileNameSchema,
    kind: fileKindSchema,
    data: z.instanceof(Uint8Array).refine((d) => d.byteLength > 0 && d.byteLength <= MAX_SAVE_BYTES, 'size')
  })
  .strict()
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>

/** 'failed': the file could not be written (disk full, no permission…); any file already there is untouched. */
export type SaveFileResult = { status: 'saved'; path: string } | { status: 'cancelled' } | ({ status: 'failed' } & FileFailure)

export interface AppInfo {
  name: string
  version: string
  dataFolder: string
  /** Where the automatic backups are kept ('' in a browser, which has no such folder). */
  backupFolder: string
  platform: string
}

/**
 * Backups in the data folder. The main process owns the folder and names the files itself; the
 * renderer sends only the content, and reads a backup back only by a name the list gave it.
 */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024

/** spleiselag-2026-11-24T03-40-05-123Z.json: the moment it was written (UTC), ':' and '.' made '-' for Windows. */
export const BACKUP_NAME = /^spleiselag-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/

export const backupNameSchema = z.string().max(64).regex(BACKUP_NAME)

export const writeBackupRequestSchema = z
  .object({
    data: z.instanceof(Uint8Array).refine((d) => d.byteLength > 0 && d.byteLength <= MAX_BACKUP_BYTES, 'size'),
    /** An automatic backup at start is not written when it equals the newest one. */
    automatic: z.boolean()
  })
  .strict()
export type WriteBackupRequest = z.infer<typeof writeBackupRequestSchema>

export interface BackupEntry {
  name: string
  /** When it was written, as an ISO timestamp (UTC). */
  date: string
  /** Bytes. */
  size: number
}

export type WriteBackupResult = { status: 'written' | 'unchanged'; entry: BackupEntry }

export const maalformSchema = z.enum(MAALFORMER)

export const externalUrlSchema = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value)
      return url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname.includes('.')
    } catch {
      return false
    }
  }, 'only https: links')

/** What the preload puts on `window.spleiselag`. */
export interface SpleiselagBridge {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  appInfo(): Promise<AppInfo>
  setMaalform(maalform: Maalform): Promise<void>
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>
  /** The backups in the data folder, the newest first. */
  listBackups(): Promise<BackupEntry[]>
  readBackup(name: string): Promise<Uint8Array>
}
