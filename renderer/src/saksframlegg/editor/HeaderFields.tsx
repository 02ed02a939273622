import { Fieldset, Textfield } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import { headerGap, missingHeaderFields, type Header } from '@shared/saksframlegg'
import type { Maalform } from '@shared/maalform'
import { DateField } from '../../components/DateField'
import { useTextLimit } from '../../components/useTextLimit'
import { FIELD } from '../draft'

/**
 * The case's header fields. A field left empty stands in the document as a highlighted gap
 * ("[arkivkode]"); the note below the fields names each, so none goes out unnoticed.
 */
export function HeaderFields({
  header,
  maalform,
  onChange,
  description,
  dateLabel
}: {
  header: Header
  maalform: Maalform
  onChange: (header: Header) => void
  /** What the fields are for where the DigiFin case's own words do not fit (the adoption case). */
  description?: string
  /** The date's label where the page has another "Dato" (the adoption's step date). */
  dateLabel?: string
}) {
  const { t } = useTranslation('saksframlegg')
  const missing = missingHeaderFields(header)
  const limit = useTextLimit()
  const set = (key: keyof Header) => (e: { target: { value: string } }) => onChange({ ...header, [key]: e.target.value })
  return (
    <Fieldset id={FIELD.part('header')} className="sf-part">
      <Fieldset.Legend>{t('header.legend')}</Fieldset.Legend>
      <Fieldset.Description>{description ?? t('header.description', { kommune: header.kommuneName })}</Fieldset.Description>
      <div className="sf-header-grid">
        <Textfield
          {...limit('name', header.sakshandsamar)}
          id="sf-sakshandsamar"
          label={t('header.sakshandsamar')}
          value={header.sakshandsamar}
          onChange={set('sakshandsamar')}
        />
        <DateField id="sf-date" label={dateLabel ?? t('header.date')} value={header.date} onChange={(date) => onChange({ ...header, date })} />
        <Textfield
          {...limit('reference', header.arkivsak)}
          id="sf-arkivsak"
          label={t('header.arkivsak')}
          description={t('header.arkivsakHint')}
          value={header.arkivsak}
          onChange={set('arkivsak')}
        />
        <Textfield
          {...limit('reference', header.arkivkode)}
          id="sf-arkivkode"
          label={t('header.arkivkode')}
          description={t('header.arkivkodeHint')}
          value={header.arkivkode}
          onChange={set('arkivkode')}
        />
      </div>
      {missing.length > 0 && (
        <div className="sf-inline-note" data-testid="sf-missing-header">
          <p>
            {t('header.missing', {
              fields: missing.map((field) => `${t(`header.${field}`)} (${headerGap(field, maalform)})`).join(', ')
            })}
          </p>
        </div>
      )}
    </Fieldset>
  )
}
