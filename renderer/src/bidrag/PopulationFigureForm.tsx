import { Alert, Textfield } from '@digdir/designsystemet-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Contributor } from '@shared/contribution'
import type { FinancingRound } from '@shared/financingRound'
import { formatDateLong, isIsoDate, todayIso } from '@shared/format'
import { parsePopulation } from '@shared/population'
import { checkFigureDate } from '@shared/populationFigure'
import { useApp } from '../app/context'
import { DateField } from '../components/DateField'
import { FormActions } from '../components/FormActions'
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard'
import { useTextLimit } from '../components/useTextLimit'
import { useReveal } from '../lib/useReveal'
import { WriteFailure } from '../components/WriteFailure'
import type { StorageFailure } from '../db/storeResult'
import { contributionStore } from './contributionStore'

interface Props {
  contributor: Contributor
  /** The round the figure is for: its date is checked against the invitation. */
  round: FinancingRound
  onSaved: (id: number) => Promise<void>
  onCancel: () => void
}

/** A population figure the register does not have: count, date and source, all required. */
export function PopulationFigureForm({ contributor, round, onSaved, onCancel }: Props) {
  const { t } = useTranslation('bidrag')
  const { profile } = useApp()
  const limit = useTextLimit()
  const [count, setCount] = useState('')
  // No date is filled in: a figure must carry the date it really has, which the app cannot guess.
  const [date, setDate] = useState('')
  const [source, setSource] = useState('')
  const [errors, setErrors] = useState<{ count?: string; date?: string; source?: string }>({})
  const [refused, setRefused] = useState<StorageFailure | null>(null)
  // A date the user was warned about and saves anyway by submitting it a second time.
  const [warned, setWarned] = useState<{ date: string; key: 'warn.figureAfterInvitation' | 'warn.figureLongBefore' } | null>(null)
  // Opened from "Legg inn eit anna folketal": the user goes on typing in its first field.
  const formRef = useReveal<HTMLFormElement>(true, 'firstField')

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const parsed = parsePopulation(count)
    const found: typeof errors = {}
    if (!parsed.ok) found.count = parsed.error[profile.maalform]
    const check = isIsoDate(date) ? checkFigureDate(date, round.invitationDate, todayIso()) : null
    if (!check) found.date = t('error.figureDate')
    else if (check === 'future') found.date = t('error.figureDateFuture', { today: formatDateLong(todayIso()) })
    if (source.trim() === '') found.source = t('error.figureSource')
    setErrors(found)
    if (!parsed.ok || Object.keys(found).length > 0) return
    if ((check === 'afterInvitation' || check === 'longBefore') && warned?.date !== date) {
      setWarned({ date, key: check === 'afterInvitation' ? 'warn.figureAfterInvitation' : 'warn.figureLongBefore' })
      return
    }
    setRefused(null)
    const added = await contributionStore.addFigure({
      contributorKind: contributor.kind,
      number: contributor.number,
      count: parsed.value,
      date,
      source: source.trim(),
      origin: 'manual'
    })
    // The database refused the write (a full disk): say so, and keep what was typed in the form.
    if (!added.ok && added.reason === 'storage') return setRefused(added)
    // The form checks what the store checks; any other refusal is a bug, not a user's mistake.
    if (!added.ok) throw new Error(`The figure was refused: ${JSON.stringify(added)}`)
    await onSaved(added.value)
  }

  return (
    <form ref={formRef} className="form" onSubmit={(e) => void submit(e)} noValidate data-testid="figure-form">
      <UnsavedChangesGuard dirty={count !== '' || date !== '' || source !== ''} />
      <Textfield
        label={t('figureCount')}
        inputMode="numeric"
        maxLength={20}
        value={count}
        onChange={(e) => setCount(e.target.value)}
        error={errors.count}
      />
      <DateField id="figure-date" label={t('figureDate')} value={date} onChange={setDate} error={errors.date} />
      <Textfield
        {...limit('title', source)}
        label={t('figureSource')}
        description={t('figureSourceDescription')}
        value={source}
        onChange={(e) => setSource(e.target.value)}
        error={errors.source}
      />
      {warned?.date === date && (
        <Alert data-color="warning" role="status" data-testid="figure-date-warning">
          {t(warned.key, { invitation: formatDateLong(round.invitationDate) })}
        </Alert>
      )}
      {refused && <WriteFailure action="figure" failure={refused} kept />}
      <FormActions submitLabel={warned?.date === date ? t('saveFigureAnyway') : t('saveFigure')} cancel={{ label: t('cancel'), onClick: onCancel }} />
    </form>
  )
}
