import { Paragraph, SkipLink } from '@digdir/designsystemet-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Maalform } from '@shared/maalform'
import { MaalformSwitch } from '../components/MaalformSwitch'
import { StorageWarning } from '../components/StorageWarning'
import { useSaveShortcut } from '../components/useSaveShortcut'
import { AREAS, type AreaId } from './areas'
import { hrefFor } from './route'

interface Props {
  area: AreaId
  organisation: string
  maalform: Maalform
  onMaalform: (m: Maalform) => void
  platformKind: 'electron' | 'web'
  children: ReactNode
}

export function AppFrame({ area, organisation, maalform, onMaalform, platformKind, children }: Props) {
  const { t } = useTranslation('frame')
  // Ctrl+S on a page with no form does nothing: the browser does not get to offer to save the page.
  useSaveShortcut()
  return (
    <div className="app">
      <SkipLink href="#main">{t('skipToContent')}</SkipLink>
      <header className="app-header">
        <div className="app-title">
          <span className="app-name">{t('appName')}</span>
          <Paragraph data-size="sm" className="app-organisation">
            {organisation}
          </Paragraph>
        </div>
        <MaalformSwitch value={maalform} onChange={onMaalform} />
      </header>
      <div className="app-body">
        <nav aria-label={t('navLabel')} className="app-nav">
          <ul>
            {AREAS.map(({ id, label }) => (
              <li key={id}>
                <a href={hrefFor(id)} aria-current={id === area ? 'page' : undefined} data-area={id}>
                  {t(label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1} className="app-main">
          <StorageWarning platform={platformKind} />
          {children}
        </main>
      </div>
    </div>
  )
}
