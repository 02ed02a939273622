import { describe, expect, it } from 'vitest'
import { levenshtein, normaliseName, searchFylke, searchKommunar, suggestKommunar } from '@shared/register'

const first = (period: '2017' | '2024', query: string): string | undefined => {
  const [match] = searchKommunar(period, query)
  return match && `${match.kommune.number} ${match.kommune.name}`
}

describe('searchKommunar', () => {
  it.each([
    ['tysnes', '1223 Tysnes'],
    ['TYSNES', '1223 Tysnes'],
    ['  Tysnes kommune ', '1223 Tysnes'],
    ['1223', '1223 Tysnes'],
    ['1223 Tysnes', '1223 Tysnes'],
    ['4616', '1223 Tysnes'],
    ['fuossko', '1841 Fauske - Fuossko'],
    ['fauske', '1841 Fauske - Fuossko'],
    ['kafjord', '1940 Gáivuotna - Kåfjord'],
    ['gaivuotna', '1940 Gáivuotna - Kåfjord'],
    ['ostre toten', '0528 Østre Toten'],
    ['Østre Toten', '0528 Østre Toten'],
    ['baerum', '0219 Bærum'],
    ['aasnes', '0425 Åsnes'],
    ['aurskog holand', '0221 Aurskog-Høland'],
    ['karasjok', '2021 Kárášjohka - Karasjok']
  ])('finds %s in 2017 as %s', (query, expected) => {
    expect(first('2017', query)).toBe(expected)
  })

  it.each([
    ['tysnes', '4616 Tysnes'],
    ['1223', '4616 Tysnes'],
    ['kafjord', '5540 Gáivuotna - Kåfjord - Kaivuono'],
    ['levanger', '5037 Levanger - Levangke']
  ])('finds %s in 2024 as %s', (query, expected) => {
    expect(first('2024', query)).toBe(expected)
  })

  it('ranks an exact name before names that only start with it', () => {
    const names = searchKommunar('2017', 'nes').map((m) => [m.kommune.name, m.kind])
    expect(names.slice(0, 2)).toEqual([
      ['Nes (Akershus)', 'name'],
      ['Nes (Buskerud)', 'name']
    ])
    expect(names.slice(2).every(([, kind]) => kind !== 'name')).toBe(true)
  })

  it('returns both Herøy for "heroy" and all of Hordaland for "12"', () => {
    expect(searchKommunar('2024', 'heroy').map((m) => m.kommune.number)).toEqual(['1515', '1818'])
    const hordaland = searchKommunar('2017', '12', 100)
    expect(hordaland).toHaveLength(33)
    expect(hordaland.every((m) => m.kommune.number.startsWith('12'))).toBe(true)
  })

  it('finds nothing for nonsense and an empty query', () => {
    expect(searchKommunar('2017', 'xyzzy')).toEqual([])
    expect(searchKommunar('2017', '   ')).toEqual([])
    expect(searchKommunar('2017', '9999')).toEqual([])
  })
})

describe('suggestKommunar', () => {
  it('suggests Tysnes for "tysnez" and Østre Toten first for "ostre totn"', () => {
    expect(suggestKommunar('2017', 'tysnez').map((k) => k.name)).toEqual(['Tysnes'])
    expect(suggestKommunar('2017', 'ostre totn')[0]?.name).toBe('Østre Toten')
  })

  it('suggests nothing when nothing is close', () => {
    expect(suggestKommunar('2017', 'xyzzy')).toEqual([])
  })
})

describe('searchFylke', () => {
  it('finds a fylke by number or name', () => {
    expect(searchFylke('2017', '12').map((m) => m.fylke.name)).toEqual(['Hordaland'])
    expect(searchFylke('2017', 'more og romsdal').map((m) => m.fylke.number)).toEqual(['15'])
    expect(searchFylke('2024', 'vestland').map((m) => m.fylke.number)).toEqual(['46'])
  })
})

describe('normaliseName and levenshtein', () => {
  it('folds case, accents and Norwegian and Sami letters', () => {
    expect(normaliseName('Gáivuotna - Kåfjord')).toBe('gaivuotna kafjord')
    expect(normaliseName('ØSTRE TOTEN')).toBe('ostre toten')
    expect(normaliseName('Bærum')).toBe('baerum')
    expect(normaliseName('Unjárga - Nesseby')).toBe('unjarga nesseby')
  })

  it('counts edits', () => {
    expect(levenshtein('tysnez', 'tysnes')).toBe(1)
    expect(levenshtein('kitten', 'sitting')).toBe(3)
    expect(levenshtein('', 'abc')).toBe(3)
    expect(levenshtein('abcdef', 'uvwxyz', 2)).toBe(3) // stops past the limit
  })
})
