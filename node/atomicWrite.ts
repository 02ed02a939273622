import { open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'

/** The file-system calls the write makes; tests pass ones that fail, as a full disk would. */
export interface AtomicWriteFs {
  open: typeof open
  rename: typeof rename
  unlink: typeof unlink
}

const NODE_FS: AtomicWriteFs = { open, rename, unlink }

/**
 * Writes a file so that it is either wholly the new content or untouched: the data goes to a
 * temporary file in the same folder, is flushed to disk, and is then renamed over the target.
 * A failure at any step removes the temporary file and leaves any existing file as it was.
 * Used by both the desktop app (electron/main/saveFile.ts) and the command line.
 *
 * The error thrown names the target, not the temporary file: a message built from its `code`
 * and `path` (node/fileError.ts) tells the user about the file they asked for.
 */
export async function writeFileAtomic(target: string, data: Uint8Array, fs: AtomicWriteFs = NODE_FS): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  let handle
  try {
    handle = await fs.open(temporary, 'wx')
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    handle = undefined
    await fs.rename(temporary, target)
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined)
    await fs.unlink(temporary).catch(() => undefined)
    throw onTarget(error, target)
  }
}

/** The same failure, its path the target's (a temporary name means nothing to the user). */
function onTarget(error: unknown, target: string): unknown {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return error
  return Object.assign(new Error(`${code}: ${target}`, { cause: error }), { code, path: target })
}
