import { mkdtempSync, readFileSync, readdirSync, writeFileSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SaveDialogOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { writeFileAtomic } from '../../electron/main/atomicWrite'
import { saveFile } from '../../electron/main/saveFile'

const folder = () => mkdtempSync(join(tmpdir(), 'spleiselag-save-'))
const bytes = (text: string) => new TextEncoder().encode(text)

describe('saving a file', () => {
  it('asks with the Save dialog in the user’s målform and writes the chosen file', async () => {
    const dir = folder()
    const showSaveDialog = vi.fn(async (_options: SaveDialogOptions) => ({ canceled: false, filePath: join(dir, "Saksframlegg 17-596.docx") }))
    const result = await saveFile(
      { suggestedName: 'Saksframlegg 17-596', kind: 'docx', data: bytes('PK docx') },
      { showSaveDialog, documentsFolder: '/home/tysnes/Dokument', maalform: () => 'nn' }
    )
    expect(result).toEqual({ status: 'saved', path: join(dir, 'Saksframlegg 17-596.docx') })
    expect(readFileSync(join(dir, 'Saksframlegg 17-596.docx'), 'utf8')).toBe('PK docx')
    const options = showSaveDialog.mock.calls[0]![0]
    expect(options.title).toBe('Lagre fil')
    expect(options.defaultPath).toBe(join('/home/tysnes/Dokument', 'Saksframlegg 17-596.docx'))
    expect(options.filters).toEqual([{ name: 'Word-dokument', extensions: ['docx'] }])
  })

  it('returns "cancelled" and writes nothing when the user cancels', async () => {
    const write = vi.fn()
    const result = await saveFile(
      { suggestedName: 'sak.docx', kind: 'docx', data: bytes('x') },
      { showSaveDialog: async () => ({ canceled: true }), documentsFolder: '/tmp', maalform: () => 'nb', write }
    )
    expect(result).toEqual({ status: 'cancelled' })
    expect(write).not.toHaveBeenCalled()
  })

  it('adds the extension when the user typed a name without one', async () => {
    const dir = folder()
    const result = await saveFile(
      { suggestedName: 'sak.docx', kind: 'docx', data: bytes('x') },
      { showSaveDialog: async () => ({ canceled: false, filePath: join(dir, 'mi sak') }), documentsFolder: dir, maalform: () => 'nb' }
    )
    expect(result).toEqual({ status: 'saved', path: join(dir, 'mi sak.docx') })
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

  it('leaves the old file untouched and cleans up when the write fails', async () => {
    const dir = folder()
    const target = join(dir, 'sak.docx')
    writeFileSync(target, 'old version')
    // The target is a folder name that cannot be replaced by a file: rename fails after the write.
    const blocked = join(dir, 'blocked')
    await import('node:fs/promises').then((fs) => fs.mkdir(join(blocked, 'inner'), { recursive: true }))
    await expect(writeFileAtomic(blocked, bytes('new'))).rejects.toThrow()
    expect(readFileSync(target, 'utf8')).toBe('old version')
    expect(readdirSync(dir).sort()).toEqual(['blocked', 'sak.docx'])
  })

  it('fails cleanly in a folder it may not write to', async () => {
    if (process.getuid?.() === 0) return // root may write anywhere; the rename case above covers cleanup
    const dir = folder()
    chmodSync(dir, 0o500)
    await expect(writeFileAtomic(join(dir, 'sak.docx'), bytes('x'))).rejects.toThrow()
  })
})
