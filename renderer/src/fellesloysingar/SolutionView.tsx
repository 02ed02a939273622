import { Alert, Button, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatInnbyggjarar, formatKroner } from '@shared/format'
import type { Maalform } from '@shared/maalform'
import { organisationInText } from '@shared/naming'
import { costYear, type Adoption } from '@shared/tracking/adoption'
import type { Solution } from '@shared/tracking/catalogue'
import { costsInYear, type PlanCell } from '@shared/tracking/okonomiplan'
import { useApp } from '../app/context'
import { hrefFor } from '../app/route'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { AdoptionCase } from './AdoptionCase'
import { AdoptionPanel } from './AdoptionPanel'
import { PriceView } from './PriceView'
import { solutionStore } from './solutionStore'
import { currentAdoption, type Tracking } from './useTracking'

/** One solution: what it is, its prices with their sources, what it costs this kommune, and its adoption. */
export function SolutionView({ solution, tracking }: { solution: Solution; tracking: Tracking }) {
  const { t, i18n } = useTranslation('fellesloysingar')
  const { profile } = useApp()
  const m = i18n.language as Maalform
  const [confirmRevert, setConfirmRevert] = useState(false)
  const prices = [...solution.prices].sort((a, b) => (a.fromYear ?? 0) - (b.fromYear ?? 0))
  // Opened from a form or link that is gone now (a new solution saved), the focus would be on the page
  // itself: it goes to the solution's heading, where a keyboard user reads on from.
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) heading.current?.focus()
  }, [solution.id])
  return (
    <section className="page" aria-labelledby="fl-solution-heading">
      <Link href={hrefFor('fellesloysingar')}>{t('view.back')}</Link>
      <Heading level={1} data-size="lg" id="fl-solution-heading" tabIndex={-1} ref={heading}>
        {solution.name}
      </Heading>
      {solution.example && (
        <Tag data-color="warning" data-testid="fl-example">
          {t('example')}
        </Tag>
      )}
      {solution.retired && <Alert data-color="info">{t('view.retired')}</Alert>}
      <dl className="facts">
        <dt>{t('view.purpose')}</dt>
        <dd>{solution.purpose[m].trim() || t('view.purposeMissing')}</dd>
        <dt>{t('view.operator')}</dt>
        <dd>{solution.operator}</dd>
        <dt>{t('view.status')}</dt>
        <dd>{t(`status.${solution.status}`)}</dd>
        <dt>{t('view.fund')}</dt>
        <dd>{t(`fund.${solution.fundFinanced}`)}</dd>
        {solution.url && (
          <>
            <dt>{t('view.link')}</dt>
            <dd>
              <Link href={solution.url} target="_blank" rel="noreferrer">
                {solution.url}
              </Link>
            </dd>
          </>
        )}
      </dl>
      <div className="row">
        <Button asChild variant="secondary">
          <a href={hrefFor('fellesloysingar', solution.id, 'endre')}>{t('view.edit')}</a>
        </Button>
        <Button variant="tertiary" onClick={() => void solutionStore.setRetired(solution.id, !solution.retired)}>
          {solution.retired ? t('list.restore') : t('view.retire')}
        </Button>
        {tracking.catalogue.edited.has(solution.id) && (
          <Button variant="tertiary" onClick={() => setConfirmRevert(true)}>
            {t('view.revert')}
          </Button>
        )}
      </div>

      <Heading level={2} data-size="sm">
        {t('price.heading')}
      </Heading>
      {prices.map((price, i) => (
        <PriceView key={`${price.fromYear ?? 'x'}-${i}`} price={price} />
      ))}

      <Card data-color="neutral" data-testid="fl-costs">
        <Heading level={2} data-size="sm">
          {t('costs.heading', { organisation: organisationInText(profile) })}
        </Heading>
        <KommuneCosts solution={solution} population={tracking.population} adoption={currentAdoption(tracking.adoptions, solution.id)} />
      </Card>

      <AdoptionPanel solution={solution} tracking={tracking} />

      <AdoptionCase solution={solution} tracking={tracking} />

      <ConfirmDialog
        open={confirmRevert}
        heading={t('view.revertHeading', { name: solution.name })}
        cancelLabel={t('view.cancel')}
        onCancel={() => setConfirmRevert(false)}
        actions={[
          {
            label: t('view.revert'),
            danger: true,
            onClick: () => {
              setConfirmRevert(false)
              void solutionStore.revertToShipped(solution.id)
            }
          }
        ]}
      >
        {t('view.revertBody')}
      </ConfirmDialog>
    </section>
  )
}

/**
 * The connection cost and yearly running cost for the kommune's population figure in force, in the
 * year the solution is (planned to be) taken into use, or this year before it is considered.
 */
function KommuneCosts({ solution, population, adoption }: { solution: Solution; population: number | undefined; adoption: Adoption | undefined }) {
  const { t, i18n } = useTranslation('fellesloysingar')
  const m = i18n.language as Maalform
  if (population === undefined) return <Paragraph data-size="sm">{t('costs.noPopulation')}</Paragraph>
  const year = costYear(adoption, new Date().getFullYear())
  const costs = costsInYear(solution, population, year, `${year}-01-01`)
  const money = (c: PlanCell): string => (c === null ? t('costs.unknown') : formatKroner(c))
  return (
    <>
      <Paragraph data-size="sm">{t('costs.population', { population: formatInnbyggjarar(population, m) })}</Paragraph>
      <dl className="facts">
        <dt>{t('costs.connection', { year })}</dt>
        <dd data-testid="fl-cost-connection">{money(costs.connection)}</dd>
        <dt>{t('costs.running', { year })}</dt>
        <dd data-testid="fl-cost-running">{money(costs.running)}</dd>
      </dl>
    </>
  )
}
