import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'dist-web/**', 'release/**', 'test-results/**', 'node_modules/**', 'reports/**', '.stryker-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error'
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules }
  },
  {
    // The domain is shared by the renderer, the Electron side and the CLI: no platform in it, and
    // nothing from the layers above it (every import points into shared/, never out of it).
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'electron', 'react', 'react-dom', 'dexie', 'dexie-*'], message: 'shared/ is plain domain code.' },
            {
              regex: '^(?:(?:\\.\\./)+(?:renderer|electron)|@(?:renderer|electron|main|preload))(?:/|$)',
              message: 'shared/ is used by renderer/ and electron/; it imports nothing from them.'
            }
          ]
        }
      ]
    }
  },
  {
    // node/ is what the Electron main process and the command line both need of Node (the atomic
    // write, file errors in words): Node and shared/ only, nothing from the layers that use it.
    files: ['node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'react', 'react-dom', 'dexie', 'dexie-*'], message: 'node/ is plain Node code, shared by electron/main and scripts/.' },
            { regex: '^(?:\\.\\./)+(?:renderer|electron|scripts)(?:/|$)', message: 'node/ is used by electron/ and scripts/; it imports nothing from them.' }
          ]
        }
      ]
    }
  },
  {
    // The renderer is a sandboxed web page: what it needs of Electron comes through the preload's
    // platform object (renderer/src/platform/), never from electron/ or the electron package.
    // The core rule is used here; the database rule uses the typescript-eslint variant, so both apply.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?:(?:\\.\\./)+electron|@(?:electron|main|preload)|electron)(?:/|$)',
              message: 'renderer/ reaches Electron only through the preload (renderer/src/platform/).'
            }
          ]
        }
      ]
    }
  },
  {
    // One way to the database: components and hooks go through a store (renderer/src/db/** and
    // the *Store.ts modules), which checks what it reads and writes each user action in one
    // transaction. The typescript-eslint variant of the rule is used so that this block and
    // the renderer's core no-restricted-imports block (forbidden paths into electron/) both apply:
    // two blocks setting the same rule would leave only the last one's options.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**', 'renderer/**/*Store.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db/database', '**/db/database.*'],
              message: 'Reach the database through a store (renderer/src/db/ or a *Store.ts module), not directly.'
            }
          ]
        }
      ]
    }
  }
)
