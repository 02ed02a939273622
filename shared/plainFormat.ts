/**
 * The formatting that needs no decimal arithmetic, apart from format.ts so that the app's first
 * screen (the frame's storage notice, the date of today) does not bring decimal.js with it
 * (BENCHMARKS.md, issue 11). format.ts re-exports all of it: elsewhere, import from there.
 */
export const NBSP = '\u00a0'
export const MINUS = '\u2212'

export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)
}

/** A whole number as formatNumber writes it: 2853 → "2 853", −12 → "−12". */
export function formatWhole(value: number): string {
  const body = groupThousands(String(Math.abs(Math.trunc(value))))
  return Math.trunc(value) < 0 ? MINUS + body : body
}

/** Today's date on this machine, as an ISO date (local time, not UTC: a case written at 00:30 is dated that day). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
