import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { isMaalform, type Maalform } from '@shared/maalform'
import { App } from './app/App'
import { preloadArea } from './app/areas'
import { afterFirstScreen, firstStartLikely, profileSavedBefore } from './app/firstScreen'
import { NewerDatabase } from './app/NewerDatabase'
import { initI18n, loadAreaTexts } from './app/texts'
import { routeFromHash } from './app/route'
import { checkDatabaseVersion, type OpenCheck } from './db/openCheck'
import { loadProfileCheck } from './profile/profileCheckLoader'
import { loadStoredProfile } from './profile/storedProfile'
import { choosePlatform } from './platform'
import './styles.css'

function rememberedMaalform(): Maalform {
  try {
    const stored = localStorage.getItem('spleiselag.maalform')
    if (isMaalform(stored)) return stored
  } catch {
    // No localStorage: start in nynorsk, the form of the model document.
  }
  return 'nn'
}

/** A database from a newer app is never opened (see openCheck.ts); a failed look lets the app open as before. */
async function databaseCheck(): Promise<OpenCheck> {
  try {
    return await checkDatabaseVersion()
  } catch (error) {
    console.error('The database version could not be read:', error)
    return { ok: true }
  }
}

function preloadStoredProfile(): void {
  loadStoredProfile().catch(() => {
    // Loaded again when the profile is looked up, which shows a failure where it happens.
  })
}

function preloadProfileCheck(): void {
  loadProfileCheck().catch(() => {
    // Loaded again when the profile is read or saved, which shows a failure where it happens.
  })
}

async function start(): Promise<void> {
  // The database's version is asked for first: the answer comes while the texts are set up.
  const checking = databaseCheck()
  const maalform = rememberedMaalform()
  await initI18n(maalform)
  document.documentElement.lang = maalform
  // A returning user's page (and the areas' texts, and the profile's check) is fetched now,
  // beside the database check, not after the profile has been read.
  if (profileSavedBefore()) {
    preloadArea(routeFromHash(window.location.hash).area)
    preloadProfileCheck()
    preloadStoredProfile()
  }
  const element = document.getElementById('root')
  if (!element) throw new Error('No #root element')
  const root = createRoot(element)
  const platform = choosePlatform()
  // Most likely a first start: the setup shows at once and waits for the check before it opens
  // the database (App's databaseChecked); otherwise the check comes first, as a returning user
  // must never see the setup.
  const likelyFirst = firstStartLikely()
  if (likelyFirst) {
    const databaseChecked = checking.then((check) => check.ok)
    root.render(
      <StrictMode>
        <App platform={platform} initialMaalform={maalform} databaseChecked={databaseChecked} />
      </StrictMode>
    )
  }
  const check = await checking
  if (!check.ok) {
    await loadAreaTexts()
    root.render(
      <StrictMode>
        <NewerDatabase platform={platform} initialMaalform={maalform} found={check.found} known={check.known} />
      </StrictMode>
    )
    return
  }
  if (!likelyFirst) {
    root.render(
      <StrictMode>
        <App platform={platform} initialMaalform={maalform} />
      </StrictMode>
    )
  }
  // What the first screen does not need loads once it is painted: the areas' texts (an area
  // opened before they are in waits for them), and the desktop's automatic backup (with the
  // backup store and every table's row check; the web build has no backup folder).
  afterFirstScreen(() => {
    void loadAreaTexts()
    preloadProfileCheck() // for the setup's save
    if (platform.backups) void import('./backup/automaticBackup').then(({ automaticBackup }) => automaticBackup(platform))
  })
}

void start()
