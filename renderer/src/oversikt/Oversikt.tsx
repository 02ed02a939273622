import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import { formatDateLong, formatKroner } from '@shared/format'
import { organisationName } from '@shared/profile'
import { useApp } from '../app/context'
import { hrefFor } from '../app/route'
import { breakdownText } from '../bidrag/contributionText'
import { useContribution } from '../bidrag/useContribution'

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 86_400_000)
}

export function Oversikt({ today }: { today: string }) {
  const { t } = useTranslation('oversikt')
  const { profile } = useApp()
  const { round, outcome } = useContribution(profile)
  const daysLeft = daysBetween(today, round.answerBy)
  return (
    <section className="page" aria-labelledby="oversikt-heading">
      <Heading level={1} data-size="lg" id="oversikt-heading">
        {t('heading')}
      </Heading>
      <Paragraph>{t('intro', { organisation: organisationName(profile) })}</Paragraph>
      <Card data-color="neutral">
        <Heading level={2} data-size="sm">
          {t('roundHeading')}: {round.name[profile.maalform]}
        </Heading>
        <dl className="facts">
          <dt>{t('invitation')}</dt>
          <dd>{formatDateLong(round.invitationDate)}</dd>
          <dt>{t('answerBy')}</dt>
          <dd>
            {formatDateLong(round.answerBy)}
            {' – '}
            {daysLeft >= 0
              ? t('daysLeft', { count: daysLeft })
              : t('deadlinePassed')}
          </dd>
          {outcome.ok && (
            <>
              <dt>{t('ourContribution')}</dt>
              <dd data-testid="oversikt-amount">
                <Link href={hrefFor('bidrag')}>{formatKroner(outcome.contribution.amount)}</Link>
                {' ('}
                {breakdownText(outcome.contribution, profile.maalform)}
                {')'}
              </dd>
            </>
          )}
          <dt>{t('budgetYear')}</dt>
          <dd>{round.budgetYear}</dd>
          <dt>{t('rateKommune')}</dt>
          <dd>{t('perInnbyggjar', { amount: formatKroner(round.rateKommune) })}</dd>
          <dt>{t('rateFylkeskommune')}</dt>
          <dd>{t('perInnbyggjar', { amount: formatKroner(round.rateFylkeskommune) })}</dd>
        </dl>
      </Card>
      <Heading level={2} data-size="sm">
        {t('nextSteps')}
      </Heading>
      <div className="cards">
        <Card>
          <Heading level={3} data-size="xs">
            <Link href={hrefFor('bidrag')}>{t('stepBidrag')}</Link>
          </Heading>
          <Paragraph data-size="sm">{t('stepBidragBody')}</Paragraph>
        </Card>
        <Card>
          <Heading level={3} data-size="xs">
            <Link href={hrefFor('saksframlegg')}>{t('stepSaksframlegg')}</Link>
          </Heading>
          <Paragraph data-size="sm">{t('stepSaksframleggBody')}</Paragraph>
        </Card>
      </div>
    </section>
  )
}
