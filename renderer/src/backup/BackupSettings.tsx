import { Alert, Button, Card, Heading, Paragraph, Table } from '@digdir/designsystemet-react'
import { useCallback, useContext, useEffect, useState } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { fileFailureText, type FileFailure } from '@shared/fileError'
import { formatTimestamp, todayIso } from '@shared/format'
import type { BackupEntry } from '@shared/ipc'
import type { Maalform } from '@shared/maalform'
import { AppContext } from '../app/context'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { FilePicker } from '../components/FilePicker'
import { TableHeadWithActions } from '../components/TableHeadWithActions'
import { useBusy } from '../lib/useBusy'
import type { Platform } from '../platform'
import { backupStore, MAX_BACKUP_FILE_BYTES, type BackupRefusal, type BackupSummary } from './backupStore'
import { formatSize, refusalText } from './backupText'
import { backupTaken } from './lastBackup'

/** Where a backup being restored comes from: the folder (by its date) or an uploaded file (by its name). */
type Source = { kind: 'folder'; date: string } | { kind: 'file'; file: string }

/** A checked file waiting for the user's yes. */
interface Pending {
  source: Source
  text: string
  summary: BackupSummary
  /** Nothing is stored (a first run): the dialog speaks of bringing data in, not of replacing it. */
  empty: boolean
}

type Message =
  | { kind: 'written' | 'downloaded'; name?: string }
  | { kind: 'restored'; source: Source }
  | { kind: 'refused'; file: string; refusal: BackupRefusal }
  | { kind: 'writeFailed' | 'readFailed' | 'restoreFailed' | 'listFailed' }
  /** The Save dialog's file could not be written: the file system's reason, in the målform. */
  | { kind: 'fileFailed'; failure: FileFailure }

const encode = (text: string) => new TextEncoder().encode(text)

/** The source in words, made when shown, so a switch of målform changes it too. */
const sourceText = (t: TFunction<'backup'>, source: Source): string =>
  source.kind === 'folder' ? t('sourceFolder', { date: formatTimestamp(source.date) }) : t('sourceFile', { file: source.file })

/** A source as a refusal names it: the file's own name, or the backup's date. */
const sourceName = (source: Source): string => (source.kind === 'file' ? source.file : formatTimestamp(source.date))

interface Props {
  /** Given at the first run, where there is no profile yet and so no app context. */
  platform?: Platform
  /** At the first run only a restore is offered: there is nothing to back up yet. */
  atFirstRun?: boolean
}

/**
 * "Tryggingskopi" in Innstillingar: the backups in the data folder (desktop), each restorable;
 * a backup now (desktop); download and restore from a file (desktop and browser). Every restore
 * is checked whole first and asks before it replaces anything. At the first run (a new machine,
 * a wiped browser) it offers the restore alone.
 */
export function BackupSettings({ platform: given, atFirstRun = false }: Props) {
  const { t } = useTranslation('backup')
  const app = useContext(AppContext)
  const platform = given ?? app?.platform
  if (!platform) throw new Error('BackupSettings needs a platform')
  const shelf = platform.backups
  const [entries, setEntries] = useState<BackupEntry[] | null>(null)
  const [folder, setFolder] = useState('')
  const [message, setMessage] = useState<Message | null>(null)
  const [pending, setPending] = useState<Pending | null>(null)
  const [busy, whileBusy] = useBusy()

  const refresh = useCallback(async (): Promise<void> => {
    if (!shelf) return
    try {
      setEntries(await shelf.list())
    } catch {
      setMessage({ kind: 'listFailed' })
    }
  }, [shelf])

  useEffect(() => {
    if (!shelf) return
    let live = true
    shelf.list().then(
      (found) => live && setEntries(found),
      () => live && setMessage({ kind: 'listFailed' })
    )
    void platform.appInfo().then((info) => live && setFolder(info.backupFolder))
    return () => {
      live = false
    }
  }, [shelf, platform])

  /** Checks a file's text and, if it passes, asks; a refused file is named with its problem. */
  async function offer(text: string, source: Source): Promise<void> {
    const checked = await backupStore.check(text)
    if (!checked.ok) {
      setMessage({ kind: 'refused', file: sourceName(source), refusal: checked.refusal })
      return
    }
    setPending({ source, text, summary: checked.summary, empty: await backupStore.isEmpty() })
  }

  const takeNow = () =>
    whileBusy(async () => {
      if (!shelf) return
      setMessage(null)
      try {
        await shelf.write(encode(await backupStore.export()), false)
        setMessage({ kind: 'written' })
        backupTaken(platform)
      } catch {
        setMessage({ kind: 'writeFailed' })
      }
      await refresh()
    })

  const download = () =>
    whileBusy(async () => {
      setMessage(null)
      try {
        const result = await platform.saveFile({ suggestedName: t('fileName', { date: todayIso() }), kind: 'json', data: encode(await backupStore.export()) })
        if (result.status === 'cancelled') return
        if (result.status === 'failed') return setMessage({ kind: 'fileFailed', failure: result })
        setMessage({ kind: 'downloaded', name: result.path })
        backupTaken(platform)
      } catch {
        setMessage({ kind: 'writeFailed' })
      }
    })

  const fromFolder = (entry: BackupEntry) =>
    whileBusy(async () => {
      if (!shelf) return
      setMessage(null)
      let text: string
      try {
        text = new TextDecoder().decode(await shelf.read(entry.name))
      } catch {
        setMessage({ kind: 'readFailed' })
        return
      }
      await offer(text, { kind: 'folder', date: entry.date })
    })

  const fromFile = (file: File | undefined) =>
    whileBusy(async () => {
      if (!file) return
      setMessage(null)
      if (file.size > MAX_BACKUP_FILE_BYTES) {
        setMessage({ kind: 'refused', file: file.name, refusal: { reason: 'tooLarge' } })
        return
      }
      await offer(await file.text(), { kind: 'file', file: file.name })
    })

  const restore = () =>
    whileBusy(async () => {
      if (!pending) return
      const { text, source } = pending
      try {
        // What is there now is kept first, so the restore can itself be undone from the list.
        if (shelf && !(await backupStore.isEmpty())) await shelf.write(encode(await backupStore.export()), false)
      } catch {
        setPending(null)
        setMessage({ kind: 'writeFailed' })
        return
      }
      try {
        const restored = await backupStore.restore(text)
        setMessage(restored.ok ? { kind: 'restored', source } : { kind: 'refused', file: sourceName(source), refusal: restored.refusal })
      } catch {
        setMessage({ kind: 'restoreFailed' })
      }
      setPending(null)
      if (shelf) backupTaken(platform)
      await refresh()
    })

  return (
    <Card data-testid="backup-settings">
      <Heading level={2} data-size="sm" id="backup-heading">
        {atFirstRun ? t('firstRunHeading') : t('heading')}
      </Heading>
      <Paragraph data-size="sm">{atFirstRun ? t('firstRunIntro') : shelf ? t('introDesktop') : t('introWeb')}</Paragraph>
      {message && <BackupMessage message={message} />}
      {shelf && folder && (
        <Paragraph data-size="sm" className="muted">
          {t('folder', { folder })}
        </Paragraph>
      )}
      {shelf && entries && entries.length === 0 && <Paragraph data-size="sm">{t('none')}</Paragraph>}
      {shelf && entries && entries.length > 0 && (
        <Table zebra data-testid="backup-list">
          <caption className="visually-hidden">{t('listCaption')}</caption>
          <TableHeadWithActions columns={[{ label: t('columnDate') }, { label: t('columnSize'), className: 'number' }]} actionsLabel={t('columnAction')} />
          <Table.Body>
            {entries.map((entry) => (
              <Table.Row key={entry.name}>
                <Table.Cell>{formatTimestamp(entry.date)}</Table.Cell>
                <Table.Cell className="number">{formatSize(entry.size)}</Table.Cell>
                <Table.Cell>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    disabled={busy}
                    aria-label={t('restoreLabel', { date: formatTimestamp(entry.date) })}
                    onClick={() => void fromFolder(entry)}
                  >
                    {t('restore')}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {!atFirstRun && (
        <div className="form-actions">
          {shelf && (
            <Button variant="primary" onClick={() => void takeNow()} disabled={busy}>
              {t('takeNow')}
            </Button>
          )}
          <Button variant="secondary" onClick={() => void download()} disabled={busy}>
            {t('download')}
          </Button>
        </div>
      )}
      <FilePicker label={t('upload')} description={t('uploadDescription')} accept=".json,application/json" onFile={(file) => void fromFile(file)} />
      <ConfirmDialog
        open={pending !== null}
        heading={pending?.empty ? t('confirmHeadingEmpty') : t('confirmHeading')}
        testId="backup-confirm"
        cancelLabel={t('cancel')}
        onCancel={() => setPending(null)}
        actions={[
          { label: pending?.empty ? t('confirmRestoreEmpty') : t('confirmRestore'), onClick: () => void restore(), danger: !pending?.empty, loading: busy }
        ]}
      >
        {pending && (
          <>
            <Paragraph>{t(pending.empty ? 'confirmBodyEmpty' : 'confirmBody', { source: sourceText(t, pending.source) })}</Paragraph>
            <Paragraph data-size="sm">{t('confirmVersion', { version: pending.summary.meta.appVersion })}</Paragraph>
            {/* With nothing stored there is nothing to keep a copy of first. */}
            {!pending.empty && <Paragraph data-size="sm">{shelf ? t('confirmSafetyDesktop') : t('confirmSafetyWeb')}</Paragraph>}
          </>
        )}
      </ConfirmDialog>
    </Card>
  )
}

function BackupMessage({ message }: { message: Message }) {
  const { t, i18n } = useTranslation('backup')
  switch (message.kind) {
    case 'written':
      return <Alert data-color="success" role="status">{t('written')}</Alert>
    case 'downloaded':
      return <Alert data-color="success" role="status">{t('downloaded', { name: message.name ?? '' })}</Alert>
    case 'restored':
      return <Alert data-color="success" role="status">{t('restored', { source: sourceText(t, message.source) })}</Alert>
    case 'refused':
      return (
        <Alert data-color="danger" role="alert" data-testid="backup-refused">
          <Heading level={3} data-size="xs">
            {t('refusedHeading', { file: message.file })}
          </Heading>
          <Paragraph>{refusalText(t, message.refusal)}</Paragraph>
        </Alert>
      )
    case 'fileFailed':
      return <Alert data-color="danger" role="alert">{fileFailureText(message.failure)[i18n.language as Maalform]}</Alert>
    default:
      return <Alert data-color="danger" role="alert">{t(message.kind)}</Alert>
  }
}
