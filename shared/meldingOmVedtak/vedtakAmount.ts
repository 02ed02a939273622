import Decimal from 'decimal.js'

/**
 * The amounts a vedtak states in kroner, as the protocol words them: «kr 400 000», «kr 20,-»,
 * «kroner 57.060,-», «400 000 kroner». A rate («kr 20 per innbyggjar», «kr 20,- pr innbygger») is
 * not a sum the kommune pays, so it is left out. Decimal strings, in the order the text gives them.
 */
export function vedtakSums(text: string): string[] {
  const number = String.raw`(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(?:-|\d{2}\b))?`
  const pattern = new RegExp(String.raw`(?:\bkr\.?|\bkroner)\s*${number}|${number}\s*(?:kr\b|kroner\b)`, 'gi')
  const sums: string[] = []
  for (const match of text.matchAll(pattern)) {
    const after = text.slice((match.index ?? 0) + match[0].length)
    if (/^\s*(?:,-\s*)?(?:per|pr\.?)\s+innb/i.test(after)) continue
    const digits = (match[1] ?? match[2] ?? '').replace(/[ \u00a0\u202f.]/g, '')
    if (digits !== '') sums.push(new Decimal(digits).toFixed())
  }
  return sums
}

/**
 * The amount the council adopted, when the recorded vedtak says so: the case's amount when the vedtak
 * states it or states none (it adopted the case as put forward), the one sum the vedtak states when
 * that differs (Levanger adopted «til sammen kr 400 000» on a case that computed kr 397 840), and
 * undefined when the vedtak states several sums and none is the case's: the letter then names no
 * amount rather than a wrong one.
 */
export function adoptedAmount(caseAmount: string, vedtakText: string): string | undefined {
  const sums = [...new Set(vedtakSums(vedtakText))]
  if (sums.length === 0 || sums.some((sum) => new Decimal(sum).eq(caseAmount))) return caseAmount
  return sums.length === 1 ? sums[0] : undefined
}

/**
 * Whether the council changed the linked case's innstilling: the vedtak states sums and none of them
 * is the case's amount (Levanger adopted «til sammen kr 400 000» on a case that put forward kr 397 840).
 */
export function changedFromCase(caseAmount: string, vedtakText: string): boolean {
  const sums = vedtakSums(vedtakText)
  return sums.length > 0 && !sums.some((sum) => new Decimal(sum).eq(caseAmount))
}
