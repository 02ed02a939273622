import { writeFileSync, mkdirSync } from 'node:fs'
import type { Reporter, TestModule } from 'vitest/node'

// CI reads one closing line, "N passed, N failed". Vitest's own summary is not read, so this
// reporter counts the test cases and writes the line to test-results/summary.txt for .ci/run.
export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failed++
        else skipped++
      }
      // A file that fails to load has no test cases; count it as a failure so it is never hidden.
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed++
    }
    mkdirSync('test-results', { recursive: true })
    writeFileSync('test-results/summary.txt', `${passed} passed, ${failed} failed, ${skipped} skipped\n`)
  }
}
