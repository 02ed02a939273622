import { describe, expect, it } from 'vitest'
import { calculateContribution } from '../../shared/contribution'
import { DIGIFIN_2017 } from '../../shared/financingRound'
import type { Maalform } from '../../shared/maalform'
import { buildDefaultSaksframlegg } from '../../shared/saksframlegg/defaults'
import { plainText, renderSaksframlegg } from '../../shared/saksframlegg/render'
import type { Saksframlegg } from '../../shared/saksframlegg/model'
import { parseSaksframlegg } from '../../shared/saksframlegg/model'
import { hordaland, tysnes, tysnesProfile } from '../fixtures/saksframlegg/cases'

/** Issue 8 §2: each variant argues its own case, in both målformer, for kommune and fylkeskommune. */

const text = (doc: Saksframlegg, m: Maalform): string => plainText(renderSaksframlegg(doc, m)).replace(/\u00a0/g, ' ')

/** The program's own words, which no council document may hold. */
const PROGRAM_WORDS = ['kommandolinja', 'kommandolinjen', 'oppgitt i Spleiselag', 'Spleiselag', 'norway-geodata', 'Prestmo', 'truleg', 'trolig', 'undefined', 'NaN']

const CASES = [
  ['Tysnes', tysnes],
  ['Hordaland', hordaland]
] as const

describe.each(['nn', 'nb'] as const)('arguments (%s)', (m) => {
  const nn = m === 'nn'
  for (const [name, build] of CASES) {
    const variants = {
      join: build(m),
      decline: build(m, { innstilling: { kind: 'decline' } }),
      orientering: build(m, { caseKind: 'orienteringssak' })
    }
    it(`${name}: attributes claims to KS and says the process right`, () => {
      const all = text(variants.join, m)
      expect(all).toContain(nn ? 'Etter KS si vurdering' : 'Etter KS’ vurdering')
      expect(all).toContain(nn ? 'tek sikte på å setje av 100 mill. kr' : 'tar sikte på å sette av 100 mill. kr')
      expect(all).toContain(nn ? 'i løpet av hausten, slik at eingongsbeløpet kan leggjast inn i budsjettet for 2018' : 'i løpet av høsten, slik at engangsbeløpet kan legges inn i budsjettet for 2018')
      expect(all).toContain(nn ? 'melding om vedtaket til KS på e-post til hallvard.hoen@ks.no' : 'melding om vedtaket til KS på e-post til hallvard.hoen@ks.no')
      expect(all).toContain(nn ? 'Ein kommune eller fylkeskommune som ikkje har betalt' : 'En kommune eller fylkeskommune som ikke har betalt')
      expect(all).not.toMatch(/frivillig: dette er eit spleiselag|frivillig: dette er et spleiselag/)
      expect(all).not.toMatch(/folketal(let)? i \S+ (fylkes)?kommune/)
    })
    it(`${name}: the decline argues for declining and says what it means`, () => {
      const all = text(variants.decline, m)
      expect(all).toContain(nn ? 'Det er enno ikkje kjent kva løysingar ordninga vil utvikle' : 'Det er ennå ikke kjent hvilke løsninger ordningen vil utvikle')
      expect(all).toMatch(nn ? /Så lenge \S+ ikkje har betalt sin del, får han ikkje tilgang til løysingane/ : /Så lenge \S+ ikke har betalt sin andel, får den ikke tilgang til løsningene/)
      expect(all).toMatch(nn ? /Innstillinga gjev ingen utgifter i budsjett 2018: \S+ betaler ikkje eingongsbeløpet/ : /Innstillingen gir ingen utgifter i budsjett 2018: \S+ betaler ikke engangsbeløpet/)
      expect(all).toContain(nn ? 'ikkje deltek i ordninga no' : 'ikke deltar i ordningen nå')
      expect(all).not.toContain(nn ? 'bør vere med i spleiselaget' : 'bør være med i spleiselaget')
    })
    it(`${name}: the orienteringssak says who decides and when`, () => {
      const all = text(variants.orientering, m)
      const council = name === 'Tysnes' ? (nn ? 'Kommunestyret' : 'Kommunestyret') : 'Fylkestinget'
      expect(all).toMatch(nn ? /kjem tilbake til spørsmålet om \S+ skal delta, i framlegget til budsjett 2018/ : /kommer tilbake til spørsmålet om \S+ skal delta, i forslaget til budsjett 2018/)
      expect(all).toContain(`${council} ${nn ? 'tek' : 'tar'} stilling til det når budsjettet for 2018`)
    })
    it(`${name}: no generated document holds the program's words`, () => {
      for (const doc of Object.values(variants)) for (const w of PROGRAM_WORDS) expect(text(doc, m)).not.toContain(w)
    })
  }

  it('uses a budget year the user changed everywhere', () => {
    const all = text(tysnes(m, { budgetYear: 2019 }), m)
    expect(all).not.toMatch(/budsjett(et)?( for)? 2018/)
    expect(all).toContain(nn ? 'budsjettet for 2019' : 'budsjettet for 2019')
  })

  it('states no date or source nobody gave: a placeholder instead', () => {
    const contribution = calculateContribution(DIGIFIN_2017, { kind: 'kommune', number: '1223', name: 'Tysnes' }, {
      count: 2853,
      date: DIGIFIN_2017.invitationDate,
      source: 'norway-geodata',
      sourceText: { nn: 'norway-geodata (A. Prestmo), truleg SSB', nb: 'norway-geodata (A. Prestmo), trolig SSB' },
      dateUnknown: true,
      sourceUnknown: true,
      origin: 'embedded'
    })
    const doc = buildDefaultSaksframlegg(contribution, tysnesProfile, m, { date: '' })
    const all = text(doc, m)
    expect(all).toContain(nn ? 'per [dato for folketalet]. Kjelde: [kjelde for folketalet].' : 'per [dato for folketallet]. Kilde: [kilde for folketallet].')
    for (const w of PROGRAM_WORDS) expect(all).not.toContain(w)
    // The only dates are those the round holds: the invitation and the answer deadline.
    const dates = [...all.matchAll(/\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}/g)].map((d) => d[0])
    expect(new Set(dates)).toEqual(new Set(['8. september 2017', '20. desember 2017']))
    expect(parseSaksframlegg(doc).ok).toBe(true)
  })
})

describe('the decline reason', () => {
  it('parses a case stored before the field existed', () => {
    const { declineReason: _, ...old } = tysnes('nn')
    const parsed = parseSaksframlegg(old)
    expect(parsed.ok && parsed.value.declineReason).toBe('')
  })
})
