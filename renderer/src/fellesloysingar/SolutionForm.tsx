import { Alert, Checkbox, ErrorSummary, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { TextLimit } from '@shared/limits'
import type { Maalform } from '@shared/maalform'
import { FUND_FINANCED, SOLUTION_STATUSES, type Solution } from '@shared/tracking/catalogue'
import { hrefFor } from '../app/route'
import { FormActions } from '../components/FormActions'
import { SelectField } from '../components/SelectField'
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard'
import { useTextLimit } from '../components/useTextLimit'
import { draftFrom, solutionFromDraft, type DraftError, type DraftField, type SolutionDraft } from './solutionDraft'
import { solutionStore, type Catalogue } from './solutionStore'

type TextField = { [K in DraftField]: SolutionDraft[K] extends string ? K : never }[DraftField]

/** The limits of the text fields (shared/limits.ts, as the catalogue's schema); the rest are amounts and years. */
const LIMITS: Partial<Record<TextField, TextLimit>> = {
  name: 'title',
  operator: 'title',
  purpose: 'note',
  url: 'note',
  payee: 'name',
  source: 'title'
}

/** Add a solution to the catalogue, or change one (a shipped entry changed is kept as the user's). */
export function SolutionForm({ catalogue, solution }: { catalogue: Catalogue; solution?: Solution }) {
  const { t, i18n } = useTranslation('fellesloysingar')
  const m = i18n.language as Maalform
  const [initial] = useState<SolutionDraft>(() => draftFrom(solution, m))
  const [draft, setDraft] = useState<SolutionDraft>(initial)
  const [saving, setSaving] = useState(false)
  const limit = useTextLimit()
  const dirty = !saving && (Object.keys(initial) as DraftField[]).some((key) => draft[key] !== initial[key])
  const [errors, setErrors] = useState<Partial<Record<DraftField, DraftError>>>({})
  const [failure, setFailure] = useState<string | null>(null)
  const set = <K extends DraftField>(name: K, value: SolutionDraft[K]): void => setDraft((d) => ({ ...d, [name]: value }))
  const back = solution ? hrefFor('fellesloysingar', solution.id) : hrefFor('fellesloysingar')
  const label = (name: TextField): string => t(`form.${name}` as 'form.name')

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault()
    const built = solutionFromDraft(draft, solution, new Set(catalogue.solutions.map((s) => s.id)), m)
    if (!built.ok) return setErrors(built.errors)
    setErrors({})
    setSaving(true)
    const saved = await solutionStore.save(built.solution)
    if (saved.ok) window.location.hash = hrefFor('fellesloysingar', saved.value.id)
    else setSaving(false)
    if (!saved.ok) setFailure(t('form.invalid', { issue: saved.reason === 'invalid' ? (saved.issues[0] ?? '') : saved.reason }))
  }

  const field = (name: TextField, options: { type?: 'text' | 'url'; inputMode?: 'decimal' | 'numeric' } = {}) => (
    <Textfield
      {...(LIMITS[name] ? limit(LIMITS[name], draft[name]) : { maxLength: 30 })}
      id={`fl-${name}`}
      label={label(name)}
      type={options.type ?? 'text'}
      inputMode={options.inputMode}
      value={draft[name]}
      onChange={(e) => set(name, e.target.value)}
      error={errors[name] ? t(`form.${errors[name]}`) : undefined}
    />
  )
  const periods = [
    { value: 'month' as const, label: t('price.month') },
    { value: 'year' as const, label: t('price.year') }
  ]
  const entries = Object.entries(errors) as [TextField, DraftError][]

  return (
    <section className="page" aria-labelledby="fl-form-heading">
      <Heading level={1} data-size="lg" id="fl-form-heading">
        {solution ? t('form.editHeading', { name: solution.name }) : t('form.newHeading')}
      </Heading>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <UnsavedChangesGuard dirty={dirty} />
        {entries.length > 0 && (
          <ErrorSummary>
            <ErrorSummary.Heading>{t('form.errorSummary')}</ErrorSummary.Heading>
            <ErrorSummary.List>
              {entries.map(([name, key]) => (
                <ErrorSummary.Item key={name}>
                  <ErrorSummary.Link href={`#fl-${name}`}>
                    {label(name)}: {t(`form.${key}`)}
                  </ErrorSummary.Link>
                </ErrorSummary.Item>
              ))}
            </ErrorSummary.List>
          </ErrorSummary>
        )}
        {field('name')}
        {field('operator')}
        {field('purpose')}
        <SelectField id="fl-status" label={t('form.status')} value={draft.status} onChange={(v) => set('status', v)}
          options={SOLUTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        <SelectField id="fl-fund" label={t('form.fund')} value={draft.fundFinanced} onChange={(v) => set('fundFinanced', v)}
          options={FUND_FINANCED.map((f) => ({ value: f, label: t(`fund.${f}`) }))} />
        {field('url', { type: 'url' })}
        <Checkbox label={t('form.checked')} checked={draft.checked} onChange={(e) => set('checked', e.target.checked)} />

        <Heading level={2} data-size="sm">
          {t('form.priceHeading')}
        </Heading>
        <Paragraph data-size="sm">{t('form.priceIntro')}</Paragraph>
        <Checkbox label={t('form.addPrice')} checked={draft.addPrice} onChange={(e) => set('addPrice', e.target.checked)} />
        {draft.addPrice && (
          <>
            {field('fromYear', { inputMode: 'numeric' })}
            <SelectField id="fl-connectionKind" label={t('form.connectionKind')} value={draft.connectionKind} onChange={(v) => set('connectionKind', v)}
              options={(['unknown', 'none', 'fixed', 'perInnbyggjar'] as const).map((k) => ({ value: k, label: t(`form.kind.${k}`) }))} />
            {(draft.connectionKind === 'fixed' || draft.connectionKind === 'perInnbyggjar') && field('connectionAmount', { inputMode: 'decimal' })}
            <SelectField id="fl-runningKind" label={t('form.runningKind')} value={draft.runningKind} onChange={(v) => set('runningKind', v)}
              options={(['unknown', 'none', 'parts'] as const).map((k) => ({ value: k, label: t(`form.running.${k}`) }))} />
            {draft.runningKind === 'parts' && (
              <>
                {field('payee')}
                <div className="row">
                  {field('runningFixed', { inputMode: 'decimal' })}
                  <SelectField id="fl-runningFixedPer" label={t('form.per')} value={draft.runningFixedPer} onChange={(v) => set('runningFixedPer', v)} options={periods} />
                </div>
                <div className="row">
                  {field('runningPer', { inputMode: 'decimal' })}
                  <SelectField id="fl-runningPerPer" label={t('form.per')} value={draft.runningPerPer} onChange={(v) => set('runningPerPer', v)} options={periods} />
                </div>
              </>
            )}
            {field('source')}
            {field('statedOn')}
          </>
        )}
        {failure && <Alert data-color="danger">{failure}</Alert>}
        <FormActions submitLabel={t('form.save')} cancel={{ label: t('form.cancel'), onClick: () => (window.location.hash = back) }} />
      </form>
    </section>
  )
}
