import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import type { Place } from '../../shared/document/template'
import { DICTIONARIES, type Namespace } from '../../renderer/src/i18n'
import { choiceKey, choicesFor, TEMPLATE_DOCUMENT_TYPES } from '../../renderer/src/innstillingar/templateChoices'

const I18N = resolve(import.meta.dirname, '../../renderer/src/i18n')

/** A namespace with much to say is a folder of parts, which its index.ts merges into one. */
const NAMESPACES_IN_PARTS = readdirSync(I18N, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name as Namespace)

type Part = { nn: Record<string, string>; nb: Record<string, string> }

// Whether each string is wholly in its målform is checked with every other text, in maalformPurity.test.ts.
describe('the interface dictionaries', () => {
  it('have no key with a colon: i18next would read it as a namespace and show the user the raw id', () => {
    for (const [namespace, { nn }] of Object.entries(DICTIONARIES)) {
      expect(Object.keys(nn).filter((key) => key.includes(':')), namespace).toEqual([])
    }
  })

  it('name every part a template place can take, of every document type, in both målformer', () => {
    for (const [type, accepts] of TEMPLATE_DOCUMENT_TYPES.flatMap((type) => (['blocks', 'text'] as const).map((accepts) => [type, accepts] as const))) {
      for (const choice of choicesFor(type, { accepts } as Place)) {
        expect(DICTIONARIES.template.nn, choice).toHaveProperty([choiceKey(choice)])
        expect(DICTIONARIES.template.nb, choice).toHaveProperty([choiceKey(choice)])
      }
    }
  })

  for (const [namespace, { nn, nb }] of Object.entries(DICTIONARIES)) {
    it(`${namespace}: every string exists in both nynorsk and bokmål, none empty`, () => {
      expect(Object.keys(nb).sort()).toEqual(Object.keys(nn).sort())
      for (const [key, value] of [...Object.entries(nn), ...Object.entries(nb)]) {
        expect(value.trim(), key).not.toBe('')
      }
    })

    it(`${namespace}: the same placeholders in both forms`, () => {
      const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
      for (const key of Object.keys(nn) as (keyof typeof nn)[]) {
        expect(placeholders(nb[key] as string), key).toEqual(placeholders(nn[key] as string))
      }
    })
  }

  it('has the Saksframlegg namespace in parts, so the check below has something to check', () => {
    expect(NAMESPACES_IN_PARTS).toContain('saksframlegg')
  })

  for (const namespace of NAMESPACES_IN_PARTS) {
    it(`${namespace}: every part is merged into the namespace, and no key is in two parts`, async () => {
      const files = readdirSync(resolve(I18N, namespace)).filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      const merged = DICTIONARIES[namespace] as Part
      let keys = 0
      for (const file of files) {
        const part = ((await import(resolve(I18N, namespace, file))) as { default: Part }).default
        expect(merged.nn, file).toMatchObject(part.nn)
        expect(merged.nb, file).toMatchObject(part.nb)
        keys += Object.keys(part.nn).length
      }
      // Fewer keys than the parts hold together: one part's key hides another's.
      expect(Object.keys(merged.nn)).toHaveLength(keys)
    })
  }

  it('types its keys: an unknown key or a key of another namespace does not compile', () => {
    // Never called: `npm run typecheck` is what runs this test.
    const uses = (t: TFunction<'bidrag'>, frame: TFunction<'frame'>): string[] => [
      t('heading'),
      t('importProblems', { count: 2 }),
      frame('appName'),
      // @ts-expect-error: no such key
      t('no.such.key'),
      // @ts-expect-error: a key of the frame namespace, not of bidrag
      t('appName')
    ]
    expect(uses).toBeTypeOf('function')
  })
})

describe('the Bidrag figure-source hint', () => {
  // SSB's quarterly population is table 01222; 07459 and 06913 count on 1 January (reader, set 4 A8).
  it.each(['nn', 'nb'] as const)('pairs a quarter with the quarterly table 01222 (%s)', (m) => {
    const hint = DICTIONARIES.bidrag[m].figureSourceDescription
    expect(hint).toContain('«SSB tabell 01222, 2. kvartal 2017»')
    expect(hint).not.toMatch(/06913|07459/)
  })
})
