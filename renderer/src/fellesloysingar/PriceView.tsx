import { Paragraph } from '@digdir/designsystemet-react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { formatDateShort, formatKroner, formatNumber, formatRate, MONTHS } from '@shared/format'
import type { Maalform } from '@shared/maalform'
import {
  bandLabel,
  edgeNote,
  type ConnectionCost,
  type PopulationBand,
  type PriceVersion,
  type RunningCost
} from '@shared/tracking/priceModel'

type T = TFunction<'fellesloysingar'>

function bandsText(bands: readonly PopulationBand[], t: T, m: Maalform): string {
  return bands.map((b, i) => t('price.band', { band: bandLabel(bands, i, m), amount: formatKroner(b.amount) })).join('; ')
}

export function connectionText(rule: ConnectionCost, t: T, m: Maalform): string {
  switch (rule.kind) {
    case 'none':
      return t('price.none')
    case 'unknown':
      return t('price.unknown')
    case 'fixed':
      return t('price.fixed', { amount: formatKroner(rule.amount) })
    case 'perInnbyggjar':
      return t('price.perInnbyggjar', { amount: formatRate(rule.rate) })
    case 'bands':
      return bandsText(rule.bands, t, m)
    case 'threshold':
      return t('price.threshold', { threshold: formatNumber(rule.threshold), below: formatKroner(rule.below), rate: formatRate(rule.rate) })
  }
}

export function runningText(rule: RunningCost, t: T, m: Maalform): string[] {
  if (rule.kind === 'none') return [t('price.none')]
  if (rule.kind === 'unknown') return [t('price.unknown')]
  const per = (p: 'month' | 'year'): string => t(p === 'month' ? 'price.month' : 'price.year')
  return rule.parts.map((part) => {
    const pieces = [
      part.fixed && t('price.fixedPer', { amount: formatRate(part.fixed.amount), per: per(part.fixed.per) }),
      part.perInnbyggjar && t('price.perInnbyggjarPer', { amount: formatRate(part.perInnbyggjar.amount), per: per(part.perInnbyggjar.per) }),
      part.bands && t('price.bandsPer', { bands: bandsText(part.bands.bands, t, m), per: per(part.bands.per) })
    ].filter((x): x is string => Boolean(x))
    return t('price.part', { payee: part.payee, parts: pieces.join(' + ') })
  })
}

/** "2021", "01.03.2019", "november 2026": a source's date as precise as it is given, a whole date as dd.mm.åååå. */
export function statedDate(value: string): string {
  const [year, month, day] = value.split('-')
  if (day) return formatDateShort(value)
  if (month) return `${MONTHS[Number(month) - 1]} ${year}`
  return year!
}

/** One stated price: the connection cost, the running costs by payee, the source and its dates. */
export function PriceView({ price }: { price: PriceVersion }) {
  const { t, i18n } = useTranslation('fellesloysingar')
  const m = i18n.language as Maalform
  // The note on which band a boundary belongs to stands with the cost the bands are for.
  const connectionBands = price.connection.kind === 'bands' ? price.connection.bands : undefined
  const runningBands = !connectionBands && price.running.kind === 'parts' ? price.running.parts.find((p) => p.bands)?.bands?.bands : undefined
  const edge = (bands: readonly PopulationBand[] | undefined) =>
    bands && (
      <div className="muted price-edge" data-testid="price-edge">
        {edgeNote(bands, m)}
      </div>
    )
  return (
    <div className="price" data-testid="price">
      <h3 className="price-year">{price.fromYear ? t('price.from', { year: price.fromYear }) : t('price.noYear')}</h3>
      <dl className="facts">
        <dt>{t('price.connection')}</dt>
        <dd>
          {connectionText(price.connection, t, m)}
          {edge(connectionBands)}
        </dd>
        <dt>{t('price.running')}</dt>
        <dd>
          {runningText(price.running, t, m).map((line) => (
            <div key={line}>{line}</div>
          ))}
          {edge(runningBands)}
        </dd>
      </dl>
      {price.running.kind === 'parts' && price.running.discountUnknown && <Paragraph data-size="sm">{t('price.discountUnknown')}</Paragraph>}
      {price.note && <Paragraph data-size="sm">{price.note[m]}</Paragraph>}
      <Paragraph data-size="sm" className="muted">
        {t('price.source', { source: price.source })}
        {'. '}
        {price.statedOn ? t('price.stated', { date: statedDate(price.statedOn) }) : t('price.statedUnknown')}
        {', '}
        {t('price.collected', { date: statedDate(price.collectedOn) })}
        {'.'}
      </Paragraph>
    </div>
  )
}
