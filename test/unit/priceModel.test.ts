import { describe, expect, it } from 'vitest'
import { formatRate } from '@shared/format'
import { catalogueFileSchema, mergeCatalogue, solutionIdFor, solutionSchema, type Solution } from '@shared/tracking/catalogue'
import {
  bandLabel,
  bandSchema,
  connectionCost,
  connectionCostSchema,
  edgeNote,
  PERIOD_WORD,
  priceFor,
  priceVersionSchema,
  runningCost,
  runningCostSchema,
  thresholdNote,
  type ConnectionCost,
  type Cost,
  type PriceVersion,
  type RunningCost
} from '@shared/tracking/priceModel'
import { STARTER_CATALOGUE } from '@shared/tracking/starterCatalogue'

const shipped = (id: string): Solution => STARTER_CATALOGUE.find((s) => s.id === id)!
const only = (id: string): PriceVersion => shipped(id).prices[0]!
const kroner = (cost: Cost): string | null => (cost.known ? cost.amount.toFixed() : null)

const EDGES = [4999, 5000, 5001, 6300, 10000, 10001, 50000]

describe('connection cost by population band (Digiorden: under 5 000 25 000; 5 000–10 000 40 000; over 10 000 60 000)', () => {
  const rule = only('digiorden').connection
  it.each([
    [4999, '25000'],
    [5000, '40000'],
    [5001, '40000'],
    [6300, '40000'],
    [10000, '40000'],
    [10001, '60000'],
    [50000, '60000']
  ])('%i innbyggjarar → kr %s', (count, expected) => {
    expect(kroner(connectionCost(rule, count))).toBe(expected)
  })

  it('shows the bands as the source writes them and says where 5 000 and 10 000 belong, in both målformer', () => {
    if (rule.kind !== 'bands') throw new Error('Digiorden is banded')
    expect(rule.bands.map((_, i) => bandLabel(rule.bands, i, 'nn'))).toEqual(['under 5\u00a0000', '5\u00a0000–10\u00a0000', 'over 10\u00a0000'])
    expect(edgeNote(rule.bands, 'nn')).toBe('5\u00a0000 og 10\u00a0000 høyrer til «5\u00a0000–10\u00a0000».')
    expect(edgeNote(rule.bands, 'nb')).toBe('5\u00a0000 og 10\u00a0000 hører til «5\u00a0000–10\u00a0000».')
  })

  it('labels the upper of two bands "frå og med", so no label names an edge the band does not hold', () => {
    const two = [
      { min: 0, max: 9999, amount: '1' },
      { min: 10000, amount: '2' }
    ]
    expect([bandLabel(two, 0, 'nn'), bandLabel(two, 1, 'nn'), bandLabel(two, 1, 'nb')]).toEqual([
      'under 10\u00a0000',
      'frå og med 10\u00a0000',
      'fra og med 10\u00a0000'
    ])
  })

  it('labels an open upper band typed from a round number "frå og med" it, with any number of bands, in both målformer', () => {
    const three = [
      { min: 0, max: 9999, amount: '1' },
      { min: 10000, max: 19999, amount: '2' },
      { min: 20000, amount: '3' }
    ]
    expect(three.map((_, i) => bandLabel(three, i, 'nn'))).toEqual(['under 10\u00a0000', '10\u00a0000–19\u00a0999', 'frå og med 20\u00a0000'])
    expect(bandLabel(three, 2, 'nb')).toBe('fra og med 20\u00a0000')
    const two = [
      { min: 0, max: 2999, amount: '1' },
      { min: 3000, amount: '2' }
    ]
    expect([bandLabel(two, 1, 'nn'), bandLabel(two, 1, 'nb')]).toEqual(['frå og med 3\u00a0000', 'fra og med 3\u00a0000'])
  })

  it('refuses bands with a gap, an overlap or a closed last band', () => {
    const parse = (bands: unknown): boolean =>
      solutionSchema.shape.prices.element.shape.connection.safeParse({ kind: 'bands', bands }).success
    expect(parse([{ min: 0, max: 4999, amount: '1' }, { min: 5000, amount: '2' }])).toBe(true)
    expect(parse([{ min: 0, max: 4999, amount: '1' }, { min: 5001, amount: '2' }])).toBe(false)
    expect(parse([{ min: 0, max: 5000, amount: '1' }, { min: 5000, amount: '2' }])).toBe(false)
    expect(parse([{ min: 0, max: 4999, amount: '1' }, { min: 5000, max: 9000, amount: '2' }])).toBe(false)
  })
})

describe('connection cost fixed below a threshold, per innbyggjar from it (Min kommune – barnevern: under 6 300 kr 25 000, else kr 9,30)', () => {
  const rule = only('min-kommune-barnevern').connection
  // 6 300 × 9,30 = 58 590; 10 000 × 9,30 = 93 000; 10 001 × 9,30 = 93 009,30; 50 000 × 9,30 = 465 000
  it.each([
    [4999, '25000'],
    [5000, '25000'],
    [5001, '25000'],
    [6299, '25000'],
    [6300, '58590'],
    [10000, '93000'],
    [10001, '93009.3'],
    [50000, '465000']
  ])('%i innbyggjarar → kr %s', (count, expected) => {
    expect(kroner(connectionCost(rule, count))).toBe(expected)
  })

  it('fixed and per-innbyggjar rules, rounded to the øre; none is 0; unknown stays unknown', () => {
    const cases: [ConnectionCost, number, string | null][] = [
      [{ kind: 'fixed', amount: '25000' }, 50000, '25000'],
      [{ kind: 'perInnbyggjar', rate: '0.333' }, 5, '1.67'], // 5 × 0,333 = 1,665 → 1,67 (half up)
      [{ kind: 'none' }, 2853, '0'],
      [{ kind: 'unknown' }, 2853, null]
    ]
    for (const [rule, count, expected] of cases) expect(kroner(connectionCost(rule, count))).toBe(expected)
  })
})

describe('running costs', () => {
  it('monthly: Digiorden 500 kr + 0,125 kr per innbyggjar per month', () => {
    const rule = only('digiorden').running
    // Tysnes: (500 + 0,125 × 2 853) × 12 = (500 + 356,625) × 12 = 856,625 × 12 = 10 279,50
    expect(kroner(runningCost(rule, 2853))).toBe('10279.5')
    // Levanger: (500 + 0,125 × 19 892) × 12 = 2 986,5 × 12 = 35 838
    expect(kroner(runningCost(rule, 19892))).toBe('35838')
    // Ten months for Tysnes: 856,625 × 10 = 8 566,25
    expect(kroner(runningCost(rule, 2853, 10))).toBe('8566.25')
  })

  it('yearly with several payees: Fiks smittesporing 5 000 to UiO, 5 000 + 2 kr per innbyggjar to KS', () => {
    const rule = only('fiks-smittesporing').running
    // 5 000 + 5 000 + 2 × 2 853 = 15 706; half a year 7 853; one month 15 706 / 12 = 1 308,8333… → 1 308,83
    expect(kroner(runningCost(rule, 2853))).toBe('15706')
    expect(kroner(runningCost(rule, 2853, 6))).toBe('7853')
    expect(kroner(runningCost(rule, 2853, 1))).toBe('1308.83')
    if (rule.kind !== 'parts') throw new Error('parts')
    expect(rule.parts.map((p) => p.payee)).toEqual(['UiO', 'KS'])
  })

  it('monthly and yearly of the same size agree over a year: 100 per month = 1 200 per year', () => {
    const monthly: RunningCost = { kind: 'parts', parts: [{ payee: 'KS', fixed: { amount: '100', per: 'month' } }] }
    const yearly: RunningCost = { kind: 'parts', parts: [{ payee: 'KS', fixed: { amount: '1200', per: 'year' } }] }
    expect(kroner(runningCost(monthly, 1))).toBe('1200')
    expect(kroner(runningCost(yearly, 1))).toBe('1200')
    expect(kroner(runningCost(yearly, 1, 3))).toBe('300')
  })

  it('yearly by band: Fiks folkeregister 2021 (under 10 000: 10 000; 10 000–50 000: 20 000; over 50 000: 30 000)', () => {
    const rule = only('fiks-folkeregister').running
    const expected: Record<number, string> = { 4999: '10000', 5000: '10000', 5001: '10000', 6300: '10000', 10000: '20000', 10001: '20000', 50000: '20000' }
    for (const count of EDGES) expect(kroner(runningCost(rule, count))).toBe(expected[count])
    expect(kroner(runningCost(rule, 50001))).toBe('30000')
    expect(kroner(runningCost(rule, 9999))).toBe('10000')
  })

  it('Fiks skatte- og inntektsopplysninger: 800 + 0,105 per innbyggjar per month, the discount rule unknown', () => {
    const rule = only('fiks-skatte-og-inntektsopplysninger').running
    // Levanger: (800 + 0,105 × 19 892) × 12 = (800 + 2 088,66) × 12 = 2 888,66 × 12 = 34 663,92
    expect(kroner(runningCost(rule, 19892))).toBe('34663.92')
    expect(rule.kind === 'parts' && rule.discountUnknown).toBe(true)
  })

  it('an unknown running price stays unknown (Min kommune – barnevern)', () => {
    expect(runningCost(only('min-kommune-barnevern').running, 2853).known).toBe(false)
  })
})

describe('a price as shown', () => {
  it('keeps the øre and what is below them: kr 0,125 is not rounded to kr 0,13', () => {
    expect([formatRate('0.125'), formatRate('0.105'), formatRate('9.30'), formatRate('500')]).toEqual(['kr\u00a00,125', 'kr\u00a00,105', 'kr\u00a09,30', 'kr\u00a0500'])
  })
})

describe('prices that change from a given year', () => {
  const version = (fromYear: number | undefined, amount: string): PriceVersion => ({
    ...(fromYear === undefined ? {} : { fromYear }),
    connection: { kind: 'fixed', amount },
    running: { kind: 'none' },
    source: 'test',
    collectedOn: '2026-11'
  })
  const versions = [version(2024, '30000'), version(2021, '20000')]
  it('uses the newest price stated from that year or before, and none before the first year a price is given for', () => {
    expect(priceFor(versions, 2020)).toBeUndefined()
    expect(priceFor(versions, 2021)?.fromYear).toBe(2021)
    expect(priceFor(versions, 2023)?.fromYear).toBe(2021)
    expect(priceFor(versions, 2024)?.fromYear).toBe(2024)
    expect(priceFor(versions, 2030)?.fromYear).toBe(2024)
  })
  it('a price without a year holds until the first with one', () => {
    const mixed = [version(undefined, '1'), version(2025, '2')]
    expect(priceFor(mixed, 2019)?.connection).toEqual({ kind: 'fixed', amount: '1' })
    expect(priceFor(mixed, 2025)?.connection).toEqual({ kind: 'fixed', amount: '2' })
  })
})

describe('the starter catalogue', () => {
  it('passes its own schema, every entry marked as an example with a source and when it was read', () => {
    for (const entry of STARTER_CATALOGUE) {
      expect(solutionSchema.safeParse(entry).success, entry.id).toBe(true)
      expect(entry.example).toBe(true)
      for (const p of entry.prices) expect(p.source.length > 0 && p.collectedOn === '2026-11').toBe(true)
    }
    expect(catalogueFileSchema.safeParse({ format: 'spleiselag-fellesloysingar', version: 1, exportedAt: 'x', solutions: STARTER_CATALOGUE }).success).toBe(true)
  })

  it('a stored entry wins over the shipped one with the same id, and the user’s own come after', () => {
    const edited = { ...shipped('digiorden'), example: false }
    const own = { ...shipped('digisos'), id: 'fiks-arkiv', name: 'Fiks arkiv' }
    const merged = mergeCatalogue(STARTER_CATALOGUE, [own, edited])
    expect(merged.find((s) => s.id === 'digiorden')?.example).toBe(false)
    expect(merged.at(-1)?.id).toBe('fiks-arkiv')
    expect(merged).toHaveLength(STARTER_CATALOGUE.length + 1)
  })

  it('gives a new entry an id from its name, unique in the catalogue', () => {
    expect(solutionIdFor('Fiks arkiv – Løysing for Ærfugl', new Set())).toBe('fiks-arkiv-loysing-for-aerfugl')
    expect(solutionIdFor('Digiorden', new Set(['digiorden']))).toBe('digiorden-2')
  })
})

describe('band edges, labels and notes', () => {
  const nb = (n: string): string => n.replace(' ', '\u00a0')

  it('labels Digiorden’s bands in bokmål too', () => {
    const rule = only('digiorden').connection
    if (rule.kind !== 'bands') throw new Error('Digiorden is banded')
    expect(rule.bands.map((_, i) => bandLabel(rule.bands, i, 'nb'))).toEqual([`under ${nb('5 000')}`, `${nb('5 000')}–${nb('10 000')}`, `over ${nb('10 000')}`])
  })

  it('labels a single open band from its first number, and notes nothing for two bands', () => {
    expect(bandLabel([{ min: 0, amount: '1' }], 0, 'nn')).toBe('frå og med 0')
    const two = [
      { min: 0, max: 9999, amount: '1' },
      { min: 10000, amount: '2' }
    ]
    expect(edgeNote(two, 'nn')).toBe('')
  })

  it('notes every middle band, one after the other', () => {
    const four = [
      { min: 0, max: 4999, amount: '1' },
      { min: 5000, max: 9999, amount: '2' },
      { min: 10000, max: 49999, amount: '3' },
      { min: 50000, amount: '4' }
    ]
    expect(edgeNote(four, 'nn')).toBe(
      `${nb('5 000')} og ${nb('9 999')} høyrer til «${nb('5 000')}–${nb('9 999')}»; ${nb('10 000')} og ${nb('49 999')} høyrer til «${nb('10 000')}–${nb('49 999')}».`
    )
  })

  it('says which side of the threshold the threshold itself is on, in both målformer', () => {
    expect(thresholdNote(6300, 'nn')).toBe(`Under ${nb('6 300')} innbyggjarar fast beløp; frå og med ${nb('6 300')} innbyggjarar per innbyggjar.`)
    expect(thresholdNote(6300, 'nb')).toBe(`Under ${nb('6 300')} innbyggere fast beløp; fra og med ${nb('6 300')} innbyggere per innbygger.`)
  })

  it('names the period of a running price in both målformer', () => {
    expect(PERIOD_WORD).toEqual({ month: { nn: 'per månad', nb: 'per måned' }, year: { nn: 'per år', nb: 'per år' } })
  })
})

describe('a population outside every band', () => {
  // Bands that start at 100: a kommune of 50 has no band.
  const from100 = [{ min: 100, amount: '1000' }]

  it('leaves the connection cost unknown, and an unknown rule stays unknown', () => {
    expect(connectionCost({ kind: 'bands', bands: from100 }, 50)).toEqual({ known: false })
    expect(connectionCost({ kind: 'bands', bands: from100 }, 100)).toEqual({ known: true, amount: expect.anything() })
    expect(connectionCost({ kind: 'unknown' }, 50)).toEqual({ known: false })
  })

  it('adds nothing for the banded part of a running price, and none costs kr 0', () => {
    const rule: RunningCost = { kind: 'parts', parts: [{ payee: 'KS', fixed: { amount: '100', per: 'year' }, bands: { per: 'year', bands: from100 } }] }
    expect(kroner(runningCost(rule, 50))).toBe('100')
    // 100 + 1 000 = 1 100
    expect(kroner(runningCost(rule, 100))).toBe('1100')
    expect(kroner(runningCost({ kind: 'none' }, 2853))).toBe('0')
  })

  it('uses the newest of three prices, not the one before it', () => {
    const version = (fromYear: number, amount: string): PriceVersion => ({
      fromYear,
      connection: { kind: 'fixed', amount },
      running: { kind: 'none' },
      source: 'test',
      collectedOn: '2026-11'
    })
    expect(priceFor([version(2019, '1'), version(2021, '2'), version(2024, '3')], 2030)?.fromYear).toBe(2024)
  })
})

describe('a price read from a file or the database', () => {
  const base: PriceVersion = { connection: { kind: 'none' }, running: { kind: 'none' }, source: 'KS, prisliste', collectedOn: '2026-11' }
  const parses = (version: unknown): boolean => priceVersionSchema.safeParse(version).success

  it.each<[string, ConnectionCost]>([
    ['none', { kind: 'none' }],
    ['unknown', { kind: 'unknown' }],
    ['fixed', { kind: 'fixed', amount: '25000' }],
    ['per innbyggjar', { kind: 'perInnbyggjar', rate: '9.30' }],
    ['bands', { kind: 'bands', bands: [{ min: 0, max: 4999, amount: '1' }, { min: 5000, amount: '2' }] }],
    ['threshold', { kind: 'threshold', threshold: 6300, below: '25000', rate: '9.30' }]
  ])('keeps a %s connection cost as it is', (_, rule) => {
    expect(connectionCostSchema.parse(rule)).toEqual(rule)
  })

  it.each<[string, RunningCost]>([
    ['none', { kind: 'none' }],
    ['unknown', { kind: 'unknown' }],
    [
      'parts',
      {
        kind: 'parts',
        parts: [
          { payee: 'KS', perInnbyggjar: { amount: '0.125', per: 'month' } },
          { payee: 'UiO', bands: { per: 'year', bands: [{ min: 0, amount: '5000' }] } }
        ]
      }
    ]
  ])('keeps a %s running cost as it is', (_, rule) => {
    expect(runningCostSchema.parse(rule)).toEqual(rule)
  })

  it('keeps when the price was stated and read, to the year, month or day', () => {
    for (const statedOn of ['2021', '2021-11', '2023-12-31']) expect(parses({ ...base, statedOn }), statedOn).toBe(true)
    for (const collectedOn of ['2026', '2026-11', '2026-11-30']) expect(parses({ ...base, collectedOn }), collectedOn).toBe(true)
    expect(parses({ ...base, note: { nn: 'Halv pris første året.', nb: 'Halv pris første året.' } })).toBe(true)
  })

  it.each<[string, unknown]>([
    ['an amount with letters before it', { ...base, connection: { kind: 'fixed', amount: 'kr25000' } }],
    ['an amount with letters after it', { ...base, connection: { kind: 'fixed', amount: '25000kr' } }],
    ['a fixed cost with no amount', { ...base, connection: { kind: 'fixed' } }],
    ['a kind no one knows', { ...base, connection: { kind: 'gratis' } }],
    ['a running part with no amount', { ...base, running: { kind: 'parts', parts: [{ payee: 'KS' }] } }],
    ['a running part with a blank payee', { ...base, running: { kind: 'parts', parts: [{ payee: '  ', fixed: { amount: '1', per: 'year' } }] } }],
    ['a running amount with no period', { ...base, running: { kind: 'parts', parts: [{ payee: 'KS', fixed: { amount: '1' } }] } }],
    ['running bands with no period', { ...base, running: { kind: 'parts', parts: [{ payee: 'KS', bands: { bands: [{ min: 0, amount: '1' }] } }] } }],
    ['a blank source', { ...base, source: '   ' }],
    ['a note in one målform only', { ...base, note: { nn: 'Halv pris' } }],
    ...['x2021', '2021x', '2021-1', '2021-11-3', '2021-11-ab'].map((statedOn): [string, unknown] => [`stated on ${statedOn}`, { ...base, statedOn }]),
    ...['x2026', '2026-11x', '2026-'].map((collectedOn): [string, unknown] => [`read on ${collectedOn}`, { ...base, collectedOn }])
  ])('is refused with %s', (_, version) => {
    expect(parses(version)).toBe(false)
  })

  it('refuses a band whose upper edge is below its lower, and takes a band of one population', () => {
    expect(bandSchema.safeParse({ min: 10, max: 5, amount: '1' }).success).toBe(false)
    expect(bandSchema.safeParse({ min: 5, max: 5, amount: '1' }).success).toBe(true)
  })
})
