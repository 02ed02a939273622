import { Table } from '@digdir/designsystemet-react'

/**
 * A table's header row whose last column holds each row's buttons: that column's heading is
 * there for a screen reader only.
 */
export function TableHeadWithActions({
  columns,
  actionsLabel
}: {
  columns: readonly { label: string; className?: string }[]
  actionsLabel: string
}) {
  return (
    <Table.Head>
      <Table.Row>
        {columns.map((column) => (
          <Table.HeaderCell key={column.label} className={column.className}>
            {column.label}
          </Table.HeaderCell>
        ))}
        <Table.HeaderCell>
          <span className="visually-hidden">{actionsLabel}</span>
        </Table.HeaderCell>
      </Table.Row>
    </Table.Head>
  )
}
