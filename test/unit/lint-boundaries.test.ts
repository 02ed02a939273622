import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The layers' borders are kept by eslint.config.js: shared/ imports nothing from renderer/ or
 * electron/, and the renderer nothing from electron/. These lint a one-line file at a path in
 * each layer, so a change to the config that lets an import through fails here.
 */
const eslint = new ESLint()

// The first lint loads the TypeScript parser and the config: seconds on a busy machine, once.
beforeAll(async () => {
  await eslint.lintText('\n', { filePath: 'shared/format.ts' })
}, 120_000)

async function refusals(filePath: string, from: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import '${from}'\n`, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('shared/ imports nothing from the layers above it', () => {
  it.each([
    ['shared/contributionChoice.ts', '../renderer/src/db/database'],
    ['shared/saksframlegg/caseIssues.ts', '../../renderer/src/saksframlegg/draft'],
    ['shared/saksframlegg/caseIssues.ts', '../../electron/main/ipc'],
    ['shared/format.ts', '@renderer/app/context'],
    ['shared/format.ts', '@main/ipc']
  ])('refuses %s importing %s', async (file, from) => {
    expect(await refusals(file, from)).toContainEqual(expect.stringContaining('shared/ is used by renderer/ and electron/; it imports nothing from them.'))
  })

  it('lets shared/ import shared/', async () => {
    expect(await refusals('shared/saksframlegg/caseIssues.ts', './model')).toEqual([])
    expect(await refusals('shared/contributionChoice.ts', './register')).toEqual([])
  })
})

describe('the renderer reaches Electron only through the preload', () => {
  it.each([
    ['renderer/src/bidrag/useContribution.ts', '../../../electron/main/security'],
    ['renderer/src/main.tsx', '../../electron/preload/index'],
    ['renderer/src/app/App.tsx', '@preload/index'],
    ['renderer/src/app/App.tsx', 'electron']
  ])('refuses %s importing %s', async (file, from) => {
    expect(await refusals(file, from)).toContainEqual(expect.stringContaining('renderer/ reaches Electron only through the preload'))
  })

  it('lets the renderer import its own platform module and shared/', async () => {
    expect(await refusals('renderer/src/platform/index.ts', './electron')).toEqual([])
    expect(await refusals('renderer/src/bidrag/useContribution.ts', '@shared/contributionChoice')).toEqual([])
  })
})

describe('node/ is shared by electron/main and the CLI, and imports from neither', () => {
  it.each([
    ['node/atomicWrite.ts', '../electron/main/ipc'],
    ['node/fileError.ts', '../scripts/cli/command'],
    ['node/fileError.ts', '../renderer/src/db/database'],
    ['node/atomicWrite.ts', 'electron']
  ])('refuses %s importing %s', async (file, from) => {
    expect((await refusals(file, from)).join(' ')).toMatch(/node\/ is (used by electron\/ and scripts\/|plain Node code)/)
  })

  it('lets node/ import Node and shared/', async () => {
    expect(await refusals('node/atomicWrite.ts', 'node:fs/promises')).toEqual([])
    expect(await refusals('node/fileError.ts', '../shared/maalform')).toEqual([])
  })
})
