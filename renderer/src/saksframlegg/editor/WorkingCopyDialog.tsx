import { Button, Paragraph } from '@digdir/designsystemet-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { formatTimestamp } from '@shared/format'
import type { Maalform } from '@shared/maalform'
import { firstChange, type Saksframlegg } from '@shared/saksframlegg'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import type { CaseWorkingCopy } from '../caseStore'

interface Props {
  /** The copies to offer, the newest first; none closes the dialog. */
  offers: CaseWorkingCopy[]
  saved: Saksframlegg
  storedVersion: number
  maalform: Maalform
  onTake: (sessionId: string) => void
  onDiscard: () => void
}

/**
 * Unsaved work kept from earlier visits (a closed window, a crash; one copy per editor session, so
 * two tabs leave two), offered back before the user edits. Each copy shows when it was written and
 * the first part it changed. Taking one back is the answer that loses nothing, so it has the focus
 * and Escape gives it (the newest, when there are several); the others are discarded with undo.
 */
export function WorkingCopyDialog({ offers, saved, storedVersion, maalform, onTake, onDiscard }: Props) {
  const { t } = useTranslation('saksframlegg')
  const newest = offers[0]
  const many = offers.length > 1
  return (
    <ConfirmDialog
      open={newest !== undefined}
      testId="sf-working-copy-dialog"
      className={many ? 'dialog-wide' : undefined}
      heading={t('workingCopy.heading')}
      cancelLabel={many ? t('workingCopy.takeNewest') : t('workingCopy.take')}
      cancelVariant="primary"
      onCancel={() => newest && onTake(newest.sessionId)}
      actions={[{ label: many ? t('workingCopy.discardAll') : t('workingCopy.discard'), variant: 'secondary', danger: true, onClick: onDiscard }]}
    >
      {newest && !many && (
        <>
          <Paragraph>{t('workingCopy.body', { time: formatTimestamp(newest.savedAt) })}</Paragraph>
          {newest.baseVersion !== storedVersion && <Paragraph>{t('workingCopy.newer', { version: String(storedVersion) })}</Paragraph>}
          <ChangeLine copy={newest} saved={saved} maalform={maalform} />
        </>
      )}
      {many && (
        <>
          <Paragraph>{t('workingCopy.bodyMany', { count: String(offers.length) })}</Paragraph>
          <ol className="sf-copies" data-testid="sf-working-copies">
            {offers.map((copy) => (
              <CopyItem key={copy.sessionId} copy={copy} saved={saved} storedVersion={storedVersion} maalform={maalform} onTake={onTake} />
            ))}
          </ol>
        </>
      )}
    </ConfirmDialog>
  )
}

function CopyItem({ copy, saved, storedVersion, maalform, onTake }: { copy: CaseWorkingCopy } & Omit<Props, 'offers' | 'onDiscard'>) {
  const { t } = useTranslation('saksframlegg')
  const timeId = useId()
  return (
    <li className="sf-copy">
      <Paragraph className="sf-copy-time" id={timeId}>
        {t('workingCopy.from', { time: formatTimestamp(copy.savedAt) })}
        {copy.baseVersion !== storedVersion && `, ${t('workingCopy.before', { version: String(storedVersion) })}`}
      </Paragraph>
      <ChangeLine copy={copy} saved={saved} maalform={maalform} />
      <Button variant="secondary" data-size="sm" aria-describedby={timeId} onClick={() => onTake(copy.sessionId)}>
        {t('workingCopy.takeThis')}
      </Button>
    </li>
  )
}

/** The first part the copy changed, in a few words, and how many more. */
function ChangeLine({ copy, saved, maalform }: { copy: CaseWorkingCopy; saved: Saksframlegg; maalform: Maalform }) {
  const { t } = useTranslation('saksframlegg')
  const change = firstChange(copy.document, saved, maalform)
  if (!change) return <Paragraph data-size="sm">{t('workingCopy.otherChanges')}</Paragraph>
  const part = change.part.heading ?? t(`versionConflict.part.${change.part.part}`)
  return (
    <Paragraph data-size="sm" className="sf-copy-change" data-testid="sf-copy-change">
      {t('workingCopy.changed', { part })}
      {change.excerpt && (
        <>
          {': '}
          <q lang={maalform}>{change.excerpt}</q>
        </>
      )}
      {change.more > 0 && ` (${t('workingCopy.more', { count: change.more })})`}
    </Paragraph>
  )
}
