import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importedFigureAt, isPopulationVariable, parseSsbCsv, parseSsbFile, parseSsbJsonStat, type SsbImportResult } from '@shared/population'

const fixture = (name: string): string => readFileSync(resolve(__dirname, '../fixtures/ssb', name), 'utf8')

function rowsOf(result: SsbImportResult): string[] {
  if (!result.ok) throw new Error(result.error.nb)
  return result.rows.map((r) => `${r.kommunenummer} ${r.name ?? '-'} ${r.period.label} ${r.date} ${r.count}`)
}

function errorOf(result: SsbImportResult): { nn: string; nb: string } {
  if (result.ok) throw new Error('expected the file to be refused')
  return result.error
}

describe('SSB CSV, long layout (title line, one row per region, variable and quarter)', () => {
  const result = parseSsbFile(fixture('01222-long.csv'))

  it('reads Tysnes’ 2 853 for 2. kvartal 2017, dated the end of the quarter', () => {
    expect(result.ok && result.format).toBe('csv')
    expect(rowsOf(result)).toEqual([
      '1201 Bergen 2017K1 2017-03-31 279792',
      '1201 Bergen 2017K2 2017-06-30 280216',
      '1223 Tysnes 2017K1 2017-03-31 2849',
      '1223 Tysnes 2017K2 2017-06-30 2853'
    ])
    const tysnes = result.ok ? result.rows.find((r) => r.kommunenummer === '1223' && r.period.label === '2017K2') : undefined
    expect(tysnes?.period.text).toEqual({ nn: '2. kvartal 2017', nb: '2. kvartal 2017' })
    expect(tysnes?.variable).toBe('Folketalet ved utgangen av kvartalet')
    expect(result.ok && result.title).toBe('Befolkning og kvartalsvise endringar, etter region, statistikkvariabel og kvartal')
  })

  it('leaves out births and deaths silently, and reports the whole country and a missing figure', () => {
    if (!result.ok) throw new Error('refused')
    expect(result.problems).toEqual([
      {
        where: { nn: 'line 4', nb: 'linje 4' },
        message: {
          nn: '«0 Heile landet» er ikkje ein kommune og er hoppa over.',
          nb: '«0 Heile landet» er ikke en kommune og er hoppet over.'
        }
      },
      {
        where: { nn: 'line 12', nb: 'linje 12' },
        message: {
          nn: '1224 Kvinnherad, 2017K2: talet er ikkje tilgjengeleg («..»).',
          nb: '1224 Kvinnherad, 2017K2: tallet er ikke tilgjengelig («..»).'
        }
      }
    ])
  })

  it('gives the newest imported figure not after a date, like the register', () => {
    if (!result.ok) throw new Error('refused')
    expect(importedFigureAt(result.rows, '1223', '2017-09-08')?.count).toBe(2853)
    expect(importedFigureAt(result.rows, '1223', '2017-05-01')?.count).toBe(2849)
    expect(importedFigureAt(result.rows, '1223', '2017-01-01')).toBeUndefined()
  })
})

describe('SSB CSV, wide layout (one column per quarter)', () => {
  const result = parseSsbCsv(fixture('01222-wide.csv'))

  it('reads each quarter column, dates inngangen and utgangen apart, and accepts ",0"', () => {
    expect(rowsOf(result)).toEqual([
      '1219 Bømlo 2017K1 2017-03-31 11848',
      '1219 Bømlo 2017K2 2017-06-30 11861',
      '1221 Stord 2017K1 2017-03-31 18642',
      '1223 Tysnes 2017K1 2017-01-01 2847',
      '1223 Tysnes 2017K1 2017-03-31 2849',
      '1223 Tysnes 2017K2 2017-04-01 2849',
      '1223 Tysnes 2017K2 2017-06-30 2853'
    ])
  })

  it('refuses a count with a fraction on its row only', () => {
    expect(result.ok && result.problems.map((p) => p.message.nb)).toEqual(['1221 Stord, 2017K2: 18650,5 er ikke et helt tall.'])
  })
})

describe('SSB CSV from table 07459 by sex', () => {
  it('sums men and women to the population on 1 January', () => {
    expect(rowsOf(parseSsbFile(fixture('07459-by-sex.csv')))).toEqual([
      '1223 Tysnes 2017 2017-01-01 2847',
      '1223 Tysnes 2018 2018-01-01 2857'
    ])
  })

  it('uses the total category instead of summing when the file has one', () => {
    const csv = [
      '"region";"kjønn";"år";"07459: Befolkning"',
      '"1223 Tysnes";"Begge kjønn";"2017";2847',
      '"1223 Tysnes";"Menn";"2017";1456',
      '"1223 Tysnes";"Kvinner";"2017";1391'
    ].join('\n')
    expect(rowsOf(parseSsbCsv(csv))).toEqual(['1223 Tysnes 2017 2017-01-01 2847'])
  })
})

describe('JSON-stat 2.0', () => {
  const result = parseSsbFile(fixture('01222.json'))

  it('reads the dataset by its Region, ContentsCode and Tid dimensions', () => {
    expect(result.ok && result.format).toBe('json-stat')
    expect(rowsOf(result)).toEqual([
      '1201 Bergen 2017K1 2017-03-31 279792',
      '1201 Bergen 2017K2 2017-06-30 280216',
      '1223 Tysnes 2017K1 2017-03-31 2849',
      '1223 Tysnes 2017K2 2017-06-30 2853',
      '1224 Kvinnherad 2017K1 2017-03-31 13163'
    ])
  })

  it('reports the national row and a null value with SSB’s status symbol', () => {
    expect(result.ok && result.problems.map((p) => `${p.where.nn}: ${p.message.nn}`)).toEqual([
      'verdi nr. 1: «0 Heile landet» er ikkje ein kommune og er hoppa over.',
      'verdi nr. 2: «0 Heile landet» er ikkje ein kommune og er hoppa over.',
      'verdi nr. 14: 1224 Kvinnherad, 2017K2: talet er ikkje tilgjengeleg («..»).'
    ])
  })

  it('reads index given as an array, sparse values and "K-" region codes from the newer API', () => {
    const dataset = {
      version: '2.0',
      class: 'dataset',
      id: ['Region', 'ContentsCode', 'Tid'],
      size: [2, 1, 1],
      dimension: {
        Region: { category: { index: ['K-1223', 'K-4616'], label: { 'K-1223': 'Tysnes (-2019)', 'K-4616': 'Tysnes' } } },
        ContentsCode: { category: { label: { Personer1: 'Personar' } } },
        Tid: { category: { index: { '2017': 0 } } }
      },
      value: { '0': 2847 }
    }
    expect(rowsOf(parseSsbJsonStat(JSON.stringify(dataset)))).toEqual(['1223 Tysnes (-2019) 2017 2017-01-01 2847'])
  })
})

describe('malformed files: a clear message and no partial result', () => {
  it.each([
    [
      'broken-row.csv',
      'Linje 3 har 3 felt, men overskrifta har 4 kolonnar. Fila er øydelagd eller ikkje frå SSB.',
      'Linje 3 har 3 felt, men overskriften har 4 kolonner. Filen er ødelagt eller ikke fra SSB.'
    ],
    [
      'no-region.csv',
      'Fann ikkje overskriftslina med kolonnen «region». Last ned tabellen frå SSB som CSV (semikolonseparert, med overskrift) eller som JSON-stat 2.0.',
      'Fant ikke overskriftslinjen med kolonnen «region». Last ned tabellen fra SSB som CSV (semikolonseparert, med overskrift) eller som JSON-stat 2.0.'
    ],
    [
      'births-only.csv',
      'Fila har ikkje folketal, berre «Fødde», «Døde». Vel ein statistikkvariabel for folketal når du lastar ned frå SSB.',
      'Filen har ikke folketall, bare «Fødde», «Døde». Velg en statistikkvariabel for folketall når du laster ned fra SSB.'
    ],
    [
      'jsonstat-wrong-length.json',
      'JSON-stat-fila er øydelagd: ho har 15 verdiar, men dimensjonane gir 16.',
      'JSON-stat-filen er ødelagt: den har 15 verdier, men dimensjonene gir 16.'
    ],
    [
      'jsonstat-missing-dimension.json',
      'JSON-stat-fila er øydelagd: dimensjonen «Tid» manglar eller har feil tal på kategoriar.',
      'JSON-stat-filen er ødelagt: dimensjonen «Tid» mangler eller har feil antall kategorier.'
    ],
    [
      'jsonstat-version1.json',
      'Fila er i det eldre JSON-stat-formatet (versjon 1). Last ned tabellen som JSON-stat 2.0.',
      'Filen er i det eldre JSON-stat-formatet (versjon 1). Last ned tabellen som JSON-stat 2.0.'
    ],
    ['truncated.json', 'Fila er ikkje gyldig JSON.', 'Filen er ikke gyldig JSON.']
  ])('refuses %s', (name, nn, nb) => {
    expect(parseSsbFile(fixture(name))).toEqual({ ok: false, error: { nn, nb } })
  })

  it('refuses an empty file, a CSV without rows, and JSON that is not a dataset', () => {
    expect(errorOf(parseSsbFile('')).nb).toBe('Filen er tom.')
    expect(errorOf(parseSsbFile('"region";"statistikkvariabel";"2017K2"\n')).nb).toBe('Filen har overskrift, men ingen rader med tall.')
    expect(errorOf(parseSsbFile('{"version":"2.0","class":"collection"}')).nb).toMatch(/^Filen er ikke et gyldig JSON-stat 2.0-datasett/)
  })

  it('says in words what is wrong with a JSON file that is not a dataset', () => {
    expect(errorOf(parseSsbFile('{"class":"dataset"}'))).toEqual({
      nn: 'Fila er ikkje eit gyldig JSON-stat 2.0-datasett: feltet «version» manglar.',
      nb: 'Filen er ikke et gyldig JSON-stat 2.0-datasett: feltet «version» mangler.'
    })
    expect(errorOf(parseSsbFile('{"version":"2.0","class":"collection"}')).nn).toBe(
      'Fila er ikkje eit gyldig JSON-stat 2.0-datasett: feltet «class» skal vere «dataset».'
    )
    expect(errorOf(parseSsbFile('{"version":"2.0","class":"dataset","id":"Region"}')).nb).toBe(
      'Filen er ikke et gyldig JSON-stat 2.0-datasett: feltet «id» skal være en liste.'
    )
  })

  it('refuses a file whose every row is unusable, naming the first problem', () => {
    const csv = '"region";"år";"07459: Personer"\n"0 Hele landet";"2017";5258317\n'
    expect(errorOf(parseSsbCsv(csv)).nb).toBe(
      'Filen har ingen brukbare folketall for kommuner. Første problem (linje 2): «0 Hele landet» er ikke en kommune og er hoppet over.'
    )
  })
})

describe('which statistics variables are population', () => {
  it.each([
    ['Folketalet ved utgangen av kvartalet', true],
    ['Folkemengde 1. januar', true],
    ['Personer', true],
    ['Fødde', false],
    ['Folketilvekst', false],
    ['Befolkningsendring i prosent', false]
  ])('%s → %s', (label, expected) => {
    expect(isPopulationVariable(label)).toBe(expected)
  })
})
