import type { TestProject } from 'vitest/node'
import { buildWebRenderer } from '../e2e/webBuild'

/**
 * Vitest global setup for the e2e project: the web build of the renderer is made once for the
 * whole run, not once per test file (twenty production builds took minutes of a loaded CI
 * machine). Each file then only starts `vite preview` on the finished build.
 */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('webBuildDir', await buildWebRenderer())
}

declare module 'vitest' {
  export interface ProvidedContext {
    webBuildDir: string
  }
}
