import { ErrorSummary } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import type { DraftIssue } from '../draft'
import { focusElement } from './focus'

/** What must be put right before the case can be saved or exported, each a link to its field. */
export function DraftErrorSummary({ issues }: { issues: DraftIssue[] }) {
  const { t } = useTranslation('saksframlegg')
  return (
    <ErrorSummary>
      <ErrorSummary.Heading>{t('error.summary')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {issues.map((issue) => (
          <ErrorSummary.Item key={`${issue.field}-${issue.key}`}>
            <ErrorSummary.Link
              href={`#${issue.field}`}
              onClick={(event) => {
                event.preventDefault()
                focusElement(document.getElementById(issue.field))
              }}
            >
              {t(issue.key)}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  )
}
