import { describe, expect, it } from 'vitest'
import { main } from '../../scripts/cli'

/** Runs the CLI in this process, as `npm run cli -- …` would, and keeps what it writes. */
async function run(...argv: string[]): Promise<{ status: number; out: string[]; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const status = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { status, out, err }
}

describe('npm run cli -- loysingar', () => {
  it('lists the catalogue as [{id, namn}] for batch use', async () => {
    const r = await run('loysingar', '--json')
    expect(r.status).toBe(0)
    const list = JSON.parse(r.out.join('\n')) as { id: string; namn: string }[]
    expect(list[0]).toEqual({ id: 'digiorden', namn: 'Digiorden' })
    expect(list.map((s) => s.id)).toContain('min-kommune-barnevern')
    expect(Object.keys(list[1]!)).toEqual(['id', 'namn'])
  })

  it('says in the målform that the prices are examples to check', async () => {
    expect((await run('loysingar', '--maalform', 'nn')).out.at(-1)).toBe('Døme frå offentlege kjelder (henta november 2026): kontroller prisane mot KS.')
  })
})

describe('npm run cli -- kostnad', () => {
  it('gives Tysnes’ Digiorden costs as decimal strings: 25 000 to connect, (500 + 0,125 × 2 853) × 12 = 10 279,50 a year', async () => {
    const r = await run('kostnad', '--loysing', 'digiorden', '--folketal', '2853', '--fra', '2021', '--json')
    expect(r.err).toEqual([])
    expect(r.status).toBe(0)
    // sum: 25 000 + 4 × 10 279,50 = 25 000 + 41 118 = 66 118
    expect(JSON.parse(r.out[0]!)).toMatchObject({
      tilknyting: '25000',
      drift: [
        { aar: 2021, belop: '10279.5' },
        { aar: 2022, belop: '10279.5' },
        { aar: 2023, belop: '10279.5' },
        { aar: 2024, belop: '10279.5' }
      ],
      sum: '66118'
    })
  })

  it('takes --aar, and gives null where the source states no price (Levanger, Min kommune – barnevern: 19 892 × 9,30)', async () => {
    const r = await run('kostnad', '--loysing', 'min-kommune-barnevern', '--folketal', '19 892', '--fra', '2025', '--aar', '2', '--json')
    expect(JSON.parse(r.out[0]!)).toMatchObject({ tilknyting: '184995.6', drift: [{ aar: 2025, belop: null }, { aar: 2026, belop: null }], sum: null })
  })

  it('writes the costs for a person in the målform asked for', async () => {
    const r = await run('kostnad', '--loysing', 'digiorden', '--folketal', '19892', '--fra', '2021', '--aar', '1', '--maalform', 'nn')
    expect(r.out.slice(0, 4)).toEqual([
      'Digiorden, 19\u00a0892\u00a0innbyggjarar',
      'Tilknyting 2021: kr\u00a060\u00a0000',
      'Drift 2021: kr\u00a035\u00a0838',
      'Sum: kr\u00a095\u00a0838'
    ])
  })

  it.each([
    [['--loysing', 'digiordn', '--folketal', '2853', '--maalform', 'nn'], /^Fann ikkje løysinga «digiordn»\. Vel digiorden, /],
    [['--loysing', 'digiordn', '--folketal', '2853'], /^Fant ikke løsningen «digiordn»\. Velg digiorden, /],
    [['--loysing', 'digiorden', '--folketal', '2.853', '--maalform', 'nn'], /^--folketal «2\.853»: Skriv folketalet utan punktum/],
    [['--loysing', 'digiorden', '--folketal', '-4'], /^--folketal «-4»: Folketallet kan ikke være negativt\.$/],
    [['--loysing', 'digiorden', '--folketal', '2853', '--aar', '0', '--maalform', 'nn'], /^--aar må vere eit heilt tal frå 1 til 20, ikkje «0»\.$/],
    [['--loysing', 'digiorden', '--folketal', '2853', '--fra', '20x1'], /^--fra må være et helt tall fra 2000 til 2100, ikke «20x1»\.$/],
    [['--folketal', '2853'], /^Skriv hvilken løsning med --loysing ID\.$/]
  ])('exits 2 with one line for bad input: %j', async (args, message) => {
    const r = await run('kostnad', ...args)
    expect(r.status).toBe(2)
    expect(r.out).toEqual([])
    expect(r.err).toHaveLength(1)
    expect(r.err[0]).toMatch(message)
  })
})
