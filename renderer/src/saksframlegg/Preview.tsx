import { Fragment } from 'react'
import type { BlockOrigin, DisplayBlock, RenderedDocument } from '@shared/saksframlegg'

interface Props {
  rendered: RenderedDocument
  label: string
  /** A click on a block opens the part of the form it comes from. */
  onOpen?: (origin: BlockOrigin) => void
}

function runs(block: Extract<DisplayBlock, { type: 'paragraph' }>) {
  return block.runs.map((run, i) => {
    const text = run.italic ? <em>{run.text}</em> : run.text
    return <Fragment key={i}>{run.bold ? <strong>{text}</strong> : text}</Fragment>
  })
}

function Block({ block }: { block: DisplayBlock }) {
  switch (block.type) {
    case 'heading':
      return block.level === 1 ? <h2 className="sf-doc-h1">{block.text}</h2> : <h3 className="sf-doc-h2">{block.text}</h3>
    case 'paragraph':
      return <p className={`sf-doc-p sf-doc-${block.role}`}>{runs(block)}</p>
    case 'quote':
      return <blockquote className="sf-doc-quote">{block.text}</blockquote>
    case 'fields':
      return (
        <dl className="sf-doc-fields">
          {block.rows.map((row) => (
            <Fragment key={row.label}>
              <dt>{row.label}:</dt>
              <dd>{row.value}</dd>
            </Fragment>
          ))}
        </dl>
      )
    case 'table': {
      const total = block.columns.reduce((sum, c) => sum + c.weight, 0)
      return (
        <table className="sf-doc-table">
          <colgroup>
            {block.columns.map((c) => (
              <col key={c.label} style={{ width: `${(100 * c.weight) / total}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {block.columns.map((c) => (
                <th key={c.label} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )
    }
    case 'list': {
      const items = block.items.map((item, i) => <li key={i}>{item}</li>)
      return block.ordered ? <ol className="sf-doc-list">{items}</ol> : <ul className="sf-doc-list">{items}</ul>
    }
  }
}

/**
 * The saksframlegg drawn from the same display blocks the Word writer uses, on a page that looks
 * like the printed document. Blocks are grouped by the part of the case they come from.
 */
export function Preview({ rendered, label, onOpen }: Props) {
  const groups: { origin: BlockOrigin; blocks: DisplayBlock[] }[] = []
  for (const block of rendered.blocks) {
    const last = groups[groups.length - 1]
    if (last && last.origin.part === block.origin.part && last.origin.sectionId === block.origin.sectionId) last.blocks.push(block)
    else groups.push({ origin: block.origin, blocks: [block] })
  }
  const lang = rendered.meta.language === 'nn-NO' ? 'nn' : 'nb'
  return (
    <article className="sf-paper" lang={lang} aria-label={label} data-testid="saksframlegg-preview">
      {groups.map((group, i) => (
        <div
          key={`${group.origin.part}-${group.origin.sectionId ?? ''}-${i}`}
          className="sf-doc-group"
          data-part={group.origin.part}
          onClick={onOpen ? () => onOpen(group.origin) : undefined}
        >
          {group.blocks.map((block, j) => (
            <Block key={j} block={block} />
          ))}
        </div>
      ))}
    </article>
  )
}
