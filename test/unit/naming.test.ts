import { describe, expect, it } from 'vitest'
import { organisationTitle } from '../../shared/naming'
import { organisationName } from '../../shared/profile'
import { contributorTitle } from '../../shared/register'

describe('one naming rule for a kommune or fylkeskommune', () => {
  it('names it by its register name and kind, with its number where given', () => {
    expect(organisationTitle({ kind: 'kommune', name: 'Levanger', number: '1719' })).toBe('Levanger kommune (1719)')
    expect(organisationTitle({ kind: 'fylkeskommune', name: 'Hordaland', number: '12' })).toBe('Hordaland fylkeskommune (12)')
    expect(organisationTitle({ kind: 'kommune', name: 'Tysnes' })).toBe('Tysnes kommune')
  })

  it('is the rule the profile (header) and the documents (contributor) use', () => {
    const levanger = { kind: 'kommune', name: 'Levanger - Levangke', number: '5037' } as const
    expect(organisationName(levanger)).toBe(organisationTitle({ kind: levanger.kind, name: levanger.name }))
    expect(contributorTitle(levanger)).toBe('Levanger - Levangke kommune')
  })
})
