import { Spinner } from '@digdir/designsystemet-react'
import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Maalform } from '@shared/maalform'
import { organisationInText } from '@shared/naming'
import { ErrorBoundary } from '../components/ErrorBoundary'
import { WriteFailure } from '../components/WriteFailure'
import { WriteRefused, type StorageFailure } from '../db/storeResult'
import type { Platform } from '../platform'
import { FirstRun } from '../profile/FirstRun'
import type { ProfileDraft } from '../profile/ProfileForm'
import { loadStoredProfile, useStoredProfile } from '../profile/storedProfile'
import { AppFrame } from './AppFrame'
import { areaFor } from './areas'
import { AppContext } from './context'
import { firstScreenShown, rememberProfileSaved, useAfterFirstScreen } from './firstScreen'
import { useFocusPageHeading } from './pageFocus'
import { changeMaalform, withAreaTexts } from './texts'
import { useRoute } from './route'

// Restoring a backup at first start is rare; its code (and the register it checks against) loads
// after the setup has painted.
const BackupSettings = lazy(withAreaTexts(() => import('../backup/BackupSettings').then((m) => ({ default: m.BackupSettings }))))

/** Below the first-run setup: the restore from a backup, fetched only once the setup is painted. */
function RestoreAtFirstRun({ platform }: { platform: Platform }) {
  const { t } = useTranslation('frame')
  const ready = useAfterFirstScreen()
  // Nothing until the setup is painted: even a spinner would cost the setup's first frame (the
  // design system's Spinner looks up every animation in the document, which recalculates the
  // style of the whole page).
  if (!ready) return null
  return (
    <Suspense
      fallback={
        <div className="section-loading" aria-busy="true">
          <Spinner aria-label={t('loadingRestore')} />
        </div>
      }
    >
      <BackupSettings platform={platform} atFirstRun />
    </Suspense>
  )
}

/** Throws when the profile is refused, so the form shows that saving failed (and why, if the database said no). */
async function saveProfile(draft: ProfileDraft): Promise<void> {
  const { profileStore } = await loadStoredProfile()
  const saved = await profileStore.save(draft)
  if (!saved.ok && saved.reason === 'storage') throw new WriteRefused(saved)
  if (!saved.ok) throw new Error(`The profile was refused: ${JSON.stringify(saved)}`)
}

/** A setup saved before the database's version check has answered waits for it; a newer database is never written. */
async function saveAfterCheck(databaseChecked: Promise<boolean>, draft: ProfileDraft): Promise<void> {
  if (!(await databaseChecked)) throw new Error('The database is from a newer Spleiselag; nothing is saved')
  await saveProfile(draft)
}

interface AppProps {
  platform: Platform
  initialMaalform: Maalform
  /**
   * Given on a start that is most likely the first (firstScreen.ts's firstStartLikely): the
   * database's version check, still under way. The setup shows at once, and nothing opens the
   * database (no lookup, no save, nothing of what waits for the first screen) until the check
   * has said yes; a newer database is refused by main.tsx in this app's place.
   */
  databaseChecked?: Promise<boolean>
}

export function App({ platform, initialMaalform, databaseChecked }: AppProps) {
  const { t } = useTranslation('frame')
  const [open, setOpen] = useState(databaseChecked === undefined)
  useEffect(() => {
    let live = true
    void databaseChecked?.then((ok) => {
      if (live && ok) setOpen(true)
    })
    return () => {
      live = false
    }
  }, [databaseChecked])
  // null: not looked up yet; undefined: looked, none.
  const stored = useStoredProfile(open)
  const profile = stored === null && databaseChecked ? undefined : stored
  const [setupMaalform, setSetupMaalform] = useState<Maalform>(initialMaalform)
  const [maalformRefused, setMaalformRefused] = useState<StorageFailure | null>(null)
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

  // A page opens at its top: the window kept the scroll of the page left behind (the foot of the
  // catalogue), so the next page opened somewhere in its middle. A layout effect, so a page that
  // brings a notice or a form into view itself still does so afterwards.
  const routeKey = `${route.area}/${route.path.join('/')}`
  useLayoutEffect(() => {
    window.scrollTo(0, 0)
  }, [routeKey])

  // Once the profile has been looked up, the first screen (the setup, or the frame) is there.
  const looked = stored !== null
  const saved = Boolean(profile)
  useEffect(() => {
    if (!looked) return
    rememberProfileSaved(saved)
    firstScreenShown()
  }, [looked, saved])
  // A page the user went to (not the first one) takes the focus to its heading.
  useFocusPageHeading(looked ? `${saved}|${routeKey}` : null)

  if (profile === null) {
    return (
      <div className="setup" aria-busy="true">
        <Spinner aria-label={t('loading')} />
      </div>
    )
  }
  if (!profile || !context) {
    return (
      <FirstRun
        maalform={setupMaalform}
        onMaalform={setSetupMaalform}
        onDone={databaseChecked ? (draft) => saveAfterCheck(databaseChecked, draft) : saveProfile}
        restore={<RestoreAtFirstRun platform={platform} />}
      />
    )
  }

  const setMaalform = (next: Maalform): void => {
    setMaalformRefused(null)
    void loadStoredProfile().then(async ({ profileStore }) => {
      const result = await profileStore.setMaalform(next)
      // The database refused the write: the switch stays on the målform that is stored, and says why.
      if (!result.ok && result.reason === 'storage') setMaalformRefused(result)
    })
  }

  const { id: area, Page } = areaFor(route.area)

  return (
    <AppContext.Provider value={context}>
      <AppFrame
        area={area}
        organisation={organisationInText(profile)}
        maalform={maalform}
        onMaalform={setMaalform}
        platformKind={platform.kind}
      >
        {maalformRefused && (
          <WriteFailure action="maalform" failure={maalformRefused} kept={false} onDismiss={() => setMaalformRefused(null)} />
        )}
        <ErrorBoundary key={area}>
          <Suspense
            fallback={
              <div className="area-loading" aria-busy="true">
                <Spinner aria-label={t('loading')} />
              </div>
            }
          >
            <Page path={route.path} shell={{ saveProfile, setMaalform }} />
          </Suspense>
        </ErrorBoundary>
      </AppFrame>
    </AppContext.Provider>
  )
}
