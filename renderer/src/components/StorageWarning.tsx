import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/format'
import { isNearlyFull, requestPersistentStorage, type StorageStatus } from '../app/storage'

function megabytes(bytes: number): string {
  return `${formatNumber(Math.round(bytes / 1_000_000))} MB`
}

/** Shown when the browser may delete the app's data, or when the quota is nearly used up. */
export function StorageWarning({ platform }: { platform: 'electron' | 'web' }) {
  const { t } = useTranslation('frame')
  const [status, setStatus] = useState<StorageStatus | null>(null)
  const [dismissed, setDismissed] = useState(false)
  useEffect(() => {
    void requestPersistentStorage(navigator.storage).then(setStatus)
  }, [])
  if (!status || dismissed) return null
  const full = isNearlyFull(status)
  if (status.persisted && !full) return null
  return (
    <Alert data-color="warning" className="storage-warning" role="status">
      <Heading level={2} data-size="xs">
        {full ? t('storage.nearlyFullTitle') : t('storage.notPersistentTitle')}
      </Heading>
      <Paragraph data-size="sm">
        {full
          ? t('storage.nearlyFull', { used: megabytes(status.usage), quota: megabytes(status.quota) })
          : t(platform === 'electron' ? 'storage.notPersistentDesktop' : 'storage.notPersistent')}
      </Paragraph>
      <Button variant="tertiary" data-size="sm" onClick={() => setDismissed(true)}>
        {t('storage.dismiss')}
      </Button>
    </Alert>
  )
}
