import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DIGIFIN_2017 } from '../../shared/financingRound'
import { sectionBlocks, withInvitation } from '../../shared/saksframlegg/defaults'
import { caseValues, parseSaksframlegg, type Saksframlegg } from '../../shared/saksframlegg/model'
import { plainText, renderSaksframlegg } from '../../shared/saksframlegg/render'
import { valueConflicts } from '../../shared/saksframlegg/valueConflicts'
import { SpleiselagDatabase } from '../../renderer/src/db/database'
import { CaseStore } from '../../renderer/src/saksframlegg/caseStore'
import { tysnes } from '../fixtures/saksframlegg/cases'

/**
 * A case stored before sections could be standard text: each section held its text as blocks and
 * the case held no invitation. It opens as it was, and the sections still holding the standard text
 * follow the case's data from then on.
 */

const OWN_VURDERING = [{ type: 'paragraph' as const, text: 'Rådmannen rår til å delta med kr 57 060.' }]

/** The Tysnes case in the shape it was stored in before: frozen blocks, no invitation; the vurdering rewritten by the user. */
function oldShape(doc: Saksframlegg = tysnes('nn')): Record<string, unknown> {
  const { invitation: _, ...rest } = doc
  return {
    ...rest,
    sections: doc.sections.map((section) => ({
      id: section.id,
      kind: section.kind,
      blocks: section.id === 'vurdering' ? OWN_VURDERING : sectionBlocks(section, doc, 'nn')
    }))
  }
}

const text = (doc: Saksframlegg): string => plainText(renderSaksframlegg(doc, 'nn'))

describe('a case stored before standard text followed the data', () => {
  it('parses with every section as the user’s text, written against the values the case holds', () => {
    const parsed = parseSaksframlegg(oldShape())
    if (!parsed.ok) throw new Error(parsed.issues.join('; '))
    expect(parsed.value.invitation).toBeUndefined()
    for (const section of parsed.value.sections) expect(section.own?.basedOn).toEqual(caseValues(parsed.value))
    expect(text(parsed.value)).toContain('Rådmannen rår til å delta med kr 57 060.')
    expect(valueConflicts(parsed.value, 'nn')).toEqual([])
  })

  it('gets the invitation from its round; the sections still holding the standard text become standard text, the rewritten one stays', () => {
    const parsed = parseSaksframlegg(oldShape())
    if (!parsed.ok) throw new Error(parsed.issues.join('; '))
    const migrated = withInvitation(parsed.value, DIGIFIN_2017, 'nn')
    expect(migrated.sections.map((s) => [s.id, s.own !== undefined])).toEqual([
      ['saksutgreiing', false],
      ['okonomiskeKonsekvensar', false],
      ['vurdering', true]
    ])
    // Nothing the document says has changed.
    expect(text(migrated)).toBe(text(parsed.value))
    // From now on the standard sections follow the figures; the user's sentence is a conflict to decide.
    const recounted = { ...migrated, economy: { ...migrated.economy, populationCount: 2847, amount: '56940' } }
    expect(text(recounted)).toContain('kr\u00a056\u00a0940')
    expect(valueConflicts(recounted, 'nn')).toEqual([expect.objectContaining({ place: { part: 'section', id: 'vurdering' }, key: 'amount' })])
  })

  it('refuses a standard section without the invitation to write it from', () => {
    const { invitation: _, ...noInvitation } = tysnes('nn')
    expect(parseSaksframlegg(noInvitation).ok).toBe(false)
    expect(parseSaksframlegg({ ...tysnes('nn'), sections: [{ id: 'other', kind: 'other' }] }).ok).toBe(false)
  })
})

describe('the case store opens a case of the old shape', () => {
  let database: SpleiselagDatabase
  let store: CaseStore
  let counter = 0

  beforeEach(() => {
    database = new SpleiselagDatabase(`spleiselag-migration-${++counter}`)
    store = new CaseStore(database)
  })

  afterEach(async () => {
    database.close()
    await Dexie.delete(database.name)
  })

  async function storedOld(roundId: string | undefined): Promise<string> {
    const created = await store.create({
      document: tysnes('nn'),
      maalform: 'nn',
      organisationNumber: '4616',
      author: 'Anders Teigen',
      ...(roundId ? { roundId } : {})
    })
    if (!created.ok) throw new Error(created.reason)
    await database.cases.update(created.value.id, { document: oldShape() })
    return created.value.id
  }

  it('with its round’s invitation and standard sections, and the document reads as before', async () => {
    const id = await storedOld(DIGIFIN_2017.id)
    const loaded = await store.load(id)
    if (!loaded.ok) throw new Error(loaded.reason)
    const doc = loaded.value.document
    expect(doc.invitation?.answerBy).toBe(DIGIFIN_2017.answerBy)
    expect(doc.sections.map((s) => s.own === undefined)).toEqual([true, true, false])
    const before = parseSaksframlegg(oldShape())
    expect(before.ok && text(doc) === text(before.value)).toBe(true)
  })

  it('as it was, all text the user’s, when its round is gone', async () => {
    const id = await storedOld('runde-sletta')
    const loaded = await store.load(id)
    if (!loaded.ok) throw new Error(loaded.reason)
    expect(loaded.value.document.invitation).toBeUndefined()
    expect(loaded.value.document.sections.every((s) => s.own !== undefined)).toBe(true)
    expect(text(loaded.value.document)).toContain('Rådmannen rår til å delta med kr 57 060.')
  })
})
