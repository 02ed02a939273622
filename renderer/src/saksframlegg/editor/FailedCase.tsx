import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaseFailure } from '../caseStore'

/**
 * A case that cannot be opened: gone, or stored in a shape the app cannot read. The children
 * (the notice, and the history of a damaged case) offer what can still be done.
 */
export function FailedCase({
  failure,
  onClose,
  dialog,
  children
}: {
  failure: CaseFailure['reason']
  onClose: () => void
  /** The question before restoring a version. */
  dialog: ReactNode
  children: ReactNode
}) {
  const { t } = useTranslation('saksframlegg')
  return (
    <section className="page" aria-labelledby="sf-editor-heading">
      <Heading level={1} data-size="lg" id="sf-editor-heading">
        {t('editor.heading')}
      </Heading>
      <Alert data-color="danger" role="alert">
        <Heading level={2} data-size="2xs">
          {t(failure === 'notFound' ? 'load.notFoundTitle' : 'load.malformedTitle')}
        </Heading>
        <Paragraph data-size="sm">{t(failure === 'notFound' ? 'load.notFound' : 'load.malformed')}</Paragraph>
      </Alert>
      {children}
      <div>
        <Button variant="secondary" onClick={onClose}>
          {t('editor.back')}
        </Button>
      </div>
      {dialog}
    </section>
  )
}
