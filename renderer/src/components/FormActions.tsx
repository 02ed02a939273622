import { Button } from '@digdir/designsystemet-react'

/**
 * How a primary action looks, wherever it stands: the accent colour. A button takes its colour from
 * the nearest data-color, so inside a neutral card a plain primary button turned black.
 */
export const PRIMARY = { variant: 'primary', 'data-color': 'accent' } as const

interface Props {
  submitLabel: string
  /** The submit button spins while the form's action runs. */
  busy?: boolean
  /** For a form that can be left: the button that leaves it and changes nothing. */
  cancel?: { label: string; onClick: () => void }
}

/** A form's buttons: the one that submits it and, where the form can be left, the one that leaves it. */
export function FormActions({ submitLabel, busy, cancel }: Props) {
  return (
    <div className="form-actions">
      <Button type="submit" loading={busy} {...PRIMARY}>
        {submitLabel}
      </Button>
      {cancel && (
        <Button type="button" variant="secondary" onClick={cancel.onClick}>
          {cancel.label}
        </Button>
      )}
    </div>
  )
}
