import { useEffect, useState } from 'react'
import type { Platform } from '../platform'

/**
 * When the last backup was made. On the desktop the backup folder says it (the newest file); a
 * browser has no folder, so the moment of the last download is remembered in localStorage (not
 * in the database, where it would make every backup differ from the one before).
 */
const DOWNLOADED_KEY = 'spleiselag.lastBackupDownload'

export interface LastBackup {
  /** ISO timestamp, or null when none is known. */
  date: string | null
  /** The automatic backup at this start could not be written. */
  autoFailed: boolean
}

let autoFailed = false
const listeners = new Set<() => void>()

function changed(): void {
  for (const listener of listeners) listener()
}

/** A backup was written or downloaded: the screens that show the last one look again. */
export function backupTaken(platform: Platform, at: Date = new Date()): void {
  if (!platform.backups) {
    try {
      localStorage.setItem(DOWNLOADED_KEY, at.toISOString())
    } catch {
      // No storage: the line on Oversikt keeps saying what it knew.
    }
  }
  changed()
}

async function lastBackup(platform: Platform): Promise<LastBackup> {
  if (platform.backups) {
    const entries = await platform.backups.list()
    return { date: entries[0]?.date ?? null, autoFailed }
  }
  let date: string | null
  try {
    date = localStorage.getItem(DOWNLOADED_KEY)
  } catch {
    date = null
  }
  return { date, autoFailed }
}

/** The last backup, kept up to date while the component is shown; undefined while it is looked up. */
export function useLastBackup(platform: Platform): LastBackup | undefined {
  const [state, setState] = useState<LastBackup>()
  useEffect(() => {
    let live = true
    const look = (): void => {
      lastBackup(platform).then(
        (found) => live && setState(found),
        () => live && setState({ date: null, autoFailed })
      )
    }
    look()
    listeners.add(look)
    return () => {
      live = false
      listeners.delete(look)
    }
  }, [platform])
  return state
}

/**
 * The automatic backup at this start has been tried (automaticBackup.ts): the screens that show
 * the last backup look again, and say so when it could not be written.
 */
export function automaticBackupTried(failed: boolean): void {
  autoFailed = failed
  changed()
}
