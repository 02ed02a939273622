import { Button, Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import type { Contribution } from '@shared/contribution'
import type { FinancingRound } from '@shared/financingRound'
import { formatDateLong, formatInnbyggjarar, formatKroner } from '@shared/format'
import type { Maalform } from '@shared/maalform'
import { caseNameFor, sameFigures, withContribution, type Saksframlegg } from '@shared/saksframlegg'
import { useApp } from '../../app/context'
import { hrefFor } from '../../app/route'
import type { ContributionState } from '../../bidrag/useContribution'

/**
 * The figures the case cites, and Bidrag's when they differ (a new population figure, a merger),
 * with a button to take Bidrag's into the case.
 */
export function FiguresCard({
  doc,
  maalform,
  round,
  contribution,
  onTake
}: {
  doc: Saksframlegg
  maalform: Maalform
  /** Undefined while the rounds load, or when the user has deleted the case's round. */
  round: FinancingRound | undefined
  contribution: ContributionState
  /** `renamedTo`: Bidrag's contributor has another name than the case's. */
  onTake: (next: Saksframlegg, renamedTo?: string) => void
}) {
  const { t } = useTranslation('saksframlegg')
  const { profile } = useApp()
  const roundGone = !round && !contribution.loading
  const outcome = contribution.outcome
  const bidrag: Contribution | null = outcome.ok ? outcome.contribution : null
  // Bidrag's figures are offered only for the case's own round: another round's rate and text do not belong here.
  const bidragRound = bidrag && round && bidrag.round.id !== round.id ? bidrag.round : null
  const bidragName = bidrag ? caseNameFor(bidrag) : null
  const nameDiffers = bidragName !== null && bidragName !== doc.header.kommuneName
  const figuresDiffer = bidrag !== null && round !== undefined && !bidragRound && (nameDiffers || !sameFigures(doc.economy, bidrag))
  return (
    <Card data-color="neutral" variant="tinted" className="sf-figures">
      <Heading level={2} data-size="2xs">
        {t('figures.heading')}
      </Heading>
      <Paragraph data-size="sm">
        {t('figures.line', {
          who: doc.header.kommuneName,
          count: formatInnbyggjarar(doc.economy.populationCount, profile.maalform),
          date: doc.economy.populationDate ? formatDateLong(doc.economy.populationDate) : '–',
          rate: formatKroner(doc.economy.rate),
          amount: formatKroner(doc.economy.amount)
        })}
      </Paragraph>
      <Paragraph data-size="sm" className="muted">
        {t('figures.source', { source: doc.economy.populationSource })}
      </Paragraph>
      {doc.economy.populationDate === '' && (
        <div className="sf-inline-note" data-testid="sf-no-population-date">
          <Paragraph data-size="sm">{t('figures.noPopulationDate')}</Paragraph>
        </div>
      )}
      {doc.economy.populationSource.trim() === '' && (
        <div className="sf-inline-note" data-testid="sf-no-population-source">
          <Paragraph data-size="sm">{t('figures.noPopulationSource')}</Paragraph>
        </div>
      )}
      {round && doc.header.date !== '' && doc.header.date > round.answerBy && (
        <div className="sf-inline-note" data-testid="sf-after-deadline">
          <Paragraph data-size="sm">
            {t('figures.afterDeadline', { date: formatDateLong(doc.header.date), deadline: formatDateLong(round.answerBy) })}
          </Paragraph>
        </div>
      )}
      {roundGone && (
        <div className="sf-inline-note" data-testid="sf-round-gone">
          <Paragraph data-size="sm">{t('figures.roundGone')}</Paragraph>
        </div>
      )}
      {bidragRound && round && (
        <div className="sf-inline-note" data-testid="sf-other-round">
          <Paragraph data-size="sm">
            {t('figures.otherRound', { bidragRound: bidragRound.name[profile.maalform], caseRound: round.name[profile.maalform] })}
          </Paragraph>
        </div>
      )}
      {figuresDiffer && bidrag && bidragName !== null && (
        <div className="sf-inline-note" data-testid="sf-figures-differ">
          <Paragraph data-size="sm">
            {t('figures.differ', {
              who: bidragName,
              count: formatInnbyggjarar(bidrag.population.count, profile.maalform),
              date: formatDateLong(bidrag.population.date),
              amount: formatKroner(bidrag.amount)
            })}
          </Paragraph>
          {nameDiffers && <Paragraph data-size="sm">{t('figures.differName', { name: doc.header.kommuneName, who: bidragName })}</Paragraph>}
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => onTake(withContribution(doc, bidrag, maalform), nameDiffers ? bidragName : undefined)}
          >
            {t('figures.use')}
          </Button>
        </div>
      )}
      <Paragraph data-size="sm">
        <Link href={hrefFor('bidrag')}>{t('figures.toBidrag')}</Link>
      </Paragraph>
    </Card>
  )
}
