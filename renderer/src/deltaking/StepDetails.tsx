import { Link } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import { formatKroner } from '@shared/format'
import type { Step } from '@shared/tracking/participation'
import { hrefFor } from '../app/route'
import type { CaseChoice } from './linkedCase'

/** What a step recorded beyond its date: the linked case, the decision, the invoice, the payment. */
export function StepDetails({ step, cases }: { step: Step; cases: readonly CaseChoice[] }) {
  const { t } = useTranslation('deltaking')
  switch (step.status) {
    case 'tilPolitiskHandsaming': {
      if (!step.caseId) return null
      const linked = cases.find((c) => c.id === step.caseId)
      if (!linked) return <span className="muted">{t('caseUnknown')}</span>
      return <Link href={hrefFor('saksframlegg', step.caseId)}>{t('caseLink', { title: linked.title })}</Link>
    }
    case 'vedteke':
      return (
        <span>
          {t('decisionSummary', {
            answer: step.decision === 'ja' ? t('answerYes') : t('answerNo'),
            utval: step.utval,
            saksnummer: step.saksnummer
          })}
        </span>
      )
    case 'meldingSendt':
      return step.invoiceReference ? <span>{t('referenceSummary', { reference: step.invoiceReference })}</span> : null
    case 'fakturert':
      return <span>{t('invoiceSummary', { amount: formatKroner(step.amount), reference: step.invoiceReference })}</span>
    case 'betalt':
      return <span>{formatKroner(step.amount)}</span>
    default:
      return null
  }
}
