import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SaveDialogOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security'
import { saveFile } from '../../electron/main/saveFile'

/** Items of Electron's security checklist that live outside the main-process code (SECURITY.md). */
const root = join(import.meta.dirname, '..', '..')

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources.sort()])
  )
}

function metaPolicy(html: string): string {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
  if (!match) throw new Error('renderer/index.html has no CSP meta tag')
  return match[1]!
}

describe('the Content Security Policy in renderer/index.html', () => {
  const meta = directives(metaPolicy(readFileSync(join(root, 'renderer', 'index.html'), 'utf8')))

  it('is the policy the app:// protocol sends, so the web build is as strict as the desktop app', () => {
    const header = directives(CONTENT_SECURITY_POLICY)
    // A meta CSP cannot carry frame-ancestors (browsers ignore it there); everything else is equal.
    header.delete('frame-ancestors')
    expect(Object.fromEntries(meta)).toEqual(Object.fromEntries(header))
  })

  it('allows no eval, no inline script or style, and no remote origin', () => {
    for (const sources of meta.values()) {
      for (const source of sources) expect(source).not.toMatch(/unsafe-|^\*$|https?:|^wss?:/)
    }
    expect(meta.get('default-src')).toEqual(["'none'"])
    expect(meta.get('object-src')).toEqual(["'none'"])
  })
})

describe('the Save dialog', () => {
  it('offers the file type that is being saved', async () => {
    for (const [kind, name] of [['docx', 'Word-dokument'], ['json', 'JSON-fil'], ['csv', 'CSV-fil']] as const) {
      const showSaveDialog = vi.fn(async (_options: SaveDialogOptions) => ({ canceled: true }))
      await saveFile(
        { suggestedName: `fil.${kind.toUpperCase()}`, kind, data: new Uint8Array([1]) },
        { showSaveDialog, documentsFolder: '/d', maalform: () => 'nn', confirmOverwrite: async () => false }
      )
      const options = showSaveDialog.mock.calls[0]![0]
      expect(options.filters).toEqual([{ name, extensions: [kind] }])
      expect(options.defaultPath).toBe(join('/d', `fil.${kind.toUpperCase()}`))
    }
  })

  it('writes nothing when the dialog is cancelled or gives no path', async () => {
    for (const choice of [{ canceled: true, filePath: '/d/sak.docx' }, { canceled: false }, { canceled: false, filePath: '' }]) {
      const write = vi.fn()
      const result = await saveFile(
        { suggestedName: 'sak', kind: 'docx', data: new Uint8Array([1]) },
        { showSaveDialog: async () => choice, documentsFolder: '/d', maalform: () => 'nn', confirmOverwrite: async () => false, write }
      )
      expect(result).toEqual({ status: 'cancelled' })
      expect(write).not.toHaveBeenCalled()
    }
  })


  it('asks before it replaces an existing file', async () => {
    const showSaveDialog = vi.fn(async (_options: SaveDialogOptions) => ({ canceled: true }))
    await saveFile(
      { suggestedName: 'sak', kind: 'docx', data: new Uint8Array([1]) },
      { showSaveDialog, documentsFolder: '/home/tysnes/Dokument', maalform: () => 'nn', confirmOverwrite: async () => false }
    )
    expect(showSaveDialog).toHaveBeenCalledTimes(1)
    expect(showSaveDialog.mock.calls[0]![0].properties).toContain('showOverwriteConfirmation')
  })
})
