import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { plainText } from '../../shared/document/text'
import { buildWordDocument } from '../../shared/document/word'
import { MAALFORMER } from '../../shared/maalform'
import { meldingAmount, meldingFileName, meldingFrom, meldingInvoiceReference, meldingSchema, renderMelding } from '../../shared/meldingOmVedtak'
import { DIGIFIN_2017 } from '../../shared/financingRound'
import { foreignWords } from '../../shared/purity'
import { invited, withMeldingReference, type Step } from '../../shared/tracking/participation'
import { LINKED_CASE, melding } from '../fixtures/melding/meldingar'
import { paragraphsOf, readDocx } from '../fixtures/saksframlegg/docxRead'

const plain = (text: string): string => text.replace(/\u00a0/g, ' ')

describe('the melding om vedtak', () => {
  it('tells KS, at its postal address, what the council decided, citing KS’s letter, in nynorsk', () => {
    const text = plain(plainText(renderMelding(melding('nn', 'ja'), 'nn')))
    // A letter: no saksframlegg-style title over the subject line that says the same (set 4, C26).
    expect(text).not.toContain('MELDING OM VEDTAK')
    // To the person KS's letter named, sent to the address it asked for (set 4, A13).
    expect(text).toContain('KS\nAtt.: Hallvard Hoen\nPostboks 1378 Vika\n0114 Oslo\nSendt per e-post til hallvard.hoen@ks.no\n')
    // The letter goes to KS, so KS's own letter is «brevet dykkar» (set 2 #31).
    expect(text).toContain('Vi viser til brevet dykkar av 8. september 2017.')
    expect(text).toContain('Kommunestyret i Tysnes kommune handsama saka i møte 13. desember 2017, sak 58/17, og gjorde slikt vedtak:')
    // The quote is the vedtak as adopted, "prosjektet" and all; what it means, with the amount, follows it
    // straight away, in the adopted budget, and the attachment line closes the body (set 2 #8).
    expect(text).toContain(
      'kommunen sin del av prosjektet vert lagt inn i budsjett 2018 i samsvar med ovannemnde premissar.\n' +
        'Vi ber om at KS sender faktura på kr 56 940 til Tysnes kommune, merkt «17/596».\n' +
        'Saksprotokollen med saksframlegget ligg ved.\n'
    )
    expect(text).toContain('Med helsing\n\nAnders Teigen\nsakshandsamar')
  })

  it('says «Deres dato» as the header label (set 7, C7), and «brevet deres» in the body', () => {
    const text = plain(plainText(renderMelding(melding('nb', 'ja'), 'nb')))
    expect(text).toContain('Deres dato: 8. september 2017')
    expect(text).toContain('Vi viser til brevet deres av 8. september 2017')
    expect(text).not.toMatch(/deres brev|brevet fra KS/)
    expect(text).toContain(
      'Vi ber om at KS sender faktura på kr 400 000 til Levanger kommune, merket «17/2140».\n' +
        'Saksprotokollen med saksframlegget ligger ved.\n'
    )
  })

  it('puts KS’s reference, not a date, in the reference field: «Dykkar dato» with the date when the reference is not known', () => {
    const without = plain(plainText(renderMelding(melding('nn', 'ja'), 'nn')))
    expect(without).toContain('Dykkar dato: 8. september 2017')
    expect(without).not.toContain('Dykkar brev')
    expect(without).not.toContain('Dykkar ref.')
    const m = melding('nn', 'ja')
    const withRef = { ...m, theirLetter: { ...m.theirLetter, reference: '17/01234' } }
    expect(meldingSchema.safeParse(withRef).success).toBe(true)
    expect(plain(plainText(renderMelding(withRef, 'nn')))).toContain('Dykkar ref.: 17/01234 (brev av 8. september 2017)')
    const nb = melding('nb', 'ja')
    expect(plain(plainText(renderMelding({ ...nb, theirLetter: { ...nb.theirLetter, reference: '17/01234' } }, 'nb')))).toContain(
      'Deres ref.: 17/01234 (brev av 8. september 2017)'
    )
  })

  it('says the protocol «ligg ved», not «følgjer vedlagt»', () => {
    for (const maalform of MAALFORMER) {
      const text = plainText(renderMelding(melding(maalform, 'ja'), maalform))
      expect(text).not.toMatch(/vedlagt/)
      expect(text).toContain(maalform === 'nn' ? 'ligg ved.' : 'ligger ved.')
    }
  })

  it('gives the linked case’s arkivsak and sakshandsamar, and no «Vår ref.» line for a case without an arkivsak', () => {
    const own = plain(plainText(renderMelding(melding('nb', 'ja'), 'nb')))
    expect(own).toContain('Vår ref.: 17/2140')
    expect(own).toContain('Med hilsen\n\nKari Nordmo\nsaksbehandler')
    const noArchive = { header: { arkivsak: ' ', sakshandsamar: '' }, economy: LINKED_CASE.nn.economy }
    const text = plain(plainText(renderMelding(melding('nn', 'ja', noArchive), 'nn')))
    expect(text).not.toContain('Vår ref.')
    expect(text).not.toContain('[arkivsaksnummer]')
    expect(text).not.toContain('17/596')
    // No sakshandsamar on the case: the profile's signs.
    expect(text).toContain('Med helsing\n\nAnders Teigen\nsakshandsamar')
  })

  it('states the amount of the case the council decided on, not a figure computed since', () => {
    // The fixture's case says kr 56 940 where Bidrag today would compute kr 57 060.
    expect(melding('nn', 'later').amount).toBe(LINKED_CASE.nn.economy.amount)
    const text = plain(plainText(renderMelding(melding('nn', 'later'), 'nn')))
    expect(text).toContain('faktura på kr 56 940 til Tysnes kommune')
    expect(text).not.toContain('57 060')
  })

  it('names the sender as the linked case names the kommune, not by the profile’s newer name', () => {
    // Levanger, 1719 in 2017, is «Levanger - Levangke kommune» (5037) in the register of 2024; its
    // council decided on a case from «Levanger kommune», and the letter says so throughout.
    const decided: Step = { status: 'vedteke', decision: 'ja', utval: 'Kommunestyret', saksnummer: '65/17', date: '2017-12-13', vedtakText: 'Levanger kommune vil delta.', by: 'K', note: '' }
    const source = {
      participation: { ...invited('2017', '2017-09-08', 'K'), steps: [decided] },
      round: DIGIFIN_2017,
      organisation: 'Levanger - Levangke kommune',
      sakshandsamar: 'Kari Nordmo',
      maalform: 'nb' as const,
      date: '2017-12-14',
      vedtakText: ''
    }
    const linkedCase = { ...LINKED_CASE.nb, header: { ...LINKED_CASE.nb.header, kommuneName: 'Levanger kommune' } }
    const fromCase = meldingFrom({ ...source, linkedCase })
    if (!fromCase) throw new Error('No melding')
    const text = plain(plainText(renderMelding(fromCase, 'nb')))
    expect(text).toContain('Levanger kommune\nVår ref.')
    expect(text).toContain('KS\nAtt.: Hallvard Hoen\nPostboks 1378 Vika\n0114 Oslo\nSendt per e-post til hallvard.hoen@ks.no\n')
    expect(text).toContain('Kommunestyret i Levanger kommune behandlet saken i møte 13. desember 2017, sak 65/17')
    expect(text).not.toContain('Levangke')
    expect(meldingFileName(fromCase)).toBe('Melding om vedtak 65-17 Levanger kommune.docx')
    // Without a linked case, the profile's name is all there is.
    expect(meldingFrom(source)?.sender.organisation).toBe('Levanger - Levangke kommune')
  })

  it('without a case in the app, asks KS to invoice the adopted amount, marked with the reference typed by the melding or unmarked', () => {
    // Levanger recorded «Ikke et saksframlegg i appen» and typed the vedtak with kr 400 000 (U7, finding 1).
    const decided: Step = {
      status: 'vedteke', decision: 'ja', utval: 'Kommunestyret', saksnummer: '65/17', date: '2017-12-13',
      vedtakText: 'Levanger kommune deltar i DigiFin med til sammen kr 400 000.', by: 'K', note: ''
    }
    const participation = { ...invited('2017', '2017-09-08', 'K'), steps: [decided] }
    const source = {
      participation, round: DIGIFIN_2017, organisation: 'Levanger kommune', sakshandsamar: 'Kari Nordmo',
      maalform: 'nb' as const, date: '2017-12-14', vedtakText: '', computedAmount: '397840'
    }
    const unmarked = meldingFrom(source)
    if (!unmarked) throw new Error('No melding')
    const text = plain(plainText(renderMelding(unmarked, 'nb')))
    expect(text).not.toContain('[arkivsaksnummer]')
    expect(text).not.toContain('Vår ref.')
    expect(text).toContain('Vi ber om at KS sender faktura på kr 400 000 til Levanger kommune.')
    const marked = meldingFrom({ ...source, participation: withMeldingReference(participation, ' 17/2211 ') })
    if (!marked) throw new Error('No melding')
    const withReference = plain(plainText(renderMelding(marked, 'nb')))
    expect(withReference).toContain('Vår ref.: 17/2211')
    expect(withReference).toContain('Vi ber om at KS sender faktura på kr 400 000 til Levanger kommune, merket «17/2211».')
    // The «melding sendt» step starts from the same reference; a vedtak without a sum asks for the computed one.
    expect(meldingInvoiceReference(withMeldingReference(participation, '17/2211'), undefined)).toBe('17/2211')
    expect(meldingAmount(participation, undefined, 'Levanger kommune deltar.', '397840')).toBe('397840')
  })

  it('without a linked case, states the amount on KS’s invoice, or none', () => {
    const invoiced: Step = { status: 'fakturert', amount: '57000', invoiceReference: 'F-1', date: '2018-01-10', by: 'A', note: '' }
    const record = { ...invited('2017', '2017-09-08', 'A'), steps: [invoiced] }
    expect(meldingAmount(record, undefined)).toBe('57000')
    expect(meldingAmount(invited('2017', '2017-09-08', 'A'), undefined)).toBeUndefined()
    expect(melding('nn', 'ja', null).amount).toBeUndefined()
  })

  it('for a kommune joining in 2018, names no budget year in its own sentences', () => {
    const blocks = renderMelding(melding('nn', 'later'), 'nn').blocks
    const own = blocks.filter((b) => b.type === 'paragraph').map((b) => b.runs.map((r) => r.text).join(''))
    expect(own.join('\n')).not.toContain('budsjett')
  })

  it('quotes the whole vedtak as recorded, every sentence of a «nei»', () => {
    const text = plain(plainText(renderMelding(melding('nn', 'nei'), 'nn')))
    expect(text).toContain(
      'digitaliseringsprosjekt. Saka vert lagd fram på nytt når dei første løysingane frå ordninga er klare.\n' +
        'Kommunen deltek difor ikkje i finansieringsordninga no.\nSaksprotokollen'
    )
  })

  it('sets the address and the signature as single-spaced lines of one paragraph each, with an empty line before and after the greeting', () => {
    const blocks = renderMelding(melding('nn', 'ja'), 'nn').blocks
    const lines = (part: string) =>
      blocks.filter((b) => b.origin.part === part && b.type === 'paragraph').map((b) => (b.type === 'paragraph' ? b.runs.map((r) => r.text) : []))
    expect(lines('recipient')).toEqual([['KS', 'Att.: Hallvard Hoen', 'Postboks 1378 Vika', '0114 Oslo'], ['Sendt per e-post til hallvard.hoen@ks.no']])
    // The protocol the body says «ligg ved» is named in a «Vedlegg:» line under the signature (set 10, D27).
    expect(lines('signature')).toEqual([[], ['Med helsing'], [], ['Anders Teigen', 'sakshandsamar', 'Tysnes kommune'], [], ['Vedlegg: Saksprotokoll, sak 58/17, med saksframlegg']])
    const nb = plain(plainText(renderMelding(melding('nb', 'ja'), 'nb')))
    expect(nb).toContain('saksbehandler\nLevanger kommune\n\nVedlegg: Saksprotokoll, sak 65/17, med saksframlegg')
  })

  it('leaves room to sign in the plain Word letter, as in the template: an empty paragraph between the greeting and the name', async () => {
    for (const maalform of MAALFORMER) {
      const doc = buildWordDocument(renderMelding(melding(maalform, 'ja'), maalform), { appVersion: '0.0.0-test' })
      const { document } = await readDocx(doc)
      // Every paragraph, an empty one (<w:p/>) too, as its text.
      const paragraphs = (document.match(/<w:p\/>|<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) => paragraphsOf(p)[0] ?? '')
      const closing = paragraphs.indexOf(maalform === 'nn' ? 'Med helsing' : 'Med hilsen')
      expect(paragraphs[closing - 1], maalform).toBe('')
      expect(paragraphs[closing + 1], maalform).toBe('')
      expect(paragraphs[closing + 2], maalform).toMatch(/^(Anders Teigen|Kari Nordmo)/)
    }
  })

  it('in bokmål, for a kommune that declined, says it does not take part and asks for no invoice', () => {
    const text = plain(plainText(renderMelding(melding('nb', 'nei'), 'nb')))
    expect(text).toContain('Levanger kommune behandlet saken i møte 13. desember 2017, sak 65/17')
    expect(text).toContain('Kommunen deltar derfor ikke i finansieringsordningen nå.')
    expect(text).not.toContain('faktura')
    expect(text).not.toContain('kr ')
  })

  it('for a kommune joining later, cites the new decision and gives the invoice reference', () => {
    const text = plain(plainText(renderMelding(melding('nn', 'later'), 'nn')))
    expect(text).toContain('sak 30/18')
    expect(text).toContain('Vi ber om at KS sender faktura på kr 56 940 til Tysnes kommune, merkt «4410-DigiFin».')
  })

  it('is not made until a decision with its text is recorded', () => {
    const source = { round: DIGIFIN_2017, organisation: 'Tysnes kommune', sakshandsamar: '', maalform: 'nn', date: '2017-12-14', vedtakText: '' } as const
    expect(meldingFrom({ ...source, participation: invited('2017', '2017-09-08', 'A') })).toBeUndefined()
  })

  it('passes its own schema and is named for the case number and the kommune', () => {
    expect(meldingSchema.safeParse(melding('nn', 'ja')).success).toBe(true)
    expect(meldingFileName(melding('nn', 'ja'))).toBe('Melding om vedtak 58-17 Tysnes kommune.docx')
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
