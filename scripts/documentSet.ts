/**
 * The document set for a native reader (issue 9): every kind of document the app and the CLI write,
 * in both målformer, as .docx, as LibreOffice's text dump (.txt) and as PNG pages (60 dpi), so a
 * reader can read them and a developer can look at every page. Not part of `npm test`:
 *
 *   npx tsx --tsconfig tsconfig.node.json scripts/documentSet.ts /work/wt/docs/set1
 *
 * The DigiFin saksframlegg are written by the CLI (the variants it can produce); the melding om
 * vedtak and the adoption case from the same fixtures the unit tests use.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Packer } from 'docx'
import { fillTemplate, inspectTemplate } from '../shared/document/template'
import { buildWordDocument } from '../shared/document/word'
import { documentLanguage, type RenderedDocument } from '../shared/document/blocks'
import type { Maalform } from '../shared/maalform'
import { calculateContribution } from '../shared/contribution'
import { DIGIFIN_2017 } from '../shared/financingRound'
import { renderMelding } from '../shared/meldingOmVedtak'
import { buildDefaultSaksframlegg } from '../shared/saksframlegg/defaults'
import { innstillingText } from '../shared/saksframlegg/render'
import { defaultMeldingTemplateMapping, meldingTemplateParts } from '../shared/meldingOmVedtak/templateParts'
import { renderTilknyting } from '../shared/tilknyting'
import { LEVANGER_DECISION, LINKED_CASE, TYSNES_DECISION, melding } from '../test/fixtures/melding/meldingar'
import { adoptionCase } from '../test/fixtures/tilknyting/cases'
import { LETTER_BODY, rawTemplate } from '../test/fixtures/templates/rawTemplate'

const out = resolve(process.argv[2] ?? 'out/document-set')
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const producer = { appVersion: '0.1.0' }

/**
 * Tysnes as its own case counted (seed 001): 2 853 at the end of 2. kvartal 2017, kr 57 060; the
 * adoption cases (09, 10) written in 2026 use the newest figure the app has.
 */
const TYSNES = { count: 2853, date: '2017-07-01', source: 'SSB, tabell 01222 (folketal ved utgangen av 2. kvartal 2017)' }
/** Levanger by the figure the CLI embeds for the 2017 round (SSB 07459, 1.1.2017). */
const LEVANGER = { count: 19892, date: '2017-01-01', source: 'SSB, tabell 07459' }

/** The DigiFin saksframlegg, as `npm run cli -- saksframlegg` writes them. */
const CASES: [string, string[]][] = [
  ['01 DigiFin Tysnes nn ja', ['--kommune', 'Tysnes', '--maalform', 'nn', '--innstilling', 'ja', '--sakshandsamar', 'Anders Teigen', '--arkivsak', '17/596', '--arkivkode', '010', '--dato', '2017-11-20', '--folketal', String(TYSNES.count), '--folketaldato', TYSNES.date, '--kjelde', TYSNES.source]],
  ['02 DigiFin Levanger nb ja', ['--kommune', 'Levanger', '--maalform', 'nb', '--innstilling', 'ja', '--sakshandsamar', 'Kari Nordmo', '--arkivsak', '17/2140', '--arkivkode', '026', '--leiar', 'rådmann', '--finansiering', 'disposisjonsfond', '--dato', '2017-11-22']],
  ['03 DigiFin Hordaland fylkeskommune nn ja', ['--fylke', 'Hordaland', '--maalform', 'nn', '--innstilling', 'ja', '--leiar', 'fylkesrådmann', '--sakshandsamar', 'Kari Haugland', '--arkivsak', '2017/14211', '--arkivkode', '030', '--dato', '2017-11-15']],
  ['04 DigiFin Akershus fylkeskommune nb nei', ['--fylke', 'Akershus', '--maalform', 'nb', '--innstilling', 'nei', '--leiar', 'fylkesrådmann', '--sakshandsamar', 'Per Olsen', '--dato', '2017-11-15']]
]
for (const [name, args] of CASES) {
  execFileSync('node', ['scripts/cliStart.mjs', 'saksframlegg', ...args, '--ut', join(out, `${name}.docx`)], { stdio: 'inherit' })
}

async function write(name: string, rendered: RenderedDocument): Promise<void> {
  writeFileSync(join(out, `${name}.docx`), await Packer.toBuffer(buildWordDocument(rendered, producer)))
}

/**
 * The innstilling of case 01 (Tysnes) or 02 (Levanger) as the council adopted it: the melding quotes
 * that vedtak and states its amount, so the letter and the case it answers say the same.
 */
function adoptedCase(maalform: Maalform): { vedtak: string; amount: string } {
  const [name, number, population, profile] =
    maalform === 'nn' ? (['Tysnes', '1223', TYSNES, { name: 'Tysnes kommune', chief: 'raadmann' }] as const) : (['Levanger', '1719', LEVANGER, { name: 'Levanger kommune', chief: 'raadmann' }] as const)
  const contribution = calculateContribution(DIGIFIN_2017, { kind: 'kommune', number, name }, { ...population, origin: 'manual' })
  const doc = buildDefaultSaksframlegg(
    contribution,
    { kommuneName: profile.name, kind: 'kommune', sakshandsamar: '', chiefTitle: { kind: profile.chief } },
    maalform,
    { date: maalform === 'nn' ? '2017-11-20' : '2017-11-22', funding: { kind: 'disposisjonsfond' } }
  )
  return { vedtak: innstillingText(doc, maalform), amount: contribution.amount }
}

const letterTemplate = await rawTemplate(LETTER_BODY)
const inspected = await inspectTemplate(letterTemplate)
if (!inspected.ok) throw new Error(`letter template refused: ${inspected.refusal.reason}`)
for (const [i, maalform] of (['nn', 'nb'] as Maalform[]).entries()) {
  // Tysnes adopted the innstilling of 01; Levanger's vedtak is the protocol's (PS 65/17, kr 400 000),
  // not the innstilling of 02 (kr 397 840), and the melding quotes and invoices what was adopted.
  const adopted = adoptedCase(maalform)
  const linked = LINKED_CASE[maalform]
  const m =
    maalform === 'nn'
      ? ((built) => ({ ...built, decision: { ...built.decision, text: adopted.vedtak } }))(melding(maalform, 'ja', { ...linked, economy: { ...linked.economy, amount: adopted.amount } }))
      : melding(maalform, 'ja', { ...linked, economy: { ...linked.economy, amount: adopted.amount } })
  await write(`0${5 + 2 * i} Melding om vedtak ${maalform} (Word)`, renderMelding(m, maalform))
  const filled = await fillTemplate(letterTemplate, defaultMeldingTemplateMapping(inspected.template.places), meldingTemplateParts(m, maalform), {
    dropMarkers: true,
    language: documentLanguage(maalform)
  })
  if (!filled.ok) throw new Error(`template fill: ${filled.refusal.reason}`)
  writeFileSync(join(out, `0${6 + 2 * i} Melding om vedtak ${maalform} (brevmal).docx`), filled.bytes)
}

// A solution whose purpose the catalogue gives, with the vedtak the tracking record holds (Tysnes' as in the melding fixture, 05).
await write(
  '09 Tilknyting Tysnes nn Fiks folkeregister',
  renderTilknyting(
    adoptionCase('tysnes', 'fiks-folkeregister', {
      paidOn: '2018-03-15',
      decision: TYSNES_DECISION,
      arkivsak: '26/311',
      arkivkode: '026',
      benefit:
        'Sakshandsamarane kan hente oppdaterte opplysningar om innbyggjarane direkte frå Folkeregisteret og slepp å spørje kvar enkelt.'
    }),
    'nn'
  )
)
await write(
  '10 Tilknyting Levanger nb DigiBarnevern',
  renderTilknyting(
    adoptionCase('levanger', 'min-kommune-barnevern', {
      paidOn: '2018-04-10',
      // Levanger's vedtak as fellesloysingar.md gives it: kommunestyret 13.12.2017, PS 65/17.
      decision: LEVANGER_DECISION,
      profile: { name: 'Levanger - Levangke' },
      arkivsak: '26/1187',
      arkivkode: '026',
      benefit:
        'Barn, unge og foreldre får en enkel og sikker kanal til barnevernet: de kan sende meldinger og chatte kryptert.'
    }),
    'nb'
  )
)

// The text dump and the pages, as LibreOffice lays them out.
const files = readdirSync(out).filter((f) => f.endsWith('.docx')).map((f) => join(out, f))
execFileSync('soffice', ['--headless', '--convert-to', 'txt:Text', '--outdir', out, ...files], { stdio: 'ignore' })
execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, ...files], { stdio: 'ignore' })
for (const file of files) {
  const base = file.replace(/\.docx$/, '')
  execFileSync('pdftoppm', ['-png', '-r', '60', `${base}.pdf`, base])
}
writeFileSync(
  join(out, 'LESMEG.txt'),
  [
    'Dokumentsett for ein lesar med norsk som morsmål (issue 9), skrive av scripts/documentSet.ts.',
    '01–04: DigiFin-saksframlegg slik CLI-en skriv dei (Tysnes nn ja, Levanger nb ja, Hordaland fylkeskommune nn ja, Akershus fylkeskommune nb nei).',
    '        Akershus har med vilje utan arkivsak og arkivkode: slik ser eit hol ut (gult).',
    '01: Tysnes med folketalet per 1. juli 2017 (2 853, kr 57 060), som i Tysnes si eiga sak frå 2017. 09–10 brukar det nyaste folketalet appen har.',
    '05, 07, 09, 10: Tysnes vedtok i sak 58/17 (testdata), Levanger i sak 65/17 (fellesloysingar.md), begge 13. desember 2017.',
    '05–08: Melding om vedtak til KS, nn og nb, som eigen Word-fil og fylt inn i ein brevmal. Tysnes vedtok innstillinga i 01; Levanger vedtok kr 400 000 (PS 65/17), ikkje kr 397 840 som i 02.',
    '        Brevmalen er testmalen til Tysnes (nynorsk brevhovud); nb-brevet i han viser berre korleis malen vert fylt.',
    '09–10: Saksframlegg om tilknyting: Tysnes nn Fiks folkeregister og Levanger nb DigiBarnevern (profilnamn «Levanger - Levangke»).',
    'Kvar fil finst som .docx, .txt (LibreOffice sin tekstdump) og .png (ei side per fil, 60 dpi).',
    ''
  ].join('\n')
)
console.log(`Wrote ${files.length} documents to ${out}`)
