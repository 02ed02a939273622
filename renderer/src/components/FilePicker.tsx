import { Paragraph, ValidationMessage } from '@digdir/designsystemet-react'
import { useId, useState } from 'react'

interface Props {
  label: string
  description?: string
  accept: string
  error?: string
  onFile: (file: File | undefined) => void
}

/**
 * A file chooser whose words are ours: the browser's own file input shows its button and "no
 * file chosen" in the browser's language, which may be English. The real input stays in the
 * page (visually hidden, still focusable), so keyboard and screen readers work as usual.
 */
export function FilePicker({ label, description, accept, error, onFile }: Props) {
  const id = useId()
  const [name, setName] = useState('')
  return (
    <div className="file-picker">
      <input
        id={id}
        type="file"
        accept={accept}
        className="visually-hidden file-input"
        aria-describedby={description ? `${id}-description` : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          const file = e.target.files?.[0]
          setName(file?.name ?? '')
          onFile(file)
          e.target.value = ''
        }}
      />
      <label htmlFor={id} className="ds-button" data-variant="secondary">
        {label}
      </label>
      {name && <span className="file-name">{name}</span>}
      {description && (
        <Paragraph data-size="sm" className="muted" id={`${id}-description`}>
          {description}
        </Paragraph>
      )}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </div>
  )
}
