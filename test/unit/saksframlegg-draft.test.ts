import { describe, expect, it } from 'vitest'
import { calculateContribution } from '../../shared/contribution'
import { DIGIFIN_2017 } from '../../shared/financingRound'
import { buildDefaultSaksframlegg } from '../../shared/saksframlegg/defaults'
import { caseIssues } from '../../shared/saksframlegg/caseIssues'
import { caseNameFor, economyFrom, sameFigures, withContribution } from '../../shared/saksframlegg/fromContribution'
import { caseValues, parseSaksframlegg, type Saksframlegg } from '../../shared/saksframlegg/model'
import { rebuildInMaalform } from '../../shared/saksframlegg/otherMaalform'
import { foreignWords } from '../../shared/purity'
import { innstillingText, plainText, renderSaksframlegg } from '../../shared/saksframlegg/render'
import {
  hordalandContribution,
  hordalandProfile,
  tysnes,
  tysnesContribution,
  tysnesUserRound,
  tysnesUserRoundContribution,
  userRound
} from '../fixtures/saksframlegg/cases'
import { plainSpaces } from '../fixtures/saksframlegg/docxRead'

/**
 * What the editor does with a case beside the shared model: take Bidrag's figures (and name),
 * and make a copy in the other målform.
 */

function text(doc: Saksframlegg, maalform: 'nn' | 'nb'): string {
  return plainSpaces(plainText(renderSaksframlegg(doc, maalform)))
}

describe('the population source in a copy in the other målform', () => {
  it('is the figure’s own wording in the target målform, also when Bidrag now has other figures', () => {
    const nn = buildDefaultSaksframlegg(hordalandContribution, hordalandProfile, 'nn')
    expect(nn.economy.populationSource).toBe('SSB, tabell 07459 (folketal 1. januar), sum av kommunane i fylket')
    // Bidrag has moved on: another figure, so the case's figures are its own.
    const other = calculateContribution(DIGIFIN_2017, hordalandContribution.contributor, {
      ...hordalandContribution.population,
      count: 520000
    })
    expect(sameFigures(nn.economy, other)).toBe(false)
    for (const contribution of [other, undefined]) {
      const nb = rebuildInMaalform(nn, 'nn', 'nb', DIGIFIN_2017, contribution)
      expect(nb.economy.populationSource).toBe('SSB, tabell 07459 (folketall 1. januar), sum av kommunene i fylket')
      expect(foreignWords(text(nb, 'nb'), 'nb')).toEqual([])
    }
  })

  it('goes back again when the copy is copied', () => {
    const nb = rebuildInMaalform(tysnes('nn'), 'nn', 'nb', DIGIFIN_2017)
    const nn = rebuildInMaalform(nb, 'nb', 'nn', DIGIFIN_2017)
    expect(nn.economy.populationSource).toBe(tysnes('nn').economy.populationSource)
  })

  it('stays as the user wrote it when the figure has no wording of its own', () => {
    const own = calculateContribution(DIGIFIN_2017, tysnesContribution.contributor, {
      count: 2850,
      date: '2017-09-30',
      source: 'Folkeregisteret, eige uttrekk',
      origin: 'manual'
    })
    const nn = buildDefaultSaksframlegg(own, { kind: 'kommune', sakshandsamar: '', chiefTitle: { kind: 'raadmann' } }, 'nn')
    expect(nn.economy.populationSourceText).toBeUndefined()
    expect(rebuildInMaalform(nn, 'nn', 'nb', DIGIFIN_2017, own).economy.populationSource).toBe('Folkeregisteret, eige uttrekk')
  })

  it('of a case saved before the wording was kept, comes from Bidrag while the figures are the same', () => {
    const { populationSourceText: _, ...economy } = tysnes('nn').economy
    const old: Saksframlegg = { ...tysnes('nn'), economy }
    expect(rebuildInMaalform(old, 'nn', 'nb', DIGIFIN_2017, tysnesContribution).economy.populationSource).toBe(
      'SSB, tabell 01222 (folketall ved utgangen av 2. kvartal 2017)'
    )
    expect(rebuildInMaalform(old, 'nn', 'nb', DIGIFIN_2017).economy.populationSource).toBe(economy.populationSource)
  })

  it('is stored with the case (the schema keeps it)', () => {
    const parsed = parseSaksframlegg(JSON.parse(JSON.stringify(tysnes('nn'))))
    expect(parsed.ok && parsed.value.economy.populationSourceText).toEqual(tysnesContribution.population.sourceText)
  })
})

describe('a copy of a case on a round the user added', () => {
  it('is told from the round’s own data in the other målform too', () => {
    const nb = rebuildInMaalform(tysnesUserRound('nn'), 'nn', 'nb', userRound, tysnesUserRoundContribution)
    const all = text(nb, 'nb')
    expect(nb.andreSaksdokument).toEqual([])
    expect(all).toContain('i runden «Spleiselaget 2025» (vedlegg 1)')
    for (const fact of ['25 mill.', '35 mill.', '250 mill.', '2017', 'DigiFin', 'Prinsippnotat']) expect(all, fact).not.toContain(fact)
    expect(foreignWords(all, 'nb')).toEqual([])
  })
})

describe('"Bruk tala frå Bidrag"', () => {
  // A case written for Vestland fylkeskommune by an older version, and Bidrag's 2017 contributor Hordaland.
  const built = buildDefaultSaksframlegg(hordalandContribution, hordalandProfile, 'nn', { date: '2017-11-02' })
  const vestland: Saksframlegg = { ...built, header: { ...built.header, kommuneName: 'Vestland fylkeskommune' } }

  it('names the contribution’s contributor, as the CLI does', () => {
    expect(caseNameFor(hordalandContribution)).toBe('Hordaland fylkeskommune')
    expect(caseNameFor(tysnesContribution)).toBe('Tysnes kommune')
  })

  it('takes the name with the figures, so the innstilling pairs them right', () => {
    const updated = withContribution(vestland, hordalandContribution, 'nn')
    expect(updated.header.kommuneName).toBe('Hordaland fylkeskommune')
    expect(plainSpaces(innstillingText(updated, 'nn'))).toMatch(/^Hordaland fylkeskommune takkar ja .* kr 2 599 815/)
    expect(updated.header.date).toBe('2017-11-02')
  })

  it('takes the figure’s wording in both målformer, or drops the old one when the figure has none', () => {
    const own = calculateContribution(DIGIFIN_2017, hordalandContribution.contributor, {
      count: 519000,
      date: '2017-07-01',
      source: 'Eige tal',
      origin: 'manual'
    })
    const economy = economyFrom(own, 'nn', vestland.economy)
    expect(economy.populationSource).toBe('Eige tal')
    expect(economy.populationSourceText).toBeUndefined()
    expect(economyFrom(hordalandContribution, 'nb', economy).populationSourceText).toEqual(hordalandContribution.population.sourceText)
  })
})

describe('what a case must have beyond the schema', () => {
  it('names each issue by a code, in the order the form shows them', () => {
    const doc = tysnes('nn')
    expect(caseIssues(doc)).toEqual([])
    const bad: Saksframlegg = {
      ...doc,
      caseKind: 'orienteringssak',
      title: ' ',
      innstilling: { kind: 'custom', text: '' },
      economy: { ...doc.economy, funding: { kind: 'custom', text: '  ' } },
      sections: [...doc.sections, { id: 'eiga', kind: 'other', own: { blocks: [], basedOn: caseValues(doc) } }]
    }
    expect(caseIssues(bad)).toEqual([{ code: 'title' }, { code: 'sectionHeading', sectionId: 'eiga' }, { code: 'closing' }, { code: 'funding' }])
  })
})
