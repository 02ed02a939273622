import { describe, expect, it } from 'vitest'
import { DICTIONARIES } from '../../renderer/src/i18n'

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

  it('has no bokmål-only words in the nynorsk half and no nynorsk-only words in the bokmål half', () => {
    // Letters-only boundaries: \b does not know that å, æ and ø are letters.
    const words = (list: string) => new RegExp(`(?<!\\p{L})(${list})(?!\\p{L})`, 'iu')
    const bokmaalOnly = words('ikke|fra|hvis|hvordan|hvilke|dere|innbygger|innbyggere|kommuner|lagres|lagret|velg|navn|noe|sted|nettleseren|innholdet|endringene')
    const nynorskOnly = words('ikkje|frå|kva|korleis|dykk|innbyggjar|innbyggjarar|kommunar|vert|namn|noko|stad|nettlesaren|innhaldet|eit|ein|endringane')
    for (const { nn, nb } of Object.values(DICTIONARIES)) {
      for (const [key, value] of Object.entries(nn)) expect(value, `nn ${key}`).not.toMatch(bokmaalOnly)
      for (const [key, value] of Object.entries(nb)) expect(value, `nb ${key}`).not.toMatch(nynorskOnly)
    }
  })
})
