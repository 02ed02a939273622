import type { Maalform } from '@shared/maalform'
import type { Profile } from '@shared/profile'
import { db, type SpleiselagDatabase } from '../db/database'
import { guardWrite, type StoreResult } from '../db/storeResult'
import { loadProfileCheck, type Check } from './profileCheckLoader'

/** What the user fills in; the store adds the key and when it was saved. */
export type ProfileInput = Omit<Profile, 'id' | 'updatedAt'>

const PROFILE_KEY = 'profile'

/**
 * The one profile: who the user writes for, and in which målform. Checked when read: a profile
 * that does not pass (damaged, or from a release that wrote it differently) is refused, and the
 * app asks for it again as on the first run, so the next save replaces it.
 */
export class ProfileStore {
  constructor(
    private readonly database: SpleiselagDatabase = db,
    private readonly now: () => Date = () => new Date()
  ) {}

  async load(): Promise<StoreResult<Profile>> {
    const row = await this.database.profile.get(PROFILE_KEY)
    // No profile (a first start): nothing to check, so the check is not even fetched.
    if (!row) return { ok: false, reason: 'notFound' }
    return this.checked(await loadProfileCheck(), row)
  }

  async save(input: ProfileInput): Promise<StoreResult<Profile>> {
    const prepared = this.prepare(await loadProfileCheck(), input)
    if (!prepared.ok) return prepared
    return guardWrite(() => this.put(prepared.value))
  }

  /** Changes the målform alone; the rest of the profile stays as stored. */
  async setMaalform(maalform: Maalform): Promise<StoreResult<Profile>> {
    // Loaded before the transaction: inside it, only the database's own promises may be awaited.
    const check = await loadProfileCheck()
    return guardWrite(() =>
      this.database.transaction('rw', this.database.profile, async (): Promise<StoreResult<Profile>> => {
        const row = await this.database.profile.get(PROFILE_KEY)
        if (!row) return { ok: false, reason: 'notFound' }
        const loaded = this.checked(check, row)
        if (!loaded.ok) return loaded
        const prepared = this.prepare(check, { ...loaded.value, maalform })
        return prepared.ok ? this.put(prepared.value) : prepared
      })
    )
  }

  private checked(check: Check, row: unknown): StoreResult<Profile> {
    const parsed = check(row)
    return parsed.ok ? parsed : { ok: false, reason: 'malformed', issues: parsed.issues }
  }

  private prepare(check: Check, input: ProfileInput): StoreResult<Profile> {
    const parsed = check({ ...input, id: PROFILE_KEY, updatedAt: this.now().toISOString() })
    return parsed.ok ? parsed : { ok: false, reason: 'invalid', issues: parsed.issues }
  }

  private async put(profile: Profile): Promise<StoreResult<Profile>> {
    await this.database.profile.put(profile)
    return { ok: true, value: profile }
  }
}

export const profileStore = new ProfileStore()
