import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fileFailureText } from '@shared/fileError'
import type { FinancingRound } from '@shared/financingRound'
import { meldingFileName, meldingFrom, renderMelding, type MeldingOmVedtak } from '@shared/meldingOmVedtak'
import { MELDING_TEMPLATE_TYPE, meldingTemplateParts } from '@shared/meldingOmVedtak/templateParts'
import type { Maalform } from '@shared/maalform'
import { documentMaalformOf, organisationName } from '@shared/profile'
import { dateAfterDecision } from '@shared/roundDates'
import { currentDecision, withMeldingReference, type Participation } from '@shared/tracking/participation'
import { useApp } from '../app/context'
import { documentLanguage } from '@shared/document/blocks'
import { buildTemplateFile } from '../document/exportTemplate'
import { useTextLimit } from '../components/useTextLimit'
import { buildWordFile, type WordFile } from '../document/exportWord'
import { templateStore } from '../template/templateStore'
import type { CaseChoice, DecisionDefaults } from './linkedCase'
import { participationStore, type RoundStart } from './participationStore'

/** 'failed' with the file system's reason in the målform, or without it for any other failure. */
type Outcome = { kind: 'saved'; path: string } | { kind: 'failed'; reason?: string } | null
type ExportKind = 'word' | 'template'

/** The melding as a file: the app's own Word layout, or written into the kommune's template with the parts where Innstillingar put them. */
async function meldingFile(melding: MeldingOmVedtak, maalform: Maalform, kind: ExportKind): Promise<WordFile> {
  if (kind === 'word') return buildWordFile(renderMelding(melding, maalform), meldingFileName(melding))
  const template = await templateStore.load(MELDING_TEMPLATE_TYPE)
  if (!template.ok) throw new Error(`The template could not be read: ${template.reason}`)
  return buildTemplateFile(template.value.bytes, template.value.mapping, meldingTemplateParts(melding, maalform), meldingFileName(melding), {
    dropMarkers: true,
    language: documentLanguage(maalform)
  })
}

/**
 * The melding om vedtak to KS as a Word file, in the kommune's målform, from the decision on the
 * current path: its date the day the melding is recorded as sent, or until then today, or for a
 * round long past the decision's date (shared/roundDates.ts). Its reference,
 * signer and amount are the linked case's (see `meldingFrom`), not the contribution computed today.
 * Where the kommune has set up a template for the melding in Innstillingar, it is offered as well.
 * When the app has no arkivsak for the decision (no case in the app, or one without it), the kommune's
 * reference is asked for beside the download and kept with the participation: the letter's «Vår ref.»,
 * the invoice's mark and where the «melding sendt» step starts from.
 */
export function MeldingExport(props: {
  record: Participation
  start: RoundStart
  round: FinancingRound
  linked: CaseChoice | undefined
  /** The contribution computed now: what the melding asks KS to invoice when no case in the app has the amount. */
  computedAmount: string | undefined
  decision: DecisionDefaults
  today: string
}) {
  const { record, start, round, linked, decision, today } = props
  const { t } = useTranslation('deltaking')
  const limit = useTextLimit()
  const asksReference = !linked?.document.header.arkivsak.trim()
  const [reference, setReference] = useState(record.meldingReference ?? '')
  const keepReference = async (): Promise<void> => {
    if (asksReference && reference.trim() !== (record.meldingReference ?? '')) await participationStore.saveMeldingReference(start, reference)
  }
  const { profile, platform } = useApp()
  const [busy, setBusy] = useState<ExportKind | null>(null)
  const [outcome, setOutcome] = useState<Outcome>(null)
  // Whether Innstillingar has the kommune's template for the melding; read once per page opened.
  const [hasTemplate, setHasTemplate] = useState(false)
  useEffect(() => {
    void templateStore.load(MELDING_TEMPLATE_TYPE).then((result) => setHasTemplate(result.ok))
  }, [])
  // The melding is the kommune's document: in its document målform, whatever the screen is in.
  const documentMaalform = documentMaalformOf(profile)
  const sent = record.steps.findLast((s) => s.status === 'meldingSendt')
  const melding = meldingFrom({
    participation: asksReference ? withMeldingReference(record, reference) : record,
    round,
    organisation: organisationName(profile),
    sakshandsamar: profile.sakshandsamar,
    maalform: documentMaalform,
    ...(linked ? { linkedCase: linked.document } : {}),
    date: sent?.date ?? dateAfterDecision(round, today, currentDecision(record)?.date ?? today),
    vedtakText: decision.vedtakText,
    ...(props.computedAmount ? { computedAmount: props.computedAmount } : {})
  })

  async function exportMelding(kind: ExportKind): Promise<void> {
    if (!melding || busy) return
    setBusy(kind)
    setOutcome(null)
    try {
      await keepReference()
      const file = await meldingFile(melding, documentMaalform, kind)
      const result = await platform.saveFile({ suggestedName: file.name, kind: 'docx', data: file.data })
      if (result.status === 'saved') setOutcome({ kind: 'saved', path: result.path })
      if (result.status === 'failed') setOutcome({ kind: 'failed', reason: fileFailureText(result)[profile.maalform] })
    } catch (error) {
      console.error('Exporting the melding om vedtak failed:', error)
      setOutcome({ kind: 'failed' })
    } finally {
      setBusy(null)
    }
  }

  return (
    <section aria-labelledby="melding-heading">
      <Heading level={2} data-size="sm" id="melding-heading">
        {t('meldingHeading')}
      </Heading>
      {melding ? (
        <>
          <Paragraph>{t('meldingBody', { maalform: t(documentMaalform === 'nn' ? 'nynorsk' : 'bokmaal') })}</Paragraph>
          {asksReference && (
            <Textfield
              {...limit('reference', reference)}
              id="melding-reference"
              label={t('meldingReference')}
              description={t('meldingReferenceHelp')}
              value={reference}
              onChange={(e) => setReference(e.target.value)}
              onBlur={() => void keepReference()}
            />
          )}
          <div className="form-actions">
            <Button variant="secondary" onClick={() => void exportMelding('word')} loading={busy === 'word'}>
              {t('meldingExport')}
            </Button>
            {hasTemplate && (
              <Button variant="secondary" onClick={() => void exportMelding('template')} loading={busy === 'template'}>
                {t('meldingExportTemplate')}
              </Button>
            )}
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
