import { describe, expect, it, vi } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  guardWebContents,
  isAppUrl,
  isSafeExternalUrl,
  lockDownSession,
  mainWindowOptions
} from '../../electron/main/security'

type Listener = (...args: unknown[]) => void

/** A stand-in for Electron's WebContents that records what the guards register. */
function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  return {
    on: vi.fn((event: string, listener: Listener) => listeners.set(event, listener)),
    setWindowOpenHandler: vi.fn((handler: typeof openHandler) => {
      openHandler = handler
    }),
    emit(event: string, ...args: unknown[]) {
      listeners.get(event)?.(...args)
    },
    open(url: string) {
      if (!openHandler) throw new Error('no window-open handler')
      return openHandler({ url })
    }
  }
}

function navigationEvent() {
  return { preventDefault: vi.fn() }
}

describe('the main window', () => {
  // Exactly these preferences and no others: a new key (enableBlinkFeatures, a second preload,
  // experimentalFeatures: true, …) must be a deliberate change to this list.
  const lockedDown = {
    preload: '/app/preload/index.cjs',
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false
  }

  it('is locked down: context isolation, sandbox, no Node, web security, no experimental or Blink features', () => {
    const options = mainWindowOptions('/app/preload/index.cjs', 'Spleiselag', true)
    expect(options.webPreferences).toEqual({ ...lockedDown, devTools: false })
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures')
    expect(options.show).toBe(false)
  })

  it('has DevTools only when not packaged', () => {
    expect(mainWindowOptions('/app/preload/index.cjs', 'Spleiselag', true).webPreferences?.devTools).toBe(false)
    expect(mainWindowOptions('/app/preload/index.cjs', 'Spleiselag', false).webPreferences).toEqual({
      ...lockedDown,
      devTools: true
    })
  })

  it('has a CSP that names no remote origin and allows no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    // Another page may not frame the app (clickjacking); only a header can say so.
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/)
  })
})

describe('navigation and new windows', () => {
  it('denies every window.open and sends only safe https links to the system browser', () => {
    const contents = fakeContents()
    const openExternal = vi.fn()
    guardWebContents(contents as never, openExternal)

    expect(contents.open('https://www.ks.no/digifin')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledWith('https://www.ks.no/digifin')

    for (const url of ['http://www.ks.no/', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@ks.no/']) {
      openExternal.mockClear()
      expect(contents.open(url)).toEqual({ action: 'deny' })
      expect(openExternal).not.toHaveBeenCalled()
    }
  })

  it('blocks navigation away from app://spleiselag and lets the app navigate within itself', () => {
    const contents = fakeContents()
    guardWebContents(contents as never, vi.fn())

    const away = navigationEvent()
    contents.emit('will-navigate', away, 'https://evil.example/')
    expect(away.preventDefault).toHaveBeenCalled()

    const file = navigationEvent()
    contents.emit('will-navigate', file, 'file:///C:/Users/')
    expect(file.preventDefault).toHaveBeenCalled()

    const lookalike = navigationEvent()
    contents.emit('will-navigate', lookalike, 'app://spleiselag.evil/index.html')
    expect(lookalike.preventDefault).toHaveBeenCalled()

    const redirect = navigationEvent()
    contents.emit('will-redirect', redirect, 'https://evil.example/')
    expect(redirect.preventDefault).toHaveBeenCalled()

    const inside = navigationEvent()
    contents.emit('will-navigate', inside, 'app://spleiselag/index.html#/bidrag')
    expect(inside.preventDefault).not.toHaveBeenCalled()
  })

  it('blocks a frame inside the page from navigating away, and lets app frames load', () => {
    const contents = fakeContents()
    guardWebContents(contents as never, vi.fn())
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://spleiselag.evil/x', 'data:text/html,x']) {
      const away = { url, preventDefault: vi.fn() }
      contents.emit('will-frame-navigate', away)
      expect(away.preventDefault).toHaveBeenCalled()
    }
    const inside = { url: 'app://spleiselag/index.html', preventDefault: vi.fn() }
    contents.emit('will-frame-navigate', inside)
    expect(inside.preventDefault).not.toHaveBeenCalled()
  })

  it('refuses to attach webviews', () => {
    const contents = fakeContents()
    guardWebContents(contents as never, vi.fn())
    const event = navigationEvent()
    contents.emit('will-attach-webview', event)
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('tells app URLs and safe links apart', () => {
    expect(isAppUrl('app://spleiselag/index.html')).toBe(true)
    expect(isAppUrl('app://other/index.html')).toBe(false)
    expect(isAppUrl('not a url')).toBe(false)
    expect(isSafeExternalUrl('https://www.regjeringen.no/')).toBe(true)
    expect(isSafeExternalUrl('https://localhost/')).toBe(false)
    expect(isSafeExternalUrl('mailto:hallvard.hoen@ks.no')).toBe(false)
  })
})

describe('permissions', () => {
  it('denies every permission request and check', () => {
    let requestHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined
    let checkHandler: (() => boolean) | undefined
    let deviceHandler: (() => boolean) | undefined
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
      setDevicePermissionHandler: (h: typeof deviceHandler) => (deviceHandler = h)
    }
    lockDownSession(session as never)
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn()
      requestHandler?.(null, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
    }
    expect(checkHandler?.()).toBe(false)
    expect(deviceHandler?.()).toBe(false)
  })
})
