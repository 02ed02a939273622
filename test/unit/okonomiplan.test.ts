import { describe, expect, it } from 'vitest'
import type { Adoption } from '@shared/tracking/adoption'
import {
  buildOkonomiplan,
  monthsInUse,
  okonomiplanCsv,
  pendingStartYears,
  planStartYear,
  sumTotals,
  type Okonomiplan,
  type PlanRoundState
} from '@shared/tracking/okonomiplan'
import { STARTER_CATALOGUE } from '@shared/tracking/starterCatalogue'

const starterDigiorden = STARTER_CATALOGUE.find((s) => s.id === 'digiorden')!
/** Digiorden's price as if the source gave it from 2019, so the hand sums below cover 2019–2021. */
const digiorden = { ...starterDigiorden, prices: starterDigiorden.prices.map((p) => ({ ...p, fromYear: 2019 })) }
const barnevern = STARTER_CATALOGUE.find((s) => s.id === 'min-kommune-barnevern')!

/** Digiorden decided in 2018 and in use from 1 March 2019. */
const digiordenInUse: Adoption = {
  id: 'a1',
  solutionId: 'digiorden',
  status: 'iBruk',
  steps: [
    { status: 'vurderer', date: '2018-05-02', by: 'A' },
    { status: 'vedteke', date: '2018-11-20', by: 'A', decision: { utval: 'Kommunestyret', saksnummer: '40/18' } },
    { status: 'iBruk', date: '2019-03-01', by: 'A' }
  ]
}

/** Min kommune – barnevern being considered, planned from 1 January 2021. */
const barnevernConsidered: Adoption = {
  id: 'a2',
  solutionId: 'min-kommune-barnevern',
  status: 'vurderer',
  steps: [{ status: 'vurderer', date: '2020-09-01', by: 'A' }],
  plannedStart: '2021-01-01'
}

function plan(population: number, contribution: string): Okonomiplan {
  return buildOkonomiplan({
    fromYear: 2018,
    population,
    contribution: { amount: contribution, year: 2018 },
    adoptions: [
      { solution: barnevern, adoption: barnevernConsidered },
      { solution: digiorden, adoption: digiordenInUse }
    ]
  })
}

const amounts = (totals: Okonomiplan['decided']): string[] => totals.map((t) => t.amount + (t.incomplete ? '+?' : ''))

describe('a price the source gives from a later year', () => {
  it('leaves the years before it unknown: Digiorden "from 2021", in use from March 2019, has no known cost in 2019 and 2020', () => {
    const p = buildOkonomiplan({ fromYear: 2018, population: 2853, adoptions: [{ solution: starterDigiorden, adoption: digiordenInUse }] })
    const row = (kind: string): (string | null)[] => p.rows.find((r) => r.kind === kind)!.cells
    expect(row('connection')).toEqual(['0', null, '0', '0'])
    expect(row('running')).toEqual(['0', null, null, '10279.5'])
    expect(amounts(p.decided)).toEqual(['0', '0+?', '0+?', '10279.5'])
    expect(okonomiplanCsv(p, 'nn')).toContain('Drift: Digiorden;vedteke;0;;;10279,5;10279,5;2019, 2020')
  })
})

describe('the økonomiplan, against sums worked by hand', () => {
  it('Tysnes, 2 853 innbyggjarar, 2018–2021', () => {
    // Contribution 2018: 2 853 × 20 = 57 060.
    // Digiorden, under 5 000: connection 25 000 in 2019, the year it is taken into use.
    //   Running per month 500 + 0,125 × 2 853 = 856,625; March–December 2019 = 10 months = 8 566,25;
    //   2020 and 2021: 856,625 × 12 = 10 279,50.
    // Decided: 2018 57 060; 2019 25 000 + 8 566,25 = 33 566,25; 2020 10 279,50; 2021 10 279,50.
    // Min kommune – barnevern (considered), under 6 300: connection 25 000 in 2021; running unknown.
    // With it: 2021 10 279,50 + 25 000 = 35 279,50 and an unknown part.
    const p = plan(2853, '57060')
    expect(p.years).toEqual([2018, 2019, 2020, 2021])
    expect(amounts(p.decided)).toEqual(['57060', '33566.25', '10279.5', '10279.5'])
    expect(amounts(p.all)).toEqual(['57060', '33566.25', '10279.5', '35279.5+?'])
    // 57 060 + 33 566,25 + 10 279,50 + 10 279,50 = 111 185,25
    expect(sumTotals(p.decided)).toEqual({ amount: '111185.25', incomplete: false })
    const row = (kind: string, id: string): (string | null)[] | undefined =>
      p.rows.find((r) => r.kind === kind && r.solutionId === id)?.cells
    expect(row('connection', 'digiorden')).toEqual(['0', '25000', '0', '0'])
    expect(row('running', 'digiorden')).toEqual(['0', '8566.25', '10279.5', '10279.5'])
    expect(row('connection', 'min-kommune-barnevern')).toEqual(['0', '0', '0', '25000'])
    expect(row('running', 'min-kommune-barnevern')).toEqual(['0', '0', '0', null])
  })

  it('Levanger, 19 892 innbyggjarar, 2018–2021', () => {
    // Contribution 2018: 19 892 × 20 = 397 840.
    // Digiorden, over 10 000: connection 60 000 in 2019.
    //   Running per month 500 + 0,125 × 19 892 = 500 + 2 486,5 = 2 986,5; 10 months 2019 = 29 865;
    //   2020 and 2021: 2 986,5 × 12 = 35 838.
    // Decided: 2018 397 840; 2019 60 000 + 29 865 = 89 865; 2020 35 838; 2021 35 838.
    // Min kommune – barnevern, 6 300 or more: 19 892 × 9,30 = 184 995,60 in 2021.
    // With it: 2021 35 838 + 184 995,60 = 220 833,60 and an unknown part.
    const p = plan(19892, '397840')
    expect(amounts(p.decided)).toEqual(['397840', '89865', '35838', '35838'])
    expect(amounts(p.all)).toEqual(['397840', '89865', '35838', '220833.6+?'])
    // 397 840 + 89 865 + 35 838 + 35 838 = 559 381
    expect(sumTotals(p.decided)).toEqual({ amount: '559381', incomplete: false })
  })

  it('stops running costs at the month the adoption ends, and leaves out what was only considered and dropped', () => {
    // Ended 1 July 2020: January–June = 6 months × 856,625 = 5 139,75.
    const ended: Adoption = {
      ...digiordenInUse,
      status: 'avslutta',
      steps: [...digiordenInUse.steps, { status: 'avslutta', date: '2020-07-01', by: 'A' }]
    }
    const dropped: Adoption = {
      ...barnevernConsidered,
      status: 'avslutta',
      steps: [...barnevernConsidered.steps, { status: 'avslutta', date: '2020-10-01', by: 'A' }]
    }
    const p = buildOkonomiplan({
      fromYear: 2020,
      population: 2853,
      adoptions: [
        { solution: digiorden, adoption: ended },
        { solution: barnevern, adoption: dropped }
      ]
    })
    expect(amounts(p.all)).toEqual(['5139.75', '0', '0', '0'])
    expect(p.rows.some((r) => r.solutionId === 'min-kommune-barnevern')).toBe(false)
  })

  it('leaves the contribution out when its budget year is not in the plan', () => {
    const p = buildOkonomiplan({ fromYear: 2019, population: 2853, contribution: { amount: '57060', year: 2018 }, adoptions: [] })
    expect(p.rows).toEqual([])
    expect(amounts(p.all)).toEqual(['0', '0', '0', '0'])
  })

  it('counts the months from the start month up to, not including, the end month', () => {
    expect(monthsInUse(2019, '2019-03-15')).toBe(10)
    expect(monthsInUse(2018, '2019-03-01')).toBe(0)
    expect(monthsInUse(2020, '2019-03-01', '2020-07-01')).toBe(6)
    expect(monthsInUse(2021, '2019-03-01', '2020-07-01')).toBe(0)
  })

  it('exports CSV for Norwegian Excel: semicolons, decimal commas, numbers only in number columns, the unknown years in their own column', () => {
    const csv = okonomiplanCsv(plan(2853, '57060'), 'nn')
    const lines = csv.replace('\ufeff', '').trim().split('\r\n')
    expect(lines[0]).toBe('post;gruppe;2018;2019;2020;2021;sum;ukjend kostnad i år')
    expect(lines[1]).toBe('Eingongsbidrag til KS DigiFin;vedteke;57060;0;0;0;57060;')
    expect(lines[3]).toBe('Drift: Digiorden;vedteke;0;8566,25;10279,5;10279,5;29125,25;')
    expect(lines).toContain('Drift: Min kommune – barnevern, med Chat – barnevern (DigiBarnevern);til vurdering;0;0;0;;0;2021')
    expect(lines.at(-2)).toBe('Sum vedteke;;57060;33566,25;10279,5;10279,5;111185,25;')
    expect(lines.at(-1)).toBe('Sum med det som er til vurdering;;57060;33566,25;10279,5;35279,5;136185,25;2021')
    expect(okonomiplanCsv(plan(2853, '57060'), 'nb')).toContain('Sum vedtatt;;57060')
    expect(lines[2]).toBe('Tilknyting: Digiorden;vedteke;0;25000;0;0;25000;')
    // A spreadsheet's SUM over a year or the sum column meets only numbers (or an empty cell).
    const numberCells = lines.slice(1).flatMap((line) => line.split(';').slice(2, 7))
    expect(numberCells.filter((cell) => cell !== '' && !/^-?\d+(,\d+)?$/.test(cell))).toEqual([])
  })

  it('exports the same plan in bokmål, line for line', () => {
    const barnevernName = 'Min kommune – barnevern, med Chat – barnevern (DigiBarnevern)'
    expect(okonomiplanCsv(plan(2853, '57060'), 'nb').replace('\ufeff', '').trim().split('\r\n')).toEqual([
      'post;gruppe;2018;2019;2020;2021;sum;ukjent kostnad i år',
      'Engangsbidrag til KS DigiFin;vedtatt;57060;0;0;0;57060;',
      'Tilknytning: Digiorden;vedtatt;0;25000;0;0;25000;',
      'Drift: Digiorden;vedtatt;0;8566,25;10279,5;10279,5;29125,25;',
      `Tilknytning: ${barnevernName};til vurdering;0;0;0;25000;25000;`,
      `Drift: ${barnevernName};til vurdering;0;0;0;;0;2021`,
      'Sum vedtatt;;57060;33566,25;10279,5;10279,5;111185,25;',
      // 111 185,25 + 25 000 = 136 185,25
      'Sum med det som er til vurdering;;57060;33566,25;10279,5;35279,5;136185,25;2021'
    ])
  })

  it('counts the months inside one year, across a year end, and from December', () => {
    // March–June 2019.
    expect(monthsInUse(2019, '2019-03-01', '2019-07-01')).toBe(4)
    // March–December 2019, the end in 2020 is after the year.
    expect(monthsInUse(2019, '2019-03-01', '2020-07-01')).toBe(10)
    // January–November 2020.
    expect(monthsInUse(2020, '2019-03-01', '2020-12-01')).toBe(11)
    expect(monthsInUse(2019, '2019-12-01')).toBe(1)
    expect(monthsInUse(2020, '2019-12-01')).toBe(12)
  })

  it('counts a solution decided but not yet in use from its planned start, as decided, and lists solutions by name', () => {
    // Digiorden decided, planned from 1 January 2020: connection 25 000 in 2020 (under 5 000),
    // running 856,625 × 12 = 10 279,50 a year. Fiks folkeregister in use from 2019 has a price from
    // 2021 only, which says nothing of 2020: its running cost in 2020 is unknown, and so the sum is incomplete.
    const decidedOnly: Adoption = { ...digiordenInUse, status: 'vedteke', steps: digiordenInUse.steps.slice(0, 2), plannedStart: '2020-01-01' }
    const folkeregister = STARTER_CATALOGUE.find((s) => s.id === 'fiks-folkeregister')!
    const folkeregisterInUse: Adoption = { ...digiordenInUse, id: 'a3', solutionId: 'fiks-folkeregister' }
    const p = buildOkonomiplan({
      fromYear: 2020,
      years: 1,
      population: 2853,
      adoptions: [
        { solution: folkeregister, adoption: folkeregisterInUse },
        { solution: digiorden, adoption: decidedOnly }
      ]
    })
    expect(p.rows.map((r) => [r.kind, r.group, r.solutionId, r.cells])).toEqual([
      ['connection', 'decided', 'digiorden', ['25000']],
      ['running', 'decided', 'digiorden', ['10279.5']],
      ['connection', 'decided', 'fiks-folkeregister', ['0']],
      ['running', 'decided', 'fiks-folkeregister', [null]]
    ])
    // 25 000 + 10 279,50 + 0 = 35 279,50 and an unknown
    expect(p.decided).toEqual([{ amount: '35279.5', incomplete: true }])
  })

  it('shows a solution with no price at all as unknown, never as kr 0', () => {
    const p = buildOkonomiplan({ fromYear: 2019, years: 2, population: 2853, adoptions: [{ solution: { ...digiorden, prices: [] }, adoption: digiordenInUse }] })
    expect(p.rows.map((r) => r.cells)).toEqual([
      [null, '0'],
      [null, null]
    ])
  })

  it('marks the contribution row as the contribution, in both målformer', () => {
    const p = buildOkonomiplan({ fromYear: 2018, population: 2853, contribution: { amount: '57060', year: 2018 }, adoptions: [] })
    expect(p.rows.map((r) => [r.kind, r.group, r.label])).toEqual([
      ['contribution', 'decided', { nn: 'Eingongsbidrag til KS DigiFin', nb: 'Engangsbidrag til KS DigiFin' }]
    ])
  })

  it('shows a solution considered without a planned start as unknown in every year', () => {
    const { plannedStart: _, ...unplanned } = barnevernConsidered
    const p = buildOkonomiplan({ fromYear: 2020, years: 2, population: 2853, adoptions: [{ solution: barnevern, adoption: unplanned }] })
    expect(p.years).toEqual([2020, 2021])
    expect(p.rows.map((r) => [r.kind, r.group, r.cells])).toEqual([
      ['connection', 'considered', [null, null]],
      ['running', 'considered', [null, null]]
    ])
    expect(p.decided).toEqual([
      { amount: '0', incomplete: false },
      { amount: '0', incomplete: false }
    ])
    expect(p.all).toEqual([
      { amount: '0', incomplete: true },
      { amount: '0', incomplete: true }
    ])
  })
})

describe('the year the økonomiplan opens on', () => {
  const digifin = (status: PlanRoundState['status'], declined = false): PlanRoundState => ({ budgetYear: 2018, status, declined })

  it('is the round’s budget year while the contribution is still to be paid, so 2018’s one-off amount is in view', () => {
    for (const status of [undefined, 'invitert', 'tilPolitiskHandsaming', 'vedteke', 'meldingSendt', 'fakturert'] as const) {
      expect(planStartYear(digifin(status), 2026), String(status)).toBe(2018)
    }
  })

  it('is the current year once the contribution is paid, or when the council said no', () => {
    expect(planStartYear(digifin('betalt'), 2026)).toBe(2026)
    expect(planStartYear(digifin('vedteke', true), 2026)).toBe(2026)
  })

  it('is the current year when no round is known', () => {
    expect(planStartYear(undefined, 2027)).toBe(2027)
  })

  it('takes the planned start years of the solutions still being considered or decided, not of those in use or ended', () => {
    const adoptions = [
      { status: 'vurderer', plannedStart: '2018-06-01' },
      { status: 'vedteke', plannedStart: '2019-03-01' },
      { status: 'iBruk', plannedStart: '2016-01-01' },
      { status: 'avslutta', plannedStart: '2015-01-01' },
      { status: 'vurderer' }
    ] as const
    expect(pendingStartYears(adoptions)).toEqual([2018, 2019])
  })

  it('after payment, opens on the earliest planned start of a solution still being decided, never later than this year', () => {
    // Digiorden considered for June 2018 in a 2017 story told in 2026: its connection cost must be in view.
    expect(planStartYear(digifin('betalt'), 2026, [2019, 2018])).toBe(2018)
    expect(planStartYear(digifin('betalt'), 2026, [2027])).toBe(2026)
    // An unpaid round still opens on its own budget year.
    expect(planStartYear(digifin('fakturert'), 2026, [2016])).toBe(2018)
  })

  it('after payment, opens on the budget year when the earliest planned start is within its four years, so both are in view', () => {
    // Tysnes paid kr 57 060 in 2018 and plans Digiorden from 1.1.2019: 2018–2021 shows both, not 2019–2022.
    expect(planStartYear(digifin('betalt'), 2026, [2019])).toBe(2018)
    // The window 2018–2021: its last year still counts, the year after does not.
    expect(planStartYear(digifin('betalt'), 2026, [2022, 2021])).toBe(2018)
    expect(planStartYear(digifin('betalt'), 2026, [2022])).toBe(2022)
    // Before the budget year: that start, as before.
    expect(planStartYear(digifin('betalt'), 2026, [2017])).toBe(2017)
    // A round ended at a "nei" has no contribution to show with it.
    expect(planStartYear(digifin('vedteke', true), 2026, [2019])).toBe(2019)
  })
})
