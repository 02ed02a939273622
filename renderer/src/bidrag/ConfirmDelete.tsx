import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '../components/ConfirmDialog'

interface Props {
  open: boolean
  /** The dialog's heading and its button say the same: "Slett runden". */
  label: string
  testId: string
  /** Cancelling, and deleting too, closes the dialog first. */
  onClose: () => void
  onDelete: () => Promise<void>
  children: ReactNode
}

/** The question before Bidrag deletes a round or a figure the user added. */
export function ConfirmDelete({ open, label, testId, onClose, onDelete, children }: Props) {
  const { t } = useTranslation('bidrag')
  return (
    <ConfirmDialog
      open={open}
      heading={label}
      testId={testId}
      cancelLabel={t('cancel')}
      onCancel={onClose}
      actions={[
        {
          label,
          danger: true,
          onClick: async () => {
            onClose()
            await onDelete()
          }
        }
      ]}
    >
      {children}
    </ConfirmDialog>
  )
}
