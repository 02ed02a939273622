/**
 * The first screen in the bench: the web build (the same renderer as the Electron window) served
 * on 127.0.0.1 and opened in Debian's Chromium, each run in a new browser. Measured from the
 * navigation until the first control a user can use is visible: the search field of the first-run
 * setup on a fresh profile, the Oversikt page for a returning user (target ≤ 600 ms median). Also
 * the start-up JavaScript: what index.html loads before any area is opened, gzipped (target
 * ≤ 200 kB).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
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

function startupGzip(outDir: string): { files: number; bytes: number } {
  const files = startupScripts(readFileSync(join(outDir, 'index.html'), 'utf8'))
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file))).length, 0)
  return { files: files.length, bytes }
}

async function launch(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1366, height: 768 },
    locale: 'nb-NO',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
}

/** One cold load: a new browser on a copy of `template` (or an empty profile), timed to `ready`. */
async function coldLoad(url: string, template: string | null, returning: boolean): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'spleiselag-bench-'))
  if (template) cpSync(template, dir, { recursive: true })
  const context = await launch(dir)
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    const start = performance.now()
    await page.goto(url)
    const ready = returning
      ? page.getByRole('heading', { name: 'Oversikt', level: 1 })
      : page.getByLabel('Kommune eller fylkeskommune')
    await ready.waitFor({ state: 'visible', timeout: 30_000 })
    return performance.now() - start
  } finally {
    await context.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A profile folder where Tysnes is already set up: the returning user's. */
async function returningProfile(url: string): Promise<string> {
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
    const fresh: number[] = []
    for (let i = 0; i < RUNS; i++) fresh.push(await coldLoad(url, null, false))
    const profile = await returningProfile(url)
    const returning: number[] = []
    for (let i = 0; i < RUNS; i++) returning.push(await coldLoad(url, profile, true))
    rmSync(profile, { recursive: true, force: true })
    const load = (await import('node:os')).loadavg().map((n) => n.toFixed(1)).join(' ')
    console.log(`start-up JS (index.html and its modulepreloads, ${startup.files} files): ${(startup.bytes / 1000).toFixed(1)} kB gzip`)
    console.log(`cold load to first usable control, fresh profile, median of ${RUNS}: ${ms(median(fresh))} (${fresh.map((t) => t.toFixed(0)).join(', ')})`)
    console.log(`cold load to Oversikt, returning user, median of ${RUNS}: ${ms(median(returning))} (${returning.map((t) => t.toFixed(0)).join(', ')})`)
    console.log(`load average while measuring: ${load}`)
  } finally {
    await server.close()
    rmSync(outDir, { recursive: true, force: true })
  }
}
