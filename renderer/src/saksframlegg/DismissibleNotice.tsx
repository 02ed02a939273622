import { Alert, Button, Paragraph } from '@digdir/designsystemet-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useReveal } from '../lib/useReveal'

/** What just happened, until the user dismisses it; an error is announced at once (role alert). */
export function DismissibleNotice({
  color,
  error,
  testId,
  onDismiss,
  children
}: {
  color: 'success' | 'info' | 'warning' | 'danger'
  error: boolean
  testId?: string
  onDismiss: () => void
  children: ReactNode
}) {
  const { t } = useTranslation('saksframlegg')
  // Saved, deleted, exported: the confirmation is brought into view where the button was further down.
  const ref = useReveal<HTMLDivElement>(children)
  return (
    <Alert ref={ref} data-color={color} role={error ? 'alert' : 'status'} className="sf-notice" data-testid={testId}>
      <Paragraph data-size="sm">{children}</Paragraph>
      <Button variant="tertiary" data-size="sm" onClick={onDismiss}>
        {t('action.dismiss')}
      </Button>
    </Alert>
  )
}
