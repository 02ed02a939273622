import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppInfo } from '@shared/ipc'
import type { Maalform } from '@shared/maalform'
import { MaalformSwitch } from '../components/MaalformSwitch'
import type { Platform } from '../platform'
import { changeMaalform } from './texts'

interface Props {
  platform: Platform
  initialMaalform: Maalform
  /** The stored database's schema version, and the newest this app knows. */
  found: number
  known: number
}

/**
 * The whole page when the database on the machine is from a newer Spleiselag: the app does not
 * open it (so nothing in it is changed), says why, and where the backups are. It starts in the
 * målform the app last ran in; the switch changes only the words on the page.
 */
export function NewerDatabase({ platform, initialMaalform, found, known }: Props) {
  const { t } = useTranslation('backup')
  const [maalform, setMaalform] = useState(initialMaalform)
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    void platform.appInfo().then(setInfo, () => setInfo(null))
  }, [platform])
  useEffect(() => {
    void changeMaalform(maalform)
    void platform.setMaalform(maalform)
  }, [maalform, platform])
  return (
    <main className="setup page" id="main" data-testid="newer-database">
      <div className="setup-header">
        <Heading level={1} data-size="lg">
          {t('newerHeading')}
        </Heading>
        <MaalformSwitch value={maalform} onChange={setMaalform} />
      </div>
      <Alert data-color="warning">
        <Paragraph>{t('newerBody', { version: info?.version ?? '…' })}</Paragraph>
      </Alert>
      <Paragraph>{info?.backupFolder ? t('newerDesktop', { folder: info.backupFolder }) : t('newerWeb')}</Paragraph>
      <Paragraph data-size="sm" className="muted">
        {t('newerTechnical', { found, known })}
      </Paragraph>
    </main>
  )
}
