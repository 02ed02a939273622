import { useCallback, useState } from 'react'

/**
 * Whether an action is under way, and the way to run one: the flag is set for as long as the
 * action runs and cleared however it ends, so a button's spinner never sticks after a failure.
 */
export function useBusy(): [busy: boolean, whileBusy: <T>(action: () => Promise<T>) => Promise<T>] {
  const [busy, setBusy] = useState(false)
  const whileBusy = useCallback(async <T>(action: () => Promise<T>): Promise<T> => {
    setBusy(true)
    try {
      return await action()
    } finally {
      setBusy(false)
    }
  }, [])
  return [busy, whileBusy]
}
