import { Alert, Card, Fieldset, Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateLong, formatInnbyggjarar, formatKroner, todayIso } from '@shared/format'
import type { Maalform } from '@shared/maalform'
import { documentMaalformOf } from '@shared/profile'
import { buildDefaultSaksframlegg, caseNameFor, type CaseKind } from '@shared/saksframlegg'
import { useApp } from '../app/context'
import { hrefFor } from '../app/route'
import type { ContributionState } from '../bidrag/useContribution'
import { FormActions } from '../components/FormActions'
import { MaalformChoice } from '../components/MaalformChoice'
import { RadioGroup } from '../components/RadioGroup'
import { useBusy } from '../lib/useBusy'
import { caseStore } from './caseStore'

/**
 * Starts a case: a complete saksframlegg with the default text, built from the contribution as
 * the Bidrag page has it, in the målform and of the kind the user picks.
 */
export function NewCase({ contribution, onCreated }: { contribution: ContributionState; onCreated: (id: string) => void }) {
  const { t } = useTranslation('saksframlegg')
  const { profile } = useApp()
  /** The documents' målform (the kommune's språkvedtak, Innstillingar), not the screen's, until the user picks one. */
  const [chosen, setMaalform] = useState<Maalform | null>(null)
  const maalform = chosen ?? documentMaalformOf(profile)
  const [caseKind, setCaseKind] = useState<CaseKind>('vedtakssak')
  const [busy, whileBusy] = useBusy()
  const [failed, setFailed] = useState(false)
  const { outcome, loading } = contribution

  async function create(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (!outcome.ok || busy) return
    setFailed(false)
    await whileBusy(async () => {
      try {
        // The case is for the contributor whose figures it cites (Hordaland fylkeskommune in 2017,
        // for a profile that is Vestland fylkeskommune now), as the CLI writes it; dated today.
        const document = buildDefaultSaksframlegg(
          outcome.contribution,
          {
            kommuneName: caseNameFor(outcome.contribution),
            kind: profile.kind,
            sakshandsamar: profile.sakshandsamar,
            chiefTitle: profile.chiefTitle
          },
          maalform,
          // Dated today, as the CLI dates a case without --dato: the same day gives the same document.
          { caseKind, date: todayIso() }
        )
        const result = await caseStore.create({
          document,
          maalform,
          organisationNumber: profile.number,
          author: profile.sakshandsamar,
          roundId: outcome.contribution.round.id
        })
        if (result.ok) onCreated(result.value.id)
        else {
          console.error('Creating the case failed:', result)
          setFailed(true)
        }
      } catch (error) {
        console.error('Creating the case failed:', error)
        setFailed(true)
      }
    })
  }

  return (
    <Card className="sf-new" data-testid="sf-new">
      <Heading level={2} data-size="sm">
        {t('new.heading')}
      </Heading>
      {loading ? (
        <Spinner aria-label={t('loading')} />
      ) : !outcome.ok ? (
        <Alert data-color="warning">
          <Heading level={3} data-size="2xs">
            {t('new.noContributionTitle')}
          </Heading>
          <Paragraph data-size="sm">{t(outcome.reason === 'noContributor' ? 'new.noContributor' : 'new.noFigure')}</Paragraph>
          <Paragraph data-size="sm">
            <Link href={hrefFor('bidrag')}>{t('new.toBidrag')}</Link>
          </Paragraph>
        </Alert>
      ) : outcome.contribution.contributor.kind !== profile.kind ? (
        // Bidrag can compute for any unit; a case is written by the profile's organisation for its own kind.
        <Alert data-color="warning" data-testid="sf-new-other-kind">
          <Heading level={3} data-size="2xs">
            {t('new.noContributionTitle')}
          </Heading>
          <Paragraph data-size="sm">
            {t(`new.otherKind.${profile.kind}`, { who: caseNameFor(outcome.contribution) })}
          </Paragraph>
          <Paragraph data-size="sm">
            <Link href={hrefFor('bidrag')}>{t('new.toBidrag')}</Link>
          </Paragraph>
        </Alert>
      ) : (
        <form className="sf-new-form" onSubmit={(e) => void create(e)} noValidate aria-label={t('new.heading')}>
          <Paragraph data-size="sm">
            {t('new.figures', {
              who: caseNameFor(outcome.contribution),
              count: formatInnbyggjarar(outcome.contribution.population.count, profile.maalform),
              date: formatDateLong(outcome.contribution.population.date),
              rate: formatKroner(outcome.contribution.rate),
              amount: formatKroner(outcome.contribution.amount)
            })}{' '}
            <Link href={hrefFor('bidrag')}>{t('new.changeFigures')}</Link>
          </Paragraph>
          <div className="sf-new-choices">
            <MaalformChoice legend={t('new.maalform')} description={t('new.maalformHint')} value={maalform} onChange={setMaalform} />
            <Fieldset>
              <Fieldset.Legend>{t('new.caseKind')}</Fieldset.Legend>
              <RadioGroup
                name="sf-new-kind"
                value={caseKind}
                onChange={setCaseKind}
                options={(['vedtakssak', 'orienteringssak'] as const).map((kind) => ({
                  value: kind,
                  label: t(`caseKind.${kind}`),
                  // The council that decides is the fylkesting for a fylkeskommune.
                  description: t(kind === 'vedtakssak' ? `caseKindHint.vedtakssak.${profile.kind}` : 'caseKindHint.orienteringssak')
                }))}
              />
            </Fieldset>
          </div>
          {failed && (
            <Alert data-color="danger" role="alert">
              <Paragraph data-size="sm">{t('new.failed')}</Paragraph>
            </Alert>
          )}
          <FormActions submitLabel={t('new.create')} busy={busy} />
        </form>
      )}
    </Card>
  )
}
