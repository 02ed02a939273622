import { useEffect, useState } from 'react'
import type * as RegisterModule from '@shared/register'

/** The kommune register (its data is the largest part of the app's code). */
export type Register = typeof RegisterModule

let loading: Promise<Register> | null = null

/** Starts loading the register once; later calls share the same load. */
export function loadRegister(): Promise<Register> {
  loading ??= import('@shared/register')
  return loading
}

/**
 * The register for a screen that needs it: null until it has loaded, so the screen paints and
 * takes typing at once while the register arrives.
 */
export function useRegister(): Register | null {
  const [register, setRegister] = useState<Register | null>(null)
  useEffect(() => {
    let live = true
    void loadRegister().then((loaded) => {
      if (live) setRegister(loaded)
    })
    return () => {
      live = false
    }
  }, [])
  return register
}
