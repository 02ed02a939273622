import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AxeResults, Result, RunOptions } from 'axe-core'
import type { Page } from 'playwright-core'

/**
 * axe-core run inside the page, as the app's users get it (the web build in Chromium). The script
 * is evaluated through the debugging protocol, which the app's Content-Security-Policy does not
 * govern, so nothing in the app is loosened for the test.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

// Every rule axe runs by default, the best-practice ones included (WCAG A and AA, and axe's own
// best practices; the AAA and experimental rules are off by default): a finding of any impact fails.
const OPTIONS: RunOptions = { resultTypes: ['violations'] }

/** One line per finding: rule, impact, and the elements it points at. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact ?? 'no impact'}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`).join('\n')}`)
    .join('\n')
}

/** The findings axe reports for the page as it stands now. */
export async function axeViolations(page: Page): Promise<Result[]> {
  // Wait for any dialog or transition to finish, so axe sees the screen as the user does.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))))
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object')
  if (!loaded) await page.evaluate(axeSource)
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<AxeResults> } }).axe.run(document, options),
    OPTIONS
  )
  return results.violations
}

/** Fails, listing each rule with its impact and targets, when axe finds anything on the page. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page)
  if (violations.length > 0) throw new Error(`axe found ${violations.length} problem(s) on «${label}»:\n${describeViolations(violations)}`)
}
