/**
 * npm run electronegativity — runs @doyensec/electronegativity over the sources and fails on a
 * HIGH or MEDIUM finding that is not in .ci/electronegativity-allow.json. Works offline: the one
 * check that downloads Electron's release list is skipped (the Electron version is pinned in
 * package.json and updated deliberately).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { allowListSchema, gate, parseReport, type Finding } from './security/electronegativityGate'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const electronVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>
}).devDependencies.electron!
const report = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'report.csv')
const binary = join(root, 'node_modules', '.bin', 'electronegativity')

const run = spawnSync(
  binary,
  ['-i', '.', '-r', '-v', 'false', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', report],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] }
)
if (run.status !== 0) {
  console.error(`electronegativity did not run (exit ${run.status ?? run.signal})`)
  process.exit(1)
}

/** Build output, test results and mutation sandboxes repeat the sources they come from. */
function trackedOnly(findings: Finding[]): Finding[] {
  const files = [...new Set(findings.map((finding) => finding.file))]
  let ignored = new Set<string>()
  try {
    const out = execFileSync('git', ['check-ignore', '--no-index', '--stdin'], { cwd: root, input: files.join('\n') })
    ignored = new Set(out.toString().split('\n').filter(Boolean))
  } catch (error) {
    // git check-ignore exits 1 when nothing is ignored.
    if ((error as { status?: number }).status !== 1) throw error
  }
  return findings.filter((finding) => !ignored.has(finding.file))
}

const findings = trackedOnly(parseReport(readFileSync(report, 'utf8')))
const allowList = allowListSchema.parse(
  JSON.parse(readFileSync(join(root, '.ci', 'electronegativity-allow.json'), 'utf8'))
)
const { unreviewed, stale } = gate(findings, allowList)

for (const entry of stale) {
  console.warn(`allow-list entry matched nothing (review and remove it): ${entry.check} in ${entry.file}`)
}
for (const finding of unreviewed) {
  console.error(`${finding.severity} ${finding.check} ${finding.file}:${finding.location} is not in .ci/electronegativity-allow.json`)
}
console.log(`electronegativity: ${findings.length} findings, ${unreviewed.length} HIGH/MEDIUM not reviewed`)
process.exit(unreviewed.length > 0 ? 1 : 0)
