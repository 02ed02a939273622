import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useEffect, useId, useRef, type ReactNode } from 'react'

export interface DialogAction {
  label: string
  onClick: () => void
  variant?: 'primary' | 'secondary' | 'tertiary'
  danger?: boolean
  loading?: boolean
}

interface Props {
  open: boolean
  heading: string
  children: ReactNode
  actions: DialogAction[]
  /** Escape, and the last button by convention: leave everything as it is. */
  onCancel: () => void
  cancelLabel: string
  /** Primary where leaving everything as it is, is also the answer most wanted (take back unsaved work). */
  cancelVariant?: 'primary' | 'tertiary'
  testId?: string
  /** A wider dialog (`dialog-wide`) for one that compares two texts. */
  className?: string
}

/**
 * A modal question before an action that throws work away or cannot be undone. The safe answer
 * has the focus, so Enter never deletes by accident; Escape cancels.
 */
export function ConfirmDialog({ open, heading, children, actions, onCancel, cancelLabel, cancelVariant = 'tertiary', testId, className }: Props) {
  const cancelRef = useRef<HTMLButtonElement>(null)
  // Its own id: a page can hold the same question twice (two forms, each asking before leaving).
  const headingId = useId()
  // Designsystemet's Dialog opens and closes itself from `open`, and calls onClose only when the
  // user closed it (Escape), never for its own close: a close event arriving late must not cancel
  // a question asked again in the meantime. Its effect runs before this one, so the dialog is open.
  useEffect(() => {
    if (open) cancelRef.current?.focus()
  }, [open])
  return (
    <Dialog
      open={open}
      closeButton={false}
      onClose={onCancel}
      data-testid={testId}
      className={className}
      aria-labelledby={headingId}
    >
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {heading}
        </Heading>
        <div className="dialog-body">{typeof children === 'string' ? <Paragraph>{children}</Paragraph> : children}</div>
        <div className="form-actions dialog-actions">
          {actions.map((action) => (
            <Button
              key={action.label}
              variant={action.variant ?? 'primary'}
              data-color={action.danger ? 'danger' : undefined}
              loading={action.loading}
              onClick={action.onClick}
            >
              {action.label}
            </Button>
          ))}
          <Button variant={cancelVariant} onClick={onCancel} ref={cancelRef}>
            {cancelLabel}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  )
}
