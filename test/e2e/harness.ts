import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { preview, type PreviewServer } from 'vite'
import { inject } from 'vitest'
import { buildWebRenderer } from './webBuild'

/**
 * End-to-end tests run the web build of the renderer (the same code as the Electron window) in
 * Debian's Chromium. The Electron window itself cannot start on the development machines, so
 * this is how the interface is tested as a user meets it.
 */
const ROOT = resolve(__dirname, '../..')
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots')

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (p): p is string => Boolean(p)
)

export function findChromium(): string {
  const found = CHROMIUM_CANDIDATES.find((path) => existsSync(path))
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install Debian\'s Chromium with ' +
        '"sudo apt-get update && sudo apt-get install -y chromium", or set CHROMIUM_PATH to a Chromium binary.'
    )
  }
  return found
}

let server: PreviewServer | null = null
let baseUrl = ''

/**
 * The playwright timeout for each action and wait (30 s by default). On a 2-core machine with
 * two other CPU-heavy processes a cold Chromium takes longer than that to show a page; the
 * assertions do not change, a test only waits longer before it fails.
 */
export const ACTION_TIMEOUT = 90_000

/** Serves the web build on 127.0.0.1: the one the e2e project's global setup made, or a new one. */
export async function startServer(): Promise<string> {
  if (server) return baseUrl
  const provided = inject('webBuildDir')
  const outDir = provided && existsSync(join(provided, 'index.html')) ? provided : await buildWebRenderer()
  server = await preview({
    configFile: join(ROOT, 'vite.web.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false }
  })
  const address = server.resolvedUrls?.local[0]
  if (!address) throw new Error('The preview server did not report its address')
  baseUrl = address
  return baseUrl
}

export async function stopServer(): Promise<void> {
  if (!server) return
  await server.close()
  server = null
}

export interface Session {
  context: BrowserContext
  page: Page
  profileDir: string
  /** Console errors and uncaught page errors seen so far; a test checks it is empty. */
  errors: string[]
  close(): Promise<void>
}

/**
 * A browser with its own profile folder, so IndexedDB data survives a reload or a restart.
 * `locale` is the machine's language (a Norwegian machine unless told): Chromium is started in it
 * (--lang) and the page gets it as navigator.language.
 */
export async function openBrowser(profileDir?: string, { locale = 'nb-NO' }: { locale?: string } = {}): Promise<Session> {
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), 'spleiselag-e2e-'))
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 860 },
    // Chromium has no nn-NO UI locale, so a Norwegian machine is nb-NO.
    locale,
    args: [
      `--lang=${locale}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
  context.setDefaultTimeout(ACTION_TIMEOUT)
  const page = context.pages()[0] ?? (await context.newPage())
  const errors: string[] = []
  const watch = (p: Page): void => {
    p.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    p.on('pageerror', (error) => errors.push(String(error)))
  }
  watch(page)
  context.on('page', watch)
  return {
    context,
    page,
    profileDir: dir,
    errors,
    async close() {
      await context.close()
    }
  }
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

/** Saves a full-page screenshot where a person can look at it: test-results/screenshots/NAME.png. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path, fullPage })
  return path
}

/**
 * Writes one row straight into a table of the app's IndexedDB, past the stores: for a row another
 * part of the app would write (a participation), or one damaged on purpose.
 */
export async function putRow(page: Page, table: string, row: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    ({ table, row }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('spleiselag')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction(table, 'readwrite')
          tx.objectStore(table).put(row)
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    { table, row }
  )
}

/**
 * Makes the page's IndexedDB refuse every put and add with a QuotaExceededError, as a full disk or
 * browser quota would (full = true), or accept them again (full = false).
 */
export async function quotaFull(page: Page, full: boolean): Promise<void> {
  await page.evaluate((on) => {
    const store = IDBObjectStore.prototype as unknown as Record<string, unknown> & { __real?: Record<string, unknown> }
    store.__real ??= { put: store.put, add: store.add }
    const refuse = (): never => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    store.put = on ? refuse : store.__real.put
    store.add = on ? refuse : store.__real.add
  }, full)
}

/** The titles of the working copies the editors keep in IndexedDB for the case (one per editor session), the newest first, read past the app. */
export function workingCopyTitles(page: Page, caseId: string): Promise<string[]> {
  return page.evaluate(
    (id) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('spleiselag')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction('sessionCopies').objectStore('sessionCopies').index('caseId').getAll(id)
          request.onsuccess = () => {
            open.result.close()
            const rows = request.result as { savedAt: string; document: { title: string } }[]
            resolve(rows.sort((a, b) => b.savedAt.localeCompare(a.savedAt)).map((row) => row.document.title))
          }
          request.onerror = () => reject(request.error)
        }
      }),
    caseId
  )
}

/** The newest working copy's title for a case, or null when none is kept. */
export const workingCopyTitle = async (page: Page, caseId: string): Promise<string | null> => (await workingCopyTitles(page, caseId))[0] ?? null

/** Clicks Nynorsk or Bokmål in the målform switch, as a user would, and waits for the switch. */
export async function chooseMaalform(page: Page, maalform: 'nn' | 'nb'): Promise<void> {
  await page
    .getByTestId('maalform-switch')
    .locator('label', { hasText: maalform === 'nn' ? 'Nynorsk' : 'Bokmål' })
    .click()
  await page.waitForFunction((m) => document.documentElement.lang === m, maalform)
}

/** The first-run setup for Tysnes, as a user does it: find by the 2017 number, choose, save. */
export async function setUpTysnes(page: Page, url: string, name = 'Anders Teigen'): Promise<void> {
  await page.goto(url)
  await page.getByLabel('Kommune eller fylkeskommune').fill('1223')
  await page.getByLabel('Tysnes kommune (4616)').check()
  await page.getByLabel('Namnet ditt (sakshandsamar)').fill(name)
  await page.getByLabel('Tittelen til administrasjonssjefen').selectOption('raadmann')
  await page.getByRole('button', { name: 'Lagre og start' }).click()
  await page.getByRole('heading', { name: 'Oversikt', level: 1 }).waitFor()
}

/**
 * The start most e2e files share: the web build served, a fresh browser profile set up for Tysnes,
 * and an empty folder for the files the test downloads (kept, like the screenshots, for a person to
 * open and for LibreOffice to draw).
 */
export async function startTysnesSession(downloadsName: string, viewport?: { width: number; height: number }): Promise<{ url: string; session: Session; downloads: string }> {
  const url = await startServer()
  const session = await openBrowser()
  if (viewport) await session.page.setViewportSize(viewport)
  const downloads = join(SCREENSHOT_DIR, '..', downloadsName)
  rmSync(downloads, { recursive: true, force: true })
  mkdirSync(downloads, { recursive: true })
  await setUpTysnes(session.page, url)
  return { url, session, downloads }
}

/** Closes what startTysnesSession opened. */
export async function endSession(session: Session | undefined): Promise<void> {
  await session?.close()
  if (session) removeProfile(session.profileDir)
  await stopServer()
}
