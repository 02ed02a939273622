import { ToggleGroup } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import { isMaalform, type Maalform } from '@shared/maalform'

export function MaalformSwitch({ value, onChange }: { value: Maalform; onChange: (m: Maalform) => void }) {
  const { t } = useTranslation('frame')
  return (
    <ToggleGroup
      data-size="sm"
      value={value}
      aria-label={t('maalformLabel')}
      data-testid="maalform-switch"
      onChange={(next: string) => {
        if (isMaalform(next) && next !== value) onChange(next)
      }}
    >
      <ToggleGroup.Item value="nn" lang="nn">
        {t('nynorsk')}
      </ToggleGroup.Item>
      <ToggleGroup.Item value="nb" lang="nb">
        {t('bokmaal')}
      </ToggleGroup.Item>
    </ToggleGroup>
  )
}
