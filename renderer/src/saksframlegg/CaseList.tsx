import { Button, Heading, Link, Paragraph, Spinner, Table } from '@digdir/designsystemet-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatTimestamp } from '@shared/format'
import { organisationInText } from '@shared/naming'
import { useApp } from '../app/context'
import type { ContributionState } from '../bidrag/useContribution'
import { caseStore, type CaseFailure, type StoredCase } from './caseStore'
import type { Flash } from './CaseEditor'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { TableHeadWithActions } from '../components/TableHeadWithActions'
import { DismissibleNotice } from './DismissibleNotice'
import { NewCase } from './NewCase'

export type ListNotice = { kind: 'deleted'; title: string } | { kind: 'failed'; reason: CaseFailure['reason'] | 'error' }

interface Props {
  contribution: ContributionState
  hrefFor: (id: string) => string
  onOpen: (id: string, flash: Flash) => void
}

/** The organisation's cases: start a new one, open, copy or delete one. */
export function CaseList({ contribution, hrefFor, onOpen }: Props) {
  const { t } = useTranslation('saksframlegg')
  const { profile } = useApp()
  const cases = useLiveQuery(() => caseStore.listChecked(profile.number), [profile.number], undefined)
  const [toDelete, setToDelete] = useState<StoredCase | null>(null)
  const [notice, setNotice] = useState<ListNotice | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  // Back from a case: the button that was pressed is gone, so the page's heading takes the focus.
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) headingRef.current?.focus()
  }, [])

  async function duplicate(row: StoredCase): Promise<void> {
    if (busy) return
    setBusy(row.id)
    try {
      const result = await caseStore.duplicate(row.id, profile.sakshandsamar)
      if (result.ok) onOpen(result.value.id, { kind: 'duplicated', title: row.title })
      else {
        console.error('Copying the case failed:', result)
        setNotice({ kind: 'failed', reason: result.reason })
      }
    } catch (error) {
      console.error('Copying the case failed:', error)
      setNotice({ kind: 'failed', reason: 'error' })
    } finally {
      setBusy(null)
    }
  }

  async function remove(row: StoredCase): Promise<void> {
    setToDelete(null)
    try {
      const result = await caseStore.remove(row.id)
      setNotice(result.ok ? { kind: 'deleted', title: row.title } : { kind: 'failed', reason: result.reason })
    } catch (error) {
      console.error('Deleting the case failed:', error)
      setNotice({ kind: 'failed', reason: 'error' })
    }
  }

  return (
    <section className="page" aria-labelledby="sf-list-heading">
      <Heading level={1} data-size="lg" id="sf-list-heading" ref={headingRef} tabIndex={-1}>
        {t('list.heading')}
      </Heading>
      <Paragraph>{t(`list.intro.${profile.kind}`)}</Paragraph>
      <NewCase contribution={contribution} onCreated={(id) => onOpen(id, { kind: 'created' })} />

      <Heading level={2} data-size="sm">
        {t('list.casesHeading', { organisation: organisationInText(profile) })}
      </Heading>
      {notice && (
        <DismissibleNotice color={notice.kind === 'deleted' ? 'success' : 'danger'} error={notice.kind !== 'deleted'} onDismiss={() => setNotice(null)}>
          {notice.kind === 'deleted'
            ? t('list.deleted', { title: notice.title })
            : t(notice.reason === 'malformed' ? 'list.failedMalformed' : notice.reason === 'notFound' ? 'list.failed' : 'list.failedError')}
        </DismissibleNotice>
      )}
      {cases === undefined ? (
        <Spinner aria-label={t('loading')} />
      ) : cases.length === 0 ? (
        <Paragraph className="muted" data-testid="sf-empty">
          {t('list.empty')}
        </Paragraph>
      ) : (
        <div className="sf-table-wrap">
          <Table zebra data-testid="sf-case-table">
            <caption className="visually-hidden">{t('list.caption')}</caption>
            <TableHeadWithActions
              columns={[
                { label: t('list.title') },
                { label: t('list.maalform') },
                { label: t('list.savedAt') },
                { label: t('list.savedBy') },
                { label: t('list.version'), className: 'number' }
              ]}
              actionsLabel={t('list.actions')}
            />
            <Table.Body>
              {cases.map(({ stored: row, document }) => (
                <Table.Row key={row.id}>
                  <Table.Cell>
                    <Link href={hrefFor(row.id)} lang={row.maalform}>
                      {row.title || t('list.untitled')}
                    </Link>
                    <div className="muted sf-small">{t(`caseKind.${document?.caseKind ?? 'vedtakssak'}`)}</div>
                  </Table.Cell>
                  <Table.Cell>{t(`maalform.${row.maalform}`)}</Table.Cell>
                  <Table.Cell className="sf-nowrap">{formatTimestamp(row.updatedAt)}</Table.Cell>
                  <Table.Cell>{row.updatedBy}</Table.Cell>
                  <Table.Cell className="number">{row.version}</Table.Cell>
                  <Table.Cell>
                    <div className="sf-row-buttons">
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        loading={busy === row.id}
                        aria-label={t('list.duplicateLabel', { title: row.title })}
                        onClick={() => void duplicate(row)}
                      >
                        {t('list.duplicate')}
                      </Button>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        data-color="danger"
                        aria-label={t('list.deleteLabel', { title: row.title })}
                        onClick={() => setToDelete(row)}
                      >
                        {t('list.delete')}
                      </Button>
                    </div>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}

      <ConfirmDialog
        open={toDelete !== null}
        testId="sf-delete-dialog"
        heading={t('dialog.deleteHeading', { title: toDelete?.title ?? '' })}
        cancelLabel={t('dialog.cancel')}
        onCancel={() => setToDelete(null)}
        actions={[{ label: t('dialog.delete'), danger: true, onClick: () => toDelete && void remove(toDelete) }]}
      >
        {t('dialog.deleteBody', { count: toDelete?.version ?? 0 })}
      </ConfirmDialog>
    </section>
  )
}
