import type { AppInfo, SaveFileRequest, SaveFileResult } from '@shared/ipc'
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
}
