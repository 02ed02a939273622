import Decimal from 'decimal.js'
import { useTranslation } from 'react-i18next'
import { formatKroner } from '@shared/format'
import type { Okonomiplan } from '@shared/tracking/okonomiplan'

// Wide enough to fill the content column beside the table at 1366 px, the height kept.
const WIDTH = 960
const HEIGHT = 220
const BAR = 56

/**
 * Simple bars per year: what is decided, and on top what is being considered. The table above
 * holds the same figures, so the chart is described as an image and its text alternative is the table.
 */
export function PlanChart({ plan, tableId }: { plan: Okonomiplan; tableId: string }) {
  const { t } = useTranslation('okonomi')
  const max = Decimal.max(1, ...plan.all.map((a) => a.amount))
  const scale = (amount: Decimal.Value): number => new Decimal(amount).dividedBy(max).times(HEIGHT - 40).toNumber()
  const step = WIDTH / plan.years.length
  // The legend names only what the chart shows: "Til vurdering" only when something is.
  const considered = plan.rows.some((r) => r.group === 'considered')
  return (
    <figure className="plan-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('chartLabel')} aria-describedby={tableId} width="100%" height={HEIGHT}>
        {plan.years.map((year, i) => {
          const decided = scale(plan.decided[i]!.amount)
          const considered = scale(new Decimal(plan.all[i]!.amount).minus(plan.decided[i]!.amount))
          const x = i * step + (step - BAR) / 2
          const base = HEIGHT - 20
          return (
            <g key={year}>
              <rect x={x} y={base - decided} width={BAR} height={decided} className="bar-decided" />
              <rect x={x} y={base - decided - considered} width={BAR} height={considered} className="bar-considered" />
              <text x={x + BAR / 2} y={HEIGHT - 4} textAnchor="middle" className="bar-label">
                {year}
              </text>
              <text x={x + BAR / 2} y={Math.max(12, base - decided - considered - 6)} textAnchor="middle" className="bar-label">
                {formatKroner(new Decimal(plan.all[i]!.amount).toDecimalPlaces(0))}
                {plan.all[i]!.incomplete ? ` ${t('plusUnknownTail')}` : ''}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption className="plan-legend">
        <span className="swatch bar-decided" aria-hidden="true" /> {t('legendDecided')}
        {considered && (
          <>
            {' '}
            <span className="swatch bar-considered" aria-hidden="true" /> {t('legendConsidered')}
          </>
        )}
      </figcaption>
    </figure>
  )
}
