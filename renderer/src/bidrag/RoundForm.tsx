import { ErrorSummary, Textfield } from '@digdir/designsystemet-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { DateField } from '../components/DateField'
import { FormActions } from '../components/FormActions'
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard'
import { useTextLimit } from '../components/useTextLimit'
import { WriteFailure } from '../components/WriteFailure'
import type { StorageFailure } from '../db/storeResult'
import { useReveal } from '../lib/useReveal'
import { contributionStore } from './contributionStore'
import { validateRound, type RoundDraft, type RoundErrors, type RoundField } from './roundInput'

const EMPTY: RoundDraft = {
  name: '',
  invitationDate: '',
  answerBy: '',
  budgetYear: '',
  rateKommune: '',
  rateFylkeskommune: ''
}

/** A new financing round with its own rates and dates, stored locally. */
export function RoundForm({ onSaved, onCancel }: { onSaved: (id: string) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation('bidrag')
  const [draft, setDraft] = useState<RoundDraft>(EMPTY)
  const [errors, setErrors] = useState<RoundErrors>({})
  const [refused, setRefused] = useState<StorageFailure | null>(null)
  // Opened from "Legg til runde": the user goes on typing in its first field.
  const formRef = useReveal<HTMLFormElement>(true, 'firstField')
  const limit = useTextLimit()

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const result = validateRound(draft, `runde-${Date.now().toString(36)}`)
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    setRefused(null)
    const added = await contributionStore.addRound(result.round)
    // The database refused the write (a full disk): say so, and keep what was typed in the form.
    if (!added.ok && added.reason === 'storage') return setRefused(added)
    // validateRound checks what the store checks; any other refusal is a bug, not a user's mistake.
    if (!added.ok) throw new Error(`The round was refused: ${JSON.stringify(added)}`)
    await onSaved(added.value)
  }

  const error = (name: RoundField) => (errors[name] ? t(errors[name]) : undefined)
  const field = (name: RoundField, inputMode?: 'numeric' | 'decimal') => (
    <Textfield
      {...(name === 'name' ? limit('title', draft.name) : { maxLength: 20 })}
      id={`round-${name}`}
      label={t(`round.${name}`)}
      inputMode={inputMode}
      value={draft[name]}
      onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
      error={error(name)}
    />
  )
  const dateField = (name: 'invitationDate' | 'answerBy') => (
    <DateField
      id={`round-${name}`}
      label={t(`round.${name}`)}
      value={draft[name]}
      onChange={(iso) => setDraft((d) => ({ ...d, [name]: iso }))}
      error={error(name)}
    />
  )
  const entries = Object.entries(errors) as [RoundField, NonNullable<RoundErrors[RoundField]>][]

  return (
    <form ref={formRef} className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('round.heading')}>
      {entries.length > 0 && (
        <ErrorSummary>
          <ErrorSummary.Heading>{t('error.summary')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {entries.map(([name, key]) => (
              <ErrorSummary.Item key={name}>
                <ErrorSummary.Link href={`#round-${name}`}>
                  {t(`round.${name}`)}: {t(key)}
                </ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      <UnsavedChangesGuard dirty={Object.values(draft).some((v) => v !== '')} />
      {field('name')}
      {dateField('invitationDate')}
      {dateField('answerBy')}
      {field('budgetYear', 'numeric')}
      {field('rateKommune', 'decimal')}
      {field('rateFylkeskommune', 'decimal')}
      {refused && <WriteFailure action="round" failure={refused} kept />}
      <FormActions submitLabel={t('round.save')} cancel={{ label: t('cancel'), onClick: onCancel }} />
    </form>
  )
}
