import { contextBridge, ipcRenderer } from 'electron'
import type { SpleiselagBridge } from '../../shared/ipc'

// The renderer gets this one small object and nothing else; never ipcRenderer itself. The
// channel names are repeated here rather than imported so that the sandboxed preload stays a
// single small file with no shared chunks.
const bridge: SpleiselagBridge = {
  saveFile: (request) => ipcRenderer.invoke('spleiselag:save-file', request),
  appInfo: () => ipcRenderer.invoke('spleiselag:app-info'),
  setMaalform: (maalform) => ipcRenderer.invoke('spleiselag:set-maalform', maalform),
  writeBackup: (request) => ipcRenderer.invoke('spleiselag:backup-write', request),
  listBackups: () => ipcRenderer.invoke('spleiselag:backup-list'),
  readBackup: (name) => ipcRenderer.invoke('spleiselag:backup-read', name)
}

contextBridge.exposeInMainWorld('spleiselag', bridge)
