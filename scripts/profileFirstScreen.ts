/**
 * Where the first screen's time goes: one cold load of the web build in Chromium (fresh profile,
 * or a returning user with `--returning`), with a Chromium trace and a V8 CPU profile taken
 * through the DevTools protocol, cut at the moment the first usable control is visible (the same
 * control as the bench: scripts/benchColdLoad.ts). Prints the renderer main thread's busy time by
 * kind of work (self time of the trace's events: script evaluation, compile, style, layout, paint,
 * parse), the CPU profile's JavaScript self time by file and by package, and the page's own
 * timings (navigation, paint, resources). A tool for finding what to cut, not a bench: run it
 * several times and on a quiet machine.
 *
 * `npx tsx --tsconfig tsconfig.node.json scripts/profileFirstScreen.ts [--returning] [--runs N]`
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, preview } from 'vite'
import { launch, returningProfile } from './benchColdLoad'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const returning = process.argv.includes('--returning')
const runsArg = process.argv.indexOf('--runs')
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3
const SELECTOR = returning ? 'h1#oversikt-heading' : '#profile-organisation'

interface TraceEvent {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  /** The thread's CPU time in the event (what the load blurs less than `dur`). */
  tdur?: number
  pid: number
  tid: number
  args?: { name?: string; data?: unknown }
}
interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string }
  children?: number[]
}
interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  samples: number[]
  timeDeltas: number[]
}

/** Marks `first-control` when the control is there and visible (as the bench's watcher does). */
const WATCH = `(() => {
  const observer = new MutationObserver(() => {
    const found = document.querySelector(${JSON.stringify(SELECTOR)})
    if (!found || !found.checkVisibility()) return
    performance.mark('first-control')
    observer.disconnect()
  })
  observer.observe(document, { childList: true, subtree: true, attributes: true })
})()`

/** The page's own timings up to the control (page code, so a string: the node scripts are typed without the DOM). */
const TIMINGS = `(() => {
  const control = performance.getEntriesByName('first-control')[0].startTime
  const nav = performance.getEntriesByType('navigation')[0]
  const paints = performance.getEntriesByType('paint').map((p) => p.name + ' ' + p.startTime.toFixed(0))
  const resources = performance.getEntriesByType('resource')
    .filter((r) => r.responseEnd <= control)
    .map((r) => r.name.slice(r.name.lastIndexOf('/') + 1) + ' ' + r.startTime.toFixed(0) + '–' + r.responseEnd.toFixed(0))
  return { control, domContentLoaded: nav.domContentLoadedEventEnd, paints, resources }
})()`

const add = (map: Map<string, number>, key: string, value: number): void => {
  map.set(key, (map.get(key) ?? 0) + value)
}

/**
 * Self time (ms) per event name on the renderer's main thread between `from` and `to` (µs), and
 * the thread's CPU time in its outermost events (their `tdur`, counted in proportion for an event
 * the cut at `to` falls in).
 */
function mainThreadSelf(events: TraceEvent[], from: number, to: number): { self: Map<string, number>; cpu: number } {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  if (!main) throw new Error('No renderer main thread in the trace')
  const spans = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined && e.ts < to && e.ts + e.dur! > from)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)
  const self = new Map<string, number>()
  const stack: { end: number; name: string; child: number; start: number }[] = []
  const close = (until: number): void => {
    while (stack.length > 0 && stack.at(-1)!.end <= until) {
      const done = stack.pop()!
      const length = Math.min(done.end, to) - Math.max(done.start, from)
      add(self, done.name, (length - done.child) / 1000)
      if (stack.length > 0) stack.at(-1)!.child += length
    }
  }
  let cpu = 0
  for (const span of spans) {
    close(span.ts)
    if (stack.length === 0 && span.tdur !== undefined) {
      const inside = (Math.min(span.ts + span.dur!, to) - Math.max(span.ts, from)) / Math.max(span.dur!, 1)
      cpu += (span.tdur * inside) / 1000
    }
    stack.push({ start: span.ts, end: span.ts + span.dur!, name: span.name, child: 0 })
  }
  close(Number.POSITIVE_INFINITY)
  return { self, cpu }
}

/** The CPU profile's self time (ms) by script file and by package, up to `to` (µs). */
function jsSelf(profile: CpuProfile, to: number): { byFile: Map<string, number>; byFunction: Map<string, number> } {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const byFile = new Map<string, number>()
  const byFunction = new Map<string, number>()
  let at = profile.startTime
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i]!
    if (at > to) return
    const node = nodes.get(id)!
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000
    const file = node.callFrame.url ? node.callFrame.url.slice(node.callFrame.url.lastIndexOf('/') + 1) : `(${node.callFrame.functionName || 'native'})`
    add(byFile, file, ms)
    add(byFunction, `${node.callFrame.functionName || '(anonymous)'} @ ${file}`, ms)
  })
  return { byFile, byFunction }
}

const top = (map: Map<string, number>, n: number): string =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => `    ${ms.toFixed(1).padStart(7)} ms  ${name}`)
    .join('\n')

async function profileOnce(url: string, template: string | null): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'spleiselag-profile-'))
  if (template) cpSync(template, dir, { recursive: true })
  const context = await launch(dir)
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.addInitScript({ content: WATCH })
    const cdp = await context.newCDPSession(page)
    const events: TraceEvent[] = []
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])))
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()))
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    await cdp.send('Profiler.start')
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading', 'blink', 'toplevel'] }
    })
    await page.goto(url)
    // A function, not a string: the app's Content-Security-Policy forbids eval in the page.
    await page.waitForFunction(() => performance.getEntriesByName('first-control').length > 0, null, { timeout: 60_000 })
    const timings = (await page.evaluate(TIMINGS)) as { control: number; domContentLoaded: number; paints: string[]; resources: string[] }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
    await cdp.send('Tracing.end')
    await done
    const mark = events.find((e) => e.name === 'first-control' && e.cat.includes('blink.user_timing'))
    const navStart = events.find((e) => e.name === 'navigationStart' && (e.args?.data as { isLoadingMainFrame?: boolean } | undefined)?.isLoadingMainFrame)
    const from = navStart?.ts ?? 0
    const to = mark?.ts ?? from + timings.control * 1000
    const { self, cpu } = mainThreadSelf(events, from, to)
    const busy = [...self.values()].reduce((a, b) => a + b, 0)
    const js = jsSelf(profile, to)
    console.log(`control visible at ${timings.control.toFixed(0)} ms (DOMContentLoaded ${timings.domContentLoaded.toFixed(0)} ms; ${timings.paints.join(', ')})`)
    console.log(`  renderer main thread busy ${busy.toFixed(0)} ms of ${((to - from) / 1000).toFixed(0)} ms (its CPU time ${cpu.toFixed(0)} ms); self time by event:`)
    console.log(top(self, 14))
    console.log('  JavaScript self time by file (CPU profile):')
    console.log(top(js.byFile, 14))
    console.log('  by function:')
    console.log(top(js.byFunction, 16))
    console.log(`  resources before the control: ${timings.resources.join('; ')}`)
  } finally {
    await context.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

const outDir = process.env.PROFILE_DIST ?? mkdtempSync(join(tmpdir(), 'spleiselag-profile-web-'))
if (!process.env.PROFILE_DIST) {
  process.env.NODE_ENV = 'production'
  await build({ configFile: join(root, 'vite.web.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } })
}
const server = await preview({ configFile: join(root, 'vite.web.config.ts'), logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } })
const url = server.resolvedUrls!.local[0]!
let template: string | null = null
if (returning) {
  template = await returningProfile(url)
}
console.log(`load average before: ${loadavg().map((n) => n.toFixed(1)).join(' ')}`)
for (let i = 0; i < RUNS; i++) await profileOnce(url, template)
console.log(`load average after: ${loadavg().map((n) => n.toFixed(1)).join(' ')}`)
await server.close()
if (template) rmSync(template, { recursive: true, force: true })
