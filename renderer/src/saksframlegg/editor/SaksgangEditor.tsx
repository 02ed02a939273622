import { Button, Fieldset, Input, Paragraph } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import type { SaksgangRow } from '@shared/saksframlegg'
import { TEXT_LIMITS } from '@shared/limits'
import { DateInput } from '../../components/DateField'
import { FIELD } from '../draft'
import { RowButton } from './RowButton'

/** The row's cells in the order the table shows them; only the first has an id, for the focus to go to. */
const COLUMNS = [
  { key: 'utval', rowLabel: 'saksgang.utvalRow', limit: TEXT_LIMITS.name, withId: true },
  { key: 'moetedato', rowLabel: 'saksgang.moetedatoRow', limit: 0, withId: false },
  { key: 'saksnr', rowLabel: 'saksgang.saksnrRow', limit: TEXT_LIMITS.reference, withId: false }
] as const

/** The bodies the case goes through (utval, møtedato, saksnummer), one editable row each. */
export function SaksgangEditor({
  rows,
  onChange,
  onRemove,
  focus
}: {
  rows: SaksgangRow[]
  onChange: (rows: SaksgangRow[]) => void
  onRemove: (index: number) => void
  /** Moves the focus to an element by id after the next render. */
  focus: (id: string) => void
}) {
  const { t } = useTranslation('saksframlegg')
  const setRow = (index: number, change: Partial<SaksgangRow>): void =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)))
  const move = (index: number, delta: -1 | 1): void => {
    const to = index + delta
    if (to < 0 || to >= rows.length) return
    const next = [...rows]
    const [moved] = next.splice(index, 1)
    next.splice(to, 0, moved as SaksgangRow)
    onChange(next)
    focus(`sf-saksgang-${to}-${delta < 0 ? 'up' : 'down'}`)
  }
  return (
    <Fieldset id={FIELD.part('saksgang')} className="sf-part">
      <Fieldset.Legend>{t('saksgang.legend')}</Fieldset.Legend>
      <Fieldset.Description>{t('saksgang.description')}</Fieldset.Description>
      {rows.length > 0 ? (
        <table className="sf-rows">
          <colgroup>
            <col />
            <col className="sf-col-date" />
            <col className="sf-col-saksnr" />
            <col className="sf-col-actions" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('saksgang.utval')}</th>
              <th scope="col">{t('saksgang.moetedato')}</th>
              <th scope="col">{t('saksgang.saksnr')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('saksgang.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const n = String(i + 1)
              return (
                <tr key={i}>
                  {COLUMNS.map((column) => (
                    <td key={column.key}>
                      {column.key === 'moetedato' ? (
                        <DateInput ariaLabel={t(column.rowLabel, { n })} value={row.moetedato} onChange={(moetedato) => setRow(i, { moetedato })} />
                      ) : (
                        <Input
                          id={column.withId ? `sf-saksgang-${i}-${column.key}` : undefined}
                          aria-label={t(column.rowLabel, { n })}
                          maxLength={column.limit}
                          value={row[column.key]}
                          onChange={(e) => setRow(i, { [column.key]: e.target.value })}
                        />
                      )}
                    </td>
                  ))}
                  <td className="sf-row-actions">
                    <RowButton
                      id={`sf-saksgang-${i}-up`}
                      label={t('saksgang.up', { n })}
                      symbol="↑"
                      inactive={i === 0}
                      onClick={() => move(i, -1)}
                    />
                    <RowButton
                      id={`sf-saksgang-${i}-down`}
                      label={t('saksgang.down', { n })}
                      symbol="↓"
                      inactive={i === rows.length - 1}
                      onClick={() => move(i, 1)}
                    />
                    <RowButton id={`sf-saksgang-${i}-remove`} label={t('saksgang.remove', { n })} symbol="✕" danger onClick={() => onRemove(i)} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : (
        <Paragraph data-size="sm" className="muted">
          {t('saksgang.empty')}
        </Paragraph>
      )}
      <div>
        <Button
          id="sf-saksgang-add"
          variant="secondary"
          data-size="sm"
          onClick={() => {
            onChange([...rows, { utval: '', moetedato: '', saksnr: '' }])
            focus(`sf-saksgang-${rows.length}-utval`)
          }}
        >
          {t('saksgang.add')}
        </Button>
      </div>
    </Fieldset>
  )
}
