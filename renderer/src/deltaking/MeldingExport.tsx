import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fileFailureText } from '@shared/fileError'
import type { FinancingRound } from '@shared/financingRound'
import { meldingFileName, meldingFrom, renderMelding } from '@shared/meldingOmVedtak'
import { organisationName } from '@shared/profile'
import type { Participation } from '@shared/tracking/participation'
import { useApp } from '../app/context'
import { buildWordFile } from '../document/exportWord'
import type { CaseChoice, DecisionDefaults } from './linkedCase'

/** 'failed' with the file system's reason in the målform, or without it for any other failure. */
type Outcome = { kind: 'saved'; path: string } | { kind: 'failed'; reason?: string } | null

/**
 * The melding om vedtak to KS as a Word file, in the kommune's målform, from the decision on the
 * current path: its date the day the melding is recorded as sent, or today until then. Its reference,
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
    date: sent?.date ?? today,
    vedtakText: decision.vedtakText
  })

  async function exportMelding(): Promise<void> {
    if (!melding) return
    setBusy(true)
    setOutcome(null)
    try {
      const file = await buildWordFile(renderMelding(melding, profile.maalform), meldingFileName(melding))
      const result = await platform.saveFile({ suggestedName: file.name, kind: 'docx', data: file.data })
      if (result.status === 'saved') setOutcome({ kind: 'saved', path: result.path })
      if (result.status === 'failed') setOutcome({ kind: 'failed', reason: fileFailureText(result)[profile.maalform] })
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
          {outcome.reason ?? t('meldingFailed')}
        </Alert>
      )}
    </section>
  )
}
