/**
 * Copies text to the clipboard. The selection-and-copy route works under a user's click in the
 * Electron window, whose permission handler denies the asynchronous Clipboard API, and in a
 * browser; the Clipboard API is the fallback.
 */
export async function copyText(text: string): Promise<boolean> {
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  area.select()
  let ok: boolean
  try {
    ok = document.execCommand('copy')
  } catch {
    ok = false
  } finally {
    area.remove()
  }
  if (ok) return true
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}
