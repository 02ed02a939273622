import type { Solution } from './catalogue'
import type { PopulationBand, PriceVersion } from './priceModel'

/**
 * The starter catalogue of fellesløysingar, copied from what public sources stated (collected
 * November 2026; the project's domain notes "Fellesløysingar: what public sources state"). Every
 * entry is an example for the kommune to check against KS: prices are exactly those the sources
 * state, none invented; where a source gives no figure the rule is 'unknown' and the note says so.
 * Sources: ks.no, ksdigital.no, ksdif.no, nav.no and Kommunal Rapport, as each entry names them.
 */
const COLLECTED = '2026-11'

const bands = (...amounts: [number, number | undefined, string][]): PopulationBand[] =>
  amounts.map(([min, max, amount]) => (max === undefined ? { min, amount } : { min, max, amount }))

const unknownPrice = (source: string, note: PriceVersion['note']): PriceVersion[] => [
  { connection: { kind: 'unknown' }, running: { kind: 'unknown' }, source, collectedOn: COLLECTED, note }
]

export const STARTER_CATALOGUE: readonly Solution[] = [
  {
    id: 'digiorden',
    name: 'Digiorden',
    operator: 'KS',
    purpose: {
      // The source found does not state the purpose: left empty, so the case shows a gap to fill in.
      nn: '',
      nb: ''
    },
    status: 'tilgjengeleg',
    fundFinanced: 'yes',
    url: '',
    example: true,
    prices: [
      {
        fromYear: 2021,
        connection: { kind: 'bands', bands: bands([0, 4999, '25000'], [5000, 10000, '40000'], [10001, undefined, '60000']) },
        running: {
          kind: 'parts',
          parts: [{ payee: 'KS', fixed: { amount: '500', per: 'month' }, perInnbyggjar: { amount: '0.125', per: 'month' } }]
        },
        source: 'KS, «Hva koster det å ta i bruk Digiorden?» (ks.no)',
        statedOn: '2021',
        // No note: that the connection cost goes back to DigiFin and that the prices are of 2021 the case already says.
        collectedOn: COLLECTED
      }
    ]
  },
  {
    id: 'min-kommune-barnevern',
    name: 'Min kommune – barnevern, med Chat – barnevern (DigiBarnevern)',
    operator: 'KS Digital',
    purpose: {
      nn: 'Løysinga gjev innbyggjarane digitale tenester og kryptert chat med barnevernet.',
      nb: 'Løsningen gir innbyggerne digitale tjenester og kryptert chat med barnevernet.'
    },
    status: 'tilgjengeleg',
    fundFinanced: 'yes',
    url: 'https://www.ksdigital.no/tjenestene/min-kommune-barnevern/',
    example: true,
    // Chat with barnevernet, by the entry’s own purpose: a DPIA is required (set 12, A3).
    sensitiveData: { nn: 'opplysningar om barn i barnevernet', nb: 'opplysninger om barn i barnevernet' },
    prices: [
      {
        connection: { kind: 'threshold', threshold: 6300, below: '25000', rate: '9.30' },
        running: { kind: 'unknown' },
        source: 'KS Digital, «Min kommune – barnevern» (ksdigital.no/tjenestene/min-kommune-barnevern/)',
        collectedOn: COLLECTED,
        note: {
          nn: 'Ifølgje KS Digital dekkjer tilknytingskostnaden begge tenestene. Driftsprisen er eit fast beløp og eit beløp per innbyggjar som avheng av kor stor kommunen er.',
          nb: 'Ifølge KS Digital dekker tilknytningskostnaden begge tjenestene. Driftsprisen består av et fast beløp og et beløp per innbygger som avhenger av kommunestørrelsen.'
        }
      }
    ]
  },
  {
    id: 'fiks-folkeregister',
    name: 'Fiks folkeregister',
    operator: 'KS',
    purpose: {
      nn: 'Løysinga gjev oppslag i og uttrekk frå det moderniserte Folkeregisteret.',
      nb: 'Løsningen gir oppslag i og uttrekk fra det moderniserte Folkeregisteret.'
    },
    status: 'tilgjengeleg',
    fundFinanced: 'yes',
    url: '',
    example: true,
    prices: [
      {
        fromYear: 2021,
        connection: { kind: 'unknown' },
        running: {
          kind: 'parts',
          parts: [
            { payee: 'KS', bands: { per: 'year', bands: bands([0, 9999, '10000'], [10000, 50000, '20000'], [50001, undefined, '30000']) } }
          ]
        },
        source: 'KS, «Modernisert folkeregister – ofte stilte spørsmål» (ks.no)',
        statedOn: '2021',
        collectedOn: COLLECTED,
        note: {
          // Prose, as the case quotes it: the price year and the unknown connection cost are the case's own sentences; the half price of 2021 is past.
          nn: 'Ein fylkeskommune betaler kr 30 000 per år.',
          nb: 'En fylkeskommune betaler kr 30 000 per år.'
        },
        noteFor: 'fylkeskommune'
      }
    ]
  },
  {
    id: 'fiks-skatte-og-inntektsopplysninger',
    name: 'Fiks skatte- og inntektsopplysninger',
    operator: 'KS',
    purpose: {
      nn: 'Løysinga hentar inntektsopplysningar frå Skatteetaten til foreldrebetaling i SFO og barnehage og til eigendelar.',
      nb: 'Løsningen henter inntektsopplysninger fra Skatteetaten til foreldrebetaling i SFO og barnehage og til egenandeler.'
    },
    status: 'tilgjengeleg',
    fundFinanced: 'unknown',
    url: '',
    example: true,
    prices: [
      {
        fromYear: 2024,
        connection: { kind: 'unknown' },
        running: {
          kind: 'parts',
          parts: [{ payee: 'KS', fixed: { amount: '800', per: 'month' }, perInnbyggjar: { amount: '0.105', per: 'month' } }],
          discountUnknown: true
        },
        source: 'KS Digitale Fellestjenester, «Fakturering av Fiks skatte- og inntektsopplysninger» (ksdif.no)',
        statedOn: '2023-12-31',
        collectedOn: COLLECTED,
        note: {
          nn: 'Fakturert frå januar 2024. Inntil 50 % rabatt etter storleik; regelen for rabatten er ikkje oppgitt, så summen her er før rabatt.',
          nb: 'Fakturert fra januar 2024. Inntil 50 % rabatt etter størrelse; regelen for rabatten er ikke oppgitt, så summen her er før rabatt.'
        }
      }
    ]
  },
  {
    id: 'fiks-smittesporing',
    name: 'Fiks smittesporing',
    operator: 'KS, UiO',
    purpose: {
      nn: 'Løysinga vert brukt til smittesporing og byggjer på DHIS2. KS driv tenesta, og UiO driv plattforma.',
      nb: 'Løsningen brukes til smittesporing og bygger på DHIS2. KS driver tjenesten, og UiO driver plattformen.'
    },
    status: 'tilgjengeleg',
    fundFinanced: 'unknown',
    url: '',
    example: true,
    prices: [
      {
        connection: { kind: 'unknown' },
        running: {
          kind: 'parts',
          parts: [
            { payee: 'UiO', fixed: { amount: '5000', per: 'year' } },
            { payee: 'KS', fixed: { amount: '5000', per: 'year' }, perInnbyggjar: { amount: '2', per: 'year' } }
          ]
        },
        source: 'KS, «Hva koster det å bruke Fiks smittesporing?» (ks.no)',
        collectedOn: COLLECTED,
        note: { nn: 'Fakturert kvartalsvis.', nb: 'Fakturert kvartalsvis.' }
      }
    ]
  },
  {
    id: 'min-kommune',
    name: 'Min kommune (Min side / Innsyn)',
    operator: 'KS Digital',
    purpose: {
      nn: 'Løysinga er innbyggjarportalen min.kommune.no (tidlegare Min side / Innsyn).',
      nb: 'Løsningen er innbyggerportalen min.kommune.no (tidligere Min side / Innsyn).'
    },
    status: 'tilgjengeleg',
    fundFinanced: 'yes',
    url: '',
    example: true,
    prices: unknownPrice('KS Digital, sidene om Min kommune (ksdigital.no)', {
      nn: 'Ei DigiFin-avgift for etablering; beløpet er ikkje funne. Ein månadspris fram til 1.1.2025, deretter del av grunnfinansieringa; beløpa er ikkje funne.',
      nb: 'En DigiFin-avgift for etablering; beløpet er ikke funnet. En månedspris frem til 1.1.2025, deretter del av grunnfinansieringen; beløpene er ikke funnet.'
    })
  },
  {
    id: 'digihelse',
    name: 'Digihelse',
    operator: 'KS, Norsk helsenett',
    purpose: {
      nn: 'Løysinga gjev meldingar og kalender på helsenorge.no, til dialog mellom innbyggjarar og kommunal helse og omsorg. KS leier innføringa på vilkåra til Norsk helsenett.',
      nb: 'Løsningen gir meldinger og kalender på helsenorge.no, til dialog mellom innbyggere og kommunal helse og omsorg. KS leder innføringen på vilkårene til Norsk helsenett.'
    },
    status: 'tilgjengeleg',
    fundFinanced: 'yes',
    url: '',
    example: true,
    // Dialogue with kommunal helse og omsorg, by the entry’s own purpose.
    sensitiveData: { nn: 'helseopplysningar', nb: 'helseopplysninger' },
    prices: unknownPrice('KS, «Digihelse – hvordan komme i gang» (ks.no)', {
      nn: 'Krev medlemskap i DigiFin og ein eingongskostnad tilbake til DigiFin. Tala står berre i ein lenkja PDF som ikkje er funnen.',
      nb: 'Krever medlemskap i DigiFin og en engangskostnad tilbake til DigiFin. Tallene står bare i en lenket PDF som ikke er funnet.'
    })
  },
  {
    id: 'digisos',
    name: 'DigiSos',
    operator: 'NAV og KS',
    purpose: {
      nn: 'Løysinga let innbyggjarane søkje om økonomisk sosialhjelp på nav.no.',
      nb: 'Løsningen lar innbyggerne søke om økonomisk sosialhjelp på nav.no.'
    },
    status: 'tilgjengeleg',
    fundFinanced: 'yes',
    url: '',
    example: true,
    prices: unknownPrice('nav.no; Kommunal Rapport, desember 2017', {
      nn: 'Nemnd mellom dei første DigiFin-prosjekta. Pris per innbyggjar; beløpet er ikkje funne.',
      nb: 'Nevnt blant de første DigiFin-prosjektene. Pris per innbygger; beløpet er ikke funnet.'
    })
  },
  {
    id: 'svarut-svarinn',
    name: 'SvarUt / SvarInn',
    operator: 'KS',
    purpose: {
      nn: 'Løysinga sender og tek imot post frå sak- og arkivsystema, på Fiks-plattforma.',
      nb: 'Løsningen sender og tar imot post fra sak- og arkivsystemene, på Fiks-plattformen.'
    },
    status: 'tilgjengeleg',
    fundFinanced: 'unknown',
    url: '',
    example: true,
    prices: unknownPrice('KS Digitale Fellestjenester, «Fakturering av tjenester på Fiks-plattformen»', {
      nn: 'Pris per forsending; beløpa er ikkje funne.',
      nb: 'Pris per forsendelse; beløpene er ikke funnet.'
    })
  },
  {
    id: 'fiks-bekymringsmelding',
    name: 'Fiks bekymringsmelding',
    operator: 'KS',
    purpose: {
      nn: 'Løysinga sender digitale bekymringsmeldingar til barnevernet.',
      nb: 'Løsningen sender digitale bekymringsmeldinger til barnevernet.'
    },
    status: 'tilgjengeleg',
    fundFinanced: 'unknown',
    url: 'https://www.ksdigital.no/tjenestene/fiks-bekymringsmelding/',
    example: true,
    // Reports of concern to barnevernet, by the entry’s own purpose.
    sensitiveData: { nn: 'opplysningar om barn i barnevernet', nb: 'opplysninger om barn i barnevernet' },
    prices: unknownPrice('KS Digital, «Fiks bekymringsmelding» (ksdigital.no/tjenestene/fiks-bekymringsmelding/)', {
      nn: 'Fast pris per SvarInn-adapter; beløpet er ikkje funne.',
      nb: 'Fast pris per SvarInn-adapter; beløpet er ikke funnet.'
    })
  }
]
