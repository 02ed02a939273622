import type { SpleiselagBridge } from '@shared/ipc'
import type { Platform } from './platform'

export function electronPlatform(bridge: SpleiselagBridge): Platform {
  return {
    kind: 'electron',
    saveFile: (request) => bridge.saveFile(request),
    appInfo: () => bridge.appInfo(),
    setMaalform: (maalform) => bridge.setMaalform(maalform),
    backups: {
      write: (data, automatic) => bridge.writeBackup({ data, automatic }),
      list: () => bridge.listBackups(),
      read: (name) => bridge.readBackup(name)
    }
  }
}
