import { Fragment } from 'react'
import { itemRuns, runsOf, withPlaceholders, type BlockOrigin, type DisplayBlock, type RenderedDocument, type Run } from '@shared/document'
import './preview.css'

interface Props<P extends string> {
  rendered: RenderedDocument<P>
  /** The document type ("saksframlegg"): names the preview for tests (`saksframlegg-preview`). */
  kind: string
  label: string
  /** What a gap for missing data says on hover and to a screen reader ("Manglar: fyll inn …"). */
  gapLabel: string
  /** A click on a block opens the part of the form it comes from. */
  onOpen?: (origin: BlockOrigin<P>) => void
}

/** Runs as the Word file has them; a gap for what nobody gave is marked as Word highlights it. */
function Runs({ runs, gapLabel }: { runs: readonly Run[]; gapLabel: string }) {
  return withPlaceholders(runs).map((run, i) => {
    const italic = run.italic ? <em>{run.text}</em> : run.text
    const text = run.bold ? <strong>{italic}</strong> : italic
    return (
      <Fragment key={i}>
        {run.breakBefore && <br />}
        {run.placeholder ? (
          <mark className="doc-gap" title={gapLabel} aria-description={gapLabel}>
            {text}
          </mark>
        ) : (
          text
        )}
      </Fragment>
    )
  })
}

function Block({ block, gapLabel }: { block: DisplayBlock; gapLabel: string }) {
  const text = (value: string) => <Runs runs={runsOf(value)} gapLabel={gapLabel} />
  switch (block.type) {
    case 'heading':
      return block.level === 1 ? <h2 className="doc-h1">{text(block.text)}</h2> : <h3 className="doc-h2">{text(block.text)}</h3>
    case 'paragraph':
      return (
        <p className={`doc-p doc-${block.role}`}>
          <Runs runs={block.runs} gapLabel={gapLabel} />
        </p>
      )
    case 'quote':
      return <blockquote className="doc-quote">{text(block.text)}</blockquote>
    case 'fields':
      return (
        <dl className="doc-fields">
          {block.rows.map((row) => (
            <Fragment key={row.label}>
              <dt>{row.label}:</dt>
              <dd>{text(row.value)}</dd>
            </Fragment>
          ))}
        </dl>
      )
    case 'table': {
      const total = block.columns.reduce((sum, c) => sum + c.weight, 0)
      return (
        <table className="doc-table">
          <colgroup>
            {block.columns.map((c) => (
              <col key={c.label} style={{ width: `${(100 * c.weight) / total}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {block.columns.map((c) => (
                <th key={c.label} scope="col" style={c.align === 'right' ? { textAlign: 'right' } : undefined}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r} style={block.totalRow && r === block.rows.length - 1 ? { fontWeight: 'bold' } : undefined}>
                {row.map((cell, c) => (
                  <td key={c} style={block.columns[c]?.align === 'right' ? { textAlign: 'right' } : undefined}>
                    {text(cell)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )
    }
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <Runs runs={itemRuns(item)} gapLabel={gapLabel} />
        </li>
      ))
      return block.ordered ? <ol className="doc-list">{items}</ol> : <ul className="doc-list">{items}</ul>
    }
  }
}

/**
 * A council document drawn from the same display blocks the Word writer uses, on a page that looks
 * like the printed document. Blocks are grouped by the part of the model they come from, so a click
 * anywhere in a part opens that part's editor.
 */
export function Preview<P extends string>({ rendered, kind, label, gapLabel, onOpen }: Props<P>) {
  const groups: { origin: BlockOrigin<P>; blocks: DisplayBlock<P>[] }[] = []
  for (const block of rendered.blocks) {
    const last = groups[groups.length - 1]
    if (last && last.origin.part === block.origin.part && last.origin.id === block.origin.id) last.blocks.push(block)
    else groups.push({ origin: block.origin, blocks: [block] })
  }
  const lang = rendered.meta.language === 'nn-NO' ? 'nn' : 'nb'
  return (
    <article className="doc-paper" lang={lang} aria-label={label} data-testid={`${kind}-preview`}>
      {groups.map((group, i) => (
        <div
          key={`${group.origin.part}-${group.origin.id ?? ''}-${i}`}
          className="doc-group"
          data-part={group.origin.part}
          onClick={onOpen ? () => onOpen(group.origin) : undefined}
        >
          {group.blocks.map((block, j) => (
            <Block key={j} block={block} gapLabel={gapLabel} />
          ))}
        </div>
      ))}
    </article>
  )
}
