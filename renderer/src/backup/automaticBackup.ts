import type { Platform } from '../platform'
import { backupStore } from './backupStore'
import { automaticBackupTried } from './lastBackup'

/**
 * The backup at each start of the desktop app, into the data folder. A database with nothing in
 * it (the first run) is not backed up, and the main process skips one equal to the newest, so
 * neither pushes older backups out of the ten kept. Apart from lastBackup.ts so that the line on
 * Oversikt (which only reads when the last backup was) does not bring the backup store, and every
 * table's row check, into that page's code.
 */
export async function automaticBackup(platform: Platform): Promise<void> {
  if (!platform.backups) return
  try {
    if (await backupStore.isEmpty()) return
    const text = await backupStore.export()
    await platform.backups.write(new TextEncoder().encode(text), true)
    automaticBackupTried(false)
  } catch (error) {
    console.error('The automatic backup failed:', error)
    automaticBackupTried(true)
  }
}
