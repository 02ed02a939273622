import { useCallback, useLayoutEffect, useRef } from 'react'
import type { SaksframleggOrigin } from '@shared/saksframlegg'
import { FIELD } from '../draft'

/** Brings a field into view and gives it the focus (from the error summary or the preview). */
export function focusElement(element: HTMLElement | null): void {
  element?.scrollIntoView({ block: 'center' })
  element?.focus({ preventScroll: true })
}

/** The field a block of the preview was written from, so a click in the preview leads to it. */
export function focusOrigin(origin: SaksframleggOrigin): void {
  const target =
    origin.part === 'section' && origin.id
      ? `${FIELD.section(origin.id)}-text`
      : origin.part === 'title'
        ? FIELD.title
        : origin.part === 'vedlegg'
          ? 'sf-vedlegg'
          : origin.part === 'andreSaksdokument'
            ? 'sf-andre'
            : origin.part === 'header'
              ? 'sf-sakshandsamar'
              : origin.part === 'saksgang'
                ? 'sf-saksgang-0-utval'
                : null
  focusElement(
    (target && document.getElementById(target)) ||
      (origin.part === 'innstilling' ? document.querySelector<HTMLElement>('input[name="sf-innstilling"]:checked') : null) ||
      document.getElementById(FIELD.part(origin.part))
  )
}

/**
 * Moves the focus to an element by id once the next render has put it in the page: a moved row's
 * button, a new section's field, the "add" button after the last row went.
 */
export function useFocusAfterRender(): (elementId: string) => void {
  const focusNext = useRef<string | null>(null)
  useLayoutEffect(() => {
    if (!focusNext.current) return
    const element = document.getElementById(focusNext.current)
    focusNext.current = null
    element?.focus()
  })
  return useCallback((elementId: string) => {
    focusNext.current = elementId
  }, [])
}
