import { beforeEach, describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate } from '../../electron/main/menu'

/**
 * electron/main/index.ts wires the modules together when it is loaded. Electron is replaced by
 * a mock, so what is checked is exactly what the module asks of Electron.
 */
const electron = vi.hoisted(() => {
  const handlers = new Map<string, unknown>()
  const windows: { options: unknown; url?: string; contents: Record<string, unknown> }[] = []
  class BrowserWindow {
    static getAllWindows = () => windows
    webContents: Record<string, unknown>
    constructor(options: unknown) {
      this.webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn(), mainFrame: {} }
      windows.push({ options, contents: this.webContents })
    }
    once = vi.fn()
    on = vi.fn()
    loadURL = vi.fn(async (url: string) => {
      windows[windows.length - 1]!.url = url
    })
  }
  const appEvents = new Map<string, (...args: unknown[]) => void>()
  return {
    handlers,
    windows,
    appEvents,
    singleInstance: true,
    module: {
      app: {
        setPath: vi.fn(),
        getPath: vi.fn((name: string) => `/home/user/${name}`),
        enableSandbox: vi.fn(),
        requestSingleInstanceLock: vi.fn(() => electron.singleInstance),
        quit: vi.fn(),
        on: vi.fn((event: string, listener: (...args: unknown[]) => void) => appEvents.set(event, listener)),
        whenReady: vi.fn(() => Promise.resolve()),
        getVersion: () => '0.1.0',
        getName: () => 'Spleiselag'
      },
      BrowserWindow,
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
      dialog: { showSaveDialog: vi.fn(), showMessageBox: vi.fn() },
      ipcMain: { handle: vi.fn((channel: string, listener: unknown) => handlers.set(channel, listener)) },
      protocol: { registerSchemesAsPrivileged: vi.fn() },
      session: {
        defaultSession: {
          protocol: { handle: vi.fn() },
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          setDevicePermissionHandler: vi.fn()
        }
      },
      shell: { openExternal: vi.fn() }
    }
  }
})

vi.mock('electron', () => ({ ...electron.module, default: electron.module }))

describe('the Electron main process', () => {
  beforeEach(() => {
    vi.resetModules()
    electron.handlers.clear()
    electron.windows.length = 0
  })

  it('starts locked down: fixed data folder, sandbox, privileged app:// scheme, one window on app://spleiselag', async () => {
    electron.singleInstance = true
    await import('../../electron/main/index')
    await new Promise((resolve) => setTimeout(resolve, 0))
    const { app, protocol, session, Menu } = electron.module
    expect(app.setPath).toHaveBeenCalledWith('userData', expect.stringMatching(/Spleiselag$/))
    expect(app.enableSandbox).toHaveBeenCalled()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })
    ])
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled()
    expect(session.defaultSession.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(Menu.setApplicationMenu).toHaveBeenCalled()
    expect(electron.windows).toHaveLength(1)
    expect(electron.windows[0]!.url).toBe('app://spleiselag/index.html')
    expect(electron.windows[0]!.options).toMatchObject({
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false }
    })
    expect([...electron.handlers.keys()].sort()).toEqual([
      'spleiselag:app-info',
      'spleiselag:backup-list',
      'spleiselag:backup-read',
      'spleiselag:backup-write',
      'spleiselag:save-file',
      'spleiselag:set-maalform'
    ])
  })

  it('serves the backup folder only by names it gave: a path is refused before any file is read', async () => {
    electron.singleInstance = true
    await import('../../electron/main/index')
    await new Promise((resolve) => setTimeout(resolve, 0))
    const contents = electron.windows[0]!.contents as { mainFrame: { url?: string } }
    contents.mainFrame.url = 'app://spleiselag/index.html'
    const event = { sender: contents, senderFrame: contents.mainFrame }
    type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>
    const handler = (channel: string) => electron.handlers.get(channel) as Handler
    await expect(handler('spleiselag:backup-read')(event, '../Spleiselag/spleiselag.json')).rejects.toThrow('rejected: arguments')
    await expect(handler('spleiselag:backup-write')(event, { data: new Uint8Array([1]), automatic: false, name: 'x.json' })).rejects.toThrow(
      'rejected: arguments'
    )
    await expect(handler('spleiselag:backup-list')(event, 'some folder')).rejects.toThrow('rejected: arguments')
    // The folder is the data folder's own: /home/user/userData/backups does not exist here, so the list is empty.
    await expect(handler('spleiselag:backup-list')(event)).resolves.toEqual([])
  })

  it('wires the guards: the window and every later web contents refuse foreign navigation, new windows and webviews; permissions are denied', async () => {
    electron.singleInstance = true
    await import('../../electron/main/index')
    await new Promise((resolve) => setTimeout(resolve, 0))
    type Listener = (event: { preventDefault: () => void; url?: string }, url?: string) => void
    const guarded = (contents: Record<string, unknown>) => {
      const on = contents.on as ReturnType<typeof vi.fn>
      const listener = (name: string): Listener => {
        const call = on.mock.calls.find(([event]) => event === name)
        expect(call, `no ${name} guard`).toBeDefined()
        return call![1] as Listener
      }
      const refused = (name: string, url: string): boolean => {
        const preventDefault = vi.fn()
        listener(name)({ preventDefault, url }, url)
        return preventDefault.mock.calls.length > 0
      }
      expect(refused('will-navigate', 'https://example.com/')).toBe(true)
      expect(refused('will-navigate', 'app://spleiselag/index.html')).toBe(false)
      expect(refused('will-redirect', 'https://example.com/')).toBe(true)
      expect(refused('will-frame-navigate', 'https://example.com/')).toBe(true)
      expect(refused('will-frame-navigate', 'app://spleiselag/index.html')).toBe(false)
      expect(refused('will-attach-webview', 'app://spleiselag/index.html')).toBe(true)
      const openHandler = (contents.setWindowOpenHandler as ReturnType<typeof vi.fn>).mock.calls[0]?.[0] as
        | ((details: { url: string }) => { action: string })
        | undefined
      expect(openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    }
    // The main window is guarded when it is made …
    guarded(electron.windows[0]!.contents)
    // … and so is any web contents created later, through the app's web-contents-created event.
    const later = { on: vi.fn(), setWindowOpenHandler: vi.fn() }
    electron.appEvents.get('web-contents-created')!({}, later)
    guarded(later)
    const { session } = electron.module
    const request = session.defaultSession.setPermissionRequestHandler.mock.calls.at(-1)?.[0] as
      | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
      | undefined
    const callback = vi.fn()
    request?.({}, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
  })

  it('quits at once when another instance is already running', async () => {
    electron.singleInstance = false
    electron.module.app.quit.mockClear()
    await import('../../electron/main/index')
    expect(electron.module.app.quit).toHaveBeenCalled()
    expect(electron.windows).toHaveLength(0)
  })
})

describe('the application menu', () => {
  const labels = (maalform: 'nn' | 'nb') =>
    buildMenuTemplate(maalform, () => undefined).flatMap((item) => [
      item.label,
      ...((item.submenu as { label?: string }[] | undefined) ?? []).map((sub) => sub.label)
    ])

  it('is in the user’s målform', () => {
    expect(labels('nn')).toContain('Vindauge')
    expect(labels('nn')).toContain('Gjer om')
    expect(labels('nb')).toContain('Vindu')
    expect(labels('nb')).toContain('Gjør om')
  })

  it('has the standard Edit commands, so copy and paste work', () => {
    const edit = buildMenuTemplate('nn', () => undefined)[1]!
    const roles = (edit.submenu as { role?: string }[]).map((item) => item.role).filter(Boolean)
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'])
  })
})
