import { Alert, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react'
import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatKroner, formatNumber } from '@shared/format'
import type { Participation, Step } from '@shared/tracking/participation'
import { statusName } from '@shared/tracking/participationText'
import type { ParticipationStatus } from '@shared/tracking/participationStatus'
import { useApp } from '../app/context'
import { DateField } from '../components/DateField'
import { FormActions } from '../components/FormActions'
import { RadioGroup } from '../components/RadioGroup'
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard'
import { useTextLimit } from '../components/useTextLimit'
import type { CaseChoice, DecisionDefaults } from './linkedCase'

const NO_CASE = ''

/** The fields a refusal can name; each is told at its own field, marked invalid, and gets the focus. */
export type StepField = 'date' | 'utval' | 'saksnummer' | 'amount' | 'invoiceReference' | 'by'
export interface FieldError {
  field: StepField
  message: string
}
const FIELD_IDS: Record<StepField, string> = {
  date: 'step-date',
  utval: 'step-utval',
  saksnummer: 'step-saksnummer',
  amount: 'step-amount',
  invoiceReference: 'step-invoice-reference',
  by: 'step-by'
}

interface Props {
  status: ParticipationStatus
  record: Participation
  cases: CaseChoice[]
  /** The linked case's saksgang and innstilling, for a decision. */
  decision: DecisionDefaults
  /** The reference the melding om vedtak asks KS to mark the invoice with (meldingInvoiceReference), if any. */
  expectedReference?: string
  /** The computed contribution, kroner as a decimal string. */
  computedAmount: string | undefined
  /** The sum the council decided (decidedAmount), when it is known: what KS invoices and the kommune pays. */
  decidedAmount?: string
  by: string
  /** The date the step starts with: a date that fits the round (shared/roundDates.ts), or ''. */
  defaultDate: string
  /** Said under the date field: the dates of the round, when no date is given for it. */
  dateHint?: string
  busy: boolean
  /** The refusal of the last try that belongs to no one field, in the målform, or null. */
  error: string | null
  /** A refusal that belongs to one field (a date before the step it follows, an empty reference …), told at that field. */
  fieldError?: FieldError | null
  onSubmit: (step: Step) => void
}

interface Fields {
  date: string
  by: string
  note: string
  caseId: string
  answer: 'ja' | 'nei'
  utval: string
  saksnummer: string
  vedtakText: string
  invoiceReference: string
  amount: string
}

/** What the invoice said, for the payment's default amount. */
function invoicedAmount(record: Participation): string | undefined {
  const step = record.steps.findLast((s) => s.status === 'fakturert')
  return step?.status === 'fakturert' ? step.amount : undefined
}

function initialFields(props: Props): Fields {
  const { status, record, cases, decision, computedAmount, by, defaultDate } = props
  const decided = props.decidedAmount ?? computedAmount
  const amount = status === 'betalt' ? (invoicedAmount(record) ?? decided) : decided
  const isDecision = status === 'vedteke'
  return {
    date: isDecision ? decision.date : defaultDate,
    by,
    note: '',
    caseId: cases[0]?.id ?? NO_CASE,
    answer: isDecision ? decision.answer : 'ja',
    utval: isDecision ? decision.utval : '',
    saksnummer: isDecision ? decision.saksnummer : '',
    vedtakText: isDecision ? decision.vedtakText : '',
    // The reference the melding asks KS to mark the invoice with is the one KS invoices with: not typed twice.
    invoiceReference: status === 'fakturert' || status === 'meldingSendt' ? (props.expectedReference ?? '') : '',
    amount: amount ? formatNumber(amount).replace(/\u00a0/g, ' ') : ''
  }
}

function stepFrom(status: ParticipationStatus, f: Fields, computedAmount: string | undefined): Step {
  const common = { date: f.date, by: f.by, note: f.note }
  switch (status) {
    case 'invitert':
      return { status, ...common }
    case 'tilPolitiskHandsaming':
      return { status, ...common, ...(f.caseId !== NO_CASE ? { caseId: f.caseId } : {}) }
    case 'vedteke':
      return { status, ...common, decision: f.answer, utval: f.utval, saksnummer: f.saksnummer, vedtakText: f.vedtakText }
    case 'meldingSendt':
      return { status, ...common, invoiceReference: f.invoiceReference }
    case 'fakturert':
      return { status, ...common, amount: f.amount, invoiceReference: f.invoiceReference }
    case 'betalt':
      return { status, ...common, amount: f.amount, ...(computedAmount ? { computedAmount } : {}) }
  }
}

/**
 * The form for the next step, filled with what the app knows: a date that fits the round, the sakshandsamar, the
 * linked case's saksgang and innstilling for a decision, the computed amount for the invoice and
 * the invoiced amount for the payment. The flow checks what is sent; a refusal is shown above
 * the button and nothing is kept.
 */
export function StepForm(props: Props) {
  const { status, record, cases, decision, computedAmount, busy, error, onSubmit } = props
  const { t } = useTranslation('deltaking')
  const { profile } = useApp()
  const [initial, setInitial] = useState<Fields>(() => initialFields(props))
  const [fields, setFields] = useState<Fields>(initial)
  // The melding's reference typed by the download below, after this form was filled, is offered here
  // too, unless the user has typed another reference in the step.
  const offered = props.expectedReference ?? ''
  const [offeredBefore, setOfferedBefore] = useState(offered)
  if (offered !== offeredBefore) {
    setOfferedBefore(offered)
    if (status === 'meldingSendt' || status === 'fakturert') {
      if (fields.invoiceReference === initial.invoiceReference) setFields({ ...fields, invoiceReference: offered })
      setInitial({ ...initial, invoiceReference: offered })
    }
  }
  const limit = useTextLimit()
  const dirty = (Object.keys(initial) as (keyof Fields)[]).some((key) => fields[key] !== initial[key])
  const set = <K extends keyof Fields>(key: K) => (value: Fields[K]) => setFields((f) => ({ ...f, [key]: value }))
  const name = statusName(status, profile.maalform)
  const laterPath = record.joinedLater || record.steps.some((s) => s.status === 'vedteke' && s.decision === 'nei')

  const fieldError = props.fieldError ?? null
  const errorAt = (field: StepField) => (fieldError?.field === field ? fieldError.message : undefined)
  // Every refusal of one field is told there and takes the focus there, as a refused date always was.
  useEffect(() => {
    if (fieldError) document.getElementById(FIELD_IDS[fieldError.field])?.focus()
  }, [fieldError])

  /** The computed contribution under the amount, and the decided sum before it when the vedtak adopted another. */
  function amountHelp(): string | undefined {
    if (!computedAmount) return undefined
    const { decidedAmount } = props
    if (decidedAmount && decidedAmount !== computedAmount) {
      return t('amountHelpDecided', { decided: formatKroner(decidedAmount), amount: formatKroner(computedAmount) })
    }
    return t('amountHelp', { amount: formatKroner(computedAmount) })
  }

  function submit(event: FormEvent): void {
    event.preventDefault()
    onSubmit(stepFrom(status, fields, computedAmount))
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="step-form">
      <UnsavedChangesGuard dirty={dirty && !busy} />
      {status === 'tilPolitiskHandsaming' && (
        // Radio buttons, not a drop-down: a case's title is long («… invitasjon til å delta i KS si
        // finansieringsordning …») and a drop-down cuts it off where a radio's label wraps.
        <Fieldset data-testid="step-case">
          <Fieldset.Legend>{t('case')}</Fieldset.Legend>
          <Fieldset.Description>{t('caseHelp')}</Fieldset.Description>
          <RadioGroup
            name="step-case"
            value={fields.caseId}
            options={[...cases.map((c) => ({ value: c.id, label: c.title })), { value: NO_CASE, label: t('noCase') }]}
            onChange={set('caseId')}
          />
        </Fieldset>
      )}
      {status === 'vedteke' && (
        <>
          {(decision.restored || decision.caseTitle) && (
            <Paragraph data-size="sm" className="muted">
              {decision.restored ? t('restoredDecision') : t('prefilled', { title: decision.caseTitle ?? '' })}
            </Paragraph>
          )}
          <Fieldset>
            <Fieldset.Legend>{t('answer')}</Fieldset.Legend>
            <RadioGroup
              name="step-answer"
              value={fields.answer}
              options={[
                { value: 'ja', label: t('answerYes') },
                { value: 'nei', label: t('answerNo') }
              ]}
              onChange={set('answer')}
            />
          </Fieldset>
          <Textfield
            {...limit('name', fields.utval)}
            id={FIELD_IDS.utval}
            error={errorAt('utval')}
            label={t('utval')} value={fields.utval} onChange={(e) => set('utval')(e.target.value)} />
          <Textfield
            {...limit('reference', fields.saksnummer)}
            id={FIELD_IDS.saksnummer}
            error={errorAt('saksnummer')}
            label={t('saksnummer')}
            value={fields.saksnummer}
            onChange={(e) => set('saksnummer')(e.target.value)}
          />
          <Textfield
            {...limit('longText', fields.vedtakText)}
            label={t('vedtakText')}
            description={decision.vedtakText && !decision.restored ? t('vedtakTextHelp') : undefined}
            multiline
            rows={4}
            value={fields.vedtakText}
            onChange={(e) => set('vedtakText')(e.target.value)}
          />
        </>
      )}
      <DateField
        id={FIELD_IDS.date}
        label={status === 'vedteke' ? t('dateMeeting') : t('date')}
        hint={props.dateHint}
        value={fields.date}
        onChange={set('date')}
        error={errorAt('date')}
      />
      {(status === 'fakturert' || status === 'betalt') && (
        <Textfield
          id={FIELD_IDS.amount}
          error={errorAt('amount')}
          label={t('amount')}
          description={amountHelp()}
          inputMode="decimal"
          maxLength={30}
          value={fields.amount}
          onChange={(e) => set('amount')(e.target.value)}
        />
      )}
      {(status === 'meldingSendt' || status === 'fakturert') && (
        <Textfield
          {...limit('reference', fields.invoiceReference)}
          id={FIELD_IDS.invoiceReference}
          error={errorAt('invoiceReference')}
          label={t('invoiceReference')}
          description={status === 'meldingSendt' && laterPath ? t('invoiceReferenceRequired') : t('invoiceReferenceHelp')}
          value={fields.invoiceReference}
          onChange={(e) => set('invoiceReference')(e.target.value)}
        />
      )}
      <Textfield {...limit('name', fields.by)} id={FIELD_IDS.by} error={errorAt('by')} label={t('by')} value={fields.by} onChange={(e) => set('by')(e.target.value)} />
      <Textfield
        {...limit('note', fields.note)}
        label={t('note')}
        multiline
        rows={2}
        value={fields.note}
        onChange={(e) => set('note')(e.target.value)}
      />
      {error && (
        <Alert data-color="danger" role="alert" data-testid="step-error">
          {error}
        </Alert>
      )}
      <FormActions submitLabel={t('record', { status: name })} busy={busy} />
    </form>
  )
}
