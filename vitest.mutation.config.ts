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
const scopes: Record<string, string[]> = { main, shared: sharedRules }

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
