import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatTimestamp } from '@shared/format'
import type { Maalform } from '@shared/maalform'
import { differingParts, type DifferingPart, type Saksframlegg } from '@shared/saksframlegg'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import type { Conflict } from './caseDraftReducer'

/**
 * A save refused because another version was stored meanwhile: the parts that differ side by
 * side, and the choice — keep mine (saved on top; theirs stays in the history), take theirs (mine
 * discarded, with undo), or cancel (nothing saved, nothing changed).
 */
export function VersionConflictDialog({
  conflict,
  mine,
  maalform,
  saving,
  onKeepMine,
  onTakeTheirs,
  onCancel
}: {
  conflict: Conflict | null
  mine: Saksframlegg | null
  maalform: Maalform
  saving: boolean
  onKeepMine: () => void
  onTakeTheirs: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation('saksframlegg')
  const parts = useMemo(() => (conflict && mine ? differingParts(mine, conflict.theirs, maalform) : []), [conflict, mine, maalform])
  const stored = conflict?.stored
  const version = String(stored?.version ?? '')
  return (
    <ConfirmDialog
      open={conflict !== null}
      testId="sf-conflict-dialog"
      className="dialog-wide"
      heading={t('versionConflict.heading')}
      cancelLabel={t('dialog.cancel')}
      onCancel={onCancel}
      actions={[
        { label: t('versionConflict.keepMine'), loading: saving, onClick: onKeepMine },
        { label: t('versionConflict.takeTheirs', { version }), variant: 'secondary', onClick: onTakeTheirs }
      ]}
    >
      {stored && (
        <>
          <Paragraph>{t('versionConflict.body', { version, by: stored.updatedBy, time: formatTimestamp(stored.updatedAt) })}</Paragraph>
          <Paragraph>{parts.length > 0 ? t('versionConflict.differs') : t('versionConflict.same')}</Paragraph>
          {parts.map((part) => (
            <DifferingPartView key={`${part.part}:${part.id ?? ''}`} part={part} version={version} maalform={maalform} />
          ))}
          <Paragraph data-size="sm">{t('versionConflict.choice', { version, next: String(stored.version + 1) })}</Paragraph>
        </>
      )}
    </ConfirmDialog>
  )
}

function DifferingPartView({ part, version, maalform }: { part: DifferingPart; version: string; maalform: Maalform }) {
  const { t } = useTranslation('saksframlegg')
  const missing = t('versionConflict.missing')
  return (
    <section className="sf-diff" aria-label={part.heading ?? t(`versionConflict.part.${part.part}`)}>
      <Heading level={3} data-size="2xs" lang={part.heading ? maalform : undefined}>
        {part.heading ?? t(`versionConflict.part.${part.part}`)}
      </Heading>
      <div className="sf-diff-columns">
        <div>
          <Paragraph data-size="sm" className="sf-diff-label">
            {t('versionConflict.mine')}
          </Paragraph>
          <div className="sf-diff-text" lang={maalform} data-testid="sf-diff-mine" tabIndex={0}>
            {part.mine || missing}
          </div>
        </div>
        <div>
          <Paragraph data-size="sm" className="sf-diff-label">
            {t('versionConflict.theirs', { version })}
          </Paragraph>
          <div className="sf-diff-text" lang={maalform} data-testid="sf-diff-theirs" tabIndex={0}>
            {part.theirs || missing}
          </div>
        </div>
      </div>
    </section>
  )
}
