import { Button, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateLong, formatTimestamp } from '@shared/format'
import { statusName } from '@shared/tracking/participationText'
import { useApp } from '../app/context'
import type { CaseChoice } from './linkedCase'
import { participationStore } from './participationStore'
import { StepDetails } from './StepDetails'

const PAGE = 10

/** The participation's history, newest first, a page at a time: every step forward and back, never edited. */
export function HistoryList({ roundId, cases }: { roundId: string; cases: readonly CaseChoice[] }) {
  const { t } = useTranslation('deltaking')
  const { profile } = useApp()
  const [limit, setLimit] = useState(PAGE)
  const entries = useLiveQuery(() => participationStore.history(roundId, limit), [roundId, limit])
  const total = useLiveQuery(() => participationStore.historyCount(roundId), [roundId], 0)
  const name = (status: Parameters<typeof statusName>[0]) => statusName(status, profile.maalform)
  if (entries && !entries.ok) return <Paragraph>{t('damaged')}</Paragraph>
  const rows = entries?.value ?? []
  return (
    <section aria-labelledby="history-heading">
      <Heading level={2} data-size="sm" id="history-heading">
        {t('historyHeading')}
      </Heading>
      {rows.length === 0 ? (
        <Paragraph>{t('historyEmpty')}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm" className="muted">
            {t('historyShown', { shown: rows.length, total, count: total })}
          </Paragraph>
          <ol className="participation-history" data-testid="participation-history">
            {rows.map(({ id, at, by, event }) => (
              <li key={id}>
                <strong>
                  {t(event.kind === 'back' ? 'historyBack' : 'historyForward', { before: name(event.before), after: name(event.after) })}
                </strong>{' '}
                <span className="muted">
                  {formatTimestamp(at)}, {by}
                </span>
                <div>
                  {t('historyStepDate', { date: formatDateLong(event.step.date) })} <StepDetails step={event.step} cases={cases} />
                </div>
                {event.note && <div className="participation-note">{event.note}</div>}
              </li>
            ))}
          </ol>
          {rows.length < total && (
            <Button variant="secondary" onClick={() => setLimit((n) => n + PAGE)}>
              {t('historyMore')}
            </Button>
          )}
        </>
      )}
    </section>
  )
}
