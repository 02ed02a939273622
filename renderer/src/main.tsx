import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { isMaalform, type Maalform } from '@shared/maalform'
import { App } from './app/App'
import { NewerDatabase } from './app/NewerDatabase'
import { initI18n, loadAreaTexts } from './app/texts'
import { checkDatabaseVersion, type OpenCheck } from './db/openCheck'
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

async function start(): Promise<void> {
  const maalform = rememberedMaalform()
  await initI18n(maalform)
  document.documentElement.lang = maalform
  const root = document.getElementById('root')
  if (!root) throw new Error('No #root element')
  const platform = choosePlatform()
  const check = await databaseCheck()
  if (!check.ok) {
    await loadAreaTexts()
    createRoot(root).render(
      <StrictMode>
        <NewerDatabase platform={platform} initialMaalform={maalform} found={check.found} known={check.known} />
      </StrictMode>
    )
    return
  }
  // The backup code (and the register its checks use) loads beside the first screen, not before it.
  void import('./backup/lastBackup').then(({ automaticBackup }) => automaticBackup(platform))
  createRoot(root).render(
    <StrictMode>
      <App platform={platform} initialMaalform={maalform} />
    </StrictMode>
  )
  // The areas' texts load beside the first screen; an area opened before they are in waits for them.
  void loadAreaTexts()
}

void start()
