import { describe, expect, it } from 'vitest'
import { plainText } from '../../shared/document/text'
import type { Maalform } from '../../shared/maalform'
import { renderTilknyting } from '../../shared/tilknyting'
import { adoptionCase } from '../fixtures/tilknyting/cases'

/** The native reader's findings on set 8, each as the documents now read. */

const tilknyting = (maalform: Maalform, ...args: Parameters<typeof adoptionCase>): string =>
  plainText(renderTilknyting(adoptionCase(...args), maalform)).replace(/\u00a0/g, ' ')

/** The innstilling: the text after its heading. */
const innstilling = (text: string): string => text.slice(text.search(/\n(INNSTILLING|Innstilling)/i))

describe('the documents after the native reader (set 8)', () => {
  it('budgets whole kroner in the innstilling, rounded half up, while the text keeps the øre KS invoices (B16)', () => {
    // Levanger: 20 574 × kr 9,30 = kr 191 338,20 → kr 191 338 in the vedtak.
    for (const maalform of ['nn', 'nb'] as const) {
      const text = tilknyting(maalform, 'levanger', 'min-kommune-barnevern')
      expect(text).toContain('20 574 × kr 9,30 = kr 191 338,20')
      expect(innstilling(text)).toMatch(/på kr 191 338 (vert|innarbeides)/)
      expect(innstilling(text)).not.toContain('191 338,20')
    }
  })
})
