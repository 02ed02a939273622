import type { Run } from './blocks'

/**
 * A gap in a document: what it shows in square brackets for what nobody gave ("[dato for
 * folketalet]", "[arkivsaksnummer]"). The preview marks such a gap and the Word writers highlight it
 * yellow, so it is seen and filled before the document goes out. A gap is found in the text rather
 * than carried from where it was written, so one the user kept in a text of their own is marked too.
 *
 * A gap is words between brackets that start with a small letter ("[stadfest at kommunen har betalt
 * eingongsbeløpet til KS DigiFin]" may name KS, "[ikkje kjend]" in a table cell keeps to one line with a
 * no-break space); a reference such as "[1]" or "[Vedlegg 2]" is not.
 */
const GAP = /\[\p{Ll}[\p{L}\p{N} \u00a0]*\]/gu

/** `text` as runs with `format`, each gap a run of its own marked `placeholder`. */
export function runsOf(text: string, format: Omit<Run, 'text' | 'placeholder'> = {}): Run[] {
  const runs: Run[] = []
  let at = 0
  for (const gap of text.matchAll(GAP)) {
    if (gap.index > at) runs.push({ ...format, text: text.slice(at, gap.index) })
    runs.push({ ...format, text: gap[0], placeholder: true })
    at = gap.index + gap[0].length
  }
  if (at < text.length || runs.length === 0) runs.push({ ...format, text: text.slice(at) })
  return runs
}

/** The runs with every gap in them split out and marked. */
export function withPlaceholders(runs: readonly Run[]): Run[] {
  return runs.flatMap(({ text, placeholder, breakBefore, ...format }) => {
    const pieces: Run[] = placeholder ? [{ ...format, text, placeholder }] : runsOf(text, format)
    // A line break belongs before the run's first piece only, not before each gap it is split into.
    return breakBefore ? pieces.map((piece, i) => (i === 0 ? { ...piece, breakBefore } : piece)) : pieces
  })
}

/** Whether a text is one gap and nothing else: a header field nobody filled in. */
export function isPlaceholder(text: string): boolean {
  const runs = runsOf(text)
  return runs.length === 1 && runs[0]?.placeholder === true
}
