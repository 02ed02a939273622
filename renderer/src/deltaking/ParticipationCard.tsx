import { Alert, Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import type { FinancingRound } from '@shared/financingRound'
import { formatDateLong, formatNumber } from '@shared/format'
import { deadlineState } from '@shared/tracking/deadline'
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
  // How the deadline stands: days while they mean something, the date once it is long past (shared/tracking/deadline.ts).
  const deadline = deadlineState(today, round.answerBy, decision !== undefined)
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
            : deadline.kind === 'ahead'
              ? ` – ${t('cardDaysLeft', { count: deadline.days, days: formatNumber(deadline.days) })}`
              : ''}
        </dd>
        <dt>{t('cardNext')}</dt>
        <dd>
          <Link href={hrefFor('deltaking')}>{nextText}</Link>
        </dd>
      </dl>
      {deadline.kind === 'passedRecently' && (
        <Alert data-color="danger" data-testid="participation-deadline-passed">
          <Heading level={3} data-size="2xs">
            {t('cardPassedTitle')}
          </Heading>
          <Paragraph data-size="sm">{t('cardPassed', { count: deadline.days, days: formatNumber(deadline.days) })}</Paragraph>
        </Alert>
      )}
      {/* A deadline long past (a 2017 round looked at now) is history, not an emergency: the date, calmly. */}
      {deadline.kind === 'passedLongAgo' && (
        <Alert data-color="warning" data-testid="participation-deadline-passed">
          <Paragraph data-size="sm">{t('cardPassedLongAgo', { date: formatDateLong(round.answerBy) })}</Paragraph>
        </Alert>
      )}
    </Card>
  )
}
