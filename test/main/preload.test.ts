import { beforeAll, describe, expect, it, vi } from 'vitest'
import { IPC_CHANNELS } from '../../shared/ipc'

/**
 * The preload is the renderer's only way into the main process. It runs with `electron` mocked
 * here, so the test sees exactly what it hands to the page.
 */
const electron = vi.hoisted(() => {
  const ipcRenderer = {
    invoke: vi.fn(async (...args: unknown[]) => ({ invoked: args })),
    send: vi.fn(),
    sendSync: vi.fn(),
    on: vi.fn(),
    once: vi.fn(),
    postMessage: vi.fn()
  }
  const exposed: [string, unknown][] = []
  const contextBridge = {
    exposeInMainWorld: vi.fn((key: string, api: unknown) => void exposed.push([key, api])),
    exposeInIsolatedWorld: vi.fn()
  }
  return { ipcRenderer, contextBridge, exposed, module: { ipcRenderer, contextBridge } }
})

vi.mock('electron', () => ({ ...electron.module, default: electron.module }))

type Bridge = Record<string, (...args: unknown[]) => unknown>

describe('the preload', () => {
  beforeAll(async () => {
    await import('../../electron/preload/index')
  })

  it('puts one object on window.spleiselag and nothing else on the page', () => {
    expect(electron.exposed.map(([key]) => key)).toEqual(['spleiselag'])
    expect(electron.contextBridge.exposeInIsolatedWorld).not.toHaveBeenCalled()
  })

  it('exposes one function per main-process channel and never ipcRenderer or any of its methods', () => {
    const bridge = electron.exposed[0]![1] as Bridge
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(IPC_CHANNELS).sort())
    const ipcValues = new Set<unknown>([electron.ipcRenderer, ...Object.values(electron.ipcRenderer)])
    for (const value of Object.values(bridge)) {
      expect(typeof value).toBe('function')
      expect(ipcValues.has(value)).toBe(false)
    }
  })

  it('sends each call on its own fixed channel with only the argument it was given', async () => {
    const bridge = electron.exposed[0]![1] as Bridge
    for (const [name, channel] of Object.entries(IPC_CHANNELS)) {
      electron.ipcRenderer.invoke.mockClear()
      const result = await bridge[name]!('argument', 'smuggled')
      const call = electron.ipcRenderer.invoke.mock.calls[0]!
      expect(call[0]).toBe(channel)
      expect(call.slice(1).filter((arg) => arg !== undefined)).not.toContain('smuggled')
      // The page gets the main process's answer, not a handle to the IPC object.
      expect(result).toEqual({ invoked: call })
    }
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled()
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled()
  })

  it('offers no openExternal: nothing in the renderer opens links through the main process', () => {
    const bridge = electron.exposed[0]![1] as Bridge
    expect(bridge).not.toHaveProperty('openExternal')
    expect(Object.values(IPC_CHANNELS)).not.toContain('spleiselag:open-external')
  })
})
