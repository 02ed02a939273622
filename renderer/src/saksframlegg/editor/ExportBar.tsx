import { Button } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import type { Maalform } from '@shared/maalform'
import type { DocumentPart } from '@shared/saksframlegg'

/** What can be done with the case as a whole: save it, write it to Word, copy it to the other målform. */
export function ExportBar({
  maalform,
  saving,
  exporting,
  copying,
  canCopy,
  onSave,
  onExport,
  onCopy
}: {
  maalform: Maalform
  saving: boolean
  exporting: DocumentPart | null
  copying: boolean
  /** A copy needs the case's round, to write its default text again. */
  canCopy: boolean
  onSave: () => void
  onExport: (part: DocumentPart) => void
  onCopy: () => void
}) {
  const { t } = useTranslation('saksframlegg')
  const other: Maalform = maalform === 'nn' ? 'nb' : 'nn'
  return (
    <div className="form-actions sf-wrap">
      <Button onClick={onSave} loading={saving} aria-keyshortcuts="Control+S">
        {t('action.save')}
      </Button>
      {EXPORTS.map(({ part, label }) => (
        <Button key={part} variant="secondary" onClick={() => onExport(part)} loading={exporting === part}>
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
  { part: 'sections', label: 'action.exportSections' }
] as const satisfies readonly { part: DocumentPart; label: string }[]
