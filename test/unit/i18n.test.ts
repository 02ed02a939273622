import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { DICTIONARIES } from '../../renderer/src/i18n'

// Whether each string is wholly in its målform is checked with every other text, in maalformPurity.test.ts.
describe('the interface dictionaries', () => {
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
