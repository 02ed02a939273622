import { join, resolve } from 'node:path'
import { build } from 'vite'

const ROOT = resolve(__dirname, '../..')

/** The folder the e2e tests serve: the web build of the renderer, as users get it. */
export const WEB_BUILD_DIR = join(ROOT, 'test-results', 'web-build')

/** Makes the production web build of the renderer in test-results/web-build and returns its folder. */
export async function buildWebRenderer(): Promise<string> {
  // The production build, as users get it (vitest's NODE_ENV=test would otherwise give React's
  // development build).
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ configFile: join(ROOT, 'vite.web.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir: WEB_BUILD_DIR, emptyOutDir: true } })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  return WEB_BUILD_DIR
}
