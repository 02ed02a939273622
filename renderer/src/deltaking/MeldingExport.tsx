import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FinancingRound } from '@shared/financingRound'
import { meldingFileName, meldingFrom, renderMelding } from '@shared/meldingOmVedtak'
import { organisationName } from '@shared/profile'
import { dateAfterDecision } from '@shared/roundDates'
import { currentDecision, type Participation } from '@shared/tracking/participation'
import { useApp } from '../app/context'
import { buildWordFile } from '../document/exportWord'
import type { CaseChoice, DecisionDefaults } from './linkedCase'

type Outcome = { kind: 'saved'; path: string } | { kind: 'failed' } | null

/**
 * The melding om vedtak to KS as a Word file, in the kommune's målform, from the decision on the
 * current path: its date the day the melding is recorded as sent, or until then today, or for a
 * round long past the decision's date (shared/roundDates.ts). Its reference,
 * signer and amount are the linked case's (see `meldingFrom`), not the contribution computed today.
 */
export function MeldingExport(props: {
  record: Participation
  round: FinancingRound
  linked: CaseChoice | undefined
  decision: DecisionDefaults
  today: string
}) {
  const { record, round, linked, decision, today } = props
  const { t } = useTranslation('deltaking')
  const { profile, platform } = useApp()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const sent = record.steps.findLast((s) => s.status === 'meldingSendt')
  const melding = meldingFrom({
    participation: record,
    round,
    organisation: organisationName(profile),
    sakshandsamar: profile.sakshandsamar,
    maalform: profile.maalform,
    ...(linked ? { linkedCase: linked.document } : {}),
    date: sent?.date ?? dateAfterDecision(round, today, currentDecision(record)?.date ?? today),
    vedtakText: decision.vedtakText
  })

  async function exportMelding(): Promise<void> {
    if (!melding) return
    setBusy(true)
    setOutcome(null)
    try {
      const file = await buildWordFile(renderMelding(melding, profile.maalform), meldingFileName(melding))
      const result = await platform.saveFile({ suggestedName: file.name, kind: 'docx', data: file.data })
      setOutcome(result.status === 'saved' ? { kind: 'saved', path: result.path } : null)
    } catch (error) {
      console.error('Exporting the melding om vedtak failed:', error)
      setOutcome({ kind: 'failed' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="melding-heading">
      <Heading level={2} data-size="sm" id="melding-heading">
        {t('meldingHeading')}
      </Heading>
      {melding ? (
        <>
          <Paragraph>{t('meldingBody', { maalform: t(profile.maalform === 'nn' ? 'nynorsk' : 'bokmaal') })}</Paragraph>
          <div className="form-actions">
            <Button variant="secondary" onClick={() => void exportMelding()} loading={busy}>
              {t('meldingExport')}
            </Button>
          </div>
        </>
      ) : (
        <Paragraph>{t('meldingNeedsText')}</Paragraph>
      )}
      {outcome?.kind === 'saved' && (
        <Alert data-color="success" role="status">
          {t('meldingSaved', { path: outcome.path })}
        </Alert>
      )}
      {outcome?.kind === 'failed' && (
        <Alert data-color="danger" role="alert">
          {t('meldingFailed')}
        </Alert>
      )}
    </section>
  )
}
