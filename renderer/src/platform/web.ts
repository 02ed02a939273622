import type { SaveFileRequest } from '@shared/ipc'
import { version } from '../../../package.json'
import type { Platform } from './platform'

const MIME: Record<SaveFileRequest['kind'], string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
  csv: 'text/csv;charset=utf-8'
}

/** The app in a browser tab: files go to the browser's downloads, data stays in IndexedDB. */
export function webPlatform(): Platform {
  return {
    kind: 'web',
    async saveFile(request) {
      const name = request.suggestedName.toLowerCase().endsWith(`.${request.kind}`)
        ? request.suggestedName
        : `${request.suggestedName}.${request.kind}`
      const blob = new Blob([request.data as BlobPart], { type: MIME[request.kind] })
      const url = URL.createObjectURL(blob)
      const anchor = document.createElement('a')
      anchor.href = url
      anchor.download = name
      anchor.rel = 'noopener'
      document.body.append(anchor)
      anchor.click()
      anchor.remove()
      // Revoke later: some browsers read the blob after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
      return { status: 'saved', path: name }
    },
    async appInfo() {
      return { name: 'Spleiselag', version, dataFolder: '', backupFolder: '', platform: 'web' }
    },
    async setMaalform() {
      // A browser tab has no application menu to translate.
    },
    // A browser tab has no data folder: backups are downloaded and uploaded as files.
    backups: null
  }
}
