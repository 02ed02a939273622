import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { IpcRejected, handleValidated, type IpcMainLike } from '../../electron/main/ipc'
import { IPC_CHANNELS, saveFileRequestSchema } from '../../shared/ipc'

/** Builds the three parties of an IPC call: our window's contents, its frames, and ipcMain. */
function setup() {
  const mainFrame = { url: 'app://spleiselag/index.html' }
  const contents = { mainFrame }
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>()
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener as never) }
  const invoke = (channel: string, event: unknown, ...args: unknown[]) => {
    const handler = handlers.get(channel)
    if (!handler) throw new Error(`no handler for ${channel}`)
    return Promise.resolve(handler(event, ...args))
  }
  return { mainFrame, contents, ipcMain, invoke }
}

const docx = (bytes = 10) => new Uint8Array(bytes).fill(1)

describe('IPC from the renderer', () => {
  it('runs the handler for the app’s own main frame with parsed arguments', async () => {
    const { contents, mainFrame, ipcMain, invoke } = setup()
    const handler = vi.fn(async (request: z.infer<typeof saveFileRequestSchema>) => request.suggestedName)
    handleValidated(ipcMain, IPC_CHANNELS.saveFile, saveFileRequestSchema, () => contents as never, handler)
    const result = await invoke(
      IPC_CHANNELS.saveFile,
      { sender: contents, senderFrame: mainFrame },
      { suggestedName: 'Saksframlegg 17-596.docx', kind: 'docx', data: docx() }
    )
    expect(result).toBe('Saksframlegg 17-596.docx')
    expect(handler).toHaveBeenCalledTimes(1)
  })

  it('rejects a message from a subframe, another page or another window, and never runs the handler', async () => {
    const { contents, mainFrame, ipcMain, invoke } = setup()
    const handler = vi.fn()
    handleValidated(ipcMain, 'x', z.string(), () => contents as never, handler)

    const subframe = { url: 'app://spleiselag/index.html' }
    await expect(invoke('x', { sender: contents, senderFrame: subframe }, 'a')).rejects.toBeInstanceOf(IpcRejected)

    const foreignPage = { url: 'https://evil.example/' }
    const hijacked = { mainFrame: foreignPage }
    await expect(invoke('x', { sender: hijacked, senderFrame: foreignPage }, 'a')).rejects.toThrow(/sender/)

    const otherWindow = { mainFrame }
    await expect(invoke('x', { sender: otherWindow, senderFrame: mainFrame }, 'a')).rejects.toThrow(/sender/)

    await expect(invoke('x', { sender: contents, senderFrame: null }, 'a')).rejects.toThrow(/sender/)

    const navigatedAway = { url: 'file:///tmp/x.html' }
    const contentsAway = { mainFrame: navigatedAway }
    handleValidated(ipcMain, 'y', z.string(), () => contentsAway as never, handler)
    await expect(invoke('y', { sender: contentsAway, senderFrame: navigatedAway }, 'a')).rejects.toThrow(/sender/)
    expect(handler).not.toHaveBeenCalled()
  })

  it.each([
    ['a path in the file name', { suggestedName: '../../evil.docx', kind: 'docx', data: docx() }],
    ['a Windows-forbidden character', { suggestedName: 'sak:1.docx', kind: 'docx', data: docx() }],
    ['a control character', { suggestedName: 'sak\u0007.docx', kind: 'docx', data: docx() }],
    ['a reserved device name', { suggestedName: 'CON.docx', kind: 'docx', data: docx() }],
    ['an empty name', { suggestedName: '', kind: 'docx', data: docx() }],
    ['a name of 201 characters', { suggestedName: 'a'.repeat(196) + '.docx', kind: 'docx', data: docx() }],
    ['an unknown kind', { suggestedName: 'sak.exe', kind: 'exe', data: docx() }],
    ['data that is a string', { suggestedName: 'sak.docx', kind: 'docx', data: 'PK..' }],
    ['empty data', { suggestedName: 'sak.docx', kind: 'docx', data: new Uint8Array() }],
    ['data over 50 MiB', { suggestedName: 'sak.docx', kind: 'docx', data: new Uint8Array(50 * 1024 * 1024 + 1) }],
    ['an extra field', { suggestedName: 'sak.docx', kind: 'docx', data: docx(), path: '/etc/passwd' }],
    ['no argument at all', undefined]
  ])('rejects bad arguments to save-file: %s', async (_label, argument) => {
    const { contents, mainFrame, ipcMain, invoke } = setup()
    const handler = vi.fn()
    handleValidated(ipcMain, IPC_CHANNELS.saveFile, saveFileRequestSchema, () => contents as never, handler)
    await expect(invoke(IPC_CHANNELS.saveFile, { sender: contents, senderFrame: mainFrame }, argument)).rejects.toThrow(
      /arguments/
    )
    expect(handler).not.toHaveBeenCalled()
  })

  it('rejects every message once the app’s window is gone', async () => {
    const { contents, mainFrame, ipcMain, invoke } = setup()
    const handler = vi.fn()
    handleValidated(ipcMain, 'w', z.string(), () => null, handler)
    await expect(invoke('w', { sender: contents, senderFrame: mainFrame }, 'a')).rejects.toThrow(/sender/)
    expect(handler).not.toHaveBeenCalled()
  })

  it('rejects extra arguments', async () => {
    const { contents, mainFrame, ipcMain, invoke } = setup()
    const handler = vi.fn()
    handleValidated(ipcMain, 'z', z.enum(['nn', 'nb']), () => contents as never, handler)
    await expect(invoke('z', { sender: contents, senderFrame: mainFrame }, 'nn', 'extra')).rejects.toThrow(/arguments/)
    expect(handler).not.toHaveBeenCalled()
  })
})
