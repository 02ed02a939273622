import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Decimal from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { calculateContribution } from '@shared/contribution'
import { DIGIFIN_2017 } from '@shared/financingRound'
import {
  ATTRIBUTION,
  fylkeOf,
  fylkePopulationAt,
  getFylke,
  getKommune,
  getPeriod,
  invitedFylkeskommunar,
  kommuneContributor,
  kommunePopulationAt,
  kommunarInFylke,
  listFylke,
  listKommunar,
  maalformOf,
  OSLO_NOTE,
  periodForDate,
  periodForRound,
  PERIOD_IDS
} from '@shared/register'

const root = resolve(__dirname, '../..')

describe('register.json', () => {
  const tekst = z.object({ nn: z.string().min(1), nb: z.string().min(1) })
  const entry = z.object({ date: z.iso.date(), count: z.number().int().min(1), publishedAs: z.string().regex(/^\d{4}$/).optional() }).strict()
  const schema = z.object({
    version: z.literal(1),
    attribution: z.array(z.object({ files: z.array(z.string()), source: z.string(), licence: z.string(), credit: z.string() })).min(2),
    notes: z.object({ oslo: tekst }),
    periods: z.record(
      z.enum(['2017', '2024']),
      z.object({
        id: z.enum(['2017', '2024']),
        label: tekst,
        validFrom: z.iso.date(),
        validTo: z.iso.date().nullable(),
        classification: z.string(),
        populationSource: z.object({ citation: z.string(), label: tekst, dateNote: tekst.optional() }).strict(),
        kommunar: z.array(
          z
            .object({
              number: z.string().regex(/^\d{4}$/),
              name: z.string().min(2),
              maalform: z.enum(['nynorsk', 'bokmaal', 'noytral']).optional(),
              maalformFrom: z.enum(['own', 'successor']).optional(),
              population: z.array(entry).min(1)
            })
            .strict()
        ),
        fylke: z.array(
          z.object({ number: z.string().regex(/^\d{2}$/), name: z.string(), alsoKommune: z.boolean(), population: z.array(entry).min(1) }).strict()
        )
      })
    ),
    changes: z.array(
      z.object({ from: z.string().regex(/^\d{4}$/), fromName: z.string(), to: z.string().regex(/^\d{4}$/), toName: z.string(), date: z.iso.date() }).strict()
    )
  })

  it('has the shape the code takes it to have', () => {
    const json = JSON.parse(readFileSync(resolve(root, 'resources/data/register.json'), 'utf8'))
    expect(schema.safeParse(json).error).toBeUndefined()
  })

  it('is what the source files give (npm run register -- --check)', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-register.ts', '--check'], { cwd: root, encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  }, 120_000)

  it('credits SSB and norway-geodata as their licences ask', () => {
    const credits = ATTRIBUTION.map((a) => `${a.credit} ${a.licence}`).join(' | ')
    expect(credits).toContain('Kjelde: Statistisk sentralbyrå')
    expect(credits).toContain('NLOD 2.0')
    expect(credits).toContain('© 2025 Alexander Prestmo')
    expect(credits).toContain('MIT')
  })
})

describe('the 2017 kommuneinndeling', () => {
  const kommunar = listKommunar('2017')

  it('has the 426 kommunar of 2017 under their official names', () => {
    expect(kommunar).toHaveLength(426)
    expect(new Set(kommunar.map((k) => k.number)).size).toBe(426)
    expect(getKommune('2017', '1841')?.name).toBe('Fauske - Fuossko')
    expect(getKommune('2017', '1940')?.name).toBe('Gáivuotna - Kåfjord')
    expect(getKommune('2017', '0301')?.name).toBe('Oslo') // not the CSV's "Oslo municipality"
    expect(getKommune('2017', '1719')?.name).toBe('Levanger') // not "Levanger (-2017)"
    expect(getKommune('2017', '0720')).toBeUndefined() // Stokke was gone on 1.1.2017
  })

  it('adds up to 5 258 317 innbyggjarar on 1.1.2017', () => {
    const total = kommunar.reduce((sum, k) => sum + kommunePopulationAt('2017', k.number, '2017-01-01')!.count, 0)
    expect(total).toBe(5_258_317)
  })

  it('dates every kommune’s figure at the invitation to 1.1.2017', () => {
    for (const k of kommunar) {
      expect(kommunePopulationAt('2017', k.number, DIGIFIN_2017.invitationDate)?.date, k.number).toBe('2017-01-01')
    }
  })

  // The amounts worked out by hand from SSB's 1.1.2017 figures, not by the code's own arithmetic.
  it.each([
    ['0301', 'Oslo', 666_759, '13335180'],
    ['1151', 'Utsira', 201, '4020'],
    ['1201', 'Bergen', 278_556, '5571120'],
    ['1223', 'Tysnes', 2_847, '56940'],
    ['1841', 'Fauske - Fuossko', 9_729, '194580'],
    ['2030', 'Sør-Varanger', 10_199, '203980']
  ])('gives %s %s with %i innbyggjarar kr %s at kr 20', (number, name, count, amount) => {
    const k = getKommune('2017', number)!
    expect(k.name).toBe(name)
    const population = kommunePopulationAt('2017', number, DIGIFIN_2017.invitationDate)!
    expect(population.count).toBe(count)
    expect(calculateContribution(DIGIFIN_2017, kommuneContributor(k), population).amount).toBe(amount)
  })

  it('has the 19 fylke 01–20 without 13, each the sum of its kommunar', () => {
    const fylke = listFylke('2017')
    expect(fylke.map((f) => f.number)).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '14', '15', '16', '17', '18', '19', '20']
    )
    expect(getFylke('2017', '13')).toBeUndefined()
    for (const f of fylke) {
      for (const { date, count } of f.population) {
        const members = kommunarInFylke('2017', f.number)
        const sum = members.reduce((a, k) => a + k.population.find((p) => p.date === date)!.count, 0)
        expect(count, `${f.number} ${date}`).toBe(sum)
      }
    }
    expect(fylkePopulationAt('2017', '12', '2017-09-08')?.count).toBe(519_963)
    expect(fylkeOf('2017', '1223')?.name).toBe('Hordaland')
  })

  it('gives no fylke sum for a date on which one of its kommunar has no figure', () => {
    // Larvik and Lardal merged on 1.1.2018, so Vestfold's newest complete sum is 1.1.2017.
    expect(fylkePopulationAt('2017', '07', '2018-06-01')?.date).toBe('2017-01-01')
    expect(fylkePopulationAt('2017', '12', '2018-06-01')?.date).toBe('2018-01-01')
  })

  it('lists Oslo as a fylke that is also a kommune and does not invite it as a fylkeskommune', () => {
    expect(getFylke('2017', '03')?.alsoKommune).toBe(true)
    const invited = invitedFylkeskommunar('2017').map((f) => f.number)
    expect(invited).toHaveLength(18)
    expect(invited).not.toContain('03')
    expect(OSLO_NOTE.nn).toContain('som kommune')
    expect(OSLO_NOTE.nb).toContain('som kommune')
    expect(OSLO_NOTE.nn).not.toBe(OSLO_NOTE.nb)
  })

  it('takes the målform of a 2017 kommune from its 2024 successor', () => {
    expect(getKommune('2017', '1223')).toMatchObject({ maalform: 'nynorsk', maalformFrom: 'successor' })
    expect(maalformOf(getKommune('2017', '1223')!)).toBe('nn')
    expect(maalformOf(getKommune('2017', '1719')!)).toBe('nb') // Levanger: nøytral → bokmål
  })
})

describe('the 2024 kommuneinndeling', () => {
  const kommunar = listKommunar('2024')

  it('has 357 kommunar with KLASS names, disambiguations included', () => {
    expect(kommunar).toHaveLength(357)
    expect(getKommune('2024', '1515')?.name).toBe('Herøy (Møre og Romsdal)')
    expect(getKommune('2024', '1818')?.name).toBe('Herøy (Nordland)')
    expect(getKommune('2024', '5037')?.name).toBe('Levanger - Levangke')
  })

  it('has every kommune’s own språkvedtak: 119 bokmål, 88 nynorsk, 150 nøytral', () => {
    const count = (m: string): number => kommunar.filter((k) => k.maalform === m && k.maalformFrom === 'own').length
    expect([count('bokmaal'), count('nynorsk'), count('noytral')]).toEqual([119, 88, 150])
    expect(getKommune('2024', '4616')?.maalform).toBe('nynorsk')
  })

  it('dates the norway-geodata figures 1.1.2024 and says why', () => {
    const oslo = kommunePopulationAt('2024', '0301', '2025-01-01')
    expect(oslo).toMatchObject({ count: 717_710, date: '2024-01-01', origin: 'embedded' })
    expect(oslo?.sourceText).toEqual({ nn: 'norway-geodata (A. Prestmo), truleg SSB per 1.1.2024', nb: 'norway-geodata (A. Prestmo), trolig SSB per 1.1.2024' })
    expect(getPeriod('2024').populationSource.dateNote?.nn).toContain('717 710')
  })

  it('has the 15 fylke of 2024, Oslo among them as a kommune too', () => {
    expect(listFylke('2024').map((f) => f.number)).toEqual(
      ['03', '11', '15', '18', '31', '32', '33', '34', '39', '40', '42', '46', '50', '55', '56']
    )
    const total = kommunar.reduce((a, k) => a + k.population[0]!.count, 0)
    const fylkeTotal = listFylke('2024').reduce((a, f) => a + f.population[0]!.count, 0)
    expect(fylkeTotal).toBe(total)
    expect(getFylke('2024', '03')?.alsoKommune).toBe(true)
  })
})

describe('population at a date', () => {
  it('takes the newest figure not after the date: 1.1.2017 for the invitation of 8.9.2017', () => {
    expect(kommunePopulationAt('2017', '1223', '2017-09-08')).toMatchObject({ count: 2847, date: '2017-01-01' })
    expect(kommunePopulationAt('2017', '1223', '2017-01-01')?.count).toBe(2847)
    expect(kommunePopulationAt('2017', '1223', '2016-12-31')?.count).toBe(2797)
    expect(kommunePopulationAt('2017', '1223', '2030-01-01')?.count).toBe(2857)
    expect(kommunePopulationAt('2017', '1223', '2014-12-31')).toBeUndefined()
    expect(kommunePopulationAt('2017', '9999', '2017-09-08')).toBeUndefined()
  })

  it('cites the source in both målformer', () => {
    expect(kommunePopulationAt('2017', '1223', '2017-09-08')?.sourceText).toEqual({
      nn: 'SSB, tabell 07459, folketal 1. januar',
      nb: 'SSB, tabell 07459, folketall 1. januar'
    })
  })

  it('gives Levanger’s 1.1.2018 figure, which SSB published under its new number 5037', () => {
    const figure = kommunePopulationAt('2017', '1719', '2018-01-01')
    expect(figure).toMatchObject({ count: 20_115, date: '2018-01-01' })
    expect(figure?.sourceText?.nb).toContain('5037')
    // Larvik merged with Lardal on that day: no figure for the old area.
    expect(kommunePopulationAt('2017', '0709', '2018-01-01')?.date).toBe('2017-01-01')
  })

  it('uses the 2017 register for rounds before the 2020 reform and 2024 after', () => {
    expect(periodForRound(DIGIFIN_2017)).toBe('2017')
    expect(periodForDate('2019-12-31')).toBe('2017')
    expect(periodForDate('2020-01-01')).toBe('2024')
    expect(PERIOD_IDS).toEqual(['2017', '2024'])
  })
})

describe('money over the whole register', () => {
  it('sums the kommunar’s amounts to kr 105 166 340 at kr 20 (5 258 317 innbyggjarar × 20, by hand)', () => {
    const sum = listKommunar('2017').reduce((a, k) => {
      const population = kommunePopulationAt('2017', k.number, DIGIFIN_2017.invitationDate)!
      return a.plus(calculateContribution(DIGIFIN_2017, kommuneContributor(k), population).amount)
    }, new Decimal(0))
    expect(sum.toFixed()).toBe('105166340')
  })
})

describe('a fylkeskommune’s default målform', () => {
  it('follows most of its kommunar: Sogn og Fjordane and Vestland nynorsk, Akershus bokmål', async () => {
    const { fylkeMaalform } = await import('../../shared/register')
    expect(fylkeMaalform('2017', '14')).toBe('nn')
    expect(fylkeMaalform('2024', '46')).toBe('nn')
    expect(fylkeMaalform('2017', '02')).toBe('nb')
  })
})
