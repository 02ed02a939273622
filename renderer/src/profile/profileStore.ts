import type { Maalform } from '@shared/maalform'
import { profileSchema, type Profile } from '@shared/profile'
import { db, type SpleiselagDatabase } from '../db/database'
import { guardWrite, type StoreResult } from '../db/storeResult'
import { parseWith } from '../db/validate'

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
    if (!row) return { ok: false, reason: 'notFound' }
    const parsed = parseWith(profileSchema, row)
    return parsed.ok ? parsed : { ok: false, reason: 'malformed', issues: parsed.issues }
  }

  async save(input: ProfileInput): Promise<StoreResult<Profile>> {
    const prepared = this.prepare(input)
    if (!prepared.ok) return prepared
    return guardWrite(() => this.put(prepared.value))
  }

  /** Changes the målform alone; the rest of the profile stays as stored. */
  async setMaalform(maalform: Maalform): Promise<StoreResult<Profile>> {
    return guardWrite(() =>
      this.database.transaction('rw', this.database.profile, async (): Promise<StoreResult<Profile>> => {
        const loaded = await this.load()
        if (!loaded.ok) return loaded
        const prepared = this.prepare({ ...loaded.value, maalform })
        return prepared.ok ? this.put(prepared.value) : prepared
      })
    )
  }

  private prepare(input: ProfileInput): StoreResult<Profile> {
    const parsed = parseWith(profileSchema, { ...input, id: PROFILE_KEY, updatedAt: this.now().toISOString() })
    return parsed.ok ? parsed : { ok: false, reason: 'invalid', issues: parsed.issues }
  }

  private async put(profile: Profile): Promise<StoreResult<Profile>> {
    await this.database.profile.put(profile)
    return { ok: true, value: profile }
  }
}

export const profileStore = new ProfileStore()
