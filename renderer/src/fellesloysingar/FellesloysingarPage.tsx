import { Button, Heading, Link, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ADOPTION_STATUS_WORDS } from '@shared/tracking/adoption'
import type { Maalform } from '@shared/maalform'
import type { AreaProps } from '../app/areas'
import { useApp } from '../app/context'
import { hrefFor } from '../app/route'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { CatalogueFile } from './CatalogueFile'
import { SolutionForm } from './SolutionForm'
import { SolutionView } from './SolutionView'
import { solutionStore } from './solutionStore'
import { currentAdoption, useTracking, type Tracking } from './useTracking'

/** #/fellesloysingar: the catalogue; /ny: a new entry; /ID: one solution; /ID/endre: edit it. */
export function FellesloysingarPage({ path }: AreaProps) {
  const { profile } = useApp()
  const tracking = useTracking(profile)
  const { t } = useTranslation('fellesloysingar')
  if (tracking.loading) return <Spinner aria-label={t('loading')} />
  const [id, action] = path
  if (id === 'ny') return <SolutionForm catalogue={tracking.catalogue} />
  if (id) {
    const solution = tracking.catalogue.solutions.find((s) => s.id === id)
    if (!solution) {
      return (
        <section className="page">
          <Heading level={1} data-size="lg">
            {t('heading')}
          </Heading>
          <Paragraph>{t('view.notFound')}</Paragraph>
          <Link href={hrefFor('fellesloysingar')}>{t('view.back')}</Link>
        </section>
      )
    }
    // Keyed by the solution: what was typed or said on one solution (a notice «Registrert: …») belongs to it, not to the next one opened.
    if (action === 'endre') return <SolutionForm key={solution.id} catalogue={tracking.catalogue} solution={solution} />
    return <SolutionView key={solution.id} solution={solution} tracking={tracking} />
  }
  return <CatalogueList tracking={tracking} />
}

function CatalogueList({ tracking }: { tracking: Tracking }) {
  const { t, i18n } = useTranslation('fellesloysingar')
  const m = i18n.language as Maalform
  const active = tracking.catalogue.solutions.filter((s) => !s.retired)
  const retired = tracking.catalogue.solutions.filter((s) => s.retired)
  const [confirmDamaged, setConfirmDamaged] = useState(false)
  return (
    <section className="page" aria-labelledby="fl-heading">
      <Heading level={1} data-size="lg" id="fl-heading">
        {t('heading')}
      </Heading>
      <Paragraph>{t('intro')}</Paragraph>
      <Paragraph data-size="sm" className="muted">
        {t('exampleNote')}
      </Paragraph>
      <div className="row">
        <Button asChild variant="primary">
          <a href={hrefFor('fellesloysingar', 'ny')}>{t('list.new')}</a>
        </Button>
      </div>
      <div className="sf-table-wrap">
        <Table zebra data-testid="fl-table">
          <caption className="visually-hidden">{t('list.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('list.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('list.operator')}</Table.HeaderCell>
              <Table.HeaderCell>{t('list.status')}</Table.HeaderCell>
              <Table.HeaderCell>{t('list.fund')}</Table.HeaderCell>
              <Table.HeaderCell>{t('list.adoption')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {active.map((s) => {
              const adoption = currentAdoption(tracking.adoptions, s.id)
              return (
                <Table.Row key={s.id}>
                  <Table.Cell>
                    <Link href={hrefFor('fellesloysingar', s.id)}>{s.name}</Link>
                    <div className="muted sf-small">{s.purpose[m]}</div>
                    {s.example && (
                      <Tag data-size="sm" data-color="warning">
                        {t('example')}
                      </Tag>
                    )}
                  </Table.Cell>
                  <Table.Cell>{s.operator}</Table.Cell>
                  <Table.Cell>{t(`status.${s.status}`)}</Table.Cell>
                  <Table.Cell>{t(`fund.${s.fundFinanced}`)}</Table.Cell>
                  <Table.Cell>{adoption ? ADOPTION_STATUS_WORDS[adoption.status][m] : t('list.none')}</Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      </div>
      {retired.length > 0 && (
        <>
          <Heading level={2} data-size="sm">
            {t('list.retiredHeading')}
          </Heading>
          <ul>
            {retired.map((s) => (
              <li key={s.id}>
                <Link href={hrefFor('fellesloysingar', s.id)}>{s.name}</Link>{' '}
                <Button
                  variant="tertiary"
                  data-size="sm"
                  aria-label={t('list.restoreLabel', { name: s.name })}
                  onClick={() => void solutionStore.setRetired(s.id, false)}
                >
                  {t('list.restore')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {tracking.catalogue.damaged.length > 0 && (
        <Paragraph data-size="sm">
          {t('list.damaged', { count: tracking.catalogue.damaged.length })}{' '}
          <Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => setConfirmDamaged(true)}>
            {t('list.deleteDamaged')}
          </Button>
        </Paragraph>
      )}
      <ConfirmDialog
        open={confirmDamaged}
        heading={t('list.deleteDamagedHeading')}
        cancelLabel={t('view.cancel')}
        onCancel={() => setConfirmDamaged(false)}
        actions={[
          {
            label: t('list.deleteDamaged'),
            danger: true,
            onClick: () => {
              setConfirmDamaged(false)
              void solutionStore.deleteDamaged(tracking.catalogue.damaged)
            }
          }
        ]}
      >
        {t('list.deleteDamagedBody')}
      </ConfirmDialog>
      <CatalogueFile />
    </section>
  )
}
