import { Spinner } from '@digdir/designsystemet-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Maalform } from '@shared/maalform'
import { organisationName, type Profile } from '@shared/profile'
import { ErrorBoundary } from '../components/ErrorBoundary'
import { db } from '../db/database'
import { changeMaalform } from '../i18n'
import type { Platform } from '../platform'
import { FirstRun } from '../profile/FirstRun'
import type { ProfileDraft } from '../profile/ProfileForm'
import { AppFrame } from './AppFrame'
import { areaFor } from './areas'
import { AppContext } from './context'
import { useRoute } from './route'

async function saveProfile(draft: ProfileDraft): Promise<void> {
  const profile: Profile = { ...draft, id: 'profile', updatedAt: new Date().toISOString() }
  await db.profile.put(profile)
}

export function App({ platform, initialMaalform }: { platform: Platform; initialMaalform: Maalform }) {
  const { t } = useTranslation('frame')
  const profile = useLiveQuery(() => db.profile.get('profile'), [], null)
  const [setupMaalform, setSetupMaalform] = useState<Maalform>(initialMaalform)
  const route = useRoute()
  const maalform = profile ? profile.maalform : setupMaalform

  useEffect(() => {
    void changeMaalform(maalform)
    void platform.setMaalform(maalform)
    try {
      localStorage.setItem('spleiselag.maalform', maalform)
    } catch {
      // Storage may be unavailable; the profile in IndexedDB is the record.
    }
  }, [maalform, platform])

  const context = useMemo(() => (profile ? { platform, profile } : null), [platform, profile])

  if (profile === null) {
    return (
      <div className="setup" aria-busy="true">
        <Spinner aria-label={t('loading')} />
      </div>
    )
  }
  if (!profile || !context) {
    return <FirstRun maalform={setupMaalform} onMaalform={setSetupMaalform} onDone={saveProfile} />
  }

  const setMaalform = (next: Maalform): void => {
    void db.profile.update('profile', { maalform: next, updatedAt: new Date().toISOString() })
  }

  const { id: area, Page } = areaFor(route.area)

  return (
    <AppContext.Provider value={context}>
      <AppFrame
        area={area}
        organisation={organisationName(profile)}
        maalform={maalform}
        onMaalform={setMaalform}
        platformKind={platform.kind}
      >
        <ErrorBoundary key={area}>
          <Page path={route.path} shell={{ saveProfile, setMaalform }} />
        </ErrorBoundary>
      </AppFrame>
    </AppContext.Provider>
  )
}
