import { Fieldset } from '@digdir/designsystemet-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Maalform } from '@shared/maalform'
import { RadioGroup } from './RadioGroup'

interface Props {
  legend: string
  description: string
  value: Maalform
  onChange: (maalform: Maalform) => void
}

/** Nynorsk or bokmål, as radio buttons under a legend that says what the choice is for. */
export function MaalformChoice({ legend, description, value, onChange }: Props) {
  const { t } = useTranslation('frame')
  const name = useId()
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <Fieldset.Description>{description}</Fieldset.Description>
      <RadioGroup
        name={name}
        value={value}
        onChange={onChange}
        options={[
          { value: 'nn', label: t('nynorsk') },
          { value: 'nb', label: t('bokmaal') }
        ]}
      />
    </Fieldset>
  )
}
