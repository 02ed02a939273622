import { ToggleGroup } from '@digdir/designsystemet-react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { isMaalform, type Maalform } from '@shared/maalform'

const ORDER: readonly Maalform[] = ['nn', 'nb']
const STEP: Partial<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }

export function MaalformSwitch({ value, onChange }: { value: Maalform; onChange: (m: Maalform) => void }) {
  const { t } = useTranslation('frame')
  // A radio group: the arrow keys choose the next målform, as they do in every radio group. The
  // toggle group's focus helper would only move focus, leaving the choice where it was.
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>): void => {
    const step = STEP[event.key]
    if (step === undefined || event.altKey || event.ctrlKey || event.metaKey) return
    event.preventDefault()
    const next = ORDER[(ORDER.indexOf(value) + step + ORDER.length) % ORDER.length] ?? value
    event.currentTarget.querySelector<HTMLInputElement>(`input[value="${next}"]`)?.focus()
    if (next !== value) onChange(next)
  }
  return (
    <ToggleGroup
      data-size="sm"
      value={value}
      aria-label={t('maalformLabel')}
      data-testid="maalform-switch"
      onKeyDown={onKeyDown}
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
