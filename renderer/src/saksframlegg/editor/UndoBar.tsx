import { Alert, Button } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'

/** The offer to take back the last change that threw text away (a removed row or section, a reset). */
export function UndoBar({ message, onUndo }: { message: string; onUndo: () => void }) {
  const { t } = useTranslation('saksframlegg')
  return (
    <Alert data-color="info" className="sf-undo" role="status">
      <span>{message}</span>
      <Button variant="secondary" data-size="sm" onClick={onUndo}>
        {t('action.undo')}
      </Button>
    </Alert>
  )
}
