import { Link, Paragraph } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import { formatTimestamp } from '@shared/format'
import { useApp } from '../app/context'
import { hrefFor } from '../app/route'
import { useLastBackup } from './lastBackup'

/** One line on Oversikt: when the last backup was made, and the way to Innstillingar to make one. */
export function LastBackupLine() {
  const { t } = useTranslation('backup')
  const { platform } = useApp()
  const last = useLastBackup(platform)
  if (!last) return null
  return (
    <Paragraph data-size="sm" data-testid="last-backup">
      {last.date ? t('lastBackup', { when: formatTimestamp(last.date) }) : t('noBackup')}
      {last.autoFailed && ` ${t('autoFailed')}`} <Link href={hrefFor('innstillingar')}>{t('lastBackupLink')}</Link>
    </Paragraph>
  )
}
