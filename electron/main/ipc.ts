import type { IpcMainInvokeEvent, WebContents } from 'electron'
import type { z } from 'zod'
import { isAppUrl } from './security'

/**
 * Accepts a message only from the app's own main frame: a message from a subframe, from another
 * window's contents, or from a page that is not app://spleiselag is refused.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, expected: () => WebContents | null): boolean {
  const frame = event.senderFrame
  const contents = expected()
  if (!frame || !contents) return false
  if (event.sender !== contents) return false
  if (frame !== event.sender.mainFrame) return false
  return isAppUrl(frame.url)
}

export class IpcRejected extends Error {
  constructor(readonly channel: string, readonly reason: 'sender' | 'arguments') {
    super(`IPC on ${channel} rejected: ${reason}`)
  }
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void
}

/**
 * Registers one handler whose arguments are checked against a schema before it runs. The
 * handler receives parsed values only; bad arguments or a foreign sender throw, and the
 * renderer's promise rejects.
 */
export function handleValidated<S extends z.ZodType, R>(
  ipcMain: IpcMainLike,
  channel: string,
  schema: S,
  expected: () => WebContents | null,
  handler: (value: z.infer<S>) => Promise<R> | R
): void {
  ipcMain.handle(channel, async (event, ...args) => {
    if (!isTrustedSender(event, expected)) throw new IpcRejected(channel, 'sender')
    if (args.length > 1) throw new IpcRejected(channel, 'arguments')
    const parsed = schema.safeParse(args[0])
    if (!parsed.success) throw new IpcRejected(channel, 'arguments')
    return handler(parsed.data)
  })
}
