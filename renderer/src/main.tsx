import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { isMaalform, type Maalform } from '@shared/maalform'
import { App } from './app/App'
import { initI18n } from './i18n'
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

async function start(): Promise<void> {
  const maalform = rememberedMaalform()
  await initI18n(maalform)
  document.documentElement.lang = maalform
  const root = document.getElementById('root')
  if (!root) throw new Error('No #root element')
  createRoot(root).render(
    <StrictMode>
      <App platform={choosePlatform()} initialMaalform={maalform} />
    </StrictMode>
  )
}

void start()
