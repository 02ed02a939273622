import { Alert, Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import type { FinancingRound } from '@shared/financingRound'
import { daysBetween, formatDateLong, formatNumber } from '@shared/format'
import { currentDecision, hasDeclined, nextStatuses } from '@shared/tracking/participation'
import { statusName } from '@shared/tracking/participationText'
import { useApp } from '../app/context'
import { hrefFor } from '../app/route'
import { useParticipation } from './useParticipation'

/**
 * Oversikt's card for the participation: the answer deadline and the days left until a decision
 * is recorded (a clear warning once it has passed without one), the status and the next step.
 */
export function ParticipationCard({ round, today }: { round: FinancingRound; today: string }) {
  const { t } = useTranslation('deltaking')
  const { profile } = useApp()
  const { record } = useParticipation(profile, round)
  if (!record) return null
  const decision = currentDecision(record)
  const daysLeft = daysBetween(today, round.answerBy)
  const next = nextStatuses(record)[0]
  const nextText = hasDeclined(record)
    ? t('cardDeclined')
    : next
      ? t('cardNextStep', { status: statusName(next, profile.maalform) })
      : t('cardDone')
  return (
    <Card data-testid="participation-card">
      <Heading level={2} data-size="sm">
        <Link href={hrefFor('deltaking')}>{t('cardHeading')}</Link>
      </Heading>
      <dl className="facts">
        <dt>{t('cardStatus')}</dt>
        <dd>{statusName(record.status, profile.maalform)}</dd>
        <dt>{t('cardAnswerBy')}</dt>
        <dd>
          {formatDateLong(round.answerBy)}
          {decision
            ? ` – ${t('cardDecided', { date: formatDateLong(decision.date) })}`
            : daysLeft >= 0
              ? ` – ${t('cardDaysLeft', { count: daysLeft, days: formatNumber(daysLeft) })}`
              : ''}
        </dd>
        <dt>{t('cardNext')}</dt>
        <dd>
          <Link href={hrefFor('deltaking')}>{nextText}</Link>
        </dd>
      </dl>
      {!decision && daysLeft < 0 && (
        <Alert data-color="danger" data-testid="participation-deadline-passed">
          <Heading level={3} data-size="2xs">
            {t('cardPassedTitle')}
          </Heading>
          <Paragraph data-size="sm">{t('cardPassed', { count: -daysLeft, days: formatNumber(-daysLeft) })}</Paragraph>
        </Alert>
      )}
    </Card>
  )
}
