import { describe, expect, it } from 'vitest'
import type { Maalform } from '../../shared/maalform'
import { buildDefaultSaksframlegg } from '../../shared/saksframlegg/defaults'
import { caseValues } from '../../shared/saksframlegg/model'
import {
  addSection,
  moveSection,
  newSectionId,
  parseSaksframlegg,
  removeSection,
  updateSection,
  type Saksframlegg
} from '../../shared/saksframlegg/model'
import { foreignWords } from '../../shared/purity'
import { innstillingText, plainText, renderSaksframlegg, type SaksframleggBlock } from '../../shared/saksframlegg/render'
import {
  hordaland,
  hordalandContribution,
  hordalandProfile,
  tysnes,
  tysnesContribution,
  tysnesProfile,
  tysnesUserRound,
  userRound
} from '../fixtures/saksframlegg/cases'
import { DIGIFIN_2017 } from '../../shared/financingRound'
import { plainSpaces } from '../fixtures/saksframlegg/docxRead'

function text(doc: Saksframlegg, maalform: Maalform, part: 'whole' | 'sections' = 'whole'): string {
  return plainSpaces(plainText(renderSaksframlegg(doc, maalform, part)))
}

function headings(doc: Saksframlegg, maalform: Maalform): string[] {
  return renderSaksframlegg(doc, maalform)
    .blocks.filter((b): b is Extract<SaksframleggBlock, { type: 'heading' }> => b.type === 'heading')
    .map((b) => b.text)
}

describe('the Tysnes case rebuilt (nynorsk, seed 001)', () => {
  const doc = tysnes('nn')
  const all = text(doc, 'nn')

  it('has the seed’s header fields and headings', () => {
    for (const label of ['Tysnes kommune', 'SAKSFRAMLEGG', 'Sakshandsamar: Anders Teigen', 'Arkivsak: 17/596', 'Arkivkode: 010', 'Vedlegg']) {
      expect(all).toContain(label)
    }
    expect(headings(doc, 'nn')).toEqual([
      'Digitalisering i kommunal sektor – invitasjon til å delta i KS si finansieringsordning',
      'SAKSUTGREIING',
      'ØKONOMISKE KONSEKVENSAR',
      'VURDERING',
      'INNSTILLING FRÅ RÅDMANNEN'
    ])
  })

  it('has the saksgang Formannskapet → Kommunestyret with dates and numbers left to fill in', () => {
    const table = renderSaksframlegg(doc, 'nn').blocks.find((b) => b.type === 'table')
    expect(table).toMatchObject({
      columns: [{ label: 'Utval' }, { label: 'Møtedato' }, { label: 'Saksnr.' }],
      rows: [
        ['Formannskapet', '', ''],
        ['Kommunestyret', '', '']
      ]
    })
  })

  it('cites population, date, source, rate, amount, budget year and funding', () => {
    expect(all).toContain('2 853 innbyggjarar × kr 20 = kr 57 060')
    expect(all).toContain('per 1. juli 2017 (SSB, tabell 01222, folketal ved utgangen av 2. kvartal 2017).')
    expect(all).toContain('Rådmannen gjer framlegg om at beløpet vert lagt inn i budsjettet for 2018 og vert dekt av disposisjonsfondet.')
    expect(all).not.toMatch(/,-/)
  })

  it('gives an account of the invitation and the scheme’s rules', () => {
    for (const fact of [
      '25 mill. kr i 2017',
      '100 mill. kr i 2018, til saman 125 mill. kr',
      'KS skriv i brevet at vilkåret for pengane frå KMD er at kommunal sektor sjølv bidreg med minst like mykje.',
      'inntil 40 mill. kr',
      'KS vil bidra med inntil 40 mill. kr, og Storbynettverket og dei ti største kommunane',
      '35 mill. kr',
      'kr 20 per innbyggjar',
      'kr 5 per innbyggjar',
      'om lag 250 mill. kr',
      'seinast 20. desember 2017',
      'budsjettet for 2018',
      'KS kallar ordninga eit spleiselag, og det er frivillig å delta.',
      'berre utviklingskostnader',
      'KommIT-rådet prioriterer',
      'Berre kommunar og fylkeskommunar som har betalt eingongsbeløpet',
      'må betale sin del før han kan ta i bruk ei løysing',
      'tilknytingskostnad',
      'Pengane går tilbake til ordninga',
      'forvalting, drift, vedlikehald og vidareutvikling (FDVU)'
    ]) {
      expect(all).toContain(fact)
    }
  })

  it('lists KS’s letter and principles note as vedlegg, in nynorsk', () => {
    expect(doc.vedlegg).toHaveLength(2)
    expect(doc.vedlegg[0]).toContain('brev av 8.\u00a0september\u00a02017')
    expect(doc.vedlegg[1]).toContain('Prinsippnotat')
    expect(doc.andreSaksdokument.length).toBeGreaterThan(0)
  })

  it('proposes to join with the amount, rate, budget year and funding', () => {
    expect(plainSpaces(innstillingText(doc, 'nn'))).toBe(
      'Tysnes kommune takkar ja til invitasjonen frå KS og deltek i finansieringsordninga for digitaliseringsprosjekt ' +
        'med eit eingongsbeløp på kr 57 060 (kr 20 per innbyggjar). Beløpet vert lagt inn i budsjettet for 2018 og ' +
        'vert dekt av disposisjonsfondet.'
    )
  })

  it('keeps "kr 57 060" and the dates on one line (no-break spaces)', () => {
    expect(innstillingText(doc, 'nn')).toContain('kr\u00a057\u00a0060')
  })
})

describe('the same case in bokmål', () => {
  const doc = tysnes('nb')
  const all = text(doc, 'nb')

  it('has bokmål labels and headings', () => {
    expect(all).toContain('Saksbehandler: Anders Teigen')
    expect(all).toContain('Andre saksdokumenter (ikke vedlagt)')
    expect(headings(doc, 'nb')).toEqual([
      'Digitalisering i kommunal sektor – invitasjon til å delta i KS’ finansieringsordning',
      'SAKSUTREDNING',
      'ØKONOMISKE KONSEKVENSER',
      'VURDERING',
      'INNSTILLING FRA RÅDMANNEN'
    ])
    expect(all).toContain('2 853 innbyggere × kr 20 = kr 57 060')
    expect(all).toContain('per 1. juli 2017 (SSB, tabell 01222, folketall ved utgangen av 2. kvartal 2017).')
  })

  it('proposes to join in bokmål', () => {
    expect(plainSpaces(innstillingText(doc, 'nb'))).toBe(
      'Tysnes kommune takker ja til invitasjonen fra KS og deltar i finansieringsordningen for digitaliseringsprosjekter ' +
        'med et engangsbeløp på kr 57 060 (kr 20 per innbygger). Beløpet legges inn i budsjettet for 2018 og ' +
        'dekkes av disposisjonsfondet.'
    )
  })
})

describe('a fylkeskommune', () => {
  it('goes Fylkesutvalet → Fylkestinget (nn) and Fylkesutvalget → Fylkestinget (nb), at kr 5', () => {
    const nn = hordaland('nn')
    const nb = hordaland('nb')
    expect(nn.saksgang.map((r) => r.utval)).toEqual(['Fylkesutvalet', 'Fylkestinget'])
    expect(nb.saksgang.map((r) => r.utval)).toEqual(['Fylkesutvalget', 'Fylkestinget'])
    expect(text(nb, 'nb')).toContain('519 963 innbyggere × kr 5 = kr 2 599 815')
    expect(headings(nb, 'nb')).toContain('INNSTILLING FRA FYLKESRÅDMANNEN')
    expect(headings(nn, 'nn')).toContain('INNSTILLING FRÅ FYLKESRÅDMANNEN')
  })

  it('refuses a profile of the other kind than the contribution', () => {
    expect(() => buildDefaultSaksframlegg(hordalandContribution, tysnesProfile, 'nn')).toThrow(RangeError)
  })
})

describe('the innstilling heading follows the chief’s title', () => {
  const cases: [Saksframlegg['chiefTitle'], string, string][] = [
    [{ kind: 'raadmann' }, 'INNSTILLING FRÅ RÅDMANNEN', 'INNSTILLING FRA RÅDMANNEN'],
    [{ kind: 'kommunedirektoer' }, 'INNSTILLING FRÅ KOMMUNEDIREKTØREN', 'INNSTILLING FRA KOMMUNEDIREKTØREN'],
    [{ kind: 'fylkesdirektoer' }, 'INNSTILLING FRÅ FYLKESDIREKTØREN', 'INNSTILLING FRA FYLKESDIREKTØREN'],
    [{ kind: 'custom', custom: 'administrasjonssjef' }, 'INNSTILLING FRÅ ADMINISTRASJONSSJEFEN', 'INNSTILLING FRA ADMINISTRASJONSSJEFEN'],
    [{ kind: 'custom', custom: 'dagleg leiar' }, 'INNSTILLING FRÅ DAGLEG LEIAR', 'INNSTILLING FRA DAGLEG LEIAR']
  ]
  it.each(cases)('%o', (chiefTitle, nn, nb) => {
    const doc = { ...tysnes('nn'), chiefTitle }
    expect(headings(doc, 'nn').at(-1)).toBe(nn)
    expect(headings(doc, 'nb').at(-1)).toBe(nb)
  })

  it('names the chief in the vurdering too', () => {
    const doc = buildDefaultSaksframlegg(tysnesContribution, { ...tysnesProfile, chiefTitle: { kind: 'kommunedirektoer' } }, 'nn')
    expect(text(doc, 'nn')).toContain('Kommunedirektøren rår difor til at Tysnes kommune deltek i ordninga')
  })
})

describe('innstilling kinds, funding and options', () => {
  it('declines', () => {
    const nn = tysnes('nn', { innstilling: { kind: 'decline' } })
    const nb = tysnes('nb', { innstilling: { kind: 'decline' } })
    expect(innstillingText(nn, 'nn')).toBe(
      'Tysnes kommune deltek ikkje i finansieringsordninga for digitaliseringsprosjekt no. ' +
        'Saka vert lagd fram på nytt når dei første løysingane frå ordninga er klare.'
    )
    expect(innstillingText(nb, 'nb')).toBe(
      'Tysnes kommune deltar ikke i finansieringsordningen for digitaliseringsprosjekter nå. ' +
        'Saken legges fram på nytt når de første løsningene fra ordningen er klare.'
    )
    expect(text(nn, 'nn')).toContain('Innstillinga har ingen økonomiske konsekvensar for budsjett 2018.')
    expect(text(nn, 'nn')).toContain('Rådmannen rår til at Tysnes kommune ikkje deltek i ordninga no')
  })

  it('takes the user’s own text as it stands', () => {
    const doc = tysnes('nn', { innstilling: { kind: 'custom', text: 'Saka vert utsett.' } })
    expect(innstillingText(doc, 'nn')).toBe('Saka vert utsett.')
  })

  it('closes an orienteringssak with "saka vert teken til orientering"', () => {
    const nn = tysnes('nn', { caseKind: 'orienteringssak' })
    const nb = tysnes('nb', { caseKind: 'orienteringssak' })
    expect(innstillingText(nn, 'nn')).toBe('Saka vert teken til orientering.')
    expect(innstillingText(nb, 'nb')).toBe('Saken tas til orientering.')
    expect(text(nn, 'nn')).toContain(
      'Rådmannen legg saka fram til orientering. Spørsmålet om deltaking vil rådmannen kome tilbake til i budsjettframlegget for 2018, ' +
        'slik at kommunestyret kan gjere vedtak før fristen 20. desember 2017.'
    )
  })

  it('pays from the operating budget, or as the user writes', () => {
    const drift = tysnes('nn', { funding: 'drift' })
    expect(innstillingText(drift, 'nn')).toMatch(/og vert dekt innanfor driftsbudsjettet\.$/)
    expect(innstillingText(tysnes('nb', { funding: 'drift' }), 'nb')).toMatch(/dekkes innenfor driftsbudsjettet\.$/)
    const own = tysnes('nn', { funding: { kind: 'custom', text: 'Beløpet vert finansiert med ubundne fond' } })
    expect(innstillingText(own, 'nn')).toMatch(/budsjettet for 2018\. Beløpet vert finansiert med ubundne fond\.$/)
    expect(() => tysnes('nn', { funding: 'custom' })).toThrow(RangeError)
  })

  it('uses another budget year when told', () => {
    const doc = tysnes('nn', { budgetYear: 2019 })
    expect(innstillingText(doc, 'nn')).toContain('budsjettet for 2019')
  })

  it('leaves arkivsak, arkivkode and date empty when not given, and the document shows a gap for each', () => {
    const doc = buildDefaultSaksframlegg(tysnesContribution, tysnesProfile, 'nn')
    expect(doc.header).toEqual({ kommuneName: 'Tysnes kommune', sakshandsamar: 'Anders Teigen', arkivsak: '', arkivkode: '', date: '' })
    expect(text(doc, 'nn')).toContain('Arkivsak: [arkivsaksnummer]\nArkivkode: [arkivkode]\nDato: [dato]\n')
  })

  it('takes the header’s date from the options, as given', () => {
    expect(tysnes('nn', { date: '2025-11-22' }).header.date).toBe('2025-11-22')
    expect(text(tysnes('nn', { date: '2025-11-22' }), 'nn')).toContain('Dato: 22. november 2025')
  })

  it('names the contribution’s contributor when the profile gives no name', () => {
    const { kommuneName: _, ...profile } = hordalandProfile
    expect(buildDefaultSaksframlegg(hordalandContribution, profile, 'nb').header.kommuneName).toBe('Hordaland fylkeskommune')
  })
})

describe('the stored model', () => {
  it('validates a default case and survives a JSON round trip', () => {
    const doc = tysnes('nn')
    const back = parseSaksframlegg(JSON.parse(JSON.stringify(doc)))
    expect(back).toEqual({ ok: true, value: doc })
  })

  it('rejects broken drafts with the path of each problem', () => {
    const doc = tysnes('nn')
    const bad = (patch: object): string[] => {
      const result = parseSaksframlegg({ ...doc, ...patch })
      return result.ok ? [] : result.issues
    }
    expect(bad({ header: { ...doc.header, date: '2017-02-30' } })[0]).toMatch(/^header\.date/)
    expect(bad({ saksgang: [{ utval: 'Formannskapet', moetedato: '1.10.2017', saksnr: '' }] })[0]).toMatch(/^saksgang\.0\.moetedato/)
    expect(bad({ innstilling: { kind: 'maybe' } })[0]).toMatch(/^innstilling/)
    expect(bad({ chiefTitle: { kind: 'custom' } })[0]).toMatch(/^chiefTitle/)
    expect(bad({ economy: { ...doc.economy, amount: '57 060' } })[0]).toMatch(/^economy\.amount/)
    expect(bad({ sections: [doc.sections[0], doc.sections[0]] })[0]).toMatch(/^sections\.1\.id/)
    expect(bad({ version: 2 })[0]).toMatch(/^version/)
    expect(parseSaksframlegg('nonsense').ok).toBe(false)
  })
})

describe('editing section by section', () => {
  const doc = tysnes('nn')

  it('updates, adds, moves and removes sections without touching the original', () => {
    const own = { blocks: [{ type: 'paragraph' as const, text: 'Eiga vurdering.' }], basedOn: caseValues(doc) }
    const edited = updateSection(doc, 'vurdering', (s) => ({ ...s, own }))
    expect(edited.sections.find((s) => s.id === 'vurdering')?.own?.blocks).toEqual([{ type: 'paragraph', text: 'Eiga vurdering.' }])
    expect(doc.sections.find((s) => s.id === 'vurdering')?.own).toBeUndefined()

    const id = newSectionId(edited, 'other')
    const added = addSection(edited, { id, kind: 'other', heading: 'Høyring', own: { blocks: [], basedOn: caseValues(doc) } }, 'saksutgreiing')
    expect(added.sections.map((s) => s.id)).toEqual(['saksutgreiing', 'other', 'okonomiskeKonsekvensar', 'vurdering'])
    expect(newSectionId(added, 'other')).toBe('other-2')
    expect(headings(added, 'nn')).toContain('Høyring')

    expect(moveSection(added, 'other', -1).sections[0]?.id).toBe('other')
    expect(moveSection(added, 'saksutgreiing', -1)).toBe(added)
    expect(removeSection(added, 'other').sections.map((s) => s.id)).toEqual(['saksutgreiing', 'okonomiskeKonsekvensar', 'vurdering'])
    expect(() => addSection(added, { id: 'other', kind: 'other' })).toThrow(RangeError)
    expect(() => updateSection(added, 'nope', (s) => s)).toThrow(RangeError)
  })

  it('writes the standard text for the innstilling the case now has', () => {
    const declined: Saksframlegg = { ...doc, innstilling: { kind: 'decline' } }
    expect(text(declined, 'nn')).toContain('Innstillinga har ingen økonomiske konsekvensar for budsjett 2018.')
    expect(text(doc, 'nn')).not.toContain('Innstillinga har ingen økonomiske konsekvensar')
  })
})

describe('display blocks', () => {
  it('leave out header, saksgang and title in the sections part', () => {
    const blocks = renderSaksframlegg(tysnes('nn'), 'nn', 'sections').blocks
    expect(blocks[0]).toMatchObject({ type: 'paragraph', role: 'label', runs: [{ text: 'Vedlegg' }] })
    expect(blocks.some((b) => b.type === 'table' || b.type === 'fields')).toBe(false)
    expect(blocks.some((b) => b.type === 'heading' && b.level === 1)).toBe(false)
    const all = text(tysnes('nn'), 'nn', 'sections')
    expect(all).not.toContain('SAKSFRAMLEGG')
    expect(all).not.toContain('Sakshandsamar')
    expect(all).not.toContain('INNSTILLING FRÅ RÅDMANNEN')
    expect(blocks.some((b) => b.origin?.part === 'innstilling')).toBe(false)
  })

  it('split a paragraph at newlines, drop empty text and characters Word cannot hold', () => {
    const doc = updateSection(tysnes('nn'), 'vurdering', (s) => ({
      ...s,
      own: { basedOn: caseValues(tysnes('nn')), blocks: [
        { type: 'paragraph', text: 'Første.\r\n\r\nAndre\u0007 del.\n' },
        { type: 'paragraph', text: '   ' },
        { type: 'bullets', items: ['ein\nlinje', ''] },
        { type: 'bullets', items: [' '] },
        { type: 'quote', text: 'Sitat\tmed tabulator' }
      ] }
    }))
    const blocks = renderSaksframlegg(doc, 'nn').blocks.filter((b) => b.origin.id === 'vurdering')
    expect(blocks).toEqual([
      { type: 'heading', level: 2, text: 'VURDERING', origin: { part: 'section', id: 'vurdering' } },
      { type: 'paragraph', role: 'body', runs: [{ text: 'Første.' }], origin: { part: 'section', id: 'vurdering' } },
      { type: 'paragraph', role: 'body', runs: [{ text: 'Andre del.' }], origin: { part: 'section', id: 'vurdering' } },
      { type: 'list', ordered: false, items: ['ein linje'], origin: { part: 'section', id: 'vurdering' } },
      { type: 'quote', text: 'Sitat med tabulator', origin: { part: 'section', id: 'vurdering' } }
    ])
  })

  it('tell the preview which part each block shows', () => {
    const parts = new Set(renderSaksframlegg(tysnes('nn'), 'nn').blocks.map((b) => b.origin.part))
    expect([...parts]).toEqual(['header', 'saksgang', 'title', 'vedlegg', 'andreSaksdokument', 'section', 'innstilling'])
  })
})

describe('one målform, wholly', () => {
  it('flags KS’s bokmål words in a nynorsk document, except a title cited as KS wrote it, in «»', () => {
    expect(foreignWords('Invitasjon til å delta i finansieringsordningen for digitaliseringsprosjekter', 'nn')).toEqual([
      'finansieringsordningen',
      'digitaliseringsprosjekter'
    ])
    expect(foreignWords('«Invitasjon til å delta i finansieringsordningen for digitaliseringsprosjektene»', 'nn')).toEqual([
      'finansieringsordningen',
      'digitaliseringsprosjektene'
    ])
    expect(foreignWords('KS: «Invitasjon til å delta i finansieringsordningen for digitaliseringsprosjekter»', 'nn')).toEqual([])
    expect(foreignWords('Ingen kjenningen; ordninga for digitaliseringsprosjekt', 'nn')).toEqual([])
  })

  it('finds the other målform’s forms (the check can fail)', () => {
    expect(foreignWords('Dette er ikke frå KS', 'nn')).toEqual(['ikke'])
    expect(foreignWords('Kommunen sin del vert lagt inn; Løysinga er IKKJE klar.', 'nb')).toEqual(['vert', 'løysinga', 'ikkje'])
    expect(foreignWords(text(tysnes('nb'), 'nb'), 'nn').length).toBeGreaterThan(10)
    expect(foreignWords(text(tysnes('nn'), 'nn'), 'nb').length).toBeGreaterThan(10)
  })

  const variants = [
    ['join', {}],
    ['decline', { innstilling: { kind: 'decline' } }],
    ['orientering', { caseKind: 'orienteringssak' }],
    ['drift', { funding: 'drift' }]
  ] as const
  for (const maalform of ['nn', 'nb'] as const) {
    for (const [name, options] of variants) {
      for (const [who, build] of [
        ['kommune', tysnes],
        ['fylkeskommune', hordaland]
      ] as const) {
        it(`a whole ${maalform} document (${name}, ${who}) has no word of the other form`, () => {
          const doc = build(maalform, options)
          expect(foreignWords(text(doc, maalform), maalform)).toEqual([])
        })
      }
    }
  }

  it('also for the other chief titles', () => {
    for (const chiefTitle of [{ kind: 'kommunedirektoer' }, { kind: 'fylkesdirektoer' }] as const) {
      const nn = buildDefaultSaksframlegg(tysnesContribution, { ...tysnesProfile, chiefTitle }, 'nn')
      const nb = buildDefaultSaksframlegg(hordalandContribution, { ...hordalandProfile, chiefTitle }, 'nb')
      expect(foreignWords(text(nn, 'nn'), 'nn')).toEqual([])
      expect(foreignWords(text(nb, 'nb'), 'nb')).toEqual([])
    }
  })
})

describe('after a merger: the case names the unit whose figures it cites', () => {
  // Vestland fylkeskommune (46) pays for 2017 as Hordaland (12): the 2017 figure is Hordaland's.
  const vestland = { kind: 'fylkeskommune', sakshandsamar: 'Kari Nordmann', chiefTitle: { kind: 'fylkesdirektoer' } } as const

  for (const maalform of ['nn', 'nb'] as const) {
    it(`names Hordaland fylkeskommune beside 519 963, never Vestland (${maalform})`, () => {
      const doc = buildDefaultSaksframlegg(hordalandContribution, vestland, maalform)
      const all = text(doc, maalform)
      expect(doc.header.kommuneName).toBe('Hordaland fylkeskommune')
      expect(all).not.toContain('Vestland')
      expect(all).toContain(maalform === 'nn' ? 'folketalet i Hordaland per' : 'folketallet i Hordaland per')
      expect(plainSpaces(innstillingText(doc, maalform))).toMatch(/^Hordaland fylkeskommune (takkar|takker) ja .* kr 2 599 815/)
    })
  }
})

describe('a round the user added', () => {
  /** What only KS's 2017 letter says; none of it is true of another round. */
  const FACTS_OF_2017 = [
    '25 mill.',
    '35 mill.',
    '40 mill.',
    '100 mill.',
    '125 mill.',
    '250 mill.',
    '2017',
    '2018',
    'DigiFin',
    'arbeidstittel',
    'ti største',
    'KMD',
    'KommIT',
    'Prinsippnotat',
    'prinsippnotat',
    'Prop. 128',
    'FDVU',
    'tilknyt'
  ]

  for (const maalform of ['nn', 'nb'] as const) {
    const doc = tysnesUserRound(maalform)
    const all = text(doc, maalform)

    it(`states none of the 2017 letter’s facts (${maalform})`, () => {
      for (const fact of FACTS_OF_2017) expect(all, fact).not.toContain(fact)
      expect(doc.andreSaksdokument).toEqual([])
      expect(doc.vedlegg).toEqual([
        maalform === 'nn'
          ? 'KS: Invitasjon til å delta i «Spleiselaget 2025», brev av 1.\u00a0mars\u00a02025'
          : 'KS: Invitasjon til å delta i «Spleiselaget 2025», brev av 1.\u00a0mars\u00a02025'
      ])
    })

    it(`tells the round from its own data: name, dates, rates and budget year (${maalform})`, () => {
      for (const fact of [
        '«Spleiselaget 2025»',
        '1. mars 2025',
        '15. juni 2025',
        'kr 12,50 per',
        'kr 3 per',
        'budsjettet for 2026',
        '2 873',
        'kr 35 912,50'
      ]) {
        expect(all, fact).toContain(fact)
      }
      expect(all).not.toMatch(maalform === 'nn' ? /om lag|til disposisjon/ : /om lag|disponere/)
    })

    for (const [name, options] of [
      ['join', {}],
      ['decline', { innstilling: { kind: 'decline' } }],
      ['orientering', { caseKind: 'orienteringssak' }]
    ] as const) {
      it(`has no word of the other målform (${maalform}, ${name})`, () => {
        expect(foreignWords(text(tysnesUserRound(maalform, options), maalform), maalform)).toEqual([])
      })
    }
  }

  it('cites the other sources and the announced total only as the round states them', () => {
    const round = {
      ...userRound,
      otherSources: [
        { id: 'kdd', label: { nn: 'KDD, 2025', nb: 'KDD, 2025' }, amount: '60000000', upTo: false },
        { id: 'ks', label: { nn: 'KS, vedtak i hovudstyret', nb: 'KS, vedtak i hovedstyret' }, amount: '20000000', upTo: true }
      ],
      announcedTotal: { amount: '140000000', quote: { nn: 'om lag 140 millionar kroner', nb: 'om lag 140 millioner kroner' } }
    }
    const nn = text(tysnesUserRound('nn', {}, round), 'nn')
    const nb = text(tysnesUserRound('nb', {}, round), 'nb')
    expect(nn).toContain('Etter invitasjonen får ordninga òg pengar frå desse kjeldene:\nKDD, 2025: 60 mill. kr\nKS, vedtak i hovudstyret: inntil 20 mill. kr')
    expect(nn).toContain('om lag 140 mill. kr til disposisjon dersom alle kommunar og fylkeskommunar er med')
    expect(nb).toContain('Ifølge invitasjonen får ordningen også penger fra disse kildene:\nKDD, 2025: 60 mill. kr\nKS, vedtak i hovedstyret: inntil 20 mill. kr')
    expect(nb).toContain('om lag 140 mill. kr hvis alle kommuner og fylkeskommuner blir med')
    for (const fact of ['25 mill.', '35 mill.', '250 mill.', 'ti største', 'DigiFin', '2017']) {
      expect(nn, fact).not.toContain(fact)
      expect(nb, fact).not.toContain(fact)
    }
    expect(foreignWords(nn, 'nn')).toEqual([])
    expect(foreignWords(nb, 'nb')).toEqual([])
  })

  it('is told from its own data even when it copies the 2017 round’s id or dates', () => {
    const lookalike = { ...DIGIFIN_2017, name: { nn: 'Mi runde', nb: 'Min runde' }, builtIn: false }
    const all = text(tysnesUserRound('nn', {}, lookalike), 'nn')
    expect(all).not.toContain('arbeidstittelen')
    expect(all).not.toContain('ti største')
    expect(all).not.toContain('Prinsippnotat')
    // Its own sources and total, which it does hold, are cited.
    expect(all).toContain('om lag 250 mill. kr')
  })

  it('keeps the 2017 retelling for the built-in round', () => {
    const all = text(tysnes('nn'), 'nn')
    expect(all).toContain('Ordninga har arbeidstittelen KS DigiFin.')
    expect(all).toContain('dei ti største kommunane har signalisert at dei vil bidra med til saman 35 mill. kr')
    expect(all).toContain('Pengane går tilbake til ordninga')
  })
})

describe('the word lists know the plurals', () => {
  it('flags "maskiner" in nynorsk and "maskinar" in bokmål', () => {
    expect(foreignWords('programvare og maskiner, oppgaver og mennesker', 'nn')).toEqual(['maskiner', 'oppgaver', 'mennesker'])
    expect(foreignWords('programvare og maskinar, oppgåver og pengar', 'nb')).toEqual(['maskinar', 'oppgåver', 'pengar'])
  })
})
