import { describe, expect, it } from 'vitest'
import { calculateContribution, type Contribution } from '../../shared/contribution'
import { DIGIFIN_2017 } from '../../shared/financingRound'
import type { Maalform } from '../../shared/maalform'
import { innstillingText, plainText, renderSaksframlegg } from '../../shared/saksframlegg/render'
import { sectionBlocks } from '../../shared/saksframlegg/defaults'
import { withContribution } from '../../shared/saksframlegg/fromContribution'
import { caseValues, updateSection, type Saksframlegg } from '../../shared/saksframlegg/model'
import { acceptValue, replaceValue, toStandardText, valueConflicts } from '../../shared/saksframlegg/valueConflicts'
import { chiefTitleAfterRound } from '../../shared/saksframlegg/caseIssues'
import { hordaland, hordalandContribution, tysnes, tysnesContribution, tysnesUserRound } from '../fixtures/saksframlegg/cases'

/**
 * Issue 8 §1: every figure, date, source and title the case holds is written from the case's data
 * wherever it stands, so after any of them changes the old value appears nowhere in the document;
 * text the user wrote that still carries an old value is a conflict the user decides.
 */

const text = (doc: Saksframlegg, m: Maalform): string => plainText(renderSaksframlegg(doc, m)).replace(/\u00a0/g, ' ')

/** A new round of figures for the same round: another count, date, source and rate (so another amount) and another name. */
function newFigures(contribution: Contribution, name: string, count: number, date: string): Contribution {
  const round = { ...DIGIFIN_2017, rateKommune: '25', rateFylkeskommune: '6' }
  return calculateContribution(round, { ...contribution.contributor, name }, {
    count,
    date,
    source: 'Folkeregisteret',
    sourceText: { nn: 'Folkeregisteret, uttrekk for kommunen', nb: 'Folkeregisteret, uttrekk for kommunen' },
    origin: 'manual'
  })
}

/** Every value the text cites, changed: figures from Bidrag, the chief's title, the budget year, the funding, the decline reason. */
function changeEverything(doc: Saksframlegg, contribution: Contribution, m: Maalform): Saksframlegg {
  const next = withContribution(doc, contribution, m)
  const fylke = doc.economy.contributorKind === 'fylkeskommune'
  return {
    ...next,
    chiefTitle: { kind: fylke ? 'fylkesdirektoer' : 'kommunedirektoer' },
    economy: { ...next.economy, budgetYear: 2019, funding: { kind: 'drift' } },
    declineReason: m === 'nn' ? 'Kommunen ventar på ei ny utgreiing.' : 'Kommunen venter på en ny utredning.'
  }
}

/** The old values as the document wrote them; none may be left after the change. */
function oldValues(doc: Saksframlegg): (string | RegExp)[] {
  const v = caseValues(doc)
  const area = v.kommuneName.replace(/ (fylkes)?kommune$/, '')
  return [
    area,
    /rådmann/i,
    plainNumber(v.populationCount),
    v.populationDate === '2017-07-01' ? '1. juli 2017' : '1. januar 2017',
    'tabell',
    'kr 20 ',
    'kr 5 ',
    `kr ${plainNumber(Number(v.amount))}`,
    /budsjett\w*( for)? 2018/,
    'disposisjonsfond',
    v.declineReason
  ].filter((value) => value !== '')
}

function plainNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
}

function expectNone(all: string, old: (string | RegExp)[]): void {
  for (const value of old) {
    if (typeof value === 'string') expect(all, `still says ${value}`).not.toContain(value)
    else expect(all).not.toMatch(value)
  }
}

const CASES = [
  { name: 'Tysnes kommune', build: tysnes, contribution: () => newFigures(tysnesContribution, 'Sunnfjord', 2847, '2017-01-01') },
  { name: 'Hordaland fylkeskommune', build: hordaland, contribution: () => newFigures(hordalandContribution, 'Vestland', 522539, '2017-07-01') }
] as const

/** The user switches to an own innstilling (the editor starts it from the standard one) and writes in two sections. */
function withOwnText(doc: Saksframlegg, m: Maalform): Saksframlegg {
  const custom: Saksframlegg = { ...doc, innstilling: { kind: 'custom', text: innstillingText(doc, m), basedOn: caseValues(doc) } }
  return ['okonomiskeKonsekvensar', 'vurdering'].reduce(
    (current, id) =>
      updateSection(current, id, (section) => ({
        ...section,
        own: { blocks: [...sectionBlocks(section, current, m), { type: 'paragraph', text: 'Eit eige avsnitt.' }], basedOn: caseValues(current) }
      })),
    custom
  )
}

describe.each(['nn', 'nb'] as const)('one value, one place: the document after every value changed (%s)', (m) => {
  for (const { name, build, contribution } of CASES) {
    const variants: Record<string, Saksframlegg> = {
      ja: build(m),
      nei: build(m, { innstilling: { kind: 'decline' } }),
      orientering: build(m, { caseKind: 'orienteringssak' }),
      custom: build(m, { innstilling: { kind: 'custom', text: m === 'nn' ? 'Saka vert utsett.' : 'Saken utsettes.' } })
    }
    for (const [variant, doc] of Object.entries(variants)) {
      it(`${name}, ${variant}: the standard text says the new values and none of the old`, () => {
        const old = oldValues(doc)
        const all = text(doc, m)
        // The old values were there to begin with, so their absence afterwards means something.
        expect(all).toContain(old[0] as string)
        expect(all).toMatch(/rådmann/i)
        const changed = changeEverything(doc, contribution(), m)
        expect(valueConflicts(changed, m)).toEqual([])
        const after = text(changed, m)
        expectNone(after, old)
        expect(after).toMatch(/kommunedirektøren|fylkesdirektøren|KOMMUNEDIREKTØREN|FYLKESDIREKTØREN/)
        expect(after).toContain('Folkeregisteret, uttrekk for kommunen')
      })
    }

    it(`${name}: own text that still says an old value is a conflict until each is decided; replacing them leaves none`, () => {
      const doc = withOwnText(build(m), m)
      const changed = changeEverything(doc, contribution(), m)
      const conflicts = valueConflicts(changed, m)
      const keys = (part: string) => conflicts.filter((c) => (c.place.part === 'section' ? c.place.id : c.place.part) === part).map((c) => c.key)
      expect(keys('okonomiskeKonsekvensar')).toEqual(
        expect.arrayContaining(['kommuneName', 'populationCount', 'populationDate', 'populationSource', 'rate', 'amount', 'budgetYear', 'funding'])
      )
      expect(keys('vurdering')).toEqual(expect.arrayContaining(['kommuneName', 'chiefTitle']))
      expect(keys('innstilling')).toEqual(expect.arrayContaining(['kommuneName', 'rate', 'amount', 'budgetYear', 'funding']))
      const resolved = conflicts.reduce((current, conflict) => replaceValue(current, conflict, m), changed)
      expect(valueConflicts(resolved, m)).toEqual([])
      const after = text(resolved, m)
      // The KMD sentence's "i 2018" is the year of the state's money, not the budget year: only the budget phrasing is checked.
      expectNone(after, oldValues(doc))
      expect(after).toContain('Eit eige avsnitt.')
    })
  }
})

describe('the three choices for a conflict', () => {
  const m = 'nn'
  const doc = withOwnText(tysnes(m), m)
  // The story of the issue: Bidrag now has 2 847 per 1.1.2017 from the register, and the user takes it.
  const register = calculateContribution(DIGIFIN_2017, tysnesContribution.contributor, {
    count: 2847,
    date: '2017-01-01',
    source: 'SSB, tabell 07459',
    origin: 'embedded'
  })
  const changed = withContribution(doc, register, m)
  const countConflict = valueConflicts(changed, m).find((c) => c.key === 'populationCount' && c.place.part === 'section')

  it('shows the old and new value and the sentence that carries it', () => {
    expect(countConflict).toMatchObject({ place: { part: 'section', id: 'okonomiskeKonsekvensar' }, was: '2\u00a0853', now: '2\u00a0847' })
    expect(countConflict?.sentences.join(' ').replace(/\u00a0/g, ' ')).toContain('2 853 innbyggjarar × kr 20 = kr 57 060')
  })

  it('replaces every occurrence of the old value with the new one, typed with a plain space or none', () => {
    const typed = updateSection(changed, 'vurdering', (s) => ({
      ...s,
      own: { blocks: [{ type: 'paragraph', text: 'Med 2 853 eller 2853 innbyggjarar, men ikkje 12 853.' }], basedOn: caseValues(doc) }
    }))
    const conflict = valueConflicts(typed, m).find((c) => c.key === 'populationCount' && c.place.part === 'section' && c.place.id === 'vurdering')
    expect(conflict).toBeDefined()
    const replaced = replaceValue(typed, conflict!, m)
    expect(sectionBlocks(replaced.sections[2]!, replaced, m)).toEqual([
      { type: 'paragraph', text: 'Med 2\u00a0847 eller 2\u00a0847 innbyggjarar, men ikkje 12 853.' }
    ])
  })

  it('goes back to the standard text, which says the new figures', () => {
    const standard = toStandardText(changed, 'okonomiskeKonsekvensar')
    expect(standard.sections.find((s) => s.id === 'okonomiskeKonsekvensar')?.own).toBeUndefined()
    expect(valueConflicts(standard, m).some((c) => c.place.part === 'section' && c.place.id === 'okonomiskeKonsekvensar')).toBe(false)
    expect(text(standard, m)).toContain('2 847 innbyggjarar × kr 20 = kr 56 940')
  })

  it('keeps the text as it stands when the user says it is right, and asks no more about that value', () => {
    const accepted = acceptValue(changed, countConflict!)
    expect(sectionBlocks(accepted.sections[1]!, accepted, m)).toEqual(sectionBlocks(changed.sections[1]!, changed, m))
    expect(valueConflicts(accepted, m).some((c) => c.key === 'populationCount' && c.place.part === 'section')).toBe(false)
    // The other values of the same text are still to be decided.
    expect(valueConflicts(accepted, m).some((c) => c.key === 'amount' && c.place.part === 'section')).toBe(true)
  })

  it('finds no conflict where the old value is not in the text, nor a value inside a longer one', () => {
    const own = updateSection(tysnes(m), 'vurdering', (s) => ({
      ...s,
      own: { blocks: [{ type: 'paragraph', text: 'Rådmannen meiner det. Fylkesrådmannen òg. kr 20 000 er mykje.' }], basedOn: caseValues(tysnes(m)) }
    }))
    const next = { ...own, economy: { ...own.economy, rate: '25', amount: '71325' } }
    expect(valueConflicts(next, m)).toEqual([])
    const titled = { ...own, chiefTitle: { kind: 'kommunedirektoer' as const } }
    expect(valueConflicts(titled, m)).toEqual([
      expect.objectContaining({ key: 'chiefTitle', was: 'Rådmannen', now: 'Kommunedirektøren', sentences: ['Rådmannen meiner det.'] })
    ])
  })
})

describe.each(['nn', 'nb'] as const)('the process as of the case’s date (%s)', (m) => {
  const nn = m === 'nn'
  it('tells a case dated after the answer deadline that the deadline has passed, and what joining later means', () => {
    const late = text(tysnes(m, { date: '2026-11-24' }), m)
    expect(late).toContain(nn ? 'KS bad om at saka vart handsama hausten 2017' : 'KS ba om at saken ble behandlet høsten 2017')
    expect(late).toContain(nn ? 'Fristen gjekk ut 20. desember 2017.' : 'Fristen gikk ut 20. desember 2017.')
    expect(late).toContain(nn ? 'må betale sin del før han kan ta i bruk ei løysing' : 'må betale sin andel før den kan ta i bruk en løsning')
    // After the deadline the budget is adopted: the ja changes it, and tells KS the kommune joins.
    const innstilling = late.split(nn ? 'INNSTILLING FRÅ' : 'INNSTILLING FRA')[1]
    expect(innstilling).toContain(nn ? 'Tysnes kommune melder til KS at kommunen vil delta' : 'Tysnes kommune melder til KS at kommunen vil delta')
    expect(innstilling).toMatch(nn ? /Kommunestyret gjer slik endring i budsjettet for 2018: kr.57.060 vert løyvd/ : /Kommunestyret gjør slik endring i budsjettet for 2018: kr.57.060 bevilges/)
    expect(late).not.toContain(nn ? 'takkar ja' : 'takker ja')
    expect(late).not.toContain(nn ? 'i løpet av hausten' : 'i løpet av høsten')
    const inTime = text(tysnes(m), m)
    expect(inTime).toContain(nn ? 'i løpet av hausten' : 'i løpet av høsten')
    expect(inTime).not.toContain(nn ? 'Fristen gjekk ut' : 'Fristen gikk ut')
  })

  it('tells a round the user added the same, from its own dates only', () => {
    const late = text(tysnesUserRound(m, { date: '2025-09-01' }), m)
    expect(late).toContain(nn ? 'Fristen gjekk ut' : 'Fristen gikk ut')
    expect(late).not.toContain('prinsippnotatet')
  })

  it('asks the decline’s question in plain words, first in the saksutgreiing (set 7, B10)', () => {
    const declined = text(tysnes(m, { innstilling: { kind: 'decline' } }), m)
    const question = nn ? 'Saka gjeld om kommunen skal betale eingongsbeløpet til den nye finansieringsordninga til KS no' : 'Saken gjelder om kommunen skal betale engangsbeløpet til KS’ nye finansieringsordning nå'
    expect(declined).toContain(`${nn ? 'SAKSUTGREIING' : 'SAKSUTREDNING'}\n${question}`)
    // «gjelder om», not «gjelder spørsmålet om» (set 12, C22).
    expect(declined).not.toContain('spørsmålet om')
  })
})

describe('the chief’s title in a 2017 case', () => {
  it('is pointed out when it came with the kommunelov in force from 2019, and only then', () => {
    expect(chiefTitleAfterRound({ ...tysnes('nn'), chiefTitle: { kind: 'kommunedirektoer' } })).toEqual({ title: 'kommunedirektør', older: 'rådmann' })
    expect(chiefTitleAfterRound({ ...hordaland('nb'), chiefTitle: { kind: 'fylkesdirektoer' } })).toEqual({ title: 'fylkesdirektør', older: 'fylkesrådmann' })
    expect(chiefTitleAfterRound(tysnes('nn'))).toBeNull()
    const doc = tysnes('nn')
    const { digiFin2017: _, ...ownRound } = doc.invitation!
    expect(chiefTitleAfterRound({ ...doc, chiefTitle: { kind: 'kommunedirektoer' }, invitation: ownRound })).toBeNull()
  })
})
