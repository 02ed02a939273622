import { Radio } from '@digdir/designsystemet-react'
import type { ReactNode } from 'react'

/** One choice among a few, each a radio button with its label and, if given, a description. */
export function RadioGroup<T extends string>({
  name,
  value,
  options,
  onChange
}: {
  name: string
  value: T
  options: { value: T; label: string; description?: ReactNode }[]
  onChange: (value: T) => void
}) {
  return (
    <>
      {options.map((option) => (
        <Radio
          key={option.value}
          name={name}
          value={option.value}
          label={option.label}
          description={option.description}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
        />
      ))}
    </>
  )
}
