import { Alert, Checkbox, ErrorSummary, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { TextLimit } from '@shared/limits'
import type { Maalform } from '@shared/maalform'
import { FUND_FINANCED, SOLUTION_STATUSES, type Solution } from '@shared/tracking/catalogue'
import { goTo, hrefFor } from '../app/route'
import { FormActions } from '../components/FormActions'
import { SelectField } from '../components/SelectField'
import { BandsFields, fieldError, listFieldLabel, PartsFields } from './PriceListFields'
import { CONNECTION_KINDS, draftFrom, solutionFromDraft, type DraftErrors, type DraftField, type SolutionDraft } from './solutionDraft'
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard'
import { useTextLimit } from '../components/useTextLimit'
import { solutionStore, type Catalogue } from './solutionStore'

type TextField = { [K in DraftField]: SolutionDraft[K] extends string ? K : never }[DraftField]

/** The limits of the text fields (shared/limits.ts, as the catalogue's schema); the rest are amounts and years. */
const LIMITS: Partial<Record<TextField, TextLimit>> = {
  name: 'title',
  operator: 'title',
  purpose: 'note',
  url: 'note',
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
  const [errors, setErrors] = useState<DraftErrors>({})
  const [failure, setFailure] = useState<string | null>(null)
  const set = <K extends DraftField>(name: K, value: SolutionDraft[K]): void => setDraft((d) => ({ ...d, [name]: value }))
  // A list changed: its errors were for the list as it was (a band's number, where it had to start), so they go until the next save.
  const changeList = <K extends 'bands' | 'parts'>(name: K, value: SolutionDraft[K]): void => {
    set(name, value)
    const prefix = name === 'bands' ? 'band-' : 'part-'
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([id]) => !id.startsWith(prefix))) as DraftErrors)
  }
  const back = solution ? hrefFor('fellesloysingar', solution.id) : hrefFor('fellesloysingar')
  const label = (name: TextField): string => t(`form.${name}` as 'form.name')

  /** Checks and stores the entry: its id when stored; otherwise the errors are shown and the user stays. */
  async function persist(): Promise<string | undefined> {
    const built = solutionFromDraft(draft, solution, new Set(catalogue.solutions.map((s) => s.id)), m)
    if (!built.ok) {
      setErrors(built.errors)
      return undefined
    }
    setErrors({})
    setSaving(true)
    const saved = await solutionStore.save(built.solution)
    if (saved.ok) return saved.value.id
    setSaving(false)
    setFailure(t('form.invalid', { issue: saved.reason === 'invalid' ? (saved.issues[0] ?? '') : saved.reason }))
    return undefined
  }

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault()
    const id = await persist()
    if (id) goTo(hrefFor('fellesloysingar', id))
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
      error={fieldError(translate, errors, name, draft.bands)}
    />
  )
  const entries = Object.entries(errors)
  // A band's or payee's field is named with its number: "Band 2, frå (innbyggjarar)".
  const translate = t as unknown as (key: string, params?: Record<string, string>) => string
  const summaryLabel = (id: string): string => listFieldLabel(id, translate) ?? label(id as TextField)

  return (
    <section className="page" aria-labelledby="fl-form-heading">
      <Heading level={1} data-size="lg" id="fl-form-heading">
        {solution ? t('form.editHeading', { name: solution.name }) : t('form.newHeading')}
      </Heading>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        {/* «Lagre og gå vidare» as in Innstillingar and the editor: saved, the user goes where they were going. */}
        <UnsavedChangesGuard dirty={dirty} save={async () => (await persist()) !== undefined} />
        {entries.length > 0 && (
          <ErrorSummary>
            <ErrorSummary.Heading>{t('form.errorSummary')}</ErrorSummary.Heading>
            <ErrorSummary.List>
              {entries.map(([name]) => (
                <ErrorSummary.Item key={name}>
                  <ErrorSummary.Link href={`#fl-${name}`}>
                    {summaryLabel(name)}: {fieldError(translate, errors, name, draft.bands)}
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
        {/* A new entry is the user's own: "checked against KS" would not be true of a regional solution. */}
        <Checkbox label={t(solution ? 'form.checked' : 'form.checkedOwn')} checked={draft.checked} onChange={(e) => set('checked', e.target.checked)} />

        <Heading level={2} data-size="sm">
          {t('form.priceHeading')}
        </Heading>
        <Paragraph data-size="sm">{t('form.priceIntro')}</Paragraph>
        <Checkbox label={t('form.addPrice')} checked={draft.addPrice} onChange={(e) => set('addPrice', e.target.checked)} />
        {draft.addPrice && (
          <>
            {field('fromYear', { inputMode: 'numeric' })}
            <SelectField id="fl-connectionKind" label={t('form.connectionKind')} value={draft.connectionKind} onChange={(v) => set('connectionKind', v)}
              options={CONNECTION_KINDS.map((k) => ({ value: k, label: t(`form.kind.${k}`) }))} />
            {(draft.connectionKind === 'fixed' || draft.connectionKind === 'perInnbyggjar') && field('connectionAmount', { inputMode: 'decimal' })}
            {draft.connectionKind === 'bands' && <BandsFields bands={draft.bands} errors={errors} onChange={(bands) => changeList('bands', bands)} />}
            {draft.connectionKind === 'threshold' && (
              <>
                {field('connectionThreshold', { inputMode: 'numeric' })}
                {field('connectionBelow', { inputMode: 'decimal' })}
                {field('connectionRate', { inputMode: 'decimal' })}
              </>
            )}
            <SelectField id="fl-runningKind" label={t('form.runningKind')} value={draft.runningKind} onChange={(v) => set('runningKind', v)}
              options={(['unknown', 'none', 'parts'] as const).map((k) => ({ value: k, label: t(`form.running.${k}`) }))} />
            {draft.runningKind === 'parts' && <PartsFields parts={draft.parts} errors={errors} onChange={(parts) => changeList('parts', parts)} />}
            {field('source')}
            {field('statedOn')}
          </>
        )}
        {failure && <Alert data-color="danger">{failure}</Alert>}
        <FormActions submitLabel={t('form.save')} cancel={{ label: t('form.cancel'), onClick: () => goTo(back) }} />
      </form>
    </section>
  )
}
