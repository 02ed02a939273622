import '../support/fileReader'
import 'fake-indexeddb/auto'
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Maalform } from '../../shared/maalform'
import { CLI_ENTRY } from '../../scripts/cliStart.mjs'
import { FIELD_INPUTS } from './badInput/fields'
import { FILE_INPUTS } from './badInput/files'
import { endWorld, makeWorld, type BadInput, type World } from './badInput/world'

/**
 * Issue 10 §9: bad input at every entry point — the forms' fields, the imports, restore files,
 * templates and the command line's flags. Each gives the message the user reads, in nynorsk and in
 * bokmål, and leaves the database as it was: a full export is byte-equal before and after.
 */

const cwd = mkdtempSync(join(tmpdir(), 'bad-input-cli-'))
afterAll(() => rmSync(cwd, { recursive: true, force: true }))

/** The built CLI, run in an empty folder: its message on stderr, and it must exit 2 and write no file. */
function cli(...args: string[]): BadInput['attempt'] {
  const run = (m: Maalform) =>
    new Promise<string>((done, fail) => {
      const child = spawn(process.execPath, [resolve(CLI_ENTRY), ...args, '--maalform', m], { cwd, env: { ...process.env, NO_COLOR: '1' } })
      let stderr = ''
      child.stderr.on('data', (d) => (stderr += d))
      child.on('error', fail)
      child.on('close', (status) => (status === 2 ? done(stderr.trim()) : fail(new Error(`exit ${status}: ${stderr}`))))
    })
  return async (w: World) => {
    const said = await w.both(run)
    expect(readdirSync(cwd)).toEqual([])
    return said
  }
}

const CLI_INPUTS: BadInput[] = [
  { entry: 'cli beregn', input: '--kommune Atlantis', nn: 'Fann ikkje kommunen «Atlantis» i kommuneinndelinga 2017.', nb: 'Fant ikke kommunen «Atlantis» i kommuneinndelingen 2017.', attempt: cli('beregn', '--kommune', 'Atlantis') },
  { entry: 'cli beregn', input: '--folketal -5', nn: '--folketal «-5»: Folketalet kan ikkje vere negativt.', nb: '--folketal «-5»: Folketallet kan ikke være negativt.', attempt: cli('beregn', '--kommune', '1223', '--folketal', '-5') },
  { entry: 'cli beregn', input: '--folketal 1e9', nn: '--folketal «1e9»: Folketalet kan berre innehalde siffer og mellomrom.', nb: '--folketal «1e9»: Folketallet kan bare inneholde sifre og mellomrom.', attempt: cli('beregn', '--kommune', '1223', '--folketal', '1e9') },
  { entry: 'cli beregn', input: '--folketal 0', nn: '--folketal «0»: Folketalet må vere minst 1.', nb: '--folketal «0»: Folketallet må være minst 1.', attempt: cli('beregn', '--kommune', '1223', '--folketal', '0') },
  { entry: 'cli beregn', input: '--dato 2017-13-45', nn: '--dato må vere ein dato som 2017-01-01, ikkje «2017-13-45».', nb: '--dato må være en dato som 2017-01-01, ikke «2017-13-45».', attempt: cli('beregn', '--kommune', '1223', '--dato', '2017-13-45') },
  { entry: 'cli beregn', input: '--runde 1999', nn: 'Ukjend runde «1999». Rundar: 2017 (KS DigiFin 2017).', nb: 'Ukjent runde «1999». Runder: 2017 (KS DigiFin 2017).', attempt: cli('beregn', '--kommune', '1223', '--runde', '1999') },
  { entry: 'cli landsoversikt', input: '--dato 1900-01-01', nn: 'Ingen kommunar eller fylkeskommunar har folketal på eller før 1. januar 1900; dei innebygde tala byrjar 1. januar 2015.', nb: 'Ingen kommuner eller fylkeskommuner har folketall på eller før 1. januar 1900; de innebygde tallene begynner 1. januar 2015.', attempt: cli('landsoversikt', '--dato', '1900-01-01') },
  { entry: 'cli kostnad', input: '--loysing finst-ikkje', nn: 'Fann ikkje løysinga «finst-ikkje». Vel digiorden, min-kommune-barnevern, fiks-folkeregister, fiks-skatte-og-inntektsopplysninger, fiks-smittesporing, min-kommune, digihelse, digisos, svarut-svarinn eller fiks-bekymringsmelding.', nb: 'Fant ikke løsningen «finst-ikkje». Velg digiorden, min-kommune-barnevern, fiks-folkeregister, fiks-skatte-og-inntektsopplysninger, fiks-smittesporing, min-kommune, digihelse, digisos, svarut-svarinn eller fiks-bekymringsmelding.', attempt: cli('kostnad', '--loysing', 'finst-ikkje') },
  { entry: 'cli kostnad', input: '--kommune (no such flag)', nn: 'Ukjend val «--kommune». Gyldige val: --loysing, --folketal, --fra, --aar, --json, --maalform.', nb: 'Ukjent valg «--kommune». Gyldige valg: --loysing, --folketal, --fra, --aar, --json, --maalform.', attempt: cli('kostnad', '--kommune', '1223') },
  { entry: 'cli', input: 'an unknown command', nn: 'Ukjend kommando «betal». Kommandoar: beregn, kostnad, landsoversikt, loysingar, saksframlegg.', nb: 'Ukjent kommando «betal». Kommandoer: beregn, kostnad, landsoversikt, loysingar, saksframlegg.', attempt: cli('betal', '--kommune', '1223') }
]

const ALL = [...FIELD_INPUTS, ...FILE_INPUTS, ...CLI_INPUTS]

let world: World
beforeEach(async () => {
  world = await makeWorld()
})
afterEach(async () => {
  await endWorld(world)
})

describe('bad input changes nothing and says why in the målform', () => {
  it.each(ALL.map((c) => [`${c.entry}: ${c.input}`, c] as const))('%s', async (_name, c) => {
    const before = await world.backup.export()
    const said = await c.attempt(world)
    expect(said).toEqual({ nn: c.nn, nb: c.nb })
    expect(await world.backup.export()).toBe(before)
  })

  it('covers at least 60 inputs across every entry point', () => {
    console.log(`bad-input suite: ${ALL.length} inputs`)
    expect(ALL.length).toBeGreaterThanOrEqual(60)
    expect(new Set(ALL.map((c) => c.entry.split(' ')[0]))).toEqual(
      new Set(['folketal', 'round', 'profile', 'participation', 'adoption', 'catalogue', 'SSB', 'restore', 'template', 'cli'])
    )
  })
})
