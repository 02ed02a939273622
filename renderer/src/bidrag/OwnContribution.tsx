import { Alert, Button, Card, Fieldset, Heading, Paragraph, Radio, Select, Textfield } from '@digdir/designsystemet-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Contribution, PopulationFigure } from '@shared/contribution'
import { formatDateLong, formatInnbyggjarar, formatKroner } from '@shared/format'
import { TEXT_LIMITS } from '@shared/limits'
import { organisationTitle } from '@shared/naming'
import { embeddedFigure } from '@shared/populationFigure'
import {
  contributorTitle,
  fylkeskommuneContributor,
  invitedFylkeskommunar,
  kommuneContributor,
  periodForRound,
  populationDates,
  searchFylke,
  searchKommunar
} from '@shared/register'
import { useApp } from '../app/context'
import { copyText } from '../lib/copyText'
import { useReveal } from '../lib/useReveal'
import { ConfirmDelete } from './ConfirmDelete'
import { contributionStore, type StoredPopulationFigure } from './contributionStore'
import { breakdownText, sourceLabel } from './contributionText'
import { PopulationFigureForm } from './PopulationFigureForm'
import { RoundForm } from './RoundForm'
import { SsbImport } from './SsbImport'
import type { ContributionState } from './useContribution'

/** The contributor, the figure and the amount, for the user's own kommune (or another). */
export function OwnContribution({ state }: { state: ContributionState }) {
  const { t } = useTranslation('bidrag')
  const { profile } = useApp()
  const m = profile.maalform
  const { round, rounds, choice, candidates, contributor, storedFigures, outcome, update } = state
  const period = periodForRound(round)
  const [adding, setAdding] = useState<'figure' | 'round' | null>(null)
  const [query, setQuery] = useState('')
  const [copyStatus, setCopyStatus] = useState<'copied' | 'failed' | null>(null)
  const [deleteRound, setDeleteRound] = useState(false)
  const [deleteFigure, setDeleteFigure] = useState<StoredPopulationFigure | null>(null)
  // After a figure or a round is saved, the focus goes to the amount it gives, brought into view
  // (not to the top of the page, 13 Tabs away).
  const [savedCount, setSavedCount] = useState(0)
  const resultRef = useReveal<HTMLDivElement>(savedCount || null, 'element')

  const embedded = useMemo(() => {
    if (!contributor) return []
    return populationDates(period)
      .map((date) => embeddedFigure(round, contributor, date))
      .filter((f): f is PopulationFigure => f !== undefined)
      // The newest figure not after each date: dates without a figure of their own repeat one.
      .filter((f, i, all) => all.findIndex((g) => g.date === f.date) === i)
  }, [contributor, period, round])
  const defaultFigure = contributor ? embeddedFigure(round, contributor, round.invitationDate) : undefined

  const selectedValue =
    choice.population?.kind === 'stored'
      ? `stored-${choice.population.id}`
      : `embedded-${choice.population?.date ?? defaultFigure?.date ?? ''}`

  const searchResults = useMemo(() => {
    if (query.trim() === '') return []
    const kommunar = searchKommunar(period, query, 6).map((r) => kommuneContributor(r.kommune))
    const invited = new Set(invitedFylkeskommunar(period).map((f) => f.number))
    const fylke = searchFylke(period, query, 3)
      .filter((r) => invited.has(r.fylke.number))
      .map((r) => fylkeskommuneContributor(r.fylke))
    return [...kommunar, ...fylke]
  }, [period, query])

  async function copy(c: Contribution): Promise<void> {
    const text = t('copyText', {
      organisation: contributorTitle(c.contributor),
      breakdown: breakdownText(c, m),
      date: formatDateLong(c.population.date),
      source: sourceLabel(c.population, m),
      deadline: formatDateLong(c.round.answerBy),
      budgetYear: c.round.budgetYear
    })
    setCopyStatus((await copyText(text)) ? 'copied' : 'failed')
  }

  const contributorChoices = [...candidates]
  if (contributor && !contributorChoices.some((c) => c.kind === contributor.kind && c.number === contributor.number)) {
    contributorChoices.push(contributor)
  }

  /** The profile's own unit under the number it had in the round's year, when that number has changed since. */
  const only = candidates.length === 1 ? candidates[0] : undefined
  const renumbered = only && only.kind === profile.kind && only.number !== profile.number ? only : undefined

  const damagedCount = state.damaged.rounds.length + state.damaged.figures.length

  return (
    <div className="bidrag">
      <div className="bidrag-inputs">
        {damagedCount > 0 && (
          <Alert data-color="warning" data-testid="damaged-rows">
            <Heading level={2} data-size="2xs">
              {t('damagedHeading')}
            </Heading>
            <Paragraph data-size="sm">{t('damagedBody', { count: damagedCount })}</Paragraph>
            <div className="form-actions">
              <Button
                data-size="sm"
                variant="secondary"
                onClick={() => void contributionStore.deleteDamaged(state.damaged)}
              >
                {t('damagedDelete', { count: damagedCount })}
              </Button>
            </div>
          </Alert>
        )}
        <Card>
          <div className="form">
            <div className="row">
              <div className="grow">
                <label className="ds-label" htmlFor="bidrag-round">
                  {t('round')}
                </label>
                <Select
                  id="bidrag-round"
                  value={round.id}
                  onChange={(e) => void update({ roundId: e.target.value })}
                >
                  {rounds.map((r) => (
                    <Select.Option key={r.id} value={r.id}>
                      {r.name[m]}
                    </Select.Option>
                  ))}
                </Select>
              </div>
              <Button variant="secondary" onClick={() => setAdding(adding === 'round' ? null : 'round')}>
                {t('addRound')}
              </Button>
              {!round.builtIn && (
                <Button variant="tertiary" data-color="danger" onClick={() => setDeleteRound(true)}>
                  {t('deleteRound')}
                </Button>
              )}
            </div>
            {adding === 'round' && (
              <RoundForm
                onCancel={() => setAdding(null)}
                onSaved={async (id) => {
                  setAdding(null)
                  await update({ roundId: id })
                  setSavedCount((n) => n + 1)
                }}
              />
            )}

            <Fieldset>
              <Fieldset.Legend>{t('contributor')}</Fieldset.Legend>
              {candidates.length > 1 && (
                <Fieldset.Description>{t('contributorMerged', { name: profile.name })}</Fieldset.Description>
              )}
              {candidates.length === 0 && (
                <Fieldset.Description>{t('contributorNone', { name: profile.name })}</Fieldset.Description>
              )}
              {renumbered && (
                // «Levanger kommune (1719)» here, 5037 in the header: say once why the numbers differ.
                <Fieldset.Description data-testid="contributor-renumbered">
                  {t('contributorRenumbered', {
                    year: period,
                    name: organisationTitle({ kind: renumbered.kind, name: renumbered.name }),
                    then: renumbered.number,
                    now: profile.number
                  })}
                </Fieldset.Description>
              )}
              {contributorChoices.map((c) => (
                <Radio
                  key={`${c.kind}-${c.number}`}
                  name="bidrag-contributor"
                  label={organisationTitle(c)}
                  checked={choice.contributor?.kind === c.kind && choice.contributor.number === c.number}
                  onChange={() => void update({ contributor: { kind: c.kind, number: c.number } })}
                />
              ))}
            </Fieldset>
            <Textfield
              maxLength={TEXT_LIMITS.name}
              label={t('searchOther')}
              description={t('searchOtherDescription')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              autoComplete="off"
            />
            {query.trim() !== '' && searchResults.length === 0 && <Paragraph data-size="sm">{t('noMatch')}</Paragraph>}
            {searchResults.length > 0 && (
              <ul className="result-buttons">
                {searchResults.map((c) => (
                  <li key={`${c.kind}-${c.number}`}>
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      onClick={() => {
                        void update({ contributor: { kind: c.kind, number: c.number } })
                        setQuery('')
                      }}
                    >
                      {organisationTitle(c)}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </Card>

        {contributor && (
          <Card>
            <div className="form">
              <Fieldset>
                <Fieldset.Legend>{t('populationLegend')}</Fieldset.Legend>
                {defaultFigure && (
                  <Fieldset.Description>{t('defaultNote', { date: formatDateLong(defaultFigure.date) })}</Fieldset.Description>
                )}
                {embedded.map((f) => (
                  <Radio
                    key={f.date}
                    name="bidrag-population"
                    value={`embedded-${f.date}`}
                    label={t('embeddedOption', {
                      count: formatInnbyggjarar(f.count, m),
                      date: formatDateLong(f.date),
                      source: sourceLabel(f, m)
                    })}
                    checked={selectedValue === `embedded-${f.date}`}
                    onChange={() => void update({ population: { kind: 'embedded', date: f.date } })}
                  />
                ))}
                {storedFigures.map((f) => (
                  <div className="row" key={f.id}>
                    <Radio
                      name="bidrag-population"
                      value={`stored-${f.id}`}
                      label={t('storedOption', {
                        count: formatInnbyggjarar(f.count, m),
                        date: formatDateLong(f.date),
                        source: f.source
                      })}
                      checked={selectedValue === `stored-${f.id}`}
                      onChange={() => void update({ population: { kind: 'stored', id: f.id! } })}
                    />
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-label={`${t('deleteFigure')}: ${formatInnbyggjarar(f.count, m)}, ${formatDateLong(f.date)}`}
                      onClick={() => setDeleteFigure(f)}
                    >
                      {t('deleteFigure')}
                    </Button>
                  </div>
                ))}
              </Fieldset>
              {adding === 'figure' ? (
                <PopulationFigureForm
                  contributor={contributor}
                  round={round}
                  onCancel={() => setAdding(null)}
                  onSaved={async (id) => {
                    setAdding(null)
                    await update({ population: { kind: 'stored', id } })
                    setSavedCount((n) => n + 1)
                  }}
                />
              ) : (
                <div>
                  <Button variant="secondary" onClick={() => setAdding('figure')}>
                    {t('addFigure')}
                  </Button>
                </div>
              )}
              {contributor.kind === 'kommune' && (
                <SsbImport
                  contributor={contributor}
                  onSaved={async (id) => update({ population: { kind: 'stored', id } })}
                />
              )}
            </div>
          </Card>
        )}
      </div>

      <Card ref={resultRef} tabIndex={-1} className="bidrag-result" data-color="accent" aria-live="polite" data-testid="bidrag-result">
        <Heading level={2} data-size="sm">
          {t('resultHeading')}
        </Heading>
        {outcome.ok ? (
          <>
            <Paragraph className="muted">{contributorTitle(outcome.contribution.contributor)}</Paragraph>
            <p className="amount" data-testid="amount">
              {formatKroner(outcome.contribution.amount)}
            </p>
            <Paragraph data-testid="breakdown">{breakdownText(outcome.contribution, m)}</Paragraph>
            <Paragraph data-size="sm">
              {t('populationSource', {
                date: formatDateLong(outcome.contribution.population.date),
                source: sourceLabel(outcome.contribution.population, m)
              })}
            </Paragraph>
            <dl className="facts">
              <dt>{t('deadline')}</dt>
              <dd>{formatDateLong(round.answerBy)}</dd>
              <dt>{t('budgetYear')}</dt>
              <dd>{round.budgetYear}</dd>
            </dl>
            <div className="form-actions">
              <Button variant="secondary" onClick={() => void copy(outcome.contribution)}>
                {t('copy')}
              </Button>
              {copyStatus && (
                <span role="status" className="muted">
                  {copyStatus === 'copied' ? t('copied') : t('copyFailed')}
                </span>
              )}
            </div>
          </>
        ) : (
          <Alert data-color="warning">
            {outcome.reason === 'noContributor'
              ? t('chooseContributor')
              : t('noFigure', { name: contributor ? contributorTitle(contributor) : profile.name })}
          </Alert>
        )}
      </Card>
      <ConfirmDelete
        open={deleteFigure !== null}
        label={t('deleteFigure')}
        testId="confirm-dialog"
        onClose={() => setDeleteFigure(null)}
        onDelete={async () => {
          if (deleteFigure?.id) await state.forgetFigure(deleteFigure.id)
        }}
      >
        {deleteFigure
          ? t('confirmDeleteFigure', {
              count: formatInnbyggjarar(deleteFigure.count, m),
              date: formatDateLong(deleteFigure.date),
              source: deleteFigure.source
            })
          : ''}
      </ConfirmDelete>
      <ConfirmDelete
        open={deleteRound}
        label={t('deleteRound')}
        testId="confirm-dialog-round"
        onClose={() => setDeleteRound(false)}
        onDelete={() => state.forgetRound(round.id)}
      >
        {t('round.confirmDelete', { name: round.name[m] })}
      </ConfirmDelete>
    </div>
  )
}
