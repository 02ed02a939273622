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
        test: { name: 'main', include: ['test/main/**/*.test.ts'], environment: 'node' }
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          // A busy CI machine (2 cores) can take more than vitest's default second to show a
          // change that a live query brings; the assertions themselves do not change.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 120_000,
          hookTimeout: 180_000
        }
      }
    ]
  }
})
