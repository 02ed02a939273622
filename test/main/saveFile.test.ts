import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { mkdir, open, rename, unlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MessageBoxOptions, SaveDialogOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { writeFileAtomic, type AtomicWriteFs } from '../../node/atomicWrite'
import { saveFile, type SaveFileDeps } from '../../electron/main/saveFile'
import { describeFileError } from '../../node/fileError'

const folder = () => mkdtempSync(join(tmpdir(), 'spleiselag-save-'))
const bytes = (text: string) => new TextEncoder().encode(text)
const noConfirm = async (): Promise<boolean> => {
  throw new Error('the overwrite question was not expected here')
}

/** The real file system, except for the one call a test makes fail with `code`. */
function failing(call: 'open' | 'write' | 'rename', code: string): AtomicWriteFs {
  const error = () => Object.assign(new Error(`${code}: simulated`), { code })
  return {
    open: (async (...args: Parameters<typeof open>) => {
      if (call === 'open') throw error()
      const handle = await open(...args)
      if (call !== 'write') return handle
      return Object.assign(Object.create(Object.getPrototypeOf(handle) as object) as typeof handle, handle, {
        writeFile: async () => {
          await handle.writeFile('half')
          throw error()
        },
        close: () => handle.close()
      })
    }) as typeof open,
    rename: (async (...args: Parameters<typeof rename>) => {
      if (call === 'rename') throw error()
      return rename(...args)
    }) as typeof rename,
    unlink
  }
}

describe('saving a file', () => {
  it('asks with the Save dialog in the user’s målform and writes the chosen file', async () => {
    const dir = folder()
    const showSaveDialog = vi.fn(async (_options: SaveDialogOptions) => ({ canceled: false, filePath: join(dir, 'Saksframlegg 17-596.docx') }))
    const result = await saveFile(
      { suggestedName: 'Saksframlegg 17-596', kind: 'docx', data: bytes('PK docx') },
      { showSaveDialog, documentsFolder: '/home/tysnes/Dokument', maalform: () => 'nn', confirmOverwrite: noConfirm }
    )
    expect(result).toEqual({ status: 'saved', path: join(dir, 'Saksframlegg 17-596.docx') })
    expect(readFileSync(join(dir, 'Saksframlegg 17-596.docx'), 'utf8')).toBe('PK docx')
    const options = showSaveDialog.mock.calls[0]![0]
    expect(options.title).toBe('Lagre fil')
    // The dialog's own overwrite check sees the name with its extension, and the kind's filter.
    expect(options.defaultPath).toBe(join('/home/tysnes/Dokument', 'Saksframlegg 17-596.docx'))
    expect(options.filters).toEqual([{ name: 'Word-dokument', extensions: ['docx'] }])
    expect(options.properties).toContain('showOverwriteConfirmation')
  })

  it('returns "cancelled" and writes nothing when the user cancels', async () => {
    const write = vi.fn()
    const result = await saveFile(
      { suggestedName: 'sak.docx', kind: 'docx', data: bytes('x') },
      { showSaveDialog: async () => ({ canceled: true }), documentsFolder: '/tmp', maalform: () => 'nb', confirmOverwrite: noConfirm, write }
    )
    expect(result).toEqual({ status: 'cancelled' })
    expect(write).not.toHaveBeenCalled()
  })

  it('adds the extension when the user typed a name without one and no such file exists', async () => {
    const dir = folder()
    const result = await saveFile(
      { suggestedName: 'sak.docx', kind: 'docx', data: bytes('x') },
      { showSaveDialog: async () => ({ canceled: false, filePath: join(dir, 'mi sak') }), documentsFolder: dir, maalform: () => 'nb', confirmOverwrite: noConfirm }
    )
    expect(result).toEqual({ status: 'saved', path: join(dir, 'mi sak.docx') })
    expect(readFileSync(join(dir, 'mi sak.docx'), 'utf8')).toBe('x')
  })

  describe('when the user typed "sak" and "sak.docx" exists (the dialog checked "sak")', () => {
    const setUp = (answer: boolean) => {
      const dir = folder()
      writeFileSync(join(dir, 'sak.docx'), 'the signed version')
      const confirmOverwrite = vi.fn(async (_options: MessageBoxOptions) => answer)
      const deps: SaveFileDeps = {
        showSaveDialog: async () => ({ canceled: false, filePath: join(dir, 'sak') }),
        documentsFolder: dir,
        maalform: () => 'nn',
        confirmOverwrite
      }
      return { dir, deps, confirmOverwrite }
    }

    it('asks in the målform before replacing it, and keeps it when the user says no', async () => {
      const { dir, deps, confirmOverwrite } = setUp(false)
      const result = await saveFile({ suggestedName: 'sak', kind: 'docx', data: bytes('new') }, deps)
      expect(result).toEqual({ status: 'cancelled' })
      expect(readFileSync(join(dir, 'sak.docx'), 'utf8')).toBe('the signed version')
      expect(confirmOverwrite.mock.calls[0]![0]).toMatchObject({
        message: '«sak.docx» finst frå før. Vil du byte ho ut?',
        buttons: ['Byt ut', 'Avbryt'],
        cancelId: 1,
        defaultId: 1
      })
    })

    it('replaces it when the user confirms', async () => {
      const { dir, deps } = setUp(true)
      const result = await saveFile({ suggestedName: 'sak', kind: 'docx', data: bytes('new') }, deps)
      expect(result).toEqual({ status: 'saved', path: join(dir, 'sak.docx') })
      expect(readFileSync(join(dir, 'sak.docx'), 'utf8')).toBe('new')
    })
  })
})

describe('a save that cannot be written', () => {
  const save = (dir: string, write: SaveFileDeps['write']) =>
    saveFile(
      { suggestedName: 'sak.docx', kind: 'docx', data: bytes('new version') },
      { showSaveDialog: async () => ({ canceled: false, filePath: join(dir, 'sak.docx') }), documentsFolder: dir, maalform: () => 'nn', confirmOverwrite: noConfirm, write }
    )

  it.each([
    ['the disk fills during the write', 'write' as const, 'ENOSPC', 'diskFull'],
    ['the folder may not be written', 'open' as const, 'EACCES', 'noPermission'],
    ['the final rename fails with a code of no words of its own', 'rename' as const, 'EXDEV', 'other']
  ])('tells the renderer why when %s, and the existing file stays', async (_what, call, code, reason) => {
    const dir = folder()
    const target = join(dir, 'sak.docx')
    writeFileSync(target, 'old version')
    const result = await save(dir, (path, data) => writeFileAtomic(path, data, failing(call, code)))
    expect(result).toEqual({ status: 'failed', reason, code, path: target })
    expect(readFileSync(target, 'utf8')).toBe('old version')
    expect(readdirSync(dir)).toEqual(['sak.docx'])
  })

  it('lets an error that is not the file system’s through, for the renderer’s general message', async () => {
    const dir = folder()
    await expect(save(dir, async () => Promise.reject(new TypeError('a bug')))).rejects.toThrow('a bug')
  })
})

describe('atomic write', () => {
  it('replaces an existing file whole and leaves no temporary file', async () => {
    const dir = folder()
    const target = join(dir, 'sak.docx')
    writeFileSync(target, 'old version')
    await writeFileAtomic(target, bytes('new version'))
    expect(readFileSync(target, 'utf8')).toBe('new version')
    expect(readdirSync(dir)).toEqual(['sak.docx'])
  })

  // Each failure is simulated through the file-system calls the write makes, so these run the same
  // as root (as CI does) as for a user: chmod does not stop root.
  it.each([
    ['the disk fills during the write', 'write' as const, 'ENOSPC'],
    ['the folder may not be written', 'open' as const, 'EACCES'],
    ['the final rename fails', 'rename' as const, 'EXDEV']
  ])('leaves the existing file untouched and no temporary file when %s', async (_what, call, code) => {
    const dir = folder()
    const target = join(dir, 'sak.docx')
    writeFileSync(target, 'old version')
    const failure = writeFileAtomic(target, bytes('new version'), failing(call, code))
    await expect(failure).rejects.toMatchObject({ code, path: target })
    expect(readFileSync(target, 'utf8')).toBe('old version')
    expect(readdirSync(dir)).toEqual(['sak.docx'])
  })

  it('cannot replace a folder, and says so about the name asked for, not the temporary file', async () => {
    const dir = folder()
    const target = join(dir, 'sak.docx')
    await mkdir(join(target, 'inner'), { recursive: true })
    const error: unknown = await writeFileAtomic(target, bytes('new')).catch((e: unknown) => e)
    expect(error).toMatchObject({ path: target })
    expect(describeFileError(error)?.nb).toMatch(new RegExp(`^Klarte ikke å skrive ${target}: `))
    expect(readdirSync(dir)).toEqual(['sak.docx'])
    expect(readdirSync(target)).toEqual(['inner'])
  })
})
