import type { SpleiselagBridge } from '@shared/ipc'
import { electronPlatform } from './electron'
import type { Platform } from './platform'
import { webPlatform } from './web'

export type { BackupShelf, Platform } from './platform'

declare global {
  interface Window {
    spleiselag?: SpleiselagBridge
  }
}

/** The preload's bridge is there only in the Electron window. */
export function choosePlatform(): Platform {
  return window.spleiselag ? electronPlatform(window.spleiselag) : webPlatform()
}
