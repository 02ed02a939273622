import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI_ENTRY } from '../../scripts/cliStart.mjs'

const root = resolve(__dirname, '../..')

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/** The built CLI (out/cli/cli.mjs, built by the unit project's global setup) as `npm run cli` starts it. */
function cli(...args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI_ENTRY, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', fail)
    child.on('close', (status) => done({ status, stdout, stderr }))
  })
}

const NBSP = '\u00a0'
const T = 60_000

describe.concurrent('npm run cli -- beregn', () => {
  it('computes Tysnes’ kr 57 060 from 2 853 innbyggjarar, in nynorsk because Tysnes is nynorsk', async () => {
    const run = await cli('beregn', '--kommune', '1223', '--folketal', '2853', '--dato', '2017-06-30')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout.split('\n')[0]).toBe(`Tysnes kommune: 2${NBSP}853${NBSP}innbyggjarar × kr${NBSP}20 = kr${NBSP}57${NBSP}060`)
    expect(run.stdout).toContain('oppgitt på kommandolinja')
  }, T)

  it('prints one JSON object with the figures as decimal strings, in the målform asked for', async () => {
    const run = await cli('beregn', '--kommune', 'tysnes', '--folketal', '2 853', '--json', '--maalform', 'nb')
    expect(run.status).toBe(0)
    const json = JSON.parse(run.stdout)
    expect(json).toMatchObject({
      runde: '2017',
      type: 'kommune',
      kommunenummer: '1223',
      namn: 'Tysnes',
      folketal: 2853,
      folketalDato: '2017-09-08',
      folketalDatoFraaInvitasjonen: true,
      folketalKjelde: 'oppgitt på kommandolinjen',
      sats: '20',
      belop: '57060',
      belopFormatert: `kr${NBSP}57${NBSP}060`,
      maalform: 'nb'
    })
  }, T)

  it('defaults to the embedded 1.1.2017 figure, and follows 4616 back to 1223 for the 2017 round', async () => {
    const run = await cli('beregn', '--kommune', '4616', '--json')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ kommunenummer: '1223', oppgittNummer: '4616', folketal: 2847, belop: '56940', maalform: 'nn' })
  }, T)

  it('computes a fylkeskommune at kr 5, in the målform most of its kommunar chose (Hordaland: nynorsk)', async () => {
    const run = await cli('beregn', '--fylke', '12')
    expect(run.status).toBe(0)
    expect(run.stdout.split('\n')[0]).toBe(`Hordaland fylkeskommune: 519${NBSP}963${NBSP}innbyggjarar × kr${NBSP}5 = kr${NBSP}2${NBSP}599${NBSP}815`)
    const nb = await cli('beregn', '--fylke', '12', '--maalform', 'nb')
    expect(nb.stdout.split('\n')[0]).toBe(`Hordaland fylkeskommune: 519${NBSP}963${NBSP}innbyggere × kr${NBSP}5 = kr${NBSP}2${NBSP}599${NBSP}815`)
  }, T)

  it.each([
    [['--kommune', 'tysnez', '--maalform', 'nn'], 'Fann ikkje kommunen «tysnez». Meinte du: Tysnes?'],
    [['--kommune', 'tysnez'], 'Fant ikke kommunen «tysnez». Mente du: Tysnes?'],
    [['--kommune', '1223', '--folketal', '2.853'], '--folketal «2.853»: Skriv folketalet utan punktum, til dømes 2853 eller 2 853.'],
    [['--kommune', '1223', '--folketal', '-5', '--maalform', 'nb'], '--folketal «-5»: Folketallet kan ikke være negativt.'],
    [['--kommune', '1223', '--fylkje', '12'], 'Ukjent valg «--fylkje». Gyldige valg: --kommune, --fylke, --folketal, --dato, --runde, --json, --maalform.'],
    [['--kommune'], 'Valget --kommune mangler verdi.'],
    [['--kommune', '1223', '--dato', '2017-02-30'], '--dato må vere ein dato som 2017-01-01, ikkje «2017-02-30».'],
    [['--kommune', '1223', '--runde', '2019'], 'Ukjent runde «2019». Runder: 2017 (KS DigiFin 2017).'],
    [['--kommune', 'heroy'], '«heroy» passer til flere kommuner i kommuneinndelingen 2017: 1515 Herøy (Møre og Romsdal), 1818 Herøy (Nordland). Oppgi kommunenummeret.']
  ])('refuses %j with exit status 2 and one line: %s', async (args, message) => {
    const run = await cli('beregn', ...args)
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(message + '\n')
  }, T)

  it('refuses Oslo as a fylkeskommune, saying why, on one line', async () => {
    const run = await cli('beregn', '--fylke', '03', '--maalform', 'nn')
    expect(run.status).toBe(2)
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('Bruk --kommune 0301.')
  }, T)
})

describe.concurrent('npm run cli -- landsoversikt', () => {
  it('prints the country as JSON: every kommune and fylkeskommune with decimal-string amounts', async () => {
    const run = await cli('landsoversikt', '--json')
    expect(run.status).toBe(0)
    const json = JSON.parse(run.stdout)
    expect(json.kommunar).toHaveLength(426)
    expect(json.fylkeskommunar).toHaveLength(18)
    expect(json.kommunar.find((k: { kommunenummer: string }) => k.kommunenummer === '1223')).toEqual({
      kommunenummer: '1223',
      namn: 'Tysnes',
      folketal: 2847,
      folketalDato: '2017-01-01',
      folketalKjelde: 'SSB, tabell 07459, folketall 1. januar',
      sats: '20',
      belop: '56940'
    })
    expect(json.sum).toMatchObject({ kommunar: '105166340', fylkeskommunar: '22957790', omAlleBlirMed: '253124130' })
  }, T)

  it('prints a readable breakdown in nynorsk', async () => {
    const run = await cli('landsoversikt', '--maalform', 'nn')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`Kommunar (426): 5${NBSP}258${NBSP}317${NBSP}innbyggjarar × kr${NBSP}20 = kr${NBSP}105${NBSP}166${NBSP}340`)
    expect(run.stdout).toContain(`Til saman dersom alle vert med: kr${NBSP}253${NBSP}124${NBSP}130`)
  }, T)
})

describe.concurrent('the dispatcher', () => {
  it('refuses an unknown command with exit status 2 and names the commands', async () => {
    const run = await cli('berekn')
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^Ukjent kommando «berekn»\. Kommandoer: ([a-z-]+, )*beregn, ([a-z-]+, )*landsoversikt(, [a-z-]+)*\.\n$/)
  }, T)

  it('lists the commands on --help', async () => {
    const run = await cli('--help')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/beregn .*\n(.*\n)*.*landsoversikt/)
  }, T)
})
