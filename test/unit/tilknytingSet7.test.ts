import { Packer } from 'docx'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { buildWordDocument } from '../../shared/document/word'
import { plainText } from '../../shared/document/text'
import type { Maalform } from '../../shared/maalform'
import { renderTilknyting, tilknytingFrom } from '../../shared/tilknyting'
import { adoptionCase, KOMMUNAR, solution } from '../fixtures/tilknyting/cases'

/** The native reader's findings on set 7 (documents 09 and 10), each as the adoption case now reads. */

const text = (maalform: Maalform, ...args: Parameters<typeof adoptionCase>): string =>
  plainText(renderTilknyting(adoptionCase(...args), maalform)).replace(/\u00a0/g, ' ')

describe('the adoption case after the native reader (set 7)', () => {
  it('quotes a price line for fylkeskommunar only in a fylkeskommune’s case (A4)', () => {
    expect(text('nn', 'tysnes', 'fiks-folkeregister')).not.toContain('fylkeskommune betaler')
    expect(text('nb', 'levanger', 'fiks-folkeregister')).not.toContain('fylkeskommune betaler')
    const county = tilknytingFrom({
      solution: solution('fiks-folkeregister'),
      profile: { kind: 'fylkeskommune', name: 'Vestland', sakshandsamar: 'Kari Nordmo', chiefTitle: { kind: 'raadmann' } },
      population: { ...KOMMUNAR.tysnes.population, count: 651_299 },
      participation: 'betalt',
      fromYear: 2027,
      date: '2026-11-24'
    })
    expect(plainText(renderTilknyting(county, 'nn'))).toContain('Ein fylkeskommune betaler kr 30 000 per år.')
    expect(plainText(renderTilknyting(county, 'nb'))).toContain('En fylkeskommune betaler kr 30 000 per år.')
  })

  it('says when the old prices were checked with their year, and the yearly price by what it depends on (B6, C1, C2, C8)', () => {
    const nn = text('nn', 'tysnes', 'fiks-folkeregister')
    expect(nn).not.toContain('Prisane er henta frå vedlegg 1')
    expect(nn).toContain('Vedlegg 1 viser framleis prisane frå 2021 (kontrollert i november 2026). Tala nedanfor byggjer på desse prisane og er ikkje prisjusterte. Ifølgje KS er tenestene frå 2025 finansierte med grunnfinansiering og ein pris per teneste. KS må difor stadfeste at prisane framleis gjeld, før avtale vert inngått.')
    expect(nn).not.toContain('Prisane er frå 2021')
    expect(nn).toContain('Vedlegg 1 oppgjev ikkje tilknytingskostnaden. Kostnaden er difor ikkje med i summane nedanfor')
    expect(nn).toContain('Den årlege driftsprisen avheng av folketalet: under 10 000 innbyggjarar kr 10 000;')
    expect(nn).not.toMatch(/Han er difor|etter folketal per år|sjå økonomiske/)
    expect(nn).toContain('sjå «Økonomiske konsekvensar» nedanfor')
    const nb = text('nb', 'levanger', 'fiks-folkeregister')
    expect(nb).toContain('Vedlegg 1 viser fortsatt prisene fra 2021 (kontrollert i november 2026). Tallene nedenfor bygger på disse prisene og er ikke prisjusterte. Ifølge KS er tjenestene fra 2025 finansiert med grunnfinansiering og en pris per tjeneste. KS må derfor bekrefte at prisene fortsatt gjelder, før avtale inngås.')
    expect(nb).toContain('Den årlige driftsprisen avhenger av folketallet: under 10 000 innbyggere kr 10 000;')
    expect(nb).toContain('se «Økonomiske konsekvenser» nedenfor')
    // Prices of this year's plan keep the date checked in the background.
    expect(text('nn', 'tysnes', 'min-kommune-barnevern')).toMatch(/Tilknytingsprisen er henta frå vedlegg 1.* og vart sist kontrollert i november 2026\./)
  })

  it('writes «kjente» with a plural subject in bokmål (C6)', () => {
    expect(text('nb', 'levanger', 'min-kommune-barnevern')).toContain('Ikke alle kostnadene er kjente,')
  })

  it('says the sums may differ from the rounded cells only when one does, with «regnet ut fra» in bokmål (B7)', () => {
    // Levanger, DigiBarnevern: one amount with øre (191 338,20); every sum is the rounded cell itself.
    const one = text('nb', 'levanger', 'min-kommune-barnevern')
    expect(one).toContain('Kostnadene for Levanger kommune år for år, i hele kroner:')
    expect(one).not.toContain('krone eller to')
    // Tysnes, Fiks skatte- og inntektsopplysninger: (800 + 0,105 × 2 922) × 12 = 13 281,72 a year, shown as 13 282;
    // four years are 53 126,88, shown as 53 127, while the rounded cells add up to 53 128.
    const nn = text('nn', 'tysnes', 'fiks-skatte-og-inntektsopplysninger')
    expect(nn).toContain('Drift\t13 282\t13 282\t13 282\t13 282\t53 127')
    expect(nn).toContain('i heile kroner. Summane er rekna ut frå dei nøyaktige beløpa og skil seg difor med ei krone eller to frå summen av dei avrunda tala:')
    expect(text('nb', 'tysnes', 'fiks-skatte-og-inntektsopplysninger')).toContain(
      'i hele kroner. Summene er regnet ut fra de nøyaktige beløpene og avviker derfor med en krone eller to fra summen av de avrundede tallene:'
    )
  })

  it('lists the vedlegg as the DigiFin case does: «Vedlegg», «KS: «…»», and one dash, «–» (C9)', () => {
    const nn = text('nn', 'tysnes', 'fiks-folkeregister')
    expect(nn).toContain('Vedlegg\nKS: «Modernisert folkeregister – ofte stilte spørsmål» (ks.no)\n')
    expect(nn).not.toMatch(/—|Vedlegg:/)
    expect(text('nb', 'levanger', 'min-kommune-barnevern')).toContain('Vedlegg\nKS Digital: «Min kommune – barnevern»\nksdigital.no/')
  })

  it('carries the archive properties the DigiFin case has: mappeID, saksår, klasseID, the saksgang (D5)', async () => {
    for (const maalform of ['nn', 'nb'] as const) {
      const rendered = renderTilknyting(adoptionCase('tysnes', 'fiks-folkeregister', { arkivsak: '26/311', arkivkode: '026' }), maalform)
      const bytes = await Packer.toBuffer(buildWordDocument(rendered, { appVersion: '0.0.0-test' }))
      const custom = await (await JSZip.loadAsync(bytes)).file('docProps/custom.xml')!.async('string')
      const properties = Object.fromEntries([...custom.matchAll(/name="([^"]+)"><vt:lpwstr>([^<]*)</g)].map((m) => [m[1], m[2]]))
      expect(properties).toEqual({
        mappeID: '26/311',
        saksaar: '2026',
        sakssekvensnummer: '311',
        klasseID: '026',
        saksbehandler: 'Anders Teigen',
        dokumenttype: 'Saksframlegg',
        'saksgang.1.utvalg': 'Formannskapet',
        'saksgang.2.utvalg': 'Kommunestyret'
      })
    }
  })
})
