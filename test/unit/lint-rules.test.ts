import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The rule that keeps the database behind the stores bites: a component that imports the database
 * module is an error, a store that does is not. Linted as text at a path in the tree, so the rule
 * is checked as the project's config applies it, without a file on disk.
 */
const eslint = new ESLint({ cwd: process.cwd() })

async function restricted(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  const fatal = result?.messages.filter((m) => m.fatal) ?? []
  if (fatal.length > 0) throw new Error(`Not linted: ${fatal.map((m) => m.message).join('; ')}`)
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports' && m.severity === 2)
    .map((m) => m.message)
}

const importDb = "import { db } from '../db/database'\n\nexport const count = () => db.rounds.count()\n"

// Loading the config and typescript-eslint takes seconds on a busy machine.
const SLOW = 60_000

describe('the database behind the stores', () => {
  it('is an error to import from a component or hook', async () => {
    expect(await restricted(importDb, 'renderer/src/bidrag/Sneaky.tsx')).toHaveLength(1)
    expect(await restricted(importDb, 'renderer/src/bidrag/useSneaky.ts')).toHaveLength(1)
    expect(await restricted("import type { StoredCase } from '../db/database'\n\nexport type Row = StoredCase\n", 'renderer/src/saksframlegg/Row.ts')).toHaveLength(1)
    expect(await restricted("export { db } from './db/database'\n", 'renderer/src/main2.ts')).toHaveLength(1)
    expect(await restricted("import { db } from '../../db/database.ts'\n\nexport const d = db\n", 'renderer/src/a/b/C.tsx')).toHaveLength(1)
  }, SLOW)

  it('is allowed from a store module and from the database folder', async () => {
    expect(await restricted(importDb, 'renderer/src/bidrag/sneakyStore.ts')).toEqual([])
    expect(await restricted("import { db } from './database'\n\nexport const d = db\n", 'renderer/src/db/other.ts')).toEqual([])
  }, SLOW)
})
