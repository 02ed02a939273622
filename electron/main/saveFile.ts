import { extname, join } from 'node:path'
import type { SaveDialogOptions } from 'electron'
import type { FileKind, SaveFileRequest, SaveFileResult } from '../../shared/ipc'
import type { Maalform } from '../../shared/maalform'
import { writeFileAtomic } from './atomicWrite'
import { mainText } from './mainText'

export interface SaveFileDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>
  documentsFolder: string
  maalform(): Maalform
  write?: (path: string, data: Uint8Array) => Promise<void>
}

const FILTERS: Record<FileKind, { key: 'wordDocument' | 'jsonFile' | 'csvFile'; extensions: string[] }> = {
  docx: { key: 'wordDocument', extensions: ['docx'] },
  json: { key: 'jsonFile', extensions: ['json'] },
  csv: { key: 'csvFile', extensions: ['csv'] }
}

/** Asks where to save with the native dialog, then writes atomically. */
export async function saveFile(request: SaveFileRequest, deps: SaveFileDeps): Promise<SaveFileResult> {
  const maalform = deps.maalform()
  const filter = FILTERS[request.kind]
  const suggested = request.suggestedName.toLowerCase().endsWith(`.${request.kind}`)
    ? request.suggestedName
    : `${request.suggestedName}.${request.kind}`
  const choice = await deps.showSaveDialog({
    title: mainText(maalform, 'saveTitle'),
    buttonLabel: mainText(maalform, 'saveButton'),
    defaultPath: join(deps.documentsFolder, suggested),
    filters: [{ name: mainText(maalform, filter.key), extensions: filter.extensions }],
    properties: ['showOverwriteConfirmation', 'createDirectory']
  })
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' }
  const path = extname(choice.filePath) ? choice.filePath : `${choice.filePath}.${request.kind}`
  await (deps.write ?? writeFileAtomic)(path, request.data)
  return { status: 'saved', path }
}
