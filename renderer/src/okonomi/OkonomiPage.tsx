import { Alert, Button, Heading, Paragraph, Spinner, Table } from '@digdir/designsystemet-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fileFailureText } from '@shared/fileError'
import { formatInnbyggjarar, formatKroner } from '@shared/format'
import type { Maalform } from '@shared/maalform'
import { organisationInText } from '@shared/naming'
import { okonomiplanCsv, sumTotals, type Okonomiplan, type PlanCell, type PlanRow, type PlanTotal } from '@shared/tracking/okonomiplan'
import { useApp } from '../app/context'
import { SelectField } from '../components/SelectField'
import { useTracking } from '../fellesloysingar/useTracking'
import { PlanChart } from './PlanChart'
import { openingYear, planFrom } from './planFrom'

const FIRST_YEAR = 2017

/** The year the user chose to start from, kept while the app is open so coming back to the page keeps it. */
let chosenFromYear: string | undefined

/** #/okonomi: the four-year økonomiplan, its chart, and its CSV export. */
export function OkonomiPage() {
  const { t, i18n } = useTranslation('okonomi')
  const m = i18n.language as Maalform
  const { profile, platform } = useApp()
  const tracking = useTracking(profile)
  const thisYear = new Date().getFullYear()
  const [chosen, setChosen] = useState(chosenFromYear)
  const [saveStatus, setSaveStatus] = useState<{ ok: boolean; text: string } | null>(null)
  if (tracking.loading) return <Spinner aria-label={t('loading')} />
  // Until the user chooses, the plan opens where the contribution still to be paid, or a solution
  // still being decided on, is in view.
  const fromYear = chosen ?? String(openingYear(tracking, thisYear))
  function chooseFromYear(year: string): void {
    chosenFromYear = year
    setChosen(year)
  }
  const plan = planFrom(tracking, Number(fromYear))
  const years = Array.from({ length: thisYear + 10 - FIRST_YEAR + 1 }, (_, i) => String(FIRST_YEAR + i))

  async function exportCsv(p: Okonomiplan): Promise<void> {
    setSaveStatus(null)
    try {
      const data = new TextEncoder().encode(okonomiplanCsv(p, m))
      const result = await platform.saveFile({ suggestedName: t('fileName', { from: p.years[0], to: p.years.at(-1) }), kind: 'csv', data })
      if (result.status === 'saved') setSaveStatus({ ok: true, text: t('saved', { path: result.path }) })
      if (result.status === 'failed') setSaveStatus({ ok: false, text: fileFailureText(result)[m] })
    } catch {
      setSaveStatus({ ok: false, text: t('saveFailed') })
    }
  }

  return (
    <section className="page" aria-labelledby="okonomi-heading">
      <Heading level={1} data-size="lg" id="okonomi-heading">
        {t('heading')}
      </Heading>
      <Paragraph>{t('intro', { organisation: organisationInText(profile) })}</Paragraph>
      <SelectField id="okonomi-from" width="auto" label={t('fromYear')} value={fromYear} onChange={chooseFromYear} options={years.map((y) => ({ value: y, label: y }))} />
      {!plan ? (
        <Alert data-color="info">{t('noPopulation')}</Alert>
      ) : (
        <>
          <Paragraph data-size="sm">{t('rules', { population: formatInnbyggjarar(tracking.population!, m) })}</Paragraph>
          {plan.rows.every((r) => r.kind === 'contribution') && <Paragraph data-size="sm">{t('empty')}</Paragraph>}
          <PlanTable plan={plan} />
          {/* Only when the table holds a cost the source leaves open: otherwise the note explains nothing on the page. */}
          {plan.rows.some((r) => r.total.incomplete) && (
            <Paragraph data-size="sm" className="muted" data-testid="okonomi-unknown-note">
              {t('unknownNote')}
            </Paragraph>
          )}
          <Heading level={2} data-size="sm">
            {t('chartHeading')}
          </Heading>
          <PlanChart plan={plan} tableId="okonomi-table" />
          <div className="row">
            <Button variant="secondary" onClick={() => void exportCsv(plan)}>
              {t('exportCsv')}
            </Button>
          </div>
          {saveStatus && (
            <Alert data-color={saveStatus.ok ? 'success' : 'danger'} role="status" data-testid="okonomi-saved">
              {saveStatus.text}
            </Alert>
          )}
        </>
      )}
    </section>
  )
}

function PlanTable({ plan }: { plan: Okonomiplan }) {
  const { t, i18n } = useTranslation('okonomi')
  const m = i18n.language as Maalform
  const money = (c: PlanCell): string => (c === null ? t('unknown') : formatKroner(c))
  // "+ ukjend" on its own line if the column is narrow, never a break inside the amount.
  const total = (x: PlanTotal) => (
    <>
      <span className="nowrap">{formatKroner(x.amount)}</span>
      {x.incomplete && (
        <>
          {' '}
          <span className="nowrap">{t('plusUnknownTail')}</span>
        </>
      )}
    </>
  )
  const rowsOf = (group: PlanRow['group']): PlanRow[] => plan.rows.filter((r) => r.group === group)
  const groupRows = (group: PlanRow['group'], heading: string) =>
    rowsOf(group).length === 0 ? null : (
      <>
        <Table.Row>
          <Table.HeaderCell scope="rowgroup" colSpan={plan.years.length + 2}>
            {heading}
          </Table.HeaderCell>
        </Table.Row>
        {rowsOf(group).map((r) => (
          <Table.Row key={`${r.kind}-${r.solutionId ?? ''}`}>
            <Table.HeaderCell scope="row">{r.label[m]}</Table.HeaderCell>
            {r.cells.map((c, i) => (
              <Table.Cell key={plan.years[i]} className="number">
                {money(c)}
              </Table.Cell>
            ))}
            <Table.Cell className="number">{total(r.total)}</Table.Cell>
          </Table.Row>
        ))}
      </>
    )
  return (
    <div className="sf-table-wrap">
      <Table zebra data-size="sm" id="okonomi-table" data-testid="okonomi-table" className="plan-table">
        <caption>{t('caption', { from: plan.years[0], to: plan.years.at(-1) })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('item')}</Table.HeaderCell>
            {plan.years.map((y) => (
              <Table.HeaderCell key={y} className="number">
                {y}
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell className="number">{t('sum')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {groupRows('decided', t('groupDecided'))}
          {groupRows('considered', t('groupConsidered'))}
          <Table.Row data-testid="okonomi-total-decided">
            <Table.HeaderCell scope="row">{t('totalDecided')}</Table.HeaderCell>
            {plan.decided.map((x, i) => (
              <Table.Cell key={plan.years[i]} className="number">
                <strong>{total(x)}</strong>
              </Table.Cell>
            ))}
            <Table.Cell className="number">
              <strong>{total(sumTotals(plan.decided))}</strong>
            </Table.Cell>
          </Table.Row>
          {/* With nothing til vurdering the sum with it is the same as the sum above: not shown twice. */}
          {rowsOf('considered').length > 0 && (
            <Table.Row data-testid="okonomi-total-all">
              <Table.HeaderCell scope="row">{t('totalAll')}</Table.HeaderCell>
              {plan.all.map((x, i) => (
                <Table.Cell key={plan.years[i]} className="number">
                  <strong>{total(x)}</strong>
                </Table.Cell>
              ))}
              <Table.Cell className="number">
                <strong>{total(sumTotals(plan.all))}</strong>
              </Table.Cell>
            </Table.Row>
          )}
        </Table.Body>
      </Table>
    </div>
  )
}
