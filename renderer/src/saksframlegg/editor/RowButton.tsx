import { Button } from '@digdir/designsystemet-react'

/** A small square button for moving and removing rows: reachable and named for a screen reader. */
export function RowButton({
  id,
  label,
  symbol,
  inactive,
  danger,
  onClick
}: {
  id: string
  label: string
  symbol: string
  /** Shown but inactive (first row's "up"): stays focusable so the focus never falls to the page. */
  inactive?: boolean
  danger?: boolean
  onClick: () => void
}) {
  return (
    <Button
      id={id}
      variant="tertiary"
      data-size="sm"
      icon
      data-color={danger ? 'danger' : undefined}
      aria-label={label}
      title={label}
      aria-disabled={inactive || undefined}
      onClick={inactive ? undefined : onClick}
    >
      <span aria-hidden="true">{symbol}</span>
    </Button>
  )
}
