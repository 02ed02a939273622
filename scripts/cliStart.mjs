/**
 * `npm run cli -- …` starts here: plain JavaScript, so node runs it without compiling anything.
 * It runs the built command line (out/cli/cli.mjs, see vite.cli.config.ts), and builds it first
 * when it is missing or older than any of its sources, so an edited or freshly cloned tree never
 * runs a stale CLI. The test setup (test/support/buildCli.ts) calls the same ensureCliBuilt.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import process from 'node:process'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'out', 'cli')
export const CLI_ENTRY = join(outDir, 'cli.mjs')

/** What the built CLI is made of: a change to any of these makes the build stale. */
const SOURCES = ['scripts/cli.ts', 'scripts/cli', 'node', 'shared', 'resources/data/register.json', 'vite.cli.config.ts', 'package-lock.json']

function newestChange(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)))
  return newest
}

/** True when out/cli/cli.mjs exists and is newer than every source it is built from. */
export function cliIsFresh() {
  if (!existsSync(CLI_ENTRY)) return false
  const built = statSync(CLI_ENTRY).mtimeMs
  return SOURCES.every((source) => newestChange(join(root, source)) <= built)
}

/**
 * Builds the CLI unless it is fresh. The build goes to a folder of its own and is then moved into
 * place, so two processes building at once never leave a half-written out/cli.
 */
export async function ensureCliBuilt() {
  if (cliIsFresh()) return CLI_ENTRY
  const { build } = await import('vite')
  const staging = join(root, 'out', `cli.${process.pid}.tmp`)
  await build({ configFile: join(root, 'vite.cli.config.ts'), logLevel: 'error', build: { outDir: staging } })
  rmSync(outDir, { recursive: true, force: true })
  try {
    renameSync(staging, outDir)
  } catch (error) {
    // Another process moved its build into place first; that one is as good as ours.
    rmSync(staging, { recursive: true, force: true })
    if (!existsSync(CLI_ENTRY)) throw error
  }
  return CLI_ENTRY
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const entry = await ensureCliBuilt()
  const { runProcess } = await import(pathToFileURL(entry).href)
  runProcess()
}
