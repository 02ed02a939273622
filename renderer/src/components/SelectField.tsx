import { Paragraph, Select } from '@digdir/designsystemet-react'

/**
 * A labelled drop-down of a fixed set of values (Designsystemet's Select has no label of its own).
 * The options are typed, so `onChange` gets one of them and no cast is needed where it is used.
 */
export function SelectField<T extends string>({
  id,
  label,
  description,
  value,
  options,
  onChange,
  className,
  width
}: {
  id: string
  label: string
  description?: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange: (value: T) => void
  className?: string
  width?: 'auto' | 'full'
}) {
  return (
    <div className={[className, width === 'auto' ? 'select-field-auto' : undefined].filter(Boolean).join(' ') || undefined}>
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
      {description !== undefined && (
        <Paragraph className="muted" data-size="sm">
          {description}
        </Paragraph>
      )}
      <Select id={id} width={width} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
    </div>
  )
}
