import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { formatDateLong, formatKroner } from '@shared/format'
import { organisationInText } from '@shared/naming'
import type { AreaId } from '../app/areas'
import { useApp } from '../app/context'
import { hrefFor } from '../app/route'
import { LastBackupLine } from '../backup/LastBackupLine'
import { breakdownText } from '../bidrag/contributionText'
import { useContribution } from '../bidrag/useContribution'
import { ParticipationCard } from '../deltaking/ParticipationCard'
import { OversiktCard } from '../fellesloysingar/OversiktCard'
import { caseStore } from '../saksframlegg/caseStore'

/** A card that leads to the area where the user does the next part of the work. */
function NextStep({ area, title, body }: { area: AreaId; title: string; body: string }) {
  return (
    <Card>
      <Heading level={3} data-size="xs">
        <Link href={hrefFor(area)}>{title}</Link>
      </Heading>
      <Paragraph data-size="sm">{body}</Paragraph>
    </Card>
  )
}

export function Oversikt({ today }: { today: string }) {
  const { t } = useTranslation('oversikt')
  const { profile } = useApp()
  const { round, outcome } = useContribution(profile)
  // Whether a saksframlegg exists for this round: once it does, computing and writing are done.
  const hasCase = useLiveQuery(async () => (await caseStore.list(profile.number)).some((c) => c.roundId === round.id), [profile.number, round.id], undefined)
  return (
    <section className="page" aria-labelledby="oversikt-heading">
      <Heading level={1} data-size="lg" id="oversikt-heading">
        {t('heading')}
      </Heading>
      <Paragraph>{t('intro', { organisation: organisationInText(profile) })}</Paragraph>
      <LastBackupLine />
      {/* The next steps come first: at 1366×768 a new user sees where to go without scrolling. */}
      <Heading level={2} data-size="sm">
        {t('nextSteps')}
      </Heading>
      <div className="cards">
        {/* Only what is still to do: until the round has a case, reckoning the contribution and
            writing the case; after that the participation card below says what comes next. */}
        {hasCase === false && (
          <>
            <NextStep area="bidrag" title={t('stepBidrag')} body={t('stepBidragBody')} />
            <NextStep area="saksframlegg" title={t('stepSaksframlegg')} body={t('stepSaksframleggBody')} />
          </>
        )}
        <OversiktCard />
      </div>
      <Card data-color="neutral">
        <Heading level={2} data-size="sm">
          {t('roundHeading')}: {round.name[profile.maalform]}
        </Heading>
        <dl className="facts">
          <dt>{t('invitation')}</dt>
          <dd>{formatDateLong(round.invitationDate)}</dd>
          {/* The deadline only: the participation card below says how the kommune stands to it (days
              left, decided in time, or passed with no decision), so the two cannot disagree. */}
          <dt>{t('answerBy')}</dt>
          <dd>{formatDateLong(round.answerBy)}</dd>
          {outcome.ok && (
            <>
              <dt>{t('ourContribution')}</dt>
              <dd data-testid="oversikt-amount">
                <Link data-color="accent" href={hrefFor('bidrag')}>{formatKroner(outcome.contribution.amount)}</Link>
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
      <ParticipationCard round={round} today={today} />
    </section>
  )
}
