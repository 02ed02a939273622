import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import { formatKroner } from '@shared/format'
import { useApp } from '../app/context'
import { hrefFor } from '../app/route'
import { openingYear, planFrom } from '../okonomi/planFrom'
import { useTracking } from './useTracking'

/**
 * On Oversikt: solutions adopted and being considered, the costs of the first two years Økonomi
 * opens on (2018 and 2019 while DigiFin 2017 is not paid, not the calendar's year), and what to do next.
 */
export function OversiktCard() {
  const { t } = useTranslation('okonomi')
  const { profile } = useApp()
  const tracking = useTracking(profile)
  if (tracking.loading) return null
  const year = openingYear(tracking, new Date().getFullYear())
  const plan = planFrom(tracking, year)
  const adopted = tracking.adoptions.filter((a) => a.status === 'vedteke' || a.status === 'iBruk').length
  const considered = tracking.adoptions.filter((a) => a.status === 'vurderer').length
  const step = considered > 0 ? 'card.stepDecide' : adopted > 0 ? 'card.stepPlan' : 'card.stepChoose'
  const cost = (i: number): string => {
    const x = plan?.all[i]
    // A cost left out is named, as on Økonomi: «kr 57 030,50 + ukjend», not an ellipsis that reads as text cut off.
    return x ? formatKroner(x.amount) + (x.incomplete ? ` + ${t('unknown')}` : '') : '–'
  }
  return (
    <Card data-testid="oversikt-loysingar">
      <Heading level={3} data-size="xs">
        <Link href={hrefFor('okonomi')}>{t('card.heading')}</Link>
      </Heading>
      <Paragraph data-size="sm">
        {t('card.adopted', { count: adopted })} · {t('card.considered', { count: considered })}
      </Paragraph>
      {plan && (
        <Paragraph data-size="sm">
          {/* Each year with its amount on one line: «Kostnad 2019: kr 0» never broken after «Kostnad». */}
          <span className="nowrap">{t('card.thisYear', { year, amount: cost(0) })}</span> ·{' '}
          <span className="nowrap">{t('card.thisYear', { year: year + 1, amount: cost(1) })}</span>
        </Paragraph>
      )}
      <Paragraph data-size="sm">{t('card.next', { step: t(step) })}</Paragraph>
    </Card>
  )
}
