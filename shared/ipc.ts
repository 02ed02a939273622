import { z } from 'zod'
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
  setMaalform: 'spleiselag:set-maalform'
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

export type SaveFileResult = { status: 'saved'; path: string } | { status: 'cancelled' }

export interface AppInfo {
  name: string
  version: string
  dataFolder: string
  platform: string
}

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
}
