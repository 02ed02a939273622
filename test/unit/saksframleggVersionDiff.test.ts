import { describe, expect, it } from 'vitest'
import { differingParts, excerpt, firstChange, type Saksframlegg } from '../../shared/saksframlegg'
import { tysnes } from '../fixtures/saksframlegg/cases'

/** A case whose first section has the user's own heading. */
function withHeading(doc: Saksframlegg, heading: string): Saksframlegg {
  const [first, ...rest] = doc.sections
  return { ...doc, sections: [{ ...first!, heading }, ...rest] }
}

describe('the parts two versions of a case differ in', () => {
  it('is nothing when both read the same', () => {
    expect(differingParts(tysnes('nn'), tysnes('nn'), 'nn')).toEqual([])
  })

  it('names the title, the section and the innstilling whose words differ, with each version’s words as printed', () => {
    const base = tysnes('nn')
    const mine = { ...withHeading(base, 'Bakgrunn'), title: 'Deltaking i KS DigiFin 2018', innstilling: { kind: 'custom' as const, text: 'Tysnes vil vere med.' } }
    const theirs = { ...base, innstilling: { kind: 'custom' as const, text: 'Tysnes vil ikkje vere med.' } }
    const parts = differingParts(mine, theirs, 'nn')
    expect(parts.map((p) => p.part)).toEqual(['title', 'section', 'innstilling'])
    expect(parts[0]).toMatchObject({ mine: 'Deltaking i KS DigiFin 2018', theirs: base.title })
    expect(parts[1]).toMatchObject({ id: base.sections[0]!.id, heading: 'Bakgrunn' })
    expect(parts[1]!.theirs.startsWith('SAKSUTGREIING')).toBe(true)
    expect(parts[2]!.mine).toContain('Tysnes vil vere med.')
    expect(parts[2]!.theirs).toContain('Tysnes vil ikkje vere med.')
  })

  it('gives a section only one version has, with no words in the other', () => {
    const base = tysnes('nb')
    const theirs = { ...base, sections: base.sections.slice(0, -1) }
    const removed = base.sections.at(-1)!
    const parts = differingParts(base, theirs, 'nb')
    expect(parts).toHaveLength(1)
    expect(parts[0]).toMatchObject({ part: 'section', id: removed.id, theirs: '' })
    expect(parts[0]!.mine.length).toBeGreaterThan(0)
  })
})

describe('the change an unsaved copy is offered back by', () => {
  it('is the paragraph the user wrote, to the end of its first sentence, not the header the form filled in', () => {
    const saved = tysnes('nn')
    const copy: Saksframlegg = {
      ...saved,
      header: { ...saved.header, arkivsak: '18/1234' },
      innstilling: { kind: 'custom', text: 'Tysnes kommune vil vere med i KS DigiFin frå 2018. Kostnaden vert dekt av disposisjonsfondet.' }
    }
    const change = firstChange(copy, saved, 'nn')
    expect(change).toMatchObject({ part: { part: 'innstilling' }, excerpt: 'Tysnes kommune vil vere med i KS DigiFin frå 2018. …', more: 1 })
  })

  it('is the header row that changed, alone, when only the header did (bokmål)', () => {
    const saved = tysnes('nb')
    const copy: Saksframlegg = { ...saved, header: { ...saved.header, arkivsak: '18/1234' } }
    expect(firstChange(copy, saved, 'nb')).toMatchObject({ part: { part: 'header' }, excerpt: 'Arkivsak: 18/1234', more: 0 })
  })

  it('does not end a sentence at a date’s full stop, and cuts a long line at a space', () => {
    expect(excerpt('Saka vart handsama 20. november 2017 i formannskapet', 120)).toBe('Saka vart handsama 20. november 2017 i formannskapet')
    expect(excerpt('ord '.repeat(50), 20)).toBe('ord ord ord ord ord …')
  })
})
