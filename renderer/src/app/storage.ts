/**
 * Asks the browser to keep the app's IndexedDB data even when the disk fills up, and reports
 * whether it agreed and how full the quota is. The app shows a warning when it did not.
 */
export interface StorageStatus {
  persisted: boolean
  usage: number
  quota: number
}

export const NEARLY_FULL = 0.9

export async function requestPersistentStorage(storage: StorageManager | undefined): Promise<StorageStatus> {
  if (!storage) return { persisted: false, usage: 0, quota: 0 }
  let persisted: boolean
  try {
    persisted = (await storage.persisted()) || (await storage.persist())
  } catch {
    persisted = false
  }
  let usage = 0
  let quota = 0
  try {
    const estimate = await storage.estimate()
    usage = estimate.usage ?? 0
    quota = estimate.quota ?? 0
  } catch {
    // No estimate: say nothing about fullness.
  }
  return { persisted, usage, quota }
}

export function isNearlyFull(status: StorageStatus): boolean {
  return status.quota > 0 && status.usage / status.quota >= NEARLY_FULL
}

/**
 * Which warning the frame shows: a nearly full quota every time (it is news each start); that the
 * browser may delete the data only until the user has closed it once.
 */
export function storageNotice(status: StorageStatus, closedBefore: boolean): 'nearlyFull' | 'notPersistent' | null {
  if (isNearlyFull(status)) return 'nearlyFull'
  if (status.persisted || closedBefore) return null
  return 'notPersistent'
}
