import { existsSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import type { MessageBoxOptions, SaveDialogOptions } from 'electron'
import type { FileKind, SaveFileRequest, SaveFileResult } from '../../shared/ipc'
import type { Maalform } from '../../shared/maalform'
import { fileFailure } from '../../node/fileError'
import { writeFileAtomic } from './atomicWrite'
import { mainText } from './mainText'

export interface SaveFileDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>
  documentsFolder: string
  maalform(): Maalform
  /**
   * Asks whether to replace a file the dialog did not ask about (the user typed "sak", the dialog
   * checked "sak", and "sak.docx" exists); true to replace it.
   */
  confirmOverwrite(options: MessageBoxOptions): Promise<boolean>
  exists?: (path: string) => boolean
  write?: (path: string, data: Uint8Array) => Promise<void>
}

const FILTERS: Record<FileKind, { key: 'wordDocument' | 'jsonFile' | 'csvFile'; extensions: string[] }> = {
  docx: { key: 'wordDocument', extensions: ['docx'] },
  json: { key: 'jsonFile', extensions: ['json'] },
  csv: { key: 'csvFile', extensions: ['csv'] }
}

/**
 * Asks where to save with the native dialog, then writes atomically. The dialog is given the name
 * with its extension and the kind's filter, so its own overwrite check sees "sak.docx"; if the user
 * types a name without the extension, the extension is added and a file of that name that exists
 * is replaced only when the user confirms it.
 */
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
  if (extname(choice.filePath)) return write(choice.filePath, request.data, deps)
  const path = `${choice.filePath}.${request.kind}`
  if ((deps.exists ?? existsSync)(path)) {
    const replace = await deps.confirmOverwrite({
      type: 'warning',
      title: mainText(maalform, 'saveTitle'),
      message: mainText(maalform, 'overwriteMessage', { name: basename(path) }),
      buttons: [mainText(maalform, 'overwriteReplace'), mainText(maalform, 'overwriteCancel')],
      defaultId: 1,
      cancelId: 1,
      noLink: true
    })
    if (!replace) return { status: 'cancelled' }
  }
  return write(path, request.data, deps)
}

/** Writes atomically; a file-system error comes back as its reason, for the renderer to word in the målform. */
async function write(path: string, data: Uint8Array, deps: SaveFileDeps): Promise<SaveFileResult> {
  try {
    await (deps.write ?? writeFileAtomic)(path, data)
  } catch (error) {
    const failure = fileFailure(error)
    if (!failure) throw error
    return { status: 'failed', ...failure }
  }
  return { status: 'saved', path }
}
