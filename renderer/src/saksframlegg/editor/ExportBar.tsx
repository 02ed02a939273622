import { Button, Paragraph } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import type { Maalform } from '@shared/maalform'
import type { ExportKind } from './caseDraftReducer'

/**
 * What can be done with the case as a whole: save it, write it to Word (whole, the saksutgreiing
 * and the innstilling each alone for pasting into a template, or straight into the kommune's
 * template when one is set up in Innstillingar), copy it to the other målform.
 */
export function ExportBar({
  maalform,
  saving,
  exporting,
  copying,
  canCopy,
  hasTemplate,
  conflictCount,
  onSave,
  onExport,
  onCopy
}: {
  maalform: Maalform
  saving: boolean
  exporting: ExportKind | null
  copying: boolean
  /** A copy needs the case's round, to write its default text again. */
  canCopy: boolean
  /** The kommune's template is set up in Innstillingar. */
  hasTemplate: boolean
  /** Texts the user wrote that still state a value the case no longer holds: no export until each is decided. */
  conflictCount: number
  onSave: () => void
  onExport: (kind: ExportKind) => void
  onCopy: () => void
}) {
  const { t } = useTranslation('saksframlegg')
  const other: Maalform = maalform === 'nn' ? 'nb' : 'nn'
  const blocked = conflictCount > 0
  const reason = blocked ? { disabled: true, 'aria-describedby': 'sf-export-blocked' } : {}
  return (
    <div className="form-actions sf-wrap">
      {blocked && (
        <Paragraph data-size="sm" id="sf-export-blocked" className="sf-export-blocked" data-testid="sf-export-blocked">
          {t('conflict.exportBlocked', { count: conflictCount })}
        </Paragraph>
      )}
      <Button onClick={onSave} loading={saving} aria-keyshortcuts="Control+S">
        {t('action.save')}
      </Button>
      {hasTemplate && (
        <Button variant="secondary" onClick={() => onExport('template')} loading={exporting === 'template'} {...reason}>
          {t('action.exportTemplate')}
        </Button>
      )}
      {EXPORTS.map(({ part, label }) => (
        <Button key={part} variant="secondary" onClick={() => onExport(part)} loading={exporting === part} {...reason}>
          {t(label)}
        </Button>
      ))}
      {canCopy && (
        <Button variant="tertiary" onClick={onCopy} loading={copying}>
          {t(`action.copyIn.${other}`)}
        </Button>
      )}
    </div>
  )
}

const EXPORTS = [
  { part: 'whole', label: 'action.exportWhole' },
  { part: 'sections', label: 'action.exportSections' },
  { part: 'innstilling', label: 'action.exportInnstilling' }
] as const satisfies readonly { part: ExportKind; label: string }[]
