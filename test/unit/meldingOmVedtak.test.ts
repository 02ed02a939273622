import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { plainText } from '../../shared/document/text'
import { buildWordDocument } from '../../shared/document/word'
import { MAALFORMER } from '../../shared/maalform'
import { meldingFileName, meldingFrom, meldingSchema, renderMelding } from '../../shared/meldingOmVedtak'
import { DIGIFIN_2017 } from '../../shared/financingRound'
import { foreignWords } from '../../shared/purity'
import { invited } from '../../shared/tracking/participation'
import { melding } from '../fixtures/melding/meldingar'

const plain = (text: string): string => text.replace(/\u00a0/g, ' ')

describe('the melding om vedtak', () => {
  it('tells KS, at its postal address, what the council decided, citing KS’s letter, in nynorsk', () => {
    const text = plain(plainText(renderMelding(melding('nn', 'ja'), 'nn')))
    expect(text).toContain('Tysnes kommune\nMELDING OM VEDTAK')
    expect(text).toContain('KS\nPostboks 1378 Vika\n0114 Oslo')
    expect(text).toContain('Vi viser til brevet dykkar av 8. september 2017, «Invitasjon til å delta i finansieringsordningen for digitaliseringsprosjekter».')
    expect(text).toContain('Kommunestyret i Tysnes kommune handsama saka i møte 13. desember 2017, sak 65/17, og gjorde dette vedtaket:')
    expect(text).toContain('Tysnes kommune er positiv til invitasjonen')
    expect(text).toContain('Kommunen sin del er eit eingongsbeløp på kr 57 060, og beløpet vert lagt inn i budsjett 2018.')
    expect(text).toContain('Med helsing\nAnders Teigen\nsakshandsamar')
  })

  it('in bokmål, for a kommune that declined, says it does not take part and asks for no invoice', () => {
    const text = plain(plainText(renderMelding(melding('nb', 'nei'), 'nb')))
    expect(text).toContain('Levanger kommune behandlet saken i møte 13. desember 2017, sak 96/17')
    expect(text).toContain('Kommunen deltar derfor ikke i finansieringsordningen nå.')
    expect(text).not.toContain('faktura')
    expect(text).not.toContain('kr ')
  })

  it('for a kommune joining later, cites the new decision and gives the invoice reference', () => {
    const text = plain(plainText(renderMelding(melding('nn', 'later'), 'nn')))
    expect(text).toContain('sak 30/18')
    expect(text).toContain('Vi ber om at fakturaen vert merkt med referansen 4410-DigiFin.')
  })

  it('is not made until a decision with its text is recorded', () => {
    const source = { round: DIGIFIN_2017, organisation: 'Tysnes kommune', sakshandsamar: '', maalform: 'nn', ourReference: '', date: '2017-12-14', vedtakText: '' } as const
    expect(meldingFrom({ ...source, participation: invited('2017', '2017-09-08', 'A') })).toBeUndefined()
  })

  it('passes its own schema and is named for the case number and the kommune', () => {
    expect(meldingSchema.safeParse(melding('nn', 'ja')).success).toBe(true)
    expect(meldingFileName(melding('nn', 'ja'))).toBe('Melding om vedtak 65-17 Tysnes kommune.docx')
  })

  for (const maalform of MAALFORMER) {
    for (const variant of ['ja', 'nei', 'later'] as const) {
      it(`(${maalform}, ${variant}) is written as Word through the document core, in the målform`, async () => {
        const rendered = renderMelding(melding(maalform, variant), maalform)
        expect(rendered.meta.language).toBe(maalform === 'nn' ? 'nn-NO' : 'nb-NO')
        expect(foreignWords(plainText(rendered), maalform)).toEqual([])
        const bytes = await Packer.toBuffer(buildWordDocument(rendered, { appVersion: '0.0.0-test' }))
        expect(bytes.subarray(0, 2).toString()).toBe('PK')
        // Kept for a person to open and for LibreOffice to draw.
        const dir = resolve(import.meta.dirname, '../../test-results/melding')
        mkdirSync(dir, { recursive: true })
        writeFileSync(join(dir, `melding-${maalform}-${variant}.docx`), bytes)
      })
    }
  }
})
