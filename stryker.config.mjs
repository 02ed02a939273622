// StrykerJS: `npm run mutation` changes the security code and the money and rule modules one
// small mutation at a time and checks that some test fails. Not part of CI (minutes of CPU);
// the last score is recorded in SECURITY.md. `npm run mutation:main` runs electron/main alone
// (with the main-process tests only, see vitest.mutation.config.ts).
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
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  ignorePatterns: ['dist-web', 'out', 'release', 'test-results', 'reports', '.vite', 'electronegativity.csv'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always'
}
