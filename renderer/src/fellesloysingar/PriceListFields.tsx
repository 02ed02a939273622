import { Button, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/format'
import type { Maalform } from '@shared/maalform'
import { bandLabel, edgeNote, type Period } from '@shared/tracking/priceModel'
import { SelectField } from '../components/SelectField'
import { bandsFromDraft, emptyBand, emptyPart, expectedStart, type BandDraft, type PartDraft, type PriceErrors } from './priceDraft'

type Errors = PriceErrors
/** The dictionary by keys built at run time (`form.band.from`); test/unit/i18n.test.ts checks both målformer have them. */
type Translate = (key: string, params?: Record<string, string>) => string

/** A band's or a payee's field's name as the error summary gives it: "Band 2, frå". */
export function listFieldLabel(id: string, t: Translate): string | undefined {
  const m = /^(band|part)-(\d+)-(\w+)$/.exec(id)
  if (!m) return undefined
  const [, list, index, field] = m
  return `${t(`form.${list}N`, { n: String(Number(index) + 1) })}, ${t(`form.${list}.${field}`).toLocaleLowerCase()}`
}

/** The message for a field's error; a band starting in the wrong place says where it must start. */
export function fieldError(t: Translate, errors: Errors, id: string, bands: readonly BandDraft[]): string | undefined {
  const error = errors[id]
  if (!error) return undefined
  const band = /^band-(\d+)-/.exec(id)
  const start = band ? expectedStart(bands, Number(band[1])) : undefined
  return t(`form.${error}`, { start: start === undefined ? '' : formatNumber(start) })
}

/**
 * The population bands of a connection cost: each with its lower and upper edge (both included),
 * its amount, and the label the catalogue will show for it ("under 5 000"), added and removed with
 * buttons; the note under them says which band an edge number belongs to.
 */
export function BandsFields({ bands, errors, onChange }: { bands: BandDraft[]; errors: Errors; onChange: (bands: BandDraft[]) => void }) {
  const { t, i18n } = useTranslation('fellesloysingar')
  const tt = t as unknown as Translate
  const m = i18n.language as Maalform
  const change = (i: number, field: keyof BandDraft, value: string): void => onChange(bands.map((b, j) => (j === i ? { ...b, [field]: value } : b)))
  // The labels as the catalogue will show them, once every edge can be read and the bands follow each other.
  const checked: Errors = {}
  const model = bandsFromDraft(bands, checked)
  const labelled = Object.keys(checked).length === 0
  // A band added is typed next: the focus goes to its first empty field once it is in the page. «Frå» is
  // already filled when the band before has its upper edge, and typing there would add to that number.
  const added = useRef<number | null>(null)
  useEffect(() => {
    if (added.current === null) return
    const band = bands[added.current]
    const first = (['from', 'to', 'amount'] as const).find((field) => band?.[field] === '') ?? 'from'
    document.getElementById(`fl-band-${added.current}-${first}`)?.focus()
    added.current = null
  })
  const addBand = (): void => {
    added.current = bands.length
    onChange([...bands, emptyBand(nextStart(bands))])
  }
  return (
    <Fieldset>
      <Fieldset.Legend>{t('form.bandsLegend')}</Fieldset.Legend>
      <Fieldset.Description>{t('form.bandsHelp')}</Fieldset.Description>
      {bands.map((band, i) => {
        const id = (field: keyof BandDraft) => `band-${i}-${field}`
        return (
          <Fieldset key={i} data-testid="fl-band" className="band">
            <Fieldset.Legend>{t('form.bandN', { n: String(i + 1) })}</Fieldset.Legend>
            <div className="band-fields">
              <Textfield id={`fl-${id('from')}`} label={t('form.band.from')} inputMode="numeric" value={band.from} onChange={(e) => change(i, 'from', e.target.value)} error={fieldError(tt, errors, id('from'), bands)} />
              <Textfield id={`fl-${id('to')}`} label={t('form.band.to')} inputMode="numeric" value={band.to} onChange={(e) => change(i, 'to', e.target.value)} error={fieldError(tt, errors, id('to'), bands)} />
              <Textfield id={`fl-${id('amount')}`} label={t('form.band.amount')} inputMode="decimal" value={band.amount} onChange={(e) => change(i, 'amount', e.target.value)} error={fieldError(tt, errors, id('amount'), bands)} />
            </div>
            <div className="band-foot">
              <Paragraph data-size="sm" aria-live="polite">
                {labelled ? t('form.bandShown', { band: bandLabel(model, i, m) }) : ''}
              </Paragraph>
              {bands.length > 1 && (
                <Button variant="tertiary" data-size="sm" className="flush-end" onClick={() => onChange(bands.filter((_, j) => j !== i))}>
                  {t('form.removeBand', { n: String(i + 1) })}
                </Button>
              )}
            </div>
          </Fieldset>
        )
      })}
      {labelled && <Paragraph data-size="sm">{edgeNote(model, m)}</Paragraph>}
      <div>
        <Button variant="secondary" data-size="sm" onClick={addBand}>
          {t('form.addBand')}
        </Button>
      </div>
    </Fieldset>
  )
}

/** A new band starts after the last band's upper edge, when that is typed. */
function nextStart(bands: BandDraft[]): string {
  const start = expectedStart(bands, bands.length)
  return start === undefined ? '' : String(start)
}

/** The payees of the running costs: each with a fixed amount and/or an amount per innbyggjar, per month or year. */
export function PartsFields({ parts, errors, onChange }: { parts: PartDraft[]; errors: Errors; onChange: (parts: PartDraft[]) => void }) {
  const { t } = useTranslation('fellesloysingar')
  const tt = t as unknown as Translate
  const change = <K extends keyof PartDraft>(i: number, field: K, value: PartDraft[K]): void => onChange(parts.map((p, j) => (j === i ? { ...p, [field]: value } : p)))
  const periods: { value: Period; label: string }[] = [
    { value: 'month', label: t('price.month') },
    { value: 'year', label: t('price.year') }
  ]
  return (
    <>
      {parts.map((part, i) => {
        const id = (field: keyof PartDraft) => `part-${i}-${field}`
        const text = (field: 'payee' | 'fixed' | 'per', inputMode?: 'decimal') => (
          <Textfield id={`fl-${id(field)}`} label={tt(`form.part.${field}`)} inputMode={inputMode} value={part[field]} onChange={(e) => change(i, field, e.target.value)} error={fieldError(tt, errors, id(field), [])} />
        )
        return (
          <Fieldset key={i} data-testid="fl-part">
            <Fieldset.Legend>{t('form.partN', { n: String(i + 1) })}</Fieldset.Legend>
            {text('payee')}
            <div className="row">
              {text('fixed', 'decimal')}
              <SelectField id={`fl-${id('fixedPer')}`} label={t('form.per')} value={part.fixedPer} onChange={(v) => change(i, 'fixedPer', v)} options={periods} />
            </div>
            <div className="row">
              {text('per', 'decimal')}
              <SelectField id={`fl-${id('perPer')}`} label={t('form.per')} value={part.perPer} onChange={(v) => change(i, 'perPer', v)} options={periods} />
            </div>
            {parts.length > 1 && (
              <div>
                <Button variant="tertiary" data-size="sm" className="flush-start" onClick={() => onChange(parts.filter((_, j) => j !== i))}>
                  {t('form.removePart', { payee: part.payee.trim() || String(i + 1) })}
                </Button>
              </div>
            )}
          </Fieldset>
        )
      })}
      <div>
        <Button variant="secondary" data-size="sm" onClick={() => onChange([...parts, emptyPart()])}>
          {t('form.addPart')}
        </Button>
      </div>
    </>
  )
}
