/**
 * The first screen in the bench: the web build (the same renderer as the Electron window) served
 * on 127.0.0.1 and opened in Debian's Chromium, each run in a new browser. Measured until the
 * first control a user can use is visible: the search field of the first-run setup on a fresh
 * profile, the Oversikt page's heading for a returning user (target ≤ 600 ms median). Two clocks:
 * in the page, from the navigation's start until the control is in the DOM and visible (what the
 * user waits for); and in node, from `page.goto` until Playwright sees it (which adds the
 * browser's own round trips). Also which scripts the page had fetched by then beyond the start-up
 * JavaScript (each is a request the first screen waited for), and the start-up JavaScript: what
 * index.html loads before any area is opened, gzipped (target ≤ 200 kB).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium, type BrowserContext } from 'playwright-core'
import { build, preview } from 'vite'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const config = join(root, 'vite.web.config.ts')
const RUNS = 5

/** The scripts index.html starts with: its module script and every modulepreload link. */
export function startupScripts(indexHtml: string): string[] {
  const scripts = [...indexHtml.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!)
  const preloads = [...indexHtml.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!)
  return [...new Set([...scripts, ...preloads])]
}

function startupGzip(outDir: string): { files: number; bytes: number; names: string[] } {
  const files = startupScripts(readFileSync(join(outDir, 'index.html'), 'utf8'))
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file))).length, 0)
  return { files: files.length, bytes, names: files }
}

export async function launch(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1366, height: 768 },
    locale: 'nb-NO',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
}

interface ColdLoad {
  /** node: from `page.goto` until Playwright sees the control. */
  node: number
  /** In the page: from the navigation's start until the control is in the DOM and visible. */
  inPage: number
  /** Scripts the page had fetched when the control showed (file names). */
  scripts: string[]
}

/** The control each run waits for, as the page finds it (FIRST_CONTROL). */
const CONTROL = { fresh: '#profile-organisation', returning: 'h1#oversikt-heading' } as const

/**
 * Runs in the page before its own scripts: watches the DOM from the start and notes the moment
 * the control is there and visible, and which scripts had been fetched by then. Only a lookup by
 * selector per batch of changes, so the watching costs the page next to nothing. (Page code, so
 * a string: the node scripts are typed without the DOM.)
 */
const FIRST_CONTROL = `(selector) => {
  const look = () => {
    const found = document.querySelector(selector)
    if (!found || !found.checkVisibility()) return false
    const at = performance.now()
    const scripts = performance.getEntriesByType('resource')
      .filter((entry) => entry.responseEnd <= at && entry.name.endsWith('.js'))
      .map((entry) => entry.name.slice(entry.name.lastIndexOf('/') + 1))
    window.__firstControl = { at, scripts }
    return true
  }
  const observer = new MutationObserver(() => {
    if (look()) observer.disconnect()
  })
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'class', 'style'] })
}`

/** One cold load: a new browser on a copy of `template` (or an empty profile), timed to its control. */
async function coldLoad(url: string, template: string | null, returning: boolean): Promise<ColdLoad> {
  const dir = mkdtempSync(join(tmpdir(), 'spleiselag-bench-'))
  if (template) cpSync(template, dir, { recursive: true })
  const context = await launch(dir)
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.addInitScript({ content: `(${FIRST_CONTROL})(${JSON.stringify(returning ? CONTROL.returning : CONTROL.fresh)})` })
    const start = performance.now()
    await page.goto(url)
    const ready = returning
      ? page.getByRole('heading', { name: 'Oversikt', level: 1 })
      : page.getByLabel('Kommune eller fylkeskommune')
    await ready.waitFor({ state: 'visible', timeout: 30_000 })
    const node = performance.now() - start
    const seen = await page.waitForFunction('window.__firstControl')
    const { at, scripts } = (await seen.jsonValue()) as { at: number; scripts: string[] }
    return { node, inPage: at, scripts }
  } finally {
    await context.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A profile folder where Tysnes is already set up: the returning user's. */
export async function returningProfile(url: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'spleiselag-bench-returning-'))
  const context = await launch(dir)
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(url)
  await page.getByLabel('Kommune eller fylkeskommune').fill('1223')
  await page.getByLabel('Tysnes kommune (4616)').check()
  await page.getByLabel('Namnet ditt (sakshandsamar)').fill('Anders Teigen')
  await page.getByLabel('Tittelen til administrasjonssjefen').selectOption('raadmann')
  await page.getByRole('button', { name: 'Lagre og start' }).click()
  await page.getByRole('heading', { name: 'Oversikt', level: 1 }).waitFor()
  await context.close()
  return dir
}

const loadAverage = (): string =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')

/** The scripts fetched before the control that index.html did not load: each was a wait on an import. */
function onDemand(runs: ColdLoad[], startup: readonly string[]): string {
  const atStart = new Set(startup.map((file) => file.slice(file.lastIndexOf('/') + 1)))
  const counts = runs.map((run) => run.scripts.filter((file) => !atStart.has(file)).length)
  const last = runs.at(-1)!.scripts.filter((file) => !atStart.has(file))
  const names = last.map((file) => file.replace(/-[\w-]{8}\.js$/, '')).join(', ')
  return `${counts.join(', ')} per run${last.length > 0 ? ` (last run: ${names})` : ''}`
}

function report(ms: (t: number) => string, median: (values: number[]) => number, what: string, runs: ColdLoad[], startup: readonly string[]): void {
  const inPage = runs.map((run) => run.inPage)
  const node = runs.map((run) => run.node)
  const list = (values: number[]): string => values.map((t) => t.toFixed(0)).join(', ')
  console.log(`cold load to first usable control, ${what}, median of ${RUNS}, in the page (navigation start to control in the DOM and visible): ${ms(median(inPage))} (${list(inPage)})`)
  console.log(`  the same seen from node (page.goto until Playwright sees it): ${ms(median(node))} (${list(node)})`)
  console.log(`  scripts fetched on demand before the control: ${onDemand(runs, startup)}`)
}

export async function benchColdLoad(ms: (t: number) => string, median: (values: number[]) => number): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'spleiselag-bench-web-'))
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  await build({ configFile: config, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  process.env.NODE_ENV = nodeEnv
  const server = await preview({ configFile: config, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } })
  try {
    const url = server.resolvedUrls?.local[0]
    if (!url) throw new Error('The preview server did not report its address')
    const startup = startupGzip(outDir)
    const loadBefore = loadAverage()
    const fresh: ColdLoad[] = []
    for (let i = 0; i < RUNS; i++) fresh.push(await coldLoad(url, null, false))
    const profile = await returningProfile(url)
    const returning: ColdLoad[] = []
    for (let i = 0; i < RUNS; i++) returning.push(await coldLoad(url, profile, true))
    rmSync(profile, { recursive: true, force: true })
    console.log(`start-up JS (index.html and its modulepreloads, ${startup.files} files): ${(startup.bytes / 1000).toFixed(1)} kB gzip`)
    report(ms, median, 'fresh profile (the setup\'s search field)', fresh, startup.names)
    report(ms, median, 'returning user (Oversikt\'s heading)', returning, startup.names)
    console.log(`load average (1, 5, 15 min) before the cold loads: ${loadBefore}; after: ${loadAverage()}`)
  } finally {
    await server.close()
    rmSync(outDir, { recursive: true, force: true })
  }
}

// `tsx --tsconfig tsconfig.node.json scripts/benchColdLoad.ts`: the first screen alone, without the rest of the bench.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  await benchColdLoad((t) => `${t.toFixed(0)} ms`, median)
}
