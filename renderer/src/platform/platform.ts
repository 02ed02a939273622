import type { AppInfo, BackupEntry, SaveFileRequest, SaveFileResult, WriteBackupRequest, WriteBackupResult } from '@shared/ipc'
import type { Maalform } from '@shared/maalform'

/**
 * What the renderer needs from the machine it runs on. The Electron window and a plain browser
 * tab each get their own implementation, chosen once at start; the rest of the renderer never
 * asks which one it has.
 */
export interface Platform {
  kind: 'electron' | 'web'
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  appInfo(): Promise<AppInfo>
  setMaalform(maalform: Maalform): Promise<void>
  /** The backup folder in the data folder; null in a browser, which offers download and upload only. */
  backups: BackupShelf | null
}

/** Backups the main process keeps in the data folder and names itself. */
export interface BackupShelf {
  write(data: WriteBackupRequest['data'], automatic: boolean): Promise<WriteBackupResult>
  /** The newest first. */
  list(): Promise<BackupEntry[]>
  read(name: string): Promise<Uint8Array>
}
