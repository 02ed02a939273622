import { createContext, useContext } from 'react'
import type { Profile } from '@shared/profile'
import type { Platform } from '../platform'

export interface AppContextValue {
  platform: Platform
  profile: Profile
}

export const AppContext = createContext<AppContextValue | null>(null)

export function useApp(): AppContextValue {
  const value = useContext(AppContext)
  if (!value) throw new Error('useApp outside AppContext')
  return value
}
