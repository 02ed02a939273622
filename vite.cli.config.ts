import { resolve } from 'node:path'
import { defineConfig } from 'vite'

// The command line as plain JavaScript (out/cli/cli.mjs): node starts it in a fraction of the
// time tsx needs to compile scripts/cli.ts on every run. The packages are bundled in too: zod alone
// is some hundred small modules that node would otherwise find and load one by one on each start.
// Every command module in scripts/cli/ is its own chunk, loaded when its command is named.
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  ssr: { noExternal: true },
  logLevel: 'warn',
  build: {
    ssr: resolve(import.meta.dirname, 'scripts/cli.ts'),
    outDir: resolve(import.meta.dirname, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    reportCompressedSize: false,
    rolldownOptions: { output: { format: 'esm', entryFileNames: 'cli.mjs', chunkFileNames: '[name]-[hash].mjs' } }
  }
})
