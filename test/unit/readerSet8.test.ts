import { describe, expect, it } from 'vitest'
import { plainText } from '../../shared/document/text'
import type { Maalform } from '../../shared/maalform'
import { renderMelding } from '../../shared/meldingOmVedtak'
import { renderTilknyting } from '../../shared/tilknyting'
import { melding } from '../fixtures/melding/meldingar'
import { adoptionCase } from '../fixtures/tilknyting/cases'

/** The native reader's findings on set 8, each as the documents now read. */

const letter = (maalform: Maalform): string => plainText(renderMelding(melding(maalform, 'ja'), maalform)).replace(/\u00a0/g, ' ')

const tilknyting = (maalform: Maalform, ...args: Parameters<typeof adoptionCase>): string =>
  plainText(renderTilknyting(adoptionCase(...args), maalform)).replace(/\u00a0/g, ' ')

/** The innstilling: the text after its heading. */
const innstilling = (text: string): string => text.slice(text.search(/\n(INNSTILLING|Innstilling)/i))

describe('the documents after the native reader (set 8)', () => {
  it('budgets whole kroner in the innstilling, rounded half up, and gives the text the same one figure (B16; set 12, B10)', () => {
    // Levanger: 20 574 × kr 9,30 = kr 191 338,20 → kr 191 338 in the vedtak, and in the text too (set 12, B10).
    for (const maalform of ['nn', 'nb'] as const) {
      const text = tilknyting(maalform, 'levanger', 'min-kommune-barnevern')
      expect(text).toContain(`20 574 × kr 9,30 = kr 191 338 (${maalform === 'nn' ? 'avrunda til heile kroner' : 'avrundet til hele kroner'})`)
      expect(text).not.toContain('191 338,20')
      expect(innstilling(text)).toMatch(/på kr 191 338 (vert|innarbeides)/)
      expect(innstilling(text)).not.toContain('191 338,20')
    }
  })

  it('cites the vedtak and the way the letter is sent as a council writes (C18, C19)', () => {
    expect(letter('nn')).toContain('Kommunestyret i Tysnes kommune handsama saka i møte 13. desember 2017, sak 58/17, og gjorde slikt vedtak:')
    expect(letter('nb')).toContain('Kommunestyret i Levanger kommune behandlet saken i møte 13. desember 2017, sak 65/17, og fattet følgende vedtak (endret fra innstillingen):')
    expect(letter('nb')).toContain('Sendt per e-post til hallvard.hoen@ks.no')
    for (const maalform of ['nn', 'nb'] as const) expect(letter(maalform)).not.toMatch(/dette vedtaket|på e-post/)
  })

  it('says «drives» of the operator in bokmål and cites the folketal as «SSB, per …» (C18, C19)', () => {
    expect(tilknyting('nb', 'levanger', 'min-kommune-barnevern')).toContain('Løsningen eies og drives av KS Digital')
    expect(tilknyting('nb', 'levanger', 'min-kommune-barnevern')).not.toContain('driftes')
    expect(tilknyting('nn', 'tysnes', 'fiks-folkeregister')).toContain('Kostnadene er rekna ut frå folketalet i Tysnes, 2 922 innbyggjarar (SSB, per 1. januar 2024).')
    expect(tilknyting('nb', 'levanger', 'min-kommune-barnevern')).toContain('Kostnadene er regnet ut fra folketallet i Levanger, 20 574 innbyggere (SSB, per 1. januar 2024).')
  })

  it('opens the letter with the date of KS’s letter, not its title again after the subject line (D21)', () => {
    const title = 'Invitasjon til å delta i finansieringsordningen for digitaliseringsprosjekter'
    for (const [maalform, sentence] of [
      ['nn', 'Vi viser til brevet dykkar av 8. september 2017.\n'],
      ['nb', 'Vi viser til brevet deres av 8. september 2017.\n']
    ] as const) {
      const text = letter(maalform)
      expect(text).toContain(sentence)
      expect(text.split(title)).toHaveLength(2)
    }
  })

  it('says what vedlegg 1 leaves out and who must confirm it, not what a website shows (A3)', () => {
    const nb = tilknyting('nb', 'levanger', 'min-kommune-barnevern')
    expect(nb).toContain('Vedlegg 1 oppgir ikke driftsprisen. Driftskostnaden er derfor ikke med i summene nedenfor, og driftsprisen må innhentes fra KS Digital.')
    const nn = tilknyting('nn', 'tysnes', 'min-kommune-barnevern')
    expect(nn).toContain('Vedlegg 1 oppgjev ikkje driftsprisen. Driftskostnaden er difor ikkje med i summane nedanfor og må innhentast frå KS Digital.')
    expect(tilknyting('nn', 'tysnes', 'fiks-folkeregister')).toContain('Vedlegg 1 oppgjev ikkje tilknytingskostnaden.')
    for (const text of [nb, nn, tilknyting('nb', 'levanger', 'fiks-folkeregister')]) expect(text).not.toContain('nettsidene')
  })
})
