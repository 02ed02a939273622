import { Button, Details, Table } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import { formatTimestamp } from '@shared/format'
import { TableHeadWithActions } from '../../components/TableHeadWithActions'
import type { caseStore } from '../caseStore'

/** Every saved version of the case, newest first, each but the current one with a button to restore it. */
export function VersionHistory({
  caseId,
  versions,
  current,
  onRestore
}: {
  caseId: string
  versions: Awaited<ReturnType<typeof caseStore.versions>> | undefined
  current: number | undefined
  onRestore: (version: number) => void
}) {
  const { t } = useTranslation('saksframlegg')
  if (!versions) return null
  return (
    <Details data-testid="sf-history" id={`sf-history-${caseId}`}>
      <Details.Summary>{t('history.summary', { count: versions.length })}</Details.Summary>
      <Details.Content>
        <Table data-size="sm" className="sf-history">
          <caption className="visually-hidden">{t('history.caption')}</caption>
          <TableHeadWithActions
            columns={[{ label: t('history.version') }, { label: t('history.savedAt') }, { label: t('history.savedBy') }]}
            actionsLabel={t('history.actions')}
          />
          <Table.Body>
            {versions.map((v) => (
              <Table.Row key={v.version}>
                <Table.Cell>{v.version}</Table.Cell>
                <Table.Cell>{formatTimestamp(v.savedAt)}</Table.Cell>
                <Table.Cell>{v.savedBy}</Table.Cell>
                <Table.Cell>
                  {v.version === current ? (
                    <span className="muted">{t('history.current')}</span>
                  ) : (
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-label={t('history.restoreVersion', { version: String(v.version) })}
                      onClick={() => onRestore(v.version)}
                    >
                      {t('history.restore')}
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Details.Content>
    </Details>
  )
}
