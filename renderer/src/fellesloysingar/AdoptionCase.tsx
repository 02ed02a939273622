import { FUND_ROUND_ID } from '@shared/tracking/access'
import { Alert, Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseIsoDate, todayIso } from '@shared/format'
import { organisationInText } from '@shared/naming'
import type { Header } from '@shared/saksframlegg'
import { newestPopulation, renderTilknyting, tilknytingFileName, tilknytingFrom, type FundDecision } from '@shared/tilknyting'
import { costStart } from '@shared/tracking/adoption'
import type { Solution } from '@shared/tracking/catalogue'
import type { ParticipationStatus } from '@shared/tracking/participationStatus'
import { useApp } from '../app/context'
import { Preview } from '../document/Preview'
import { useTextLimit } from '../components/useTextLimit'
import { HeaderFields } from '../saksframlegg/editor/HeaderFields'
import { buildWordFile } from '../document/exportWord'
import { adoptionStore } from './adoptionStore'
import { currentAdoption, type Tracking } from './useTracking'

/** The participation in the fund as the case needs it: its status, the day it was paid (for the year the case names) and the vedtak to take part. */
type Participation = { status: ParticipationStatus | undefined; paidOn?: string | undefined; decision?: FundDecision | undefined }

async function readParticipation(): Promise<Participation> {
  const [status, paidOn, decision] = await Promise.all([
    adoptionStore.participationStatus(FUND_ROUND_ID),
    adoptionStore.participationPaidOn(FUND_ROUND_ID),
    adoptionStore.participationDecision(FUND_ROUND_ID)
  ])
  return { status, paidOn, decision }
}

type Outcome = { kind: 'saved'; path: string } | { kind: 'failed' } | null

/**
 * The saksframlegg proposing that the kommune adopt this solution, as a Word file in the profile's
 * målform: its costs from the price in force and the newest population figure at hand (the
 * register's newest, or Bidrag's when that is newer), reckoned from the date the open adoption
 * plans (or 1 January next year), over the økonomiplan's four years. The header and the kommune's
 * own benefit are set here before download; the adoption row's schema has no place for them and no
 * table is added for them, so they live in this page's state and are not kept after leaving it.
 */
export function AdoptionCase({ solution, tracking }: { solution: Solution; tracking: Tracking }) {
  const { t } = useTranslation('fellesloysingar')
  const { profile, platform } = useApp()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [preview, setPreview] = useState(false)
  // The participation as the database holds it when the user exports or opens the case: a payment recorded elsewhere counts.
  const [read, setRead] = useState<Participation | null>(null)
  const limit = useTextLimit()
  const [header, setHeader] = useState<Header>(() => ({
    kommuneName: organisationInText(profile),
    sakshandsamar: profile.sakshandsamar,
    arkivsak: '',
    arkivkode: '',
    date: todayIso()
  }))
  const [benefit, setBenefit] = useState('')
  // The catalogue gives no purpose (Digiorden): the form asks for it, so the case need not hold a hole.
  const noPurpose = !solution.purpose[profile.maalform].trim()
  const [purpose, setPurpose] = useState('')
  const described = noPurpose && purpose.trim() ? { ...solution, purpose: { ...solution.purpose, [profile.maalform]: purpose.trim() } } : solution
  const adoption = currentAdoption(tracking.adoptions, solution.id)
  const planned = adoption && adoption.status !== 'avslutta' ? costStart(adoption) : undefined
  const start = planned ?? `${new Date().getFullYear() + 1}-01-01`
  const fromYear = parseIsoDate(start).year
  const population = newestPopulation(profile, header.date || todayIso(), tracking.figure)
  const caseFor = ({ status, paidOn, decision }: Participation) =>
    tilknytingFrom({
      solution: described,
      profile,
      ...(population ? { population } : {}),
      ...(status ? { participation: status } : {}),
      ...(paidOn ? { paidOn } : {}),
      ...(decision ? { decision } : {}),
      fromYear,
      start,
      date: header.date,
      sakshandsamar: header.sakshandsamar,
      arkivsak: header.arkivsak,
      arkivkode: header.arkivkode,
      benefit
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
      {!population && <Paragraph data-size="sm">{t('case.noPopulation')}</Paragraph>}
      <HeaderFields header={header} maalform={profile.maalform} onChange={setHeader} description={t('case.headerDescription')} dateLabel={t('case.date')} />
      {noPurpose && (
        <Textfield
          {...limit('longText', purpose)}
          id="fl-case-purpose"
          label={t('case.purpose')}
          description={t('case.purposeHint')}
          value={purpose}
          onChange={(e) => setPurpose(e.target.value)}
        />
      )}
      <Textfield
        {...limit('longText', benefit)}
        id="fl-case-benefit"
        multiline
        rows={3}
        label={t('case.benefit')}
        description={t('case.benefitHint')}
        value={benefit}
        onChange={(e) => setBenefit(e.target.value)}
      />
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
