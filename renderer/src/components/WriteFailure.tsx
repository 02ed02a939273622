import { Alert, Button, Paragraph } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import type { StorageFailure } from '../db/storeResult'

/** What the user tried to save when the database refused it. */
export type WriteAction = 'figure' | 'import' | 'round' | 'maalform' | 'profile'

interface Props {
  action: WriteAction
  failure: StorageFailure
  /** True on a form: what the user typed is still in it. */
  kept: boolean
  onDismiss?: () => void
}

/** The database refused a write: what was not saved, why, and what to do, in the målform. */
export function WriteFailure({ action, failure, kept, onDismiss }: Props) {
  const { t } = useTranslation('frame')
  return (
    <Alert data-color="danger" role="alert" data-testid="write-failure">
      <Paragraph data-size="sm">
        {t(`writeFailed.${action}`)} {t(failure.quota ? 'writeFailed.quota' : 'writeFailed.other')}
        {kept && ` ${t('writeFailed.kept')}`}
      </Paragraph>
      {onDismiss && (
        <Button variant="tertiary" data-size="sm" onClick={onDismiss}>
          {t('writeFailed.dismiss')}
        </Button>
      )}
    </Alert>
  )
}
