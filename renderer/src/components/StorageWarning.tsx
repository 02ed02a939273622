import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatWhole } from '@shared/plainFormat'
import { requestPersistentStorage, storageNotice, type StorageStatus } from '../app/storage'

/** Where the dismissal of «Data kan bli sletta» is kept, so the warning does not come back after every start. */
export const DISMISSED_KEY = 'spleiselag.storageWarningDismissed'

function megabytes(bytes: number): string {
  return `${formatWhole(Math.round(bytes / 1_000_000))} MB`
}

function dismissedBefore(): boolean {
  try {
    return localStorage.getItem(DISMISSED_KEY) === 'notPersistent'
  } catch {
    return false
  }
}

function rememberDismissed(): void {
  try {
    localStorage.setItem(DISMISSED_KEY, 'notPersistent')
  } catch {
    // Without localStorage the warning comes back at the next start; it is still closed for now.
  }
}

/**
 * Shown when the browser may delete the app's data, or when the quota is nearly used up. The
 * first is said once: closed, it stays closed after a reload. A nearly full disk is said each start,
 * as it is news each time. Kept to a line or two, so it does not push the page's own start out of sight.
 */
export function StorageWarning({ platform }: { platform: 'electron' | 'web' }) {
  const { t } = useTranslation('frame')
  const [status, setStatus] = useState<StorageStatus | null>(null)
  const [dismissed, setDismissed] = useState(false)
  useEffect(() => {
    void requestPersistentStorage(navigator.storage).then(setStatus)
  }, [])
  const notice = status && !dismissed ? storageNotice(status, dismissedBefore()) : null
  if (!status || !notice) return null
  const full = notice === 'nearlyFull'
  return (
    <Alert data-color="warning" data-size="sm" className="storage-warning" role="status">
      <div className="storage-warning-row">
        <div>
          <Heading level={2} data-size="2xs">
            {full ? t('storage.nearlyFullTitle') : t('storage.notPersistentTitle')}
          </Heading>
          <Paragraph data-size="sm">
            {full
              ? t('storage.nearlyFull', { used: megabytes(status.usage), quota: megabytes(status.quota) })
              : t(platform === 'electron' ? 'storage.notPersistentDesktop' : 'storage.notPersistent')}
          </Paragraph>
        </div>
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => {
            if (!full) rememberDismissed()
            setDismissed(true)
          }}
        >
          {t('storage.dismiss')}
        </Button>
      </div>
    </Alert>
  )
}
