import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = { '@shared': resolve(import.meta.dirname, 'shared') }

// Three projects, all run by `npm test`:
//  unit — the domain in shared/, the register, the database module (fake-indexeddb), the CLI
//         (built to out/cli first when missing or stale: test/support/buildCli.ts);
//  main — the Electron main process with `electron` mocked;
//  e2e  — the web build of the renderer in Debian's Chromium, driven by playwright-core.
export default defineConfig({
  test: {
    reporters: ['default', './test/support/count-reporter.ts'],
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', globalSetup: ['test/support/buildCli.ts'],
          // Building Word files in-process and LibreOffice's conversions take seconds, not the default 5,
          // when the machine is busy; the assertions do not change.
          testTimeout: 60_000 }
      },
      {
        resolve: { alias },
        // Importing the main process with its mocks can take seconds on a loaded machine.
        test: { name: 'main', include: ['test/main/**/*.test.ts'], environment: 'node', testTimeout: 60_000 }
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // One production web build for the whole run (test/support/buildWeb.ts), not one per file.
          globalSetup: ['test/support/buildWeb.ts'],
          fileParallelism: false,
          // A busy machine (2 cores and two other CPU-heavy processes, issue 10) can take more than
          // vitest's default second to show a change that a live query brings, and minutes for a
          // test of many steps; the assertions themselves do not change, and a passing test does
          // not wait for these limits.
          expect: { poll: { timeout: 30_000 } },
          testTimeout: 360_000,
          hookTimeout: 360_000
        }
      }
    ]
  }
})
