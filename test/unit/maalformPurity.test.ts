import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAIN_TEXT } from '../../electron/main/mainText'
import { DICTIONARIES } from '../../renderer/src/i18n'
import { MAALFORMER, type Maalform } from '../../shared/maalform'
import { foreignWords, PURITY_LISTS, PURITY_PATTERNS, words } from '../../shared/purity'
import { renderMelding } from '../../shared/meldingOmVedtak'
import { plainText, renderSaksframlegg } from '../../shared/saksframlegg/render'
import type { Saksframlegg } from '../../shared/saksframlegg/model'
import { melding } from '../fixtures/melding/meldingar'
import { renderTilknyting } from '../../shared/tilknyting'
import { adoptionCase } from '../fixtures/tilknyting/cases'
import { hordaland, tysnes, tysnesUserRound } from '../fixtures/saksframlegg/cases'
import { scanFiles, scanSource, type TekstPair } from '../support/tekstScan'

/**
 * One målform check (shared/purity.ts) for every text the user sees, in both målformer: the
 * screens' dictionaries, the main process's menu and dialogs, every message of the CLI, the
 * fixed phrases of the domain, and the documents the app writes.
 */

const ROOT = resolve(import.meta.dirname, '../..')

/** Placeholders ({{count}}, {version}) are filled in later; their names are not words. */
function withoutPlaceholders(text: string): string {
  return text.replace(/\{\{?\w+\}\}?/g, ' … ')
}

/**
 * Command-line syntax is typed, not read: flags (--folketal, --sakshandsamar) and the listed values
 * of a flag (heile|saksutgreiing) are the same in both målformer, nynorsk as the flags were named.
 */
const COMMAND_LINE_VALUES = new Set(['heile', 'saksutgreiing'])

function withoutCommandLine(text: string): string {
  return text.replace(/--[\w-]+/g, ' ').replace(/\S*\|\S*/g, ' ')
}

function foreignInPair(pair: TekstPair, clean: (text: string) => string = (t) => t): Record<Maalform, string[]> {
  return {
    nn: foreignWords(clean(pair.nn), 'nn'),
    nb: foreignWords(clean(pair.nb), 'nb')
  }
}

const PURE = { nn: [], nb: [] }

describe('the målform check itself', () => {
  it('keeps the two word lists apart', () => {
    const nn = new Set(PURITY_LISTS.nn)
    expect(PURITY_LISTS.nb.filter((w) => nn.has(w))).toEqual([])
    for (const w of [...PURITY_LISTS.nn, ...PURITY_LISTS.nb]) expect(words(w)).toEqual([w])
    // No listed word of one form matches the other form's patterns.
    expect(PURITY_LISTS.nn.filter((w) => PURITY_PATTERNS.nb.some((p) => p.test(w)))).toEqual([])
    expect(PURITY_LISTS.nb.filter((w) => PURITY_PATTERNS.nn.some((p) => p.test(w)))).toEqual([])
  })

  it('knows the screens’ words the dictionaries use (the check can fail on them)', () => {
    expect(foreignWords('Velg navn og sted; nettleseren lagret innholdet og endringene for dere.', 'nn')).toEqual([
      'velg',
      'navn',
      'sted',
      'nettleseren',
      'lagret',
      'innholdet',
      'endringene',
      'dere'
    ])
    expect(foreignWords('Vel namn og stad; nettlesaren lagra innhaldet og endringane for dykk.', 'nb')).toEqual([
      'namn',
      'stad',
      'nettlesaren',
      'innhaldet',
      'endringane',
      'dykk'
    ])
  })
})

describe('the screens (every i18next dictionary)', () => {
  it('has a namespace in DICTIONARIES for every dictionary file or folder of parts', () => {
    // A folder is one namespace in parts; i18n.test.ts checks that its index merges every part.
    const files = readdirSync(resolve(ROOT, 'renderer/src/i18n'), { withFileTypes: true })
      .filter((f) => f.isDirectory() || (f.name.endsWith('.ts') && !f.name.endsWith('.d.ts') && f.name !== 'index.ts'))
      .map((f) => f.name.replace(/\.ts$/, ''))
    expect(Object.keys(DICTIONARIES).sort()).toEqual(files.sort())
  })

  for (const [namespace, dictionary] of Object.entries(DICTIONARIES)) {
    for (const maalform of MAALFORMER) {
      it(`${namespace} (${maalform}) has no word of the other målform`, () => {
        for (const [key, value] of Object.entries(dictionary[maalform] as Record<string, string>)) {
          expect(foreignWords(withoutPlaceholders(value), maalform), `${namespace}:${key}`).toEqual([])
        }
      })
    }
  }
})

describe('the main process (menu and dialogs)', () => {
  for (const maalform of MAALFORMER) {
    it(`has no word of the other målform (${maalform})`, () => {
      for (const [key, value] of Object.entries(MAIN_TEXT[maalform])) {
        expect(foreignWords(withoutPlaceholders(value), maalform), key).toEqual([])
      }
    })
  }
})

describe('the CLI’s messages, read from its source', () => {
  const scan = scanFiles(ROOT, ['scripts/cli.ts', 'scripts/cli'], true)

  it('writes every message as an nn/nb pair, so none reaches the user in one målform only', () => {
    expect(scan.loose).toEqual([])
    expect(scan.unreadable).toEqual([])
    // Usage, summaries, errors and results of every command: far more than a handful.
    expect(scan.pairs.length).toBeGreaterThan(50)
  })

  it('has no word of the other målform in either half of a pair', () => {
    for (const pair of scan.pairs) {
      const found = foreignInPair(pair, withoutCommandLine)
      const real = { nn: found.nn, nb: found.nb.filter((w) => !COMMAND_LINE_VALUES.has(w)) }
      expect(real, pair.where).toEqual(PURE)
    }
  })

  it('notices prose outside a pair, a mixed pair and a målform test it cannot read', () => {
    const planted = scanSource(
      'planted.ts',
      [
        `io.out('Skreiv fila til disken.')`,
        `io.out(m === 'nb' ? 'Skrev filen.' : 'Skreiv fila.')`,
        `const nn = m === 'nn'; io.out(nn ? 'Fann ikkje fila.' : 'Fant ikke filen.')`,
        `function fail(nn: string, nb: string) { return { nn, nb } }`,
        `fail('Fann ikke fila.', 'Fant ikke filen.')`,
        `io.out(m.startsWith('nn') ? 'Fila er lagra.' : 'Filen er lagret.')`
      ].join('\n'),
      true
    )
    // The branches of a test the scan cannot read are prose outside a pair, too.
    expect(planted.loose.map((l) => l.text)).toEqual(['Skreiv fila til disken.', 'Fila er lagra.', 'Filen er lagret.'])
    expect(planted.pairs.map((p) => [p.nn, p.nb])).toEqual([
      ['Skreiv fila.', 'Skrev filen.'],
      ['Fann ikkje fila.', 'Fant ikke filen.'],
      ['Fann ikke fila.', 'Fant ikke filen.']
    ])
    expect(foreignInPair(planted.pairs[2]!)).toEqual({ nn: ['ikke'], nb: [] })
    expect(planted.unreadable).toHaveLength(1)
  })
})

describe('the domain’s and the screens’ fixed phrases (every nn/nb pair in code)', () => {
  const scan = scanFiles(ROOT, ['shared', 'renderer/src', 'electron', 'scripts/build-register.ts'], false)

  it('reads every målform test in code', () => {
    expect(scan.unreadable).toEqual([])
    expect(scan.pairs.length).toBeGreaterThan(30)
  })

  it('has no word of the other målform in either half of a pair', () => {
    for (const pair of scan.pairs) expect(foreignInPair(pair, withoutPlaceholders), pair.where).toEqual(PURE)
  })
})

describe('the documents the app writes', () => {
  const variants: [string, (m: Maalform) => Saksframlegg][] = [
    ['kommune, join', (m) => tysnes(m)],
    ['kommune, decline', (m) => tysnes(m, { innstilling: { kind: 'decline' } })],
    ['kommune, orientering', (m) => tysnes(m, { caseKind: 'orienteringssak' })],
    ['fylkeskommune, join', (m) => hordaland(m)],
    ['fylkeskommune, decline', (m) => hordaland(m, { innstilling: { kind: 'decline' } })],
    ['fylkeskommune, orientering', (m) => hordaland(m, { caseKind: 'orienteringssak' })],
    ['a round the user added', (m) => tysnesUserRound(m)]
  ]
  for (const maalform of MAALFORMER) {
    for (const [name, build] of variants) {
      it(`a ${maalform} saksframlegg (${name}) has no word of the other målform`, () => {
        const text = plainText(renderSaksframlegg(build(maalform), maalform, 'whole'))
        expect(foreignWords(text, maalform)).toEqual([])
      })
    }
  }

  const meldingar = ['ja', 'nei', 'later'] as const
  for (const maalform of MAALFORMER) {
    for (const variant of meldingar) {
      it(`a ${maalform} melding om vedtak (${variant}) has no word of the other målform`, () => {
        expect(foreignWords(plainText(renderMelding(melding(maalform, variant), maalform)), maalform)).toEqual([])
      })
    }
  }

  const adoptions = [
    ['Tysnes, Digiorden, paid', () => adoptionCase('tysnes', 'digiorden')],
    ['Levanger, Min kommune – barnevern, not paid', () => adoptionCase('levanger', 'min-kommune-barnevern', { participation: 'vedteke' })],
    ['no population figure', () => adoptionCase('levanger', 'digiorden', { withoutPopulation: true, participation: null })]
  ] as const
  for (const maalform of MAALFORMER) {
    for (const [variant, build] of adoptions) {
      it(`a ${maalform} adoption case (${variant}) has no word of the other målform`, () => {
        expect(foreignWords(plainText(renderTilknyting(build(), maalform)), maalform)).toEqual([])
      })
    }
  }
})
