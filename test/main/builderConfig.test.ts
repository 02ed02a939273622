import { join } from 'node:path'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { describe, expect, it } from 'vitest'

/** Electron fuses for the packaged app (SECURITY.md); electron-builder.yml is read by electron-builder itself. */
const root = join(import.meta.dirname, '..', '..')

describe('the packaged build (electron-builder.yml, read by electron-builder itself)', () => {
  it('flips the Electron fuses that turn the app into a general Node.js runtime off', async () => {
    const config = await getConfig(root, null, null)
    await validateConfiguration(config, { isEnabled: false, add: () => undefined } as never)
    expect(config.asar).not.toBe(false)
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false
    })
    // electron-builder compiles its whole JSON schema to validate: seconds on a busy machine.
  }, 60_000)
})
