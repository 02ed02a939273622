import { FUND_ROUND_ID } from '@shared/tracking/access'
import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseIsoDate, todayIso } from '@shared/format'
import { renderTilknyting, tilknytingFileName, tilknytingFrom } from '@shared/tilknyting'
import { costStart } from '@shared/tracking/adoption'
import type { Solution } from '@shared/tracking/catalogue'
import type { ParticipationStatus } from '@shared/tracking/participationStatus'
import { useApp } from '../app/context'
import { Preview } from '../document/Preview'
import { buildWordFile } from '../document/exportWord'
import { adoptionStore } from './adoptionStore'
import { currentAdoption, type Tracking } from './useTracking'

/** The participation in the fund as the case needs it: its status, and the day it was paid (for the year the case names). */
type Participation = { status: ParticipationStatus | undefined; paidOn?: string | undefined }

async function readParticipation(): Promise<Participation> {
  const [status, paidOn] = await Promise.all([adoptionStore.participationStatus(FUND_ROUND_ID), adoptionStore.participationPaidOn(FUND_ROUND_ID)])
  return { status, paidOn }
}

type Outcome = { kind: 'saved'; path: string } | { kind: 'failed' } | null

/**
 * The saksframlegg proposing that the kommune adopt this solution, as a Word file in the profile's
 * målform: its costs from the price in force and the population figure Bidrag uses, reckoned from
 * the date the open adoption plans (or 1 January next year), over the økonomiplan's four years.
 */
export function AdoptionCase({ solution, tracking }: { solution: Solution; tracking: Tracking }) {
  const { t } = useTranslation('fellesloysingar')
  const { profile, platform } = useApp()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [preview, setPreview] = useState(false)
  // The participation as the database holds it when the user exports or opens the case: a payment recorded elsewhere counts.
  const [read, setRead] = useState<Participation | null>(null)
  const adoption = currentAdoption(tracking.adoptions, solution.id)
  const planned = adoption && adoption.status !== 'avslutta' ? costStart(adoption) : undefined
  const start = planned ?? `${new Date().getFullYear() + 1}-01-01`
  const fromYear = parseIsoDate(start).year
  const caseFor = ({ status, paidOn }: Participation) =>
    tilknytingFrom({
      solution,
      profile,
      ...(tracking.figure ? { population: tracking.figure } : {}),
      ...(status ? { participation: status } : {}),
      ...(paidOn ? { paidOn } : {}),
      fromYear,
      start,
      date: todayIso()
    })
  const doc = caseFor(read ?? { status: tracking.participation })
  const rendered = renderTilknyting(doc, profile.maalform)

  async function exportCase(): Promise<void> {
    setBusy(true)
    setOutcome(null)
    try {
      const participation = await readParticipation()
      setRead(participation)
      const exported = caseFor(participation)
      const file = await buildWordFile(renderTilknyting(exported, profile.maalform), tilknytingFileName(exported, profile.maalform))
      const result = await platform.saveFile({ suggestedName: file.name, kind: 'docx', data: file.data })
      setOutcome(result.status === 'saved' ? { kind: 'saved', path: result.path } : null)
    } catch (error) {
      console.error('Exporting the adoption case failed:', error)
      setOutcome({ kind: 'failed' })
    } finally {
      setBusy(false)
    }
  }

  async function togglePreview(): Promise<void> {
    if (!preview) setRead(await readParticipation())
    setPreview(!preview)
  }

  return (
    <Card data-color="neutral" data-testid="fl-case">
      <Heading level={2} data-size="sm">
        {t('case.heading')}
      </Heading>
      <Paragraph data-size="sm">
        {t('case.body', { from: doc.years[0], to: doc.years.at(-1), maalform: t(profile.maalform === 'nn' ? 'case.nynorsk' : 'case.bokmaal') })}
      </Paragraph>
      {solution.example && (
        <Alert data-color="warning" data-size="sm" data-testid="fl-case-example">
          {t('case.example')}
        </Alert>
      )}
      {!tracking.figure && <Paragraph data-size="sm">{t('case.noPopulation')}</Paragraph>}
      {/* The buttons in the app's colour, as everywhere else, not the card's grey. */}
      <div className="row" data-color="accent">
        <Button variant="secondary" onClick={() => void exportCase()} loading={busy}>
          {t('case.export')}
        </Button>
        <Button variant="tertiary" aria-expanded={preview} onClick={() => void togglePreview()}>
          {preview ? t('case.hidePreview') : t('case.showPreview')}
        </Button>
      </div>
      {outcome?.kind === 'saved' && (
        <Alert data-color="success" role="status">
          {t('case.saved', { path: outcome.path })}
        </Alert>
      )}
      {outcome?.kind === 'failed' && (
        <Alert data-color="danger" role="alert">
          {t('case.failed')}
        </Alert>
      )}
      {preview && <Preview rendered={rendered} kind="tilknyting" label={t('case.previewLabel')} gapLabel={t('case.gap')} />}
    </Card>
  )
}
