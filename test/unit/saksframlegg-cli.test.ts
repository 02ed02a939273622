import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { Packer } from 'docx'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../scripts/cli'
import { buildDefaultSaksframlegg } from '../../shared/saksframlegg/defaults'
import { buildDocument } from '../../shared/saksframlegg/docx'
import { foreignWords } from '../../shared/purity'
import { tysnesContribution } from '../fixtures/saksframlegg/cases'
import { APP_VERSION } from '../fixtures/saksframlegg/appVersion'
import { paragraphsOf, plainSpaces } from '../fixtures/saksframlegg/docxRead'
import { calculateContribution } from '../../shared/contribution'
import { DIGIFIN_2017 } from '../../shared/financingRound'
import { formatDateLong, todayIso } from '../../shared/format'

const dir = mkdtempSync(join(tmpdir(), 'saksframlegg-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function cli(...args: string[]): Promise<{ status: number; out: string[]; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const status = await main(['saksframlegg', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { status, out, err }
}

async function documentXml(data: Buffer | Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(data)).file('word/document.xml')!.async('string')
}

describe('npm run cli -- saksframlegg', () => {
  it('writes the Tysnes case the app would write', async () => {
    const file = join(dir, 'sak.docx')
    const run = await cli(
      '--kommune', '1223', '--folketal', '2853', '--maalform', 'nn', '--ut', file,
      '--sakshandsamar', 'Anders Teigen', '--arkivsak', '17/596', '--arkivkode', '010',
      '--innstilling', 'ja', '--budsjettaar', '2018', '--dato', '2017-10-01'
    )
    expect(run).toMatchObject({ status: 0, err: [] })
    expect(plainSpaces(run.out.join('\n'))).toContain('Tysnes kommune, kr 57 060, nynorsk')

    const written = await documentXml(readFileSync(file))
    const contribution = calculateContribution(DIGIFIN_2017, tysnesContribution.contributor, {
      count: 2853,
      date: DIGIFIN_2017.invitationDate,
      source: 'oppgitt på kommandolinjen',
      sourceText: { nn: 'oppgitt på kommandolinja', nb: 'oppgitt på kommandolinjen' },
      // Given without --folketaldato and --kjelde: the document dates and cites neither (issue 8).
      dateUnknown: true,
      sourceUnknown: true,
      origin: 'manual'
    })
    const app = buildDefaultSaksframlegg(
      contribution,
      { kommuneName: 'Tysnes kommune', kind: 'kommune', sakshandsamar: 'Anders Teigen', chiefTitle: { kind: 'raadmann' } },
      'nn',
      { arkivsak: '17/596', arkivkode: '010', date: '2017-10-01', budgetYear: 2018 }
    )
    expect(written).toBe(await documentXml(await Packer.toBuffer(buildDocument(app, 'nn', { appVersion: APP_VERSION }))))
    const text = plainSpaces(paragraphsOf(written).join('\n'))
    expect(text).toContain('INNSTILLING FRÅ RÅDMANNEN')
    expect(text).toContain('2 853 innbyggjarar × kr 20 = kr 57 060')
    expect(foreignWords(text, 'nn')).toEqual([])
    expect(text).toContain('folketalet i Tysnes per [dato for folketalet]. Kjelde: [kjelde for folketalet].')
    expect(text).not.toContain('kommandolinja')
    expect(text).not.toContain('8. september 2017. Kjelde')
    expect(run.out.join('\n')).toContain('dokumentet viser «[dato for folketalet]»')
    expect(run.out.join('\n')).toContain('dokumentet viser «[kjelde for folketalet]»')
  })

  it('takes the kommune’s own målform, the fylke, the decline and the sections part', async () => {
    // Hordaland: most of its kommunar chose nynorsk, so the fylkeskommune starts in nynorsk.
    const written = async (del: string) => {
      const file = join(dir, `hfk-${del}.docx`)
      const run = await cli('--fylke', '12', '--innstilling', 'nei', '--del', del, '--leiar', 'fylkesdirektør', '--ut', file)
      expect(run.status).toBe(0)
      // A 2019 title in a 2017 case: the same note the editor gives.
      expect(run.out.join('\n')).toContain('Merk: tittelen fylkesdirektør kom med den nye kommunelova, som tok til å gjelde i 2019. I 2017 var tittelen fylkesrådmann.')
      return plainSpaces(paragraphsOf(await documentXml(readFileSync(file))).join('\n'))
    }
    const whole = await written('heile')
    expect(whole).toContain('INNSTILLING FRÅ FYLKESDIREKTØREN')
    expect(whole).toContain('Hordaland fylkeskommune deltek ikkje i finansieringsordninga for digitaliseringsprosjekt no.')
    const text = await written('saksutgreiing')
    expect(text).toContain('519 963 innbyggjarar × kr 5 = kr 2 599 815')
    expect(text).not.toContain('SAKSFRAMLEGG')
    // The innstilling is a part of its own, for the template's own place (issue 8 §3).
    expect(text).not.toContain('INNSTILLING FRÅ FYLKESDIREKTØREN')
    expect(text).not.toContain('deltek ikkje i finansieringsordninga for digitaliseringsprosjekt no')
    expect(foreignWords(text, 'nn')).toEqual([])
    const innstilling = await written('innstilling')
    expect(innstilling).toMatch(/^Hordaland fylkeskommune deltek ikkje i finansieringsordninga/)
    expect(innstilling).not.toContain('INNSTILLING FRÅ FYLKESDIREKTØREN')
    expect(foreignWords(innstilling, 'nn')).toEqual([])

    const nb = await cli('--fylke', '12', '--maalform', 'nb', '--ut', join(dir, 'hfk-nb.docx'))
    expect(nb.status).toBe(0)
    const nbText = plainSpaces(paragraphsOf(await documentXml(readFileSync(join(dir, 'hfk-nb.docx')))).join('\n'))
    expect(nbText).toContain('519 963 innbyggere × kr 5 = kr 2 599 815')
    expect(foreignWords(nbText, 'nb')).toEqual([])

    const tysnes = await cli('--kommune', 'Tysnes', '--ut', join(dir, 'tysnes.docx'))
    expect(tysnes.status).toBe(0)
    const nn = plainSpaces(paragraphsOf(await documentXml(readFileSync(join(dir, 'tysnes.docx')))).join('\n'))
    expect(nn).toContain('2 847 innbyggjarar × kr 20 = kr 56 940')
  })

  it('dates the case today without --dato, as the app does', async () => {
    const run = await cli('--kommune', '1223', '--ut', join(dir, 'i-dag.docx'))
    expect(run.status).toBe(0)
    const text = plainSpaces(paragraphsOf(await documentXml(readFileSync(join(dir, 'i-dag.docx')))).join('\n'))
    expect(text).toContain(`Dato:\t${plainSpaces(formatDateLong(todayIso()))}`)
  })

  it('names the file itself when --ut is a folder', async () => {
    const folder = mkdtempSync(join(dir, 'mappe-'))
    const run = await cli('--kommune', '1223', '--arkivsak', '17/596', '--ut', folder)
    expect(run.status).toBe(0)
    expect(readdirSync(folder)).toEqual(['Saksframlegg 17-596 Digitalisering i kommunal sektor.docx'])
  })

  it.each([
    [['--kommune', '1223', '--ut', 'x.txt'], '--ut må vere ei .docx-fil, ikkje «x.txt».'],
    [['--kommune', '1223'], 'Oppgje kvar fila skal skrivast: --ut sak.docx.'],
    [['--kommune', '1223', '--ut', 'a.docx', '--innstilling', 'kanskje'], '--innstilling må vere ja, nei eller orientering, ikkje «kanskje».'],
    [['--kommune', '1223', '--ut', 'a.docx', '--dato', '1.10.2017'], '--dato må vere ein dato som 2017-10-01, ikkje «1.10.2017».'],
    [['--kommune', '1223', '--ut', 'a.docx', '--del', 'alt'], '--del må vere heile, saksutgreiing eller innstilling, ikkje «alt».'],
    [['--kommune', '1223', '--ut', 'a.docx', '--budsjettaar', '18'], '--budsjettaar må vere eit årstal som 2018, ikkje «18».'],
    [['--kommune', '1223', '--ut', 'a.docx', '--folketal', '2.853'], '--folketal «2.853»: Skriv folketalet utan punktum, til dømes 2853 eller 2 853.'],
    [['--kommune', '1223', '--ut', join('finst-ikkje', 'a.docx')], 'Mappa «finst-ikkje» finst ikkje.'],
    [['--ut', 'a.docx'], 'Oppgi enten --kommune eller --fylke (ikke begge).']
  ])('refuses %j with exit 2 and one line (in the kommune’s målform once it is known)', async (args, message) => {
    const run = await cli(...args)
    expect(run).toEqual({ status: 2, out: [], err: [message] })
  })

  it('answers in bokmål when asked', async () => {
    const run = await cli('--kommune', '1223', '--maalform', 'nb', '--ut', 'x.txt')
    expect(run).toEqual({ status: 2, out: [], err: ['--ut må være en .docx-fil, ikke «x.txt».'] })
  })
})
