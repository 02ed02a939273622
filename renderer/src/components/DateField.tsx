import { Input, Textfield } from '@digdir/designsystemet-react'
import { useEffect, useRef, useState, type FocusEvent, type MouseEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { parseNorwegianDate, parseNorwegianDateWhileTyping, showDate } from '@shared/norwegianDate'

/**
 * The text of a date field and what it means. The field is plain text, typed the Norwegian way
 * (dd.mm.åååå, 30.6.2017, 30062017 …) whatever the machine's locale; the form gets the ISO date, or
 * '' while the text is empty or no date. Leaving the field shows a date back as 30.06.2017, and a
 * text that is no date is named in the målform; a value the form sets itself is shown as it comes.
 * A two-digit year ("21.12.17") counts only when the field is left: while typing it may be the start
 * of "21.12.2017", and the form must not see 21. desember 2020 on the way.
 */
function useDateText(value: string, onChange: (iso: string) => void, formError: ReactNode) {
  const { t } = useTranslation('forms')
  const [text, setText] = useState(() => showDate(value))
  const [left, setLeft] = useState(false)
  const emitted = useRef(value)
  useEffect(() => {
    if (value === emitted.current) return
    emitted.current = value
    setText(showDate(value))
    setLeft(false)
  }, [value])
  const parsed = parseNorwegianDate(text)
  const own =
    parsed.ok || parsed.reason === 'empty' || !(left || formError)
      ? undefined
      : parsed.reason === 'format'
        ? t('date.notADate')
        : t('date.noSuchDate', { text: text.trim() })
  const emit = (read: ReturnType<typeof parseNorwegianDate>) => {
    const next = read.ok ? read.iso : ''
    if (next !== emitted.current) {
      emitted.current = next
      onChange(next)
    }
  }
  return {
    text,
    error: own ?? formError ?? undefined,
    onChange: (typed: string) => {
      setText(typed)
      setLeft(false)
      emit(parseNorwegianDateWhileTyping(typed))
    },
    onBlur: () => {
      setLeft(true)
      emit(parsed)
      if (parsed.ok) setText(showDate(parsed.iso))
    }
  }
}

/**
 * A date already in the field (a default, the step before, a planned start the app filled in) is
 * replaced by what is typed, not added to: the whole text is selected when the field gets focus,
 * by Tab or by a click. A click would put the caret where it landed on mouseup, so the mouseup
 * that ends the click that focused the field keeps the selection; later clicks place the caret.
 */
function useSelectOnFocus() {
  const focusingClick = useRef(false)
  return {
    onMouseDown: (e: MouseEvent<HTMLInputElement>) => {
      focusingClick.current = document.activeElement !== e.currentTarget
    },
    onFocus: (e: FocusEvent<HTMLInputElement>) => e.currentTarget.select(),
    onMouseUp: (e: MouseEvent<HTMLInputElement>) => {
      if (!focusingClick.current) return
      focusingClick.current = false
      e.preventDefault()
      e.currentTarget.select()
    }
  }
}

interface Props {
  id?: string
  label: string
  /** An ISO date, or '' for none. */
  value: string
  onChange: (iso: string) => void
  /** Said after the pattern "dd.mm.åååå": what date fits here. */
  hint?: string
  /** The form's own message for the field (required, out of range …). */
  error?: ReactNode
}

/** A date field for every form: a labelled text field with "dd.mm.åååå" below the label. */
export function DateField({ id, label, value, onChange, hint, error }: Props) {
  const { t } = useTranslation('forms')
  const field = useDateText(value, onChange, error)
  const selectAll = useSelectOnFocus()
  return (
    <Textfield
      id={id}
      className="date-field"
      label={label}
      description={hint ? `${t('date.pattern')}. ${hint}` : t('date.pattern')}
      autoComplete="off"
      maxLength={20}
      value={field.text}
      onChange={(e) => field.onChange(e.target.value)}
      onBlur={field.onBlur}
      {...selectAll}
      error={field.error}
    />
  )
}

/** The same field without its own label, for a table cell named by `aria-label` (its error in the title and aria-invalid). */
export function DateInput({ id, ariaLabel, value, onChange }: { id?: string; ariaLabel: string; value: string; onChange: (iso: string) => void }) {
  const { t } = useTranslation('forms')
  const field = useDateText(value, onChange, undefined)
  const message = typeof field.error === 'string' ? field.error : undefined
  const selectAll = useSelectOnFocus()
  return (
    <Input
      id={id}
      aria-label={`${ariaLabel} (${t('date.pattern')})`}
      aria-invalid={message ? true : undefined}
      title={message}
      autoComplete="off"
      maxLength={20}
      value={field.text}
      onChange={(e) => field.onChange(e.target.value)}
      onBlur={field.onBlur}
      {...selectAll}
    />
  )
}
