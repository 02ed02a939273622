// StrykerJS: `npm run mutation` changes the security code and the money and rule modules one
// small mutation at a time and checks that some test fails. Not part of CI (minutes of CPU);
// the last score is recorded in SECURITY.md. `npm run mutation:main` runs electron/main alone
// (with the main-process tests only, see vitest.mutation.config.ts).
// `npm run mutation:shared` runs the shared money and rule modules of the contribution and the
// tracking alone. Each scope writes its own report, so one run does not overwrite another's.
import process from 'node:process'

const report = process.env.MUTATION_SCOPE ? `reports/mutation/${process.env.MUTATION_SCOPE}` : 'reports/mutation/index'

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: [
    'electron/main/**/*.ts',
    'shared/contribution.ts',
    'shared/contributionChoice.ts',
    'shared/populationFigure.ts'
  ],
  coverageAnalysis: 'perTest',
  // The development machines are shared; one test process at a time.
  concurrency: 1,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${report}.html` },
  jsonReporter: { fileName: `${report}.json` },
  thresholds: { high: 90, low: 80, break: null },
  ignorePatterns: ['dist-web', 'out', 'release', 'test-results', 'reports', '.vite', 'electronegativity.csv'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always'
}
