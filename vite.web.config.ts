import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { output, treeshake } from './scripts/rendererBundling.ts'

// The same renderer as the Electron window, built as a plain web page: for machines where
// Electron cannot run, and for the end-to-end tests in Chromium.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  build: { outDir: resolve(import.meta.dirname, 'dist-web'), emptyOutDir: true, rolldownOptions: { treeshake, output } },
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  plugins: [react()],
  preview: { host: '127.0.0.1', port: 4173 }
})
