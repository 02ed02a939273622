import { profileSchema } from '@shared/profileSchema'
import type { Profile } from '@shared/profile'
import { parseWith, type ParseResult } from '../db/validate'

/**
 * The profile's check, in a module of its own: it brings zod (and, through the database's row
 * checks, decimal.js), which the first screen does not need. A fresh profile has nothing to check
 * until the setup is saved, so the profile store loads this only when a stored profile is read or
 * one is saved; a returning user's start fetches it beside the database check (main.tsx).
 */
export function checkProfile(input: unknown): ParseResult<Profile> {
  return parseWith(profileSchema, input)
}
