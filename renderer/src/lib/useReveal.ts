import { useEffect, useRef } from 'react'

/**
 * Brings a confirmation or a newly opened form into view each time `key` changes to something
 * (a saved version, a recorded step, a form opened): at 1366×768 it would otherwise appear
 * off-screen. `focus` also moves the keyboard focus there: to the element itself ('element', which
 * then needs tabIndex -1 unless it is a control), for where the control the user was on has gone;
 * or to its first field ('firstField'), for a form just opened. Without `focus`, a notice is not
 * brought into view while the user is typing in a field.
 */
export function useReveal<T extends HTMLElement>(key: unknown, focus?: 'element' | 'firstField') {
  const ref = useRef<T>(null)
  useEffect(() => {
    const element = ref.current
    if (key === null || key === undefined || key === false || !element) return
    // A notice after Ctrl+S does not pull the page away from the text being typed.
    if (!focus && document.activeElement?.matches('input, textarea, select')) return
    element.scrollIntoView({ block: 'nearest' })
    const target = focus === 'firstField' ? element.querySelector<HTMLElement>('input, select, textarea') : focus === 'element' ? element : null
    target?.focus({ preventScroll: true })
  }, [key, focus])
  return ref
}
