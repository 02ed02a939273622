/**
 * npm run bench — figures only, no assertions: how long the register takes to load, how fast a
 * search is, how long a landsoversikt takes, how much heap that leaves in use, and how long the
 * command line takes to start.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const ms = (t: number): string => `${t.toFixed(2)} ms`
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

const heapBefore = process.memoryUsage().heapUsed

const t0 = performance.now()
const raw = readFileSync(join(root, 'resources/data/register.json'), 'utf8')
JSON.parse(raw)
const parseTime = performance.now() - t0

const t1 = performance.now()
const register = await import('../shared/register/index')
const importTime = performance.now() - t1

const t2 = performance.now()
register.searchKommunar('2017', 'tysnes')
register.searchKommunar('2024', 'tysnes')
const firstSearch = performance.now() - t2

const queries = ['tysnes', '1223', '4616', 'fuossko', 'kafjord', 'ostre toten', 'TYSNES', 'heroy', 'b', 'tysnez']
const searchTimes: number[] = []
for (let i = 0; i < 1000; i++) {
  const q = queries[i % queries.length]!
  const s = performance.now()
  register.searchKommunar('2017', q)
  searchTimes.push(performance.now() - s)
}
const suggestTimes: number[] = []
for (let i = 0; i < 200; i++) {
  const s = performance.now()
  register.suggestKommunar('2017', i % 2 ? 'tysnez' : 'bergne')
  suggestTimes.push(performance.now() - s)
}

const { buildLandsoversikt } = await import('../shared/landsoversikt')
const { DIGIFIN_2017 } = await import('../shared/financingRound')
const landTimes: number[] = []
for (let i = 0; i < 20; i++) {
  const s = performance.now()
  buildLandsoversikt(DIGIFIN_2017)
  landTimes.push(performance.now() - s)
}

// An økonomiplan over 200 catalogue entries, each adopted or being considered (target ≤ 20 ms).
const { buildOkonomiplan } = await import('../shared/tracking/okonomiplan')
const { STARTER_CATALOGUE } = await import('../shared/tracking/starterCatalogue')
const planInput = {
  fromYear: 2026,
  population: 19892,
  contribution: { amount: '397840', year: 2026 },
  adoptions: Array.from({ length: 200 }, (_, i) => {
    // A copy of each entry's prices, so that no two entries share a rule (as a real catalogue would not).
    const solution = structuredClone({ ...STARTER_CATALOGUE[i % STARTER_CATALOGUE.length]!, id: `bench-${i}`, name: `Løysing ${i}` })
    const status = i % 2 ? ('iBruk' as const) : ('vurderer' as const)
    const steps = [{ status: 'vurderer' as const, date: '2025-01-10', by: 'bench' }]
    if (status === 'iBruk') steps.push({ status: 'iBruk' as never, date: `2026-${String((i % 12) + 1).padStart(2, '0')}-01`, by: 'bench' })
    return { solution, adoption: { id: `a${i}`, solutionId: solution.id, status, steps, plannedStart: '2027-01-01' } }
  })
}
const planTimes: number[] = []
for (let i = 0; i < 200; i++) {
  const s = performance.now()
  buildOkonomiplan(planInput)
  planTimes.push(performance.now() - s)
}
// The command line's start, as a user's `npm run cli -- beregn` feels it: the launcher with the
// built CLI (scripts/cliStart.mjs → out/cli/cli.mjs), a bare node for comparison, and npm's own cost on top.
const { ensureCliBuilt } = await import('./cliStart.mjs')
await ensureCliBuilt()
const startTimes = (command: string, args: string[], runs = 9): number[] => {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const s = performance.now()
    spawnSync(command, args, { cwd: root, stdio: 'ignore' })
    times.push(performance.now() - s)
  }
  return times
}
const nodeStart = startTimes(process.execPath, ['-e', ''])
const cliStart = startTimes(process.execPath, ['scripts/cliStart.mjs', 'beregn', '--kommune', '1223'])
const cliHelp = startTimes(process.execPath, ['scripts/cliStart.mjs', '--help'])
const npmCliStart = startTimes('npm', ['run', '-s', 'cli', '--', 'beregn', '--kommune', '1223'], 5)

globalThis.gc?.()
const heapAfter = process.memoryUsage().heapUsed

console.log(`register.json: ${(raw.length / 1024).toFixed(0)} KiB, JSON.parse ${ms(parseTime)}`)
console.log(`import shared/register (incl. transpile on first run): ${ms(importTime)}`)
console.log(`first search per period (builds the name index): ${ms(firstSearch)}`)
console.log(`searchKommunar median over 1000: ${ms(median(searchTimes))} (max ${ms(Math.max(...searchTimes))})`)
console.log(`suggestKommunar median over 200: ${ms(median(suggestTimes))}`)
console.log(`buildLandsoversikt 2017: first ${ms(landTimes[0]!)}, median of 20 ${ms(median(landTimes))}`)
console.log(`økonomiplan, 200 catalogue entries over 4 years: first ${ms(planTimes[0]!)}, median of 200 ${ms(median(planTimes))}, fastest ${ms(Math.min(...planTimes))} (target ≤ 20 ms)`)
console.log(`load average while measuring: ${loadavg()[0]!.toFixed(1)} (on ${cpus().length} cores)`)
console.log(`node start (empty script), median of 9: ${ms(median(nodeStart))}`)
console.log(`CLI start to exit, node scripts/cliStart.mjs beregn --kommune 1223, median of 9: ${ms(median(cliStart))}`)
console.log(`CLI --help (loads every command), median of 9: ${ms(median(cliHelp))}`)
console.log(`npm run cli -- beregn --kommune 1223 (npm's own start included), median of 5: ${ms(median(npmCliStart))}`)
console.log(`heap used: ${(heapAfter / 1048576).toFixed(1)} MiB (${((heapAfter - heapBefore) / 1048576).toFixed(1)} MiB more than at start)`)

const { benchParticipationHistory } = await import('./benchParticipation')
await benchParticipationHistory(ms, median)

const { benchColdLoad } = await import('./benchColdLoad')
await benchColdLoad(ms, median)
