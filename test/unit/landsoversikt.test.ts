import Decimal from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { DIGIFIN_2017, type FinancingRound } from '@shared/financingRound'
import { buildLandsoversikt } from '@shared/landsoversikt'

const NBSP = '\u00a0'

describe('landsoversikt for KS DigiFin 2017 with the 1.1.2017 figures', () => {
  const o = buildLandsoversikt(DIGIFIN_2017)

  it('uses the 2017 inndeling and the figures of 1.1.2017, the newest before the invitation', () => {
    expect(o.period).toBe('2017')
    expect(o.date).toBe('2017-09-08')
    expect(o.datesUsed).toEqual(['2017-01-01'])
    expect(o.missing).toEqual([])
  })

  it('lists 426 kommunar and 18 fylkeskommunar, Oslo only as a kommune', () => {
    expect(o.kommunar).toHaveLength(426)
    expect(o.fylkeskommunar).toHaveLength(18)
    expect(o.fylkeskommunar.map((r) => r.contributor.number)).not.toContain('03')
    expect(o.kommunar.find((r) => r.contributor.number === '0301')?.amount).toBe('13335180')
    expect(o.notInvited.map((n) => n.fylke.number)).toEqual(['03'])
  })

  it('gives Tysnes kr 56 940 (2 847 × 20) and Hordaland fylkeskommune 519 963 × 5', () => {
    expect(o.kommunar.find((r) => r.contributor.number === '1223')).toMatchObject({ rate: '20', amount: '56940' })
    expect(o.fylkeskommunar.find((r) => r.contributor.number === '12')).toMatchObject({ rate: '5', amount: '2599815' })
  })

  it('shows how KS’s "ca. 250 millioner kroner" comes about', () => {
    expect(o.totals).toEqual({
      populationKommunar: 5_258_317,
      populationFylkeskommunar: 5_258_317 - 666_759,
      kommunar: '105166340',
      fylkeskommunar: '22957790',
      sector: '128124130',
      otherFixed: '125000000',
      otherUpTo: '40000000',
      ifAllJoin: '253124130',
      ifAllJoinWithUpTo: '293124130'
    })
  })

  it('sums each list to its total', () => {
    const sum = (rows: typeof o.kommunar): string => rows.reduce((a, r) => a.plus(r.amount!), new Decimal(0)).toFixed()
    expect(sum(o.kommunar)).toBe(o.totals.kommunar)
    expect(sum(o.fylkeskommunar)).toBe(o.totals.fylkeskommunar)
  })

  it('gives a chart the fund’s parts, KS marked as "up to", shares adding up to 1', () => {
    expect(o.composition.map((c) => [c.id, c.amount, c.upTo])).toEqual([
      ['kommunar', '105166340', false],
      ['fylkeskommunar', '22957790', false],
      ['kmd-2017', '25000000', false],
      ['kmd-2018', '100000000', false],
      ['ks', '40000000', true]
    ])
    expect(o.composition.reduce((a, c) => a + c.share, 0)).toBeCloseTo(1, 3)
  })

  it('explains the total with the real figures in both målformer', () => {
    expect(o.explanation.nn).toContain(`426 kommunar med til saman 5${NBSP}258${NBSP}317 innbyggjarar × kr${NBSP}20 = kr${NBSP}105${NBSP}166${NBSP}340.`)
    expect(o.explanation.nn).toContain(`18 fylkeskommunar med til saman 4${NBSP}591${NBSP}558 innbyggjarar × kr${NBSP}5 = kr${NBSP}22${NBSP}957${NBSP}790`)
    expect(o.explanation.nn).toContain(`vert det kr${NBSP}253${NBSP}124${NBSP}130, om lag 253,1${NBSP}mill.${NBSP}kr, dersom alle vert med.`)
    expect(o.explanation.nn).toContain('«ca. 250 millioner kroner»')
    expect(o.explanation.nn).toContain(`KS, vedtak i hovudstyret (inntil kr${NBSP}40${NBSP}000${NBSP}000) kjem i tillegg`)
    expect(o.explanation.nb).toContain(`426 kommuner med til sammen 5${NBSP}258${NBSP}317 innbyggere`)
    expect(o.explanation.nb).toContain('hvis alle blir med')
    // Nynorsk in this app says «vert»: one form, not «vert» here and «blir» there.
    expect(o.explanation.nn).not.toMatch(/\bblir\b/)
    expect(o.explanation.nb).not.toMatch(/innbyggjar|kommunar|dersom|kjem/)
    expect(o.explanation.nn).not.toMatch(/innbygger|kommuner |hvis|kommer/)
  })
})

describe('landsoversikt with other dates and rounds', () => {
  it('uses each contributor’s newest figure and says when the dates are mixed', () => {
    const o = buildLandsoversikt(DIGIFIN_2017, { date: '2018-06-01' })
    expect(o.datesUsed).toEqual(['2017-01-01', '2018-01-01'])
    expect(o.kommunar.find((r) => r.contributor.number === '1223')?.population?.count).toBe(2857)
    expect(o.kommunar.find((r) => r.contributor.number === '0709')?.population?.date).toBe('2017-01-01') // Larvik merged
    expect(o.explanation.nb).toContain('Med det nyeste folketallet for hver kommune på eller før')
  })

  it('uses the 2024 inndeling for a round after the 2020 reform', () => {
    const round: FinancingRound = { ...DIGIFIN_2017, id: '2025', invitationDate: '2025-03-01', builtIn: false }
    const o = buildLandsoversikt(round)
    expect(o.period).toBe('2024')
    expect(o.kommunar).toHaveLength(357)
    expect(o.fylkeskommunar).toHaveLength(14)
    expect(o.kommunar.find((r) => r.contributor.number === '4616')?.population?.date).toBe('2024-01-01')
  })

  it('says plainly when the register has no figure that early', () => {
    const round: FinancingRound = { ...DIGIFIN_2017, id: '2021', invitationDate: '2021-03-01', builtIn: false }
    const o = buildLandsoversikt(round)
    expect(o.missing).toHaveLength(357 + 14)
    expect(o.totals.sector).toBe('0')
    expect(o.explanation.nb).toBe(
      `Registeret har ingen folketall på eller før 1.${NBSP}mars${NBSP}2021 for kommuneinndelingen 2024. Velg en senere dato eller legg inn folketallene selv.`
    )
  })
})
