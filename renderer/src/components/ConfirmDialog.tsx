import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useEffect, useRef } from 'react'

interface Props {
  open: boolean
  heading: string
  body: string
  confirmLabel: string
  cancelLabel: string
  onConfirm: () => void
  onCancel: () => void
}

/** Asks before a destructive action. Escape and the cancel button both cancel. */
export function ConfirmDialog({ open, heading, body, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <Dialog ref={ref} closeButton={false} onClose={onCancel} data-testid="confirm-dialog">
      <Dialog.Block>
        <Heading level={2} data-size="xs">
          {heading}
        </Heading>
        <Paragraph>{body}</Paragraph>
        <div className="form-actions">
          <Button data-color="danger" onClick={onConfirm}>
            {confirmLabel}
          </Button>
          <Button variant="secondary" onClick={onCancel} autoFocus>
            {cancelLabel}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  )
}
