import { Alert, Card, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateLong, formatDateShort, formatKroner, todayIso } from '@shared/format'
import { meldingInvoiceReference } from '@shared/meldingOmVedtak/fromParticipation'
import { organisationInText } from '@shared/naming'
import { defaultStepDate, roundIsPast } from '@shared/roundDates'
import {
  currentDecision,
  decidedAmount,
  hasDeclined,
  nextStatuses,
  paymentDifference,
  type Participation,
  type Refusal,
  type Step
} from '@shared/tracking/participation'
import { refusalMessage, statusName } from '@shared/tracking/participationText'
import type { ParticipationStatus } from '@shared/tracking/participationStatus'
import { useApp } from '../app/context'
import { useContribution } from '../bidrag/useContribution'
import { RadioGroup } from '../components/RadioGroup'
import { useReveal } from '../lib/useReveal'
import { caseStore } from '../saksframlegg/caseStore'
import { GoBack } from './GoBack'
import { HistoryList } from './HistoryList'
import { decisionDefaults, linkedCaseId, type CaseChoice } from './linkedCase'
import { MeldingExport } from './MeldingExport'
import { PaymentDifferenceAlert } from './ParticipationCard'
import { participationStore, type ParticipationResult } from './participationStore'
import { StepDetails } from './StepDetails'
import { StepForm, type FieldError, type StepField } from './StepForm'
import { defaultBy, useParticipation } from './useParticipation'
import './deltaking.css'

/** The field a refusal is about, when it is about one: told there rather than below the form. */
function refusedField(refusal: Refusal): StepField | undefined {
  if (refusal.reason === 'beforePrevious' || refusal.reason === 'invalidDate') return 'date'
  if (refusal.reason === 'missing') return refusal.field
  if (refusal.reason === 'invalidAmount') return 'amount'
  return undefined
}

type Flash = { kind: 'recorded' | 'wentBack'; status: ParticipationStatus } | null

/** Deltaking: where the kommune stands in the round, the next step, the melding to KS and the history. */
export function DeltakingPage() {
  const { t } = useTranslation('deltaking')
  const { profile } = useApp()
  const { round, outcome } = useContribution(profile)
  const { start, record } = useParticipation(profile, round)
  const listed = useLiveQuery(() => caseStore.listChecked(profile.number), [profile.number])
  const cases = useMemo<CaseChoice[]>(
    () =>
      (listed ?? []).flatMap(({ stored, document }) =>
        document && (stored.roundId === undefined || stored.roundId === round.id) ? [{ id: stored.id, title: stored.title, document }] : []
      ),
    [listed, round.id]
  )
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  /** A refusal of one field is told at that field itself (aria-invalid, aria-describedby, focus), not below the form. */
  const [fieldError, setFieldError] = useState<FieldError | null>(null)
  const [flash, setFlash] = useState<Flash>(null)
  // A step recorded or undone replaces the form the user was in: the focus goes to what happened.
  const flashRef = useReveal<HTMLDivElement>(flash, 'element')
  /** The step just undone: a decision gone back from is offered again as it was typed, not as the case put it. */
  const [undone, setUndone] = useState<Step | null>(null)
  const [laterChoice, setLaterChoice] = useState<ParticipationStatus>('vedteke')
  const today = todayIso()
  const amount = outcome.ok ? outcome.contribution.amount : undefined

  // The form is filled from the cases once, so it waits for them as for the record.
  if (record === undefined || listed === undefined) return null
  const heading = (
    <Heading level={1} data-size="lg" id="deltaking-heading">
      {t('heading')}
    </Heading>
  )
  if (record === null) {
    return (
      <section className="page" aria-labelledby="deltaking-heading">
        {heading}
        <Alert data-color="danger">{t('damaged')}</Alert>
      </section>
    )
  }

  const linked = cases.find((c) => c.id === linkedCaseId(record))
  const next = nextStatuses(record)
  const declined = hasDeclined(record)
  // A step starts from a date that fits the round: today while it is under way, none when it is past.
  const previousDate = record.steps[record.steps.length - 1]?.date
  const stepDate = defaultStepDate(round, today, previousDate)
  const dateHint =
    roundIsPast(round, today) && previousDate
      ? t('dateHintPast', { previous: formatDateShort(previousDate), deadline: formatDateShort(round.answerBy) })
      : undefined
  const fromCase = decisionDefaults(linked, profile.maalform, stepDate, previousDate)
  // A new decision after a "nei" is another meeting: the old case number and date are not offered for it.
  const offered = declined ? { ...fromCase, saksnummer: '', date: stepDate } : fromCase
  const decision =
    undone?.status === 'vedteke'
      ? { ...offered, answer: undone.decision, utval: undone.utval, saksnummer: undone.saksnummer, date: undone.date, vedtakText: undone.vedtakText ?? '', restored: true as const }
      : offered
  const nextStatus = declined ? laterChoice : next[0]
  const name = (status: ParticipationStatus) => statusName(status, profile.maalform)

  async function change(run: () => Promise<ParticipationResult<Participation>>, done: Flash, undoing: Step | null = null): Promise<void> {
    setBusy(true)
    setFlash(null)
    try {
      const result = await run()
      const refusal = !result.ok && result.reason === 'refused' ? result.refusal : undefined
      const field = refusal && refusedField(refusal)
      setFieldError(refusal && field ? { field, message: refusalMessage(refusal, profile.maalform) } : null)
      if (result.ok) {
        setUndone(undoing)
        setError(null)
        setFlash(done)
      } else if (result.reason === 'refused') setError(field ? null : refusalMessage(result.refusal, profile.maalform))
      else setError(t('damaged'))
    } finally {
      setBusy(false)
    }
  }

  const submit = (step: Step) => void change(() => participationStore.advance(start, step), { kind: 'recorded', status: step.status })
  const goBack = (why: string) => {
    const previous = record.steps[record.steps.length - 2]
    const last = record.steps[record.steps.length - 1] ?? null
    if (previous) void change(() => participationStore.goBack(start, why, defaultBy(profile)), { kind: 'wentBack', status: previous.status }, last)
  }

  return (
    <section className="page deltaking" aria-labelledby="deltaking-heading">
      {heading}
      <Paragraph>{t('intro', { organisation: organisationInText(profile), round: round.name[profile.maalform] })}</Paragraph>
      <StatusCard record={record} answerBy={round.answerBy} amount={amount} />
      {flash && (
        <Alert ref={flashRef} tabIndex={-1} data-color="success" role="status" data-testid="deltaking-flash">
          {t(flash.kind === 'recorded' ? 'recorded' : 'wentBack', { status: name(flash.status) })}
        </Alert>
      )}
      <section aria-labelledby="path-heading">
        <Heading level={2} data-size="sm" id="path-heading">
          {t('pathHeading')}
        </Heading>
        <ol className="participation-path" data-testid="participation-path">
          {record.steps.map((step, index) => (
            <li key={index}>
              <strong>{name(step.status)}</strong> <span className="muted">{t('stepBy', { date: formatDateLong(step.date), by: step.by })}</span>
              <div>
                <StepDetails step={step} cases={cases} />
              </div>
              {step.note && <div className="participation-note">{step.note}</div>}
            </li>
          ))}
        </ol>
        <GoBack record={record} busy={busy} onConfirm={goBack} />
      </section>
      {nextStatus ? (
        <section aria-labelledby="next-heading">
          <Heading level={2} data-size="sm" id="next-heading">
            {t('nextHeading', { status: name(nextStatus) })}
          </Heading>
          {declined && (
            <fieldset className="plain-fieldset">
              <legend className="ds-label">{t('nextChoice')}</legend>
              <RadioGroup
                name="later-choice"
                value={laterChoice}
                options={[
                  { value: 'vedteke', label: t('nextLaterDecision') },
                  { value: 'tilPolitiskHandsaming', label: t('nextLaterHandsaming') }
                ]}
                onChange={setLaterChoice}
              />
            </fieldset>
          )}
          <StepForm
            key={`${record.steps.length}-${nextStatus}-${linked?.id ?? ''}`}
            status={nextStatus}
            record={record}
            cases={cases}
            decision={decision}
            expectedReference={meldingInvoiceReference(record, linked?.document)}
            computedAmount={amount}
            decidedAmount={amount ? decidedAmount(record, amount) : undefined}
            by={defaultBy(profile)}
            defaultDate={stepDate}
            dateHint={dateHint}
            busy={busy}
            error={error}
            fieldError={fieldError}
            onSubmit={submit}
          />
        </section>
      ) : (
        <Paragraph>{t('complete')}</Paragraph>
      )}
      {currentDecision(record) && (
        <MeldingExport record={record} start={start} round={round} linked={linked} decision={decision} computedAmount={amount} today={today} />
      )}
      <HistoryList roundId={round.id} cases={cases} />
    </section>
  )
}

/** Status, deadline, the computed amount, and the warnings the flow gives: a "nei", a paid amount that differs. */
function StatusCard({ record, answerBy, amount }: { record: Participation; answerBy: string; amount: string | undefined }) {
  const { t } = useTranslation('deltaking')
  const { profile } = useApp()
  const decision = currentDecision(record)
  const difference = paymentDifference(record)
  return (
    <Card data-color="neutral" data-testid="participation-status">
      <Heading level={2} data-size="sm">
        {t('statusHeading')}
      </Heading>
      <dl className="facts">
        <dt>{t('status')}</dt>
        <dd data-testid="participation-status-value">
          {statusName(record.status, profile.maalform)}
          {decision && record.status === 'vedteke' && ` (${t(decision.decision === 'ja' ? 'decisionYes' : 'decisionNo')})`}
        </dd>
        <dt>{t('answerBy')}</dt>
        <dd>{formatDateLong(answerBy)}</dd>
        <dt>{t('computed')}</dt>
        <dd>{amount ? formatKroner(amount) : t('computedMissing')}</dd>
      </dl>
      {hasDeclined(record) && (
        <Alert data-color="info">
          <Heading level={3} data-size="2xs">
            {t('declinedTitle')}
          </Heading>
          <Paragraph data-size="sm">{t('declined')}</Paragraph>
        </Alert>
      )}
      {difference && <PaymentDifferenceAlert difference={difference} testId="payment-difference" />}
    </Card>
  )
}
