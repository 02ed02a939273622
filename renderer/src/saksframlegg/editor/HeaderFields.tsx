import { Fieldset, Textfield } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import { headerGap, missingHeaderFields, type Header } from '@shared/saksframlegg'
import type { Maalform } from '@shared/maalform'
import { FIELD } from '../draft'

/**
 * The case's header fields. A field left empty stands in the document as a highlighted gap
 * ("[arkivkode]"); the note below the fields names each, so none goes out unnoticed.
 */
export function HeaderFields({ header, maalform, onChange }: { header: Header; maalform: Maalform; onChange: (header: Header) => void }) {
  const { t } = useTranslation('saksframlegg')
  const missing = missingHeaderFields(header)
  const set = (key: keyof Header) => (e: { target: { value: string } }) => onChange({ ...header, [key]: e.target.value })
  return (
    <Fieldset id={FIELD.part('header')} className="sf-part">
      <Fieldset.Legend>{t('header.legend')}</Fieldset.Legend>
      <Fieldset.Description>{t('header.description', { kommune: header.kommuneName })}</Fieldset.Description>
      <div className="sf-header-grid">
        <Textfield id="sf-sakshandsamar" label={t('header.sakshandsamar')} value={header.sakshandsamar} onChange={set('sakshandsamar')} />
        <Textfield id="sf-date" type="date" label={t('header.date')} value={header.date} onChange={set('date')} />
        <Textfield id="sf-arkivsak" label={t('header.arkivsak')} description={t('header.arkivsakHint')} value={header.arkivsak} onChange={set('arkivsak')} />
        <Textfield id="sf-arkivkode" label={t('header.arkivkode')} description={t('header.arkivkodeHint')} value={header.arkivkode} onChange={set('arkivkode')} />
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
