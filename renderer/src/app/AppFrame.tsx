import { Paragraph, SkipLink } from '@digdir/designsystemet-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Maalform } from '@shared/maalform'
import { MaalformSwitch } from '../components/MaalformSwitch'
import { StorageWarning } from '../components/StorageWarning'
import { AREAS, hrefFor, type Area } from './route'

interface Props {
  area: Area
  organisation: string
  maalform: Maalform
  onMaalform: (m: Maalform) => void
  platformKind: 'electron' | 'web'
  children: ReactNode
}

export function AppFrame({ area, organisation, maalform, onMaalform, platformKind, children }: Props) {
  const { t } = useTranslation('frame')
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
            {AREAS.map((name) => (
              <li key={name}>
                <a href={hrefFor(name)} aria-current={name === area ? 'page' : undefined} data-area={name}>
                  {t(`nav.${name}`)}
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
