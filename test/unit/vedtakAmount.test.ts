import { describe, expect, it } from 'vitest'
import { plainText } from '../../shared/document/text'
import { renderMelding } from '../../shared/meldingOmVedtak'
import { adoptedAmount, changedFromCase, vedtakSums } from '../../shared/meldingOmVedtak/vedtakAmount'
import { LINKED_CASE, melding } from '../fixtures/melding/meldingar'

const plain = (text: string): string => text.replace(/\u00a0/g, ' ')

describe('the amount the melding asks KS to invoice', () => {
  it('quotes Levanger’s vedtak of PS 65/17 as the protocol has it and asks for the kr 400 000 adopted, not the kr 397 840 its case computed', () => {
    const text = plain(plainText(renderMelding(melding('nb', 'ja'), 'nb')))
    expect(text).toContain('fattet følgende vedtak (endret fra innstillingen):\nLevanger kommune bevilger et engangsbidrag på kr 20,- pr innbygger, til sammen kr 400 000.')
    expect(text).toContain('Vi ber om at KS sender faktura på kr 400 000 til Levanger kommune')
    expect(text).not.toContain('397 840')
    expect(LINKED_CASE.nb.economy.amount).toBe('397840')
  })

  it('keeps the case’s amount when the vedtak adopts the case without naming a sum (Tysnes, nynorsk)', () => {
    const text = plain(plainText(renderMelding(melding('nn', 'ja'), 'nn')))
    expect(text).toContain('Vi ber om at KS sender faktura på kr 56 940 til Tysnes kommune')
  })

  it('reads sums as protocols write them, leaving out a rate per innbyggjar', () => {
    expect(vedtakSums('bevilger kr 20,- pr innbygger, til sammen kr 400 000. Dekkes av fond.')).toEqual(['400000'])
    expect(vedtakSums('eit eingongsbeløp på kroner 57.060,- (kr 20 per innbyggjar)')).toEqual(['57060'])
    expect(vedtakSums('Kommunen løyver 12 500 kroner.')).toEqual(['12500'])
    expect(vedtakSums('Tysnes kommune er positiv til invitasjonen.')).toEqual([])
  })

  it('says the vedtak was changed from the innstilling only when its amount is not the case’s, in each målform (set 12, B5)', () => {
    const changed = { ...LINKED_CASE.nn, economy: { ...LINKED_CASE.nn.economy, amount: '60000' } }
    const built = melding('nn', 'ja', changed)
    expect(changedFromCase('60000', 'Kommunen løyver kr 56 940.')).toBe(true)
    expect(changedFromCase('56940', 'Kommunen løyver kr 56 940.')).toBe(false)
    expect(changedFromCase('56940', 'Tysnes kommune er positiv til invitasjonen.')).toBe(false)
    const nn = plain(plainText(renderMelding({ ...built, decision: { ...built.decision, text: 'Kommunen løyver kr 56 940.', changed: true } }, 'nn')))
    expect(nn).toContain('sak 58/17, og gjorde slikt vedtak (endra frå innstillinga):')
    expect(plain(plainText(renderMelding(melding('nn', 'ja'), 'nn')))).toContain('og gjorde slikt vedtak:')
  })

  it('names no amount rather than a wrong one when the vedtak gives several sums and none is the case’s', () => {
    expect(adoptedAmount('397840', 'til sammen kr 397 840')).toBe('397840')
    expect(adoptedAmount('397840', 'kr 200 000 i 2018 og kr 200 000 i 2019')).toBe('200000')
    expect(adoptedAmount('397840', 'kr 100 000 i 2018 og kr 300 000 i 2019')).toBeUndefined()
  })
})
