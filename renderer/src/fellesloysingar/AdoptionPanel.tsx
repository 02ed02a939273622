import { Alert, Button, Card, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateShort, formatTimestamp, todayIso } from '@shared/format'
import type { Maalform } from '@shared/maalform'
import { defaultPlannedStart, defaultStepDate, roundIsPast } from '@shared/roundDates'
import { mayTakeStep } from '@shared/tracking/access'
import { ADOPTION_STATUS_WORDS, decisionOf, nextSteps, type AdoptionStatus } from '@shared/tracking/adoption'
import type { Solution } from '@shared/tracking/catalogue'
import { useApp } from '../app/context'
import { hrefFor } from '../app/route'
import { DateField } from '../components/DateField'
import { PRIMARY } from '../components/FormActions'
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard'
import { useTextLimit } from '../components/useTextLimit'
import { adoptionDrafts } from './adoptionDraft'
import { adoptionStore } from './adoptionStore'
import { currentAdoption, type Tracking } from './useTracking'

type Notice = { kind: 'saved'; text: string } | { kind: 'refused'; text: string; toDeltaking: boolean } | { kind: 'failed' }

/** The adoption of one solution: start considering it, then each step, with the access rule asked from shared/. */
export function AdoptionPanel({ solution, tracking }: { solution: Solution; tracking: Tracking }) {
  const { t, i18n } = useTranslation('fellesloysingar')
  const m = i18n.language as Maalform
  const { profile } = useApp()
  const adoption = currentAdoption(tracking.adoptions, solution.id)
  const open = adoption && adoption.status !== 'avslutta' ? adoption : undefined
  // A date that fits the round (shared/roundDates.ts): today while it is under way, none when it is past.
  const past = roundIsPast(tracking.round, todayIso())
  // What was typed before the user followed a refusal's link to Deltaking comes back as it was.
  const [kept] = useState(() => adoptionDrafts.get(solution.id))
  useEffect(() => adoptionDrafts.drop(solution.id), [solution.id])
  const [date, setDate] = useState(() => kept?.date ?? defaultStepDate(tracking.round, todayIso(), open?.steps.at(-1)?.date))
  // The planned start follows the step's date (1 January after it) until the user sets it: a past
  // round's date starts empty and is typed, and the planned start then follows what was typed.
  const [ownPlannedStart, setPlannedStart] = useState<string | null>(kept?.plannedStart ?? null)
  const plannedStart = ownPlannedStart ?? defaultPlannedStart(date)
  const limit = useTextLimit()
  const dateHint = past ? t('adopt.dateHintPast', { round: tracking.round.name[m] }) : undefined
  const [note, setNote] = useState(kept?.note ?? '')
  const [utval, setUtval] = useState(kept?.utval ?? '')
  const [saksnummer, setSaksnummer] = useState(kept?.saksnummer ?? '')
  const [notice, setNotice] = useState<Notice | null>(null)
  // The planned start is needed to begin: said at the field itself, where the user is looking.
  const [plannedMissing, setPlannedMissing] = useState(false)
  // After «Start vurdering» the button is replaced by the step's fields: the focus goes to the first of them, not to <body>.
  const focusSteps = useRef(false)
  const openId = open?.id
  useEffect(() => {
    if (focusSteps.current && openId) {
      focusSteps.current = false
      document.getElementById('fl-adopt-date')?.focus()
    }
  }, [openId])
  const history = useLiveQuery(() => (adoption ? adoptionStore.history(adoption.id) : Promise.resolve([])), [adoption?.id, adoption?.steps.length], [])
  const words = (s: AdoptionStatus): string => ADOPTION_STATUS_WORDS[s][m]
  const input = { date, by: profile.sakshandsamar, ...(note.trim() ? { note: note.trim() } : {}) }
  // A step recorded, the next one starts afresh by the same rule as the first (not with this step's
  // date, which would pass for the next one's without being looked at).
  const recorded = (text: string): void => {
    setNotice({ kind: 'saved', text })
    setDate(defaultStepDate(tracking.round, todayIso(), date))
    setPlannedStart(null)
    setNote('')
  }

  async function start(): Promise<void> {
    if (!plannedStart) {
      setPlannedMissing(true)
      document.getElementById('fl-adopt-planned')?.focus()
      return
    }
    try {
      // Set before the store answers: the new adoption may reach the live query before this function goes on.
      focusSteps.current = true
      const result = await adoptionStore.start(solution, input, plannedStart)
      if (result.ok) recorded(t('adopt.saved', { status: words('vurderer') }))
      else if (result.reason === 'refused') setNotice({ kind: 'refused', text: result.message[m], toDeltaking: false })
      else setNotice({ kind: 'failed' })
      if (!result.ok) focusSteps.current = false
    } catch {
      focusSteps.current = false
      setNotice({ kind: 'failed' })
    }
  }

  async function step(to: AdoptionStatus): Promise<void> {
    if (!open) return
    const decision = to === 'vedteke' ? { utval: utval.trim(), saksnummer: saksnummer.trim() } : undefined
    try {
      const result = await adoptionStore.step(open.id, to, { ...input, ...(decision ? { decision } : {}) }, solution)
      if (result.ok) {
        recorded(t('adopt.saved', { status: words(to) }))
        setUtval('')
        setSaksnummer('')
      } else if (result.reason === 'refused') {
        setNotice({ kind: 'refused', text: result.message[m], toDeltaking: !mayTakeStep(solution, to, tracking.participation).allowed })
      } else setNotice({ kind: 'failed' })
    } catch {
      setNotice({ kind: 'failed' })
    }
  }

  const decided = open ? decisionOf(open) : undefined
  const steps = open ? nextSteps(open) : []
  // Said before the vedtak's fields, not only after they are filled in: the fund's rule bars the next step.
  const barred = steps.find((to) => to === 'vedteke' || to === 'iBruk')
  const access = barred ? mayTakeStep(solution, barred, tracking.participation) : undefined
  const keepDraft = (): void => adoptionDrafts.keep(solution.id, { date, plannedStart: ownPlannedStart, note, utval, saksnummer })
  const toDeltaking = (
    <Link href={hrefFor('deltaking')} data-keeps-draft onClick={keepDraft}>
      {t('adopt.goToDeltaking')}
    </Link>
  )
  return (
    <Card data-color="neutral" data-testid="fl-adoption">
      <Heading level={2} data-size="sm">
        {t('adopt.heading')}
      </Heading>
      {open ? (
        <>
          <Paragraph data-testid="fl-adoption-status">
            <strong>{t('adopt.status', { status: words(open.status) })}</strong>
            {/* Once in use, the plan is history: the step's own date stands in the history below. */}
            {open.plannedStart && open.status !== 'iBruk' && ` · ${t('adopt.plannedStart')} ${formatDateShort(open.plannedStart)}`}
          </Paragraph>
          {decided && (
            <Paragraph data-size="sm" data-testid="fl-adoption-decision">
              {t('adopt.decision', { ...decided, date: formatDateShort(decided.date) })}
            </Paragraph>
          )}
        </>
      ) : (
        <Paragraph>{adoption ? t('adopt.status', { status: words(adoption.status) }) : t('adopt.none')}</Paragraph>
      )}
      {access && !access.allowed && (
        <Alert data-color="warning" data-testid="fl-access-hint">
          <Paragraph data-size="sm">{access.message[m]}</Paragraph>
          {/* The way to Deltaking keeps what is typed for the session, so it does not ask to leave it. */}
          {toDeltaking}
        </Alert>
      )}
      <div className="form">
        <UnsavedChangesGuard dirty={note !== '' || utval !== '' || saksnummer !== ''} />
        <DateField id="fl-adopt-date" label={t('adopt.date')} hint={dateHint} value={date} onChange={setDate} />
        {!open && (
          <DateField
            id="fl-adopt-planned"
            label={t('adopt.plannedStart')}
            value={plannedStart}
            onChange={(iso) => {
              setPlannedStart(iso)
              setPlannedMissing(false)
            }}
            error={plannedMissing && !plannedStart ? t('adopt.startRequired') : undefined}
          />
        )}
        {steps.includes('vedteke') && (
          <div className="row">
            <Textfield {...limit('name', utval)} label={t('adopt.utval')} value={utval} onChange={(e) => setUtval(e.target.value)} />
            <Textfield
              {...limit('reference', saksnummer)}
              label={t('adopt.saksnummer')}
              value={saksnummer}
              onChange={(e) => setSaksnummer(e.target.value)}
            />
          </div>
        )}
        <Textfield {...limit('note', note)} label={t('adopt.note')} value={note} onChange={(e) => setNote(e.target.value)} />
        {/* The buttons in the app's colour, as everywhere else, not the card's grey. */}
        <div className="row" data-color="accent">
          {open ? (
            steps.map((to) => (
              <Button key={to} {...(to === 'avslutta' ? { variant: 'tertiary' } : PRIMARY)} onClick={() => void step(to)}>
                {t(`adopt.to.${to as 'vedteke' | 'iBruk' | 'avslutta'}`)}
              </Button>
            ))
          ) : (
            <Button {...PRIMARY} onClick={() => void start()}>
              {adoption ? t('adopt.startNew') : t('adopt.start')}
            </Button>
          )}
        </div>
      </div>
      {notice && (
        <Alert
          data-color={notice.kind === 'saved' ? 'success' : 'danger'}
          role={notice.kind === 'saved' ? 'status' : 'alert'}
          data-testid="fl-adoption-notice"
        >
          {notice.kind === 'refused' && (
            <Heading level={3} data-size="2xs">
              {t('adopt.refusedHeading')}
            </Heading>
          )}
          <Paragraph data-size="sm">{notice.kind === 'failed' ? t('adopt.failed') : notice.text}</Paragraph>
          {notice.kind === 'refused' && notice.toDeltaking && toDeltaking}
        </Alert>
      )}
      {history.length > 0 && (
        <>
          <Heading level={3} data-size="2xs">
            {t('adopt.historyHeading')}
          </Heading>
          <ul data-testid="fl-history">
            {history.map((h) => (
              <li key={h.at + h.event.to}>
                {h.event.from
                  ? t('adopt.historyEntry', { when: formatTimestamp(h.at), from: words(h.event.from), to: words(h.event.to), date: formatDateShort(h.event.date), by: h.by })
                  : t('adopt.historyStart', { when: formatTimestamp(h.at), date: formatDateShort(h.event.date), by: h.by })}
                {h.event.note && ` – ${h.event.note}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  )
}
