import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron'
import { APP_ORIGIN, externalUrlSchema } from '../../shared/ipc'

/**
 * Content Security Policy for every page the app serves. No remote origin anywhere: the app works
 * offline and must never load code or fonts from the network. Inline styles are allowed only as
 * style attributes set through the DOM by React; no inline script is ever allowed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.origin === APP_ORIGIN || url.startsWith(APP_ORIGIN + '/')
  } catch {
    return false
  }
}

export function isSafeExternalUrl(url: string): boolean {
  return externalUrlSchema.safeParse(url).success
}

/**
 * The main window's options. A packaged build has no DevTools: a user (or someone at their
 * unlocked machine) cannot open a console in the app's origin and read or change its database.
 */
export function mainWindowOptions(preloadPath: string, title: string, packaged: boolean): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    autoHideMenuBar: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
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
      // Electron's spellchecker downloads dictionaries from the internet on some platforms; the app
      // makes no network requests.
      spellcheck: false,
      devTools: !packaged
    }
  }
}

/**
 * Keeps a window's contents inside the app: no new windows, no navigation to anything but the
 * app's own origin, no webviews. A safe https: link the user clicks opens in the system browser.
 */
export function guardWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url)
    return { action: 'deny' }
  })
  const blockForeign = (event: { preventDefault: () => void }, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault()
  }
  contents.on('will-navigate', blockForeign)
  contents.on('will-redirect', blockForeign)
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Every permission request (camera, notifications, geolocation, …) is denied. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}
