import { Alert, Button, Card, Details, Heading, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react'
import Decimal from 'decimal.js'
import type { ParseKeys } from 'i18next'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fileFailureText } from '@shared/fileError'
import type { FinancingRound } from '@shared/financingRound'
import { formatDateLong, formatKroner, formatNumber } from '@shared/format'
import { TEXT_LIMITS } from '@shared/limits'
import { buildLandsoversikt, type FundComponent, type LandsoversiktRow } from '@shared/landsoversikt'
import { compactName, periodForRound, populationDates } from '@shared/register'
import { useApp } from '../app/context'
import { landsoversiktCsv, landsoversiktFileName } from './landsoversiktCsv'

type SortKey = 'number' | 'name' | 'population' | 'amount'
type KindFilter = 'all' | 'kommune' | 'fylkeskommune'

const COLUMNS: { key: SortKey; label: ParseKeys<'bidrag'>; numeric: boolean }[] = [
  { key: 'number', label: 'country.number', numeric: false },
  { key: 'name', label: 'country.name', numeric: false },
  { key: 'population', label: 'country.population', numeric: true },
  { key: 'amount', label: 'country.amount', numeric: true }
]

/** Colour of a part of the fund: the sector in blues, the other sources each in their own shade. */
function partClass(c: FundComponent, index: number): string {
  if (c.upTo) return 'fund-upto'
  return c.kind === 'other' ? `fund-other fund-other-${index % 3}` : `fund-${c.kind}`
}

function compare(a: LandsoversiktRow, b: LandsoversiktRow, key: SortKey): number {
  switch (key) {
    case 'number':
      return a.contributor.number.localeCompare(b.contributor.number)
    case 'name':
      return a.contributor.name.localeCompare(b.contributor.name, 'nb')
    case 'population':
      return (a.population?.count ?? -1) - (b.population?.count ?? -1)
    case 'amount':
      return new Decimal(a.amount ?? -1).comparedTo(b.amount ?? -1)
  }
}

/** Every kommune and fylkeskommune of the round, their amounts, and what the fund is made of. */
export function Landsoversikt({ round }: { round: FinancingRound }) {
  const { t } = useTranslation('bidrag')
  const { profile, platform } = useApp()
  const m = profile.maalform
  const period = periodForRound(round)
  const dates = useMemo(() => populationDates(period), [period])
  const defaultDate = [...dates].reverse().find((d) => d <= round.invitationDate) ?? dates.at(-1) ?? round.invitationDate
  const [date, setDate] = useState(defaultDate)
  const [filter, setFilter] = useState('')
  const [kind, setKind] = useState<KindFilter>('all')
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'number', ascending: true })
  const [saveStatus, setSaveStatus] = useState<string | null>(null)

  const oversikt = useMemo(() => buildLandsoversikt(round, { date }), [round, date])
  const allRows = useMemo(() => [...oversikt.kommunar, ...oversikt.fylkeskommunar], [oversikt])
  const rows = useMemo(() => {
    const needle = compactName(filter)
    const shown = allRows.filter(
      (r) =>
        (kind === 'all' || r.contributor.kind === kind) &&
        (needle === '' || r.contributor.number.startsWith(filter.trim()) || compactName(r.contributor.name).includes(needle))
    )
    shown.sort((a, b) => (sort.ascending ? 1 : -1) * compare(a, b, sort.key))
    return shown
  }, [allRows, filter, kind, sort])

  const totals = oversikt.totals
  const chartParts = oversikt.composition.map(
    (c) => `${c.label[m]} ${c.upTo ? t('country.upTo') + ' ' : ''}${formatKroner(c.amount)}`
  )

  async function exportCsv(): Promise<void> {
    setSaveStatus(null)
    try {
      const data = new TextEncoder().encode(landsoversiktCsv(oversikt, m))
      const result = await platform.saveFile({
        suggestedName: landsoversiktFileName(round.name[m], date),
        kind: 'csv',
        data
      })
      if (result.status === 'saved') setSaveStatus(t('country.saved', { path: result.path }))
      if (result.status === 'failed') setSaveStatus(fileFailureText(result)[m])
    } catch {
      setSaveStatus(t('country.saveFailed'))
    }
  }

  return (
    <div className="page">
      <Paragraph>{t('country.intro')}</Paragraph>
      <Card data-color="neutral" className="fund-card">
        <Heading level={2} data-size="sm">
          {t('country.composition')}
        </Heading>
        <div className="fund-chart" role="img" aria-label={t('country.chartLabel', { parts: chartParts.join(', ') })}>
          {oversikt.composition.map((c, i) => (
            <div
              key={c.id}
              className={`fund-part ${partClass(c, i)}`}
              style={{ flexGrow: c.share }}
              title={`${c.label[m]}: ${formatKroner(c.amount)}`}
            />
          ))}
        </div>
        <ul className="fund-legend">
          {oversikt.composition.map((c, i) => (
            <li key={c.id}>
              <span className={`fund-swatch ${partClass(c, i)}`} aria-hidden="true" />
              {c.label[m]}: {c.upTo ? `${t('country.upTo')} ` : ''}
              <span className="number">{formatKroner(c.amount)}</span>
            </li>
          ))}
        </ul>
        <dl className="facts">
          <dt>{t('country.totalKommunar', { count: oversikt.kommunar.length })}</dt>
          <dd className="number">{formatKroner(totals.kommunar)}</dd>
          <dt>{t('country.totalFylke', { count: oversikt.fylkeskommunar.length })}</dt>
          <dd className="number">{formatKroner(totals.fylkeskommunar)}</dd>
          <dt>{t('country.sector')}</dt>
          <dd className="number">{formatKroner(totals.sector)}</dd>
          <dt>{t('country.ifAllJoin')}</dt>
          <dd className="number" data-testid="if-all-join">
            {formatKroner(totals.ifAllJoin)}
          </dd>
          <dt>{t('country.withUpTo')}</dt>
          <dd className="number">{formatKroner(totals.ifAllJoinWithUpTo)}</dd>
        </dl>
        <Paragraph data-size="sm" data-testid="explanation">
          {oversikt.explanation[m]}
        </Paragraph>
      </Card>
      {oversikt.notInvited.length > 0 && (
        <Details>
          <Details.Summary>{t('country.oslo')}</Details.Summary>
          <Details.Content>{oversikt.notInvited[0]!.reason[m]}</Details.Content>
        </Details>
      )}

      <div className="row filters">
        <div>
          <label className="ds-label" htmlFor="country-date">
            {t('country.date')}
          </label>
          <Select id="country-date" value={date} onChange={(e) => setDate(e.target.value)}>
            {dates.map((d) => (
              <Select.Option key={d} value={d}>
                {formatDateLong(d)}
              </Select.Option>
            ))}
          </Select>
        </div>
        <div>
          <label className="ds-label" htmlFor="country-kind">
            {t('country.kind')}
          </label>
          <Select id="country-kind" value={kind} onChange={(e) => setKind(e.target.value as KindFilter)}>
            <Select.Option value="all">{t('country.kindAll')}</Select.Option>
            <Select.Option value="kommune">{t('country.kindKommune')}</Select.Option>
            <Select.Option value="fylkeskommune">{t('country.kindFylke')}</Select.Option>
          </Select>
        </div>
        <div className="grow">
          <Textfield maxLength={TEXT_LIMITS.name} label={t('country.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
        <Button variant="secondary" onClick={() => void exportCsv()}>
          {t('country.exportCsv')}
        </Button>
      </div>
      {saveStatus && <Paragraph role="status">{saveStatus}</Paragraph>}
      {oversikt.missing.length > 0 && <Alert data-color="warning">{t('country.missing', { count: oversikt.missing.length })}</Alert>}
      <Paragraph data-size="sm" role="status">
        {t('country.showing', { shown: formatNumber(rows.length), total: formatNumber(allRows.length) })}
      </Paragraph>
      <Table data-testid="country-table" zebra stickyHeader className="country-table">
        <Table.Head>
          <Table.Row>
            {COLUMNS.map((column) => (
              <Table.HeaderCell
                key={column.key}
                sort={sort.key === column.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
                onClick={() =>
                  setSort((s) => ({ key: column.key, ascending: s.key === column.key ? !s.ascending : !column.numeric }))
                }
                className={column.numeric ? 'number' : undefined}
              >
                {t(column.label)}
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell>{t('country.type')}</Table.HeaderCell>
            <Table.HeaderCell className="number">{t('country.rate')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={`${r.contributor.kind}-${r.contributor.number}`}>
              <Table.Cell>{r.contributor.number}</Table.Cell>
              <Table.Cell>{r.contributor.name}</Table.Cell>
              <Table.Cell className="number">{r.population ? formatNumber(r.population.count) : '–'}</Table.Cell>
              <Table.Cell className="number">{r.amount ? formatKroner(r.amount) : '–'}</Table.Cell>
              <Table.Cell>{t(`country.${r.contributor.kind}`)}</Table.Cell>
              <Table.Cell className="number">{formatKroner(r.rate)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
