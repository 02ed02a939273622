import { Alert, Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import type { FinancingRound } from '@shared/financingRound'
import { formatDateLong, formatNumber } from '@shared/format'
import { deadlineState } from '@shared/tracking/deadline'
import { currentDecision, hasDeclined, nextStatuses, paymentDifference, type PaymentDifference } from '@shared/tracking/participation'
import { paymentDifferenceMessage, statusName } from '@shared/tracking/participationText'
import { useApp } from '../app/context'
import { hrefFor } from '../app/route'
import { useParticipation } from './useParticipation'

/**
 * Oversikt's card for the participation: the answer deadline and the days left until a decision
 * is recorded (a clear warning once it has passed without one), the status and the next step (a
 * link only when there is one to take), and a paid amount that differs from the computed one.
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
  const declined = hasDeclined(record)
  const difference = paymentDifference(record)
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
        <dd data-testid="participation-card-next">
          {declined ? (
            t('cardDeclined')
          ) : next ? (
            <Link href={hrefFor('deltaking')}>{t('cardNextStep', { status: statusName(next, profile.maalform) })}</Link>
          ) : (
            t('cardDone')
          )}
        </dd>
      </dl>
      {difference && <PaymentDifferenceAlert difference={difference} testId="participation-card-difference" />}
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

/** A paid amount that differs from the computed one: both figures, and what to do about it. */
export function PaymentDifferenceAlert({ difference, testId }: { difference: PaymentDifference; testId: string }) {
  const { t } = useTranslation('deltaking')
  const { profile } = useApp()
  return (
    <Alert data-color="warning" data-testid={testId}>
      <Heading level={3} data-size="2xs">
        {t('differenceTitle')}
      </Heading>
      <Paragraph data-size="sm">{paymentDifferenceMessage(difference, profile.maalform)}</Paragraph>
    </Alert>
  )
}
