import { Alert, Button, Heading, List, Paragraph } from '@digdir/designsystemet-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Contributor } from '@shared/contribution'
import type { Maalform } from '@shared/maalform'
import { parseSsbFile, type ImportedPopulationRow, type SsbImportResult } from '@shared/population'
import { useApp } from '../app/context'
import { FilePicker } from '../components/FilePicker'
import { WriteFailure } from '../components/WriteFailure'
import type { StorageFailure } from '../db/storeResult'
import { useBusy } from '../lib/useBusy'
import { contributionStore, type NewPopulationFigure } from './contributionStore'

const MAX_FILE_BYTES = 20 * 1024 * 1024

function sourceOf(result: Extract<SsbImportResult, { ok: true }>, row: ImportedPopulationRow, maalform: Maalform): string {
  const table = result.title ? `SSB, ${result.title}` : 'SSB'
  return `${table}, ${row.period.text[maalform]}`
}

/** Reads an SSB export (CSV or JSON-stat 2.0) and stores its figures; a bad file changes nothing. */
export function SsbImport({ contributor, onSaved }: { contributor: Contributor; onSaved: (id: number) => Promise<void> }) {
  const { t } = useTranslation('bidrag')
  const { profile } = useApp()
  const [result, setResult] = useState<SsbImportResult | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const [saved, setSaved] = useState<number | null>(null)
  const [refused, setRefused] = useState<StorageFailure | null>(null)
  const [busy, whileBusy] = useBusy()
  const m = profile.maalform

  async function read(file: File | undefined): Promise<void> {
    setResult(null)
    setSaved(null)
    setRefused(null)
    setFileError(null)
    if (!file) return
    if (file.size > MAX_FILE_BYTES) {
      setFileError(t('importTooLarge'))
      return
    }
    try {
      setResult(parseSsbFile(await file.text()))
    } catch {
      setFileError(t('importUnreadable'))
    }
  }

  const ok = result?.ok ? result : null
  const ours = ok ? ok.rows.filter((r) => contributor.kind === 'kommune' && r.kommunenummer === contributor.number) : []

  async function save(all: boolean): Promise<void> {
    if (!ok) return
    setRefused(null)
    await whileBusy(async () => {
      const rows = all ? ok.rows : ours
      const records: NewPopulationFigure[] = rows.map((row) => ({
        contributorKind: 'kommune',
        number: row.kommunenummer,
        count: row.count,
        date: row.date,
        source: sourceOf(ok, row, m),
        origin: 'import'
      }))
      const stored = await contributionStore.importFigures(records)
      // The database refused the write (a full disk): none was stored; the file stays read, to try again.
      if (!stored.ok && stored.reason === 'storage') return setRefused(stored)
      // The parser checks what the store checks; any other refusal is a bug, not a user's mistake.
      if (!stored.ok) throw new Error(`The import was refused: ${JSON.stringify(stored)}`)
      setSaved(records.length)
      const ourIds = stored.value.filter((_, i) => records[i]!.number === contributor.number)
      const newest = ourIds.at(-1)
      if (newest !== undefined) await onSaved(newest)
    })
  }

  return (
    <div className="form" data-testid="ssb-import">
      {/* The page's h1 comes before it and no other h2 does: an h3 here would skip a level. */}
      <Heading level={2} data-size="xs">
        {t('importHeading')}
      </Heading>
      <FilePicker
        label={t('importFile')}
        description={t('importDescription')}
        accept=".csv,.json,text/csv,application/json"
        onFile={(file) => void read(file)}
        error={fileError ?? (result && !result.ok ? result.error[m] : undefined)}
      />
      {ok && (
        <Alert data-color={ours.length > 0 ? 'info' : 'warning'}>
          {ok.title && <Paragraph data-size="sm">{t('importTitle', { title: ok.title })}</Paragraph>}
          <Paragraph data-size="sm">
            {t('importFound', { count: ok.rows.length })}{' '}
            {ours.length > 0
              ? t('importMatched', { count: ours.length, name: contributor.name })
              : t('importNoneForUs', { name: contributor.name })}
          </Paragraph>
          {ok.problems.length > 0 && (
            <>
              <Paragraph data-size="sm">{t('importProblems', { count: ok.problems.length })}</Paragraph>
              <List.Unordered data-size="sm">
                {ok.problems.slice(0, 10).map((p, i) => (
                  <List.Item key={i}>
                    {p.where[m]}: {p.message[m]}
                  </List.Item>
                ))}
              </List.Unordered>
            </>
          )}
          <div className="form-actions">
            {ours.length > 0 && (
              <Button data-size="sm" loading={busy} onClick={() => void save(false)}>
                {t('importSaveOne', { name: contributor.name })}
              </Button>
            )}
            {ok.rows.length > ours.length && (
              <Button data-size="sm" variant="secondary" loading={busy} onClick={() => void save(true)}>
                {t('importSaveAll')}
              </Button>
            )}
          </div>
        </Alert>
      )}
      {refused && <WriteFailure action="import" failure={refused} kept={false} />}
      {saved !== null && (
        <Alert data-color="success" role="status">
          {t('importSaved', { count: saved })}
        </Alert>
      )}
    </div>
  )
}
