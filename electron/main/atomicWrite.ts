import { open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'

/**
 * Writes a file so that it is either wholly the new content or untouched: the data goes to a
 * temporary file in the same folder, is flushed to disk, and is then renamed over the target.
 * A failure at any step removes the temporary file and leaves any existing file as it was.
 */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  let handle
  try {
    handle = await open(temporary, 'wx')
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    handle = undefined
    await rename(temporary, target)
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined)
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}
