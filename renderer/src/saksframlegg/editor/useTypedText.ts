import { useState } from 'react'

/**
 * A textarea whose text is kept as typed while the model gets the parsed value, so the text does
 * not jump while the user types (a trailing blank line, a half-typed "- "). The parent re-keys it
 * when the value is replaced from outside (a reset or a restored version).
 */
export function useTypedText<T>(value: T, toText: (value: T) => string) {
  return useState(() => toText(value))
}
