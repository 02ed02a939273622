import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// The tests StrykerJS (`npm run mutation`) runs against each mutant: the main-process tests and
// the unit tests of the shared money and rule modules, in one flat project (or one scope of them). Not the e2e tests
// (minutes per mutant, and they do not reach electron/main), nor builderConfig.test.ts (it reads
// electron-builder.yml, which is not mutated, and takes seconds). MUTATION_SCOPE=main leaves out
// the unit tests for a run over electron/main alone: a mutant in module-level code runs every
// test, and the unit tests cannot catch it.
const main = ['test/main/**/*.test.ts']
const shared = [
  'test/unit/contribution.test.ts',
  'test/unit/contributionStore.test.ts',
  'test/unit/bidragChoice.test.ts',
  'test/unit/populationFigure.test.ts'
]
// MUTATION_SCOPE=shared (`npm run mutation:shared`): the money and rule modules of the tracking
// and the contribution, with the unit tests of those modules alone.
const sharedRules = [
  'test/unit/contribution.test.ts',
  'test/unit/bidragChoice.test.ts',
  'test/unit/priceModel.test.ts',
  'test/unit/participation.test.ts',
  'test/unit/okonomiplan.test.ts',
  'test/unit/adoption.test.ts'
]
// One run per module (`npm run mutation:shared:<module>`): only the test files that import the
// module, directly or through another module, so each run finishes and keeps its own report even
// when the machine is busy. A test file that cannot reach a module cannot kill its mutants, so the
// score is the same as with all six files.
const unit = (...names: string[]): string[] => names.map((name) => `test/unit/${name}.test.ts`)
const perModule: Record<string, string[]> = {
  'shared-contribution': unit('contribution', 'bidragChoice'),
  'shared-contributionChoice': unit('bidragChoice'),
  'shared-access': unit('adoption', 'okonomiplan'),
  'shared-participation': unit('participation'),
  'shared-priceModel': unit('priceModel', 'okonomiplan', 'adoption'),
  'shared-okonomiplan': unit('okonomiplan')
}
const scopes: Record<string, string[]> = { main, shared: sharedRules, ...perModule }

export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    environment: 'node',
    include: scopes[process.env.MUTATION_SCOPE ?? ''] ?? [...main, ...shared],
    exclude: ['test/main/builderConfig.test.ts'],
    // Mutants run one after another on a shared machine; a slow import is not a killed mutant.
    testTimeout: 30_000
  }
})
