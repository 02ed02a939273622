import { lessForFund } from '../../shared/saksframlegg/phrase'
import { describe, expect, it } from 'vitest'
import { calculateContribution } from '../../shared/contribution'
import { DIGIFIN_2017 } from '../../shared/financingRound'
import type { Maalform } from '../../shared/maalform'
import { buildDefaultSaksframlegg, sectionBlocks } from '../../shared/saksframlegg/defaults'
import { plainText, renderSaksframlegg } from '../../shared/saksframlegg/render'
import type { Saksframlegg } from '../../shared/saksframlegg/model'
import { parseSaksframlegg } from '../../shared/saksframlegg/model'
import { hordaland, tysnes, tysnesProfile } from '../fixtures/saksframlegg/cases'

/** Issue 8 §2: each variant argues its own case, in both målformer, for kommune and fylkeskommune. */

const text = (doc: Saksframlegg, m: Maalform): string => plainText(renderSaksframlegg(doc, m)).replace(/\u00a0/g, ' ')

/** The program's own words, which no council document may hold. */
const PROGRAM_WORDS = ['kommandolinja', 'kommandolinjen', 'oppgitt i Spleiselag', 'Spleiselag', 'norway-geodata', 'Prestmo', 'truleg', 'trolig', 'undefined', 'NaN']

const CASES = [
  ['Tysnes', tysnes, 'Tysnes kommune', 'kr 57 060'],
  ['Hordaland', hordaland, 'Hordaland fylkeskommune', 'kr 2 599 815']
] as const

/** A reason the administration wrote itself, which the nei vurdering must carry as its own paragraph. */
const REASON = {
  nn: 'Kommunen har ikkje rom for nye utgifter i budsjett 2018.',
  nb: 'Kommunen har ikke rom for nye utgifter i budsjett 2018.'
}

/** A section's paragraphs as the case holds them. */
const paragraphs = (doc: Saksframlegg, id: string, m: Maalform): string[] => {
  const section = doc.sections.find((s) => s.id === id)
  const blocks = section ? sectionBlocks(section, doc, m) : []
  return blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text.replace(/\u00a0/g, ' ')] : []))
}

describe.each(['nn', 'nb'] as const)('arguments (%s)', (m) => {
  const nn = m === 'nn'
  for (const [name, build, fullName, amount] of CASES) {
    const variants = {
      join: build(m),
      decline: build(m, { innstilling: { kind: 'decline' } }),
      orientering: build(m, { caseKind: 'orienteringssak' })
    }
    it(`${name}: attributes claims to KS and says the process right`, () => {
      const all = text(variants.join, m)
      expect(all).toContain(nn ? 'Etter KS si vurdering gjev' : 'Etter KS’ vurdering gir')
      expect(all).toContain(nn ? 'tek sikte på å setje av 100 mill. kr' : 'tar sikte på å sette av 100 mill. kr')
      expect(all).toContain(nn ? 'i løpet av hausten, slik at eingongsbeløpet kan leggjast inn i budsjettet for 2018' : 'i løpet av høsten, slik at engangsbeløpet kan legges inn i budsjettet for 2018')
      expect(all).toContain(nn ? 'seinast 20. desember 2017, og at' : 'senest 20. desember 2017, og at')
      expect(all).toContain('sender melding om vedtak til KS (hallvard.hoen@ks.no).')
      expect(all).toContain(nn ? 'har signalisert at dei vil bidra' : 'har signalisert at de vil bidra')
      expect(all).toContain(nn ? 'KS har lagt ved eit prinsippnotat' : 'KS har lagt ved et prinsippnotat')
      expect(all).toContain(nn ? 'Kommunal sektor skal sjølv ta initiativ' : 'Kommunal sektor skal selv ta initiativ')
      expect(all).toContain(nn ? 'alle kommunar og/eller fylkeskommunar' : 'alle kommuner og/eller fylkeskommuner')
      expect(all).toContain(nn ? 'ikkje driftskostnader' : 'ikke driftskostnader')
      expect(all).not.toMatch(/innan 20|innen 20|aldri driftskostnader|på e-post til/)
      expect(all).toContain(nn ? 'Ein kommune eller fylkeskommune som ikkje har betalt' : 'En kommune eller fylkeskommune som ikke har betalt')
      expect(all).not.toMatch(/frivillig: dette er eit spleiselag|frivillig: dette er et spleiselag/)
      expect(all).not.toMatch(/folketal(let)? i \S+ (fylkes)?kommune/)
    })
    it(`${name}: the ja argues for joining, attributed where it is KS's, and not for waiting`, () => {
      const vurdering = paragraphs(variants.join, 'vurdering', m).join('\n')
      // The KMD condition and «as many as possible» are KS's letter; nothing else is put in KS's mouth (reader, set 4 A3).
      // It meets the objection «why not pay later» with what the note and KS's letter say (set 10, B8).
      const selfJoin = name === 'Tysnes' ? 'kommunen' : 'fylkeskommunen'
      expect(vurdering).toContain(
        nn
          ? `Etter prinsippnotatet kan ${selfJoin} betale sin del seinare, før han tek i bruk ei løysing. Men pengane frå KMD vert berre utløyste dersom kommunal sektor sjølv bidreg med minst like mykje, og KS skriv at ordninga difor er avhengig av at flest mogleg er med. Ventar ${selfJoin}, slepp han heller ikkje å betale sin del om han seinare vil ta i bruk løysingane.`
          : `Etter prinsippnotatet kan ${selfJoin} betale sin andel senere, før den tar i bruk en løsning. Men midlene fra KMD utløses bare hvis kommunal sektor selv bidrar med minst like mye, og KS skriver at ordningen derfor er avhengig av at flest mulig blir med. Venter ${selfJoin}, slipper den heller ikke å betale sin andel hvis den senere vil ta i bruk løsningene.`
      )
      expect(vurdering).not.toMatch(/KS meiner|KS mener|sluttar seg til|slutter seg til/)
      const unit = name === 'Tysnes' ? 'kommune' : 'fylkeskommune'
      const chief = name === 'Tysnes' ? 'Rådmannen' : 'Fylkesrådmannen'
      const self = name === 'Tysnes' ? 'kommunen' : 'fylkeskommunen'
      // A fylkeskommune is not promised the kommune services (A11); the amount gives the right to use, with the costs that follow (A4).
      const solutions = {
        nn: name === 'Tysnes' ? 'løysingane ordninga utviklar' : 'dei løysingane ordninga utviklar som er aktuelle for fylkeskommunen',
        nb: name === 'Tysnes' ? 'løsningene ordningen utvikler' : 'de løsningene ordningen utvikler som er aktuelle for fylkeskommunen'
      }
      expect(vurdering).toContain(
        nn
          ? `${chief} vurderer det slik at det er lite realistisk at éin ${unit} kan utvikle slike løysingar åleine. Eingongsbeløpet på ${amount} gjev ${self} rett til å ta i bruk ${solutions.nn}, mot tilknytingskostnad og FDVU for kvar løysing. Slik ${chief.toLowerCase()} ser det, er dette ein rimeleg pris for å vere med på utviklinga.`
          : `${chief} vurderer det slik at det er lite realistisk at én ${unit} kan utvikle slike løsninger alene. Engangsbeløpet på ${amount} gir ${self} rett til å ta i bruk ${solutions.nb}, mot tilknytningskostnad og FDVU for hver løsning. Slik ${chief.toLowerCase()} ser det, er dette en rimelig pris for å være med på utviklingen.`
      )
      // «meiner» not three times in a row (set 10, C18); KS's case is the saksutgreiing's, not repeated here (C19).
      expect(vurdering).not.toMatch(/meiner|mener/)
      expect(vurdering).not.toMatch(/Etter KS si vurdering|Etter KS’ vurdering/)
      expect(vurdering).not.toMatch(/tilgang til alle|lite samanlikna|lite sammenlignet/)
      expect(vurdering).not.toMatch(/står utanfor no|står utenfor nå/)
      const economy = paragraphs(variants.join, 'okonomiskeKonsekvensar', m).join('\n')
      expect(economy).toMatch(
        nn
          ? /I tillegg kjem ein tilknytingskostnad for kvar løysing \S+ tek i bruk, og ein del av kostnadene til FDVU så lenge løysinga er i bruk\./
          : /I tillegg kommer en tilknytningskostnad for hver løsning \S+ tar i bruk, og en andel av kostnadene til FDVU så lenge løsningen er i bruk\./
      )
    })
    it(`${name}: the decline argues for declining and says what it means`, () => {
      const all = text(variants.decline, m)
      expect(all).toContain(nn ? 'Det er enno ikkje kjent kva løysingar ordninga vil utvikle' : 'Det er ennå ikke kjent hvilke løsninger ordningen vil utvikle')
      expect(all).toContain(nn ? 'når det er kjent kva løysingar som vert utvikla.' : 'når det er kjent hvilke løsninger som blir utviklet.')
      expect(all).toMatch(
        nn
          ? /\S+ får ikkje tilgang til løysingane som vert utvikla med midlar frå ordninga, før han har betalt sin del\./
          : /\S+ får ikke tilgang til løsningene som utvikles med midler fra ordningen, før den har betalt sin andel\./
      )
      expect(all).toContain(nn ? 'Innstillinga har ingen økonomiske konsekvensar for budsjett 2018.' : 'Innstillingen har ingen økonomiske konsekvenser for budsjett 2018.')
      expect(all).toContain(nn ? `Eit eventuelt eingongsbeløp vil vere ${amount}, rekna ut frå` : `Et eventuelt engangsbeløp vil være ${amount}, beregnet ut fra`)
      expect(all).toContain(nn ? 'ikkje deltek i ordninga no' : 'ikke deltar i ordningen nå')
      expect(all).not.toContain(nn ? 'bør delta i ordninga' : 'bør delta i ordningen')
      expect(all).not.toMatch(/gjev ingen utgifter|gir ingen utgifter|stengjer ikkje|stenger ikke/)
    })
    it(`${name}: the nei vurdering asks, gives the reason and the risk, and the innstilling agrees on coming back`, () => {
      const doc = { ...variants.decline, declineReason: REASON[m] }
      const vurdering = paragraphs(doc, 'vurdering', m)
      expect(vurdering[0]).toMatch(new RegExp(`^Spørsmålet er om ${fullName} `))
      // The case for joining comes first; then the reason, right before the weighing whose «dette» is that reason (set 2 #3).
      expect(vurdering[1]).toContain(nn ? 'Står mange utanfor, kjem det inn mindre pengar frå staten' : 'Står mange utenfor, utløses mindre statlig finansiering')
      const chief = name === 'Tysnes' ? 'Rådmannen' : 'Fylkesrådmannen'
      expect(vurdering[2]).toMatch(new RegExp(`^${REASON[m]} ${chief} ${nn ? 'legg' : 'legger'} vekt på dette, og på at `))
      const all = vurdering.join('\n')
      // What the fund gets less, quantified from the case's own amount (set 12, B13).
      expect(vurdering[2]).toMatch(nn ? / Dette veg tyngre enn at ordninga får (kr\s[\d\s]+|om lag [\d,]+\smill\.\skr) mindre når \S+ står utanfor no\.$/ : / Dette veier tyngre enn at ordningen får (kr\s[\d\s]+|om lag [\d,]+\smill\.\skr) mindre når \S+ står utenfor nå\.$/)
      expect(all).toContain('etter prinsippnotatet kan ')
      // The case for joining is the ja's; the nei does not open with it.
      expect(all).not.toContain(nn ? 'Etter KS si vurdering kan felles løysingar' : 'Etter KS’ vurdering kan felles løsninger')
      const comesBack = nn
        ? 'Saka vert lagd fram på nytt når dei første løysingane frå ordninga er klare.'
        : 'Saken legges fram på nytt når de første løsningene fra ordningen er klare.'
      expect(all).toContain(comesBack)
      expect(doc.innstilling.kind).toBe('decline')
      expect(text(doc, m).split(nn ? 'INNSTILLING FRÅ' : 'INNSTILLING FRA')[1]).toContain(comesBack)
    })
    it(`${name}: the orienteringssak says who decides and when`, () => {
      const all = text(variants.orientering, m)
      const chief = name === 'Tysnes' ? 'Rådmannen' : 'Fylkesrådmannen'
      expect(all).toContain(
        nn
          ? `${chief} legg saka fram til orientering. Spørsmålet om deltaking vil ${chief.toLowerCase()} kome tilbake til i budsjettframlegget for 2018, ` +
              `slik at ${name === 'Tysnes' ? 'kommunestyret' : 'fylkestinget'} kan gjere vedtak før fristen 20. desember 2017.`
          : `${chief} legger saken fram til orientering. Spørsmålet om deltakelse vil ${chief.toLowerCase()} komme tilbake til i budsjettforslaget for 2018, ` +
              `slik at ${name === 'Tysnes' ? 'kommunestyret' : 'fylkestinget'} kan fatte vedtak før fristen 20. desember 2017.`
      )
      expect(all).toContain(nn ? 'Eit eventuelt eingongsbeløp vil vere' : 'Et eventuelt engangsbeløp vil være')
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

describe('what the fund gets less when the contributor stays outside (set 12, B13)', () => {
  it('is the case’s own amount, about so many millions from a million up', () => {
    const plain = (t: string): string => t.replace(/\u00a0/g, ' ')
    expect(plain(lessForFund('3021840'))).toBe('om lag 3 mill. kr')
    expect(plain(lessForFund('2599815'))).toBe('om lag 2,6 mill. kr')
    expect(plain(lessForFund('57060'))).toBe('kr 57 060')
  })
})
