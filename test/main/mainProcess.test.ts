import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'

/**
 * What the running main process does after start: its IPC answers, the About dialog, and the
 * window's life (shown when ready, restored on a second start, re-created on activate, the app
 * quitting when it closes). Electron is a mock that records listeners so the test can fire them.
 * (app.test.ts checks the start itself and that the guards are wired.)
 */
type Listener = (...args: unknown[]) => unknown

const fake = vi.hoisted(() => {
  const state = {
    windows: [] as FakeWindow[],
    appListeners: new Map<string, Listener>(),
    handlers: new Map<string, Listener>(),
    protocolHandler: undefined as Listener | undefined,
    menus: [] as unknown[]
  }
  class FakeWindow {
    listeners = new Map<string, Listener>()
    minimized = false
    closed = false
    options: { webPreferences?: Record<string, unknown> }
    webContents = { mainFrame: { url: 'app://spleiselag/index.html' }, on: () => undefined, setWindowOpenHandler: () => undefined }
    show = vi.fn()
    focus = vi.fn()
    restore = vi.fn()
    loadURL = vi.fn(async () => undefined)
    isMinimized = () => this.minimized
    once = (event: string, listener: Listener) => void this.listeners.set(event, listener)
    on = (event: string, listener: Listener) => void this.listeners.set(event, listener)
    constructor(options: FakeWindow['options']) {
      this.options = options
      state.windows.push(this)
    }
    static getAllWindows = () => state.windows.filter((window) => !window.closed)
  }
  const module = {
    app: {
      isPackaged: true,
      setPath: vi.fn(),
      getPath: (name: string) => `/home/kari/${name}`,
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      on: (event: string, listener: Listener) => void state.appListeners.set(event, listener),
      whenReady: () => Promise.resolve(),
      getVersion: () => '0.1.0',
      getName: () => 'Spleiselag'
    },
    BrowserWindow: FakeWindow,
    Menu: {
      setApplicationMenu: vi.fn(),
      buildFromTemplate: (template: unknown) => {
        state.menus.push(template)
        return template
      }
    },
    dialog: {
      showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true })),
      showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 }))
    },
    ipcMain: { handle: (channel: string, listener: Listener) => void state.handlers.set(channel, listener) },
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    session: {
      defaultSession: {
        protocol: { handle: (_scheme: string, handler: Listener) => void (state.protocolHandler = handler) },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn()
      }
    },
    shell: { openExternal: vi.fn() }
  }
  return { state, module, FakeWindow }
})

vi.mock('electron', () => ({ ...fake.module, default: fake.module }))

type Window = InstanceType<typeof fake.FakeWindow>

async function start(): Promise<Window> {
  vi.resetModules()
  fake.state.windows.length = 0
  fake.state.appListeners.clear()
  fake.state.handlers.clear()
  fake.state.menus.length = 0
  await import('../../electron/main/index')
  await new Promise((resolve) => setTimeout(resolve, 0))
  return fake.state.windows[0]!
}

function invoke(window: Window, channel: string, argument?: unknown): Promise<unknown> {
  const handler = fake.state.handlers.get(channel)!
  const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame }
  return Promise.resolve(handler(event, argument))
}

function menuLabels(template: unknown): string[] {
  return (template as { label?: string; submenu?: { label?: string }[] }[]).flatMap((item) => [
    item.label ?? '',
    ...(item.submenu ?? []).map((sub) => sub.label ?? '')
  ])
}

describe('the running main process', () => {
  beforeEach(() => {
    vi.clearAllMocks()
  })

  it('opens a window without DevTools in a packaged build, shown once it is ready', async () => {
    const window = await start()
    expect(window.options.webPreferences).toMatchObject({ devTools: false, sandbox: true })
    expect(window.show).not.toHaveBeenCalled()
    window.listeners.get('ready-to-show')!()
    expect(window.show).toHaveBeenCalled()
  })

  it('tells the renderer its name, version, data folder and backup folder', async () => {
    const window = await start()
    expect(await invoke(window, 'spleiselag:app-info')).toEqual({
      name: 'Spleiselag',
      version: '0.1.0',
      dataFolder: '/home/kari/userData',
      backupFolder: join('/home/kari/userData', 'backups'),
      platform: process.platform
    })
  })

  it('asks where to save over the main window, in the målform the renderer last set', async () => {
    const window = await start()
    await invoke(window, 'spleiselag:set-maalform', 'nb')
    expect(menuLabels(fake.state.menus.at(-1))).toContain('Vindu')
    const result = await invoke(window, 'spleiselag:save-file', { suggestedName: 'Sak', kind: 'docx', data: new Uint8Array([1]) })
    expect(result).toEqual({ status: 'cancelled' })
    const [parent, options] = fake.module.dialog.showSaveDialog.mock.calls[0]! as [unknown, { defaultPath: string }]
    expect(parent).toBe(window)
    expect(options.defaultPath).toBe('/home/kari/documents/Sak.docx')
  })

  it('shows About with the version and the data folder, in the målform', async () => {
    const window = await start()
    await invoke(window, 'spleiselag:set-maalform', 'nn')
    const help = (fake.state.menus.at(-1) as { submenu?: { click?: () => void }[] }[]).at(-1)!
    help.submenu![0]!.click!()
    expect(fake.module.dialog.showMessageBox).toHaveBeenCalledWith(window, {
      type: 'info',
      title: 'Om Spleiselag',
      message: 'Spleiselag',
      detail: 'Versjon 0.1.0\nData vert lagra lokalt i /home/kari/userData.'
    })
  })

  it('brings the window back when the app is started a second time', async () => {
    const window = await start()
    window.minimized = true
    fake.state.appListeners.get('second-instance')!()
    expect(window.restore).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()

    window.minimized = false
    window.restore.mockClear()
    fake.state.appListeners.get('second-instance')!()
    expect(window.restore).not.toHaveBeenCalled()
  })

  it('after the window is closed: a second start does nothing, activate opens a new window', async () => {
    const window = await start()
    fake.state.appListeners.get('activate')!()
    expect(fake.state.windows).toHaveLength(1)

    window.closed = true
    window.listeners.get('closed')!()
    fake.state.appListeners.get('second-instance')!()
    expect(window.focus).not.toHaveBeenCalled()
    fake.state.appListeners.get('activate')!()
    expect(fake.state.windows).toHaveLength(2)
    expect(fake.state.windows[1]!.loadURL).toHaveBeenCalledWith('app://spleiselag/index.html')
  })

  it('quits when the last window closes, except on macOS', async () => {
    await start()
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!
    try {
      for (const [name, quits] of [['win32', true], ['linux', true], ['darwin', false]] as const) {
        fake.module.app.quit.mockClear()
        Object.defineProperty(process, 'platform', { value: name })
        fake.state.appListeners.get('window-all-closed')!()
        expect(fake.module.app.quit).toHaveBeenCalledTimes(quits ? 1 : 0)
      }
    } finally {
      Object.defineProperty(process, 'platform', platform)
    }
  })

  it('answers app:// requests through the protocol handler', async () => {
    await start()
    const response = (await fake.state.protocolHandler!(new Request('app://spleiselag/finst-ikkje.js'))) as Response
    expect(response).toBeInstanceOf(Response)
    expect(response.status).toBe(404)
  })
})
