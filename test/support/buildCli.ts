import { ensureCliBuilt } from '../../scripts/cliStart.mjs'

/**
 * Vitest global setup for the unit project: the CLI tests spawn the built command line
 * (out/cli/cli.mjs) as a user's `npm run cli` runs it, so it is built first when missing or stale.
 */
export default async function setup(): Promise<void> {
  await ensureCliBuilt()
}
