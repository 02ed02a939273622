import { describe, expect, it } from 'vitest'
import type { Maalform } from '../../shared/maalform'
import { plainText, renderSaksframlegg } from '../../shared/saksframlegg/render'
import type { Saksframlegg } from '../../shared/saksframlegg/model'
import { hordaland, tysnes, tysnesUserRound } from '../fixtures/saksframlegg/cases'

/** Issue 9, the native reader's second set: the wording of the DigiFin cases as a council would read it. */

const text = (doc: Saksframlegg, m: Maalform): string => plainText(renderSaksframlegg(doc, m)).replace(/\u00a0/g, ' ')

describe.each(['nn', 'nb'] as const)('the DigiFin case as the reader read it (%s)', (m) => {
  const nn = m === 'nn'

  it('says «spleiselag» only as KS’s word; the chief’s own view is that the kommune «bør delta i ordninga» (#11; set 7, B2)', () => {
    const all = text(tysnes(m), m)
    expect(all).toContain(nn ? 'KS kallar ordninga eit spleiselag, og det er frivillig å delta.' : 'KS kaller ordningen et spleiselag, og det er frivillig å delta.')
    expect(all.match(/spleiselag/g)).toHaveLength(1)
    expect(all).toContain(nn ? 'Rådmannen rår difor til at Tysnes kommune deltek i ordninga og takkar ja' : 'Rådmannen anbefaler derfor at Tysnes kommune deltar i ordningen og takker ja')
  })

  it('in a round the user added, where nothing introduces the word, says «ordninga» as well (#11)', () => {
    const all = text(tysnesUserRound(m), m)
    expect(all).not.toMatch(/spleiselag/)
    expect(all).toContain(nn ? 'deltek i ordninga' : 'deltar i ordningen')
  })

  it('leaves out the unattributed commonplace «Digitalisering er ein kontinuerleg prosess …» (set 7, B3)', () => {
    const all = text(tysnes(m), m)
    expect(all).not.toMatch(/kontinuerle?i?g prosess/)
    expect(all).toContain(nn ? 'Etter KS si vurdering gjev felles utvikling' : 'Etter KS’ vurdering gir felles utvikling')
  })

  it('gives the yearly split to the state budget and KS’s and the largest kommunar’s shares as KS’s letter does (#15)', () => {
    const all = text(tysnes(m), m)
    expect(all).toContain(
      nn
        ? 'Ifølgje Prop. 128 S (2016–2017) har Kommunal- og moderniseringsdepartementet (KMD) sett av 25 mill. kr i 2017'
        : 'Ifølge Prop. 128 S (2016–2017) har Kommunal- og moderniseringsdepartementet (KMD) satt av 25 mill. kr i 2017'
    )
    expect(all).toContain(
      nn
        ? 'KS vil bidra med inntil 40 mill. kr, og Storbynettverket og dei ti største kommunane har signalisert'
        : 'KS vil bidra med inntil 40 mill. kr, og Storbynettverket og de ti største kommunene har signalisert'
    )
    expect(all).not.toMatch(/Ifølgje KS har|Ifølge KS har|har vedteke å bidra|har vedtatt å bidra/)
  })

  it('says how the amount is covered in the ordliste’s words (#32)', () => {
    expect(text(tysnes(m), m)).toContain(
      nn ? 'beløpet vert lagt inn i budsjettet for 2018 og vert dekt av disposisjonsfondet.' : 'beløpet legges inn i budsjettet for 2018 og dekkes av disposisjonsfondet.'
    )
  })

  it('for a fylkeskommune, gives the fylkesrådmann’s own reason with its own amount (#10)', () => {
    const all = text(hordaland(m), m)
    expect(all).toContain(
      nn
        ? 'Fylkesrådmannen vurderer det slik at det er lite realistisk at éin fylkeskommune kan utvikle slike løysingar åleine. Eingongsbeløpet på kr 2 599 815 gjev fylkeskommunen rett til å ta i bruk dei løysingane ordninga utviklar som er aktuelle for fylkeskommunen'
        : 'Fylkesrådmannen vurderer det slik at det er lite realistisk at én fylkeskommune kan utvikle slike løsninger alene. Engangsbeløpet på kr 2 599 815 gir fylkeskommunen rett til å ta i bruk de løsningene ordningen utvikler som er aktuelle for fylkeskommunen'
    )
  })

  it('in the nei, weighs the case’s own reason, named right before «dette», against the fund’s loss (#3, #29)', () => {
    const all = text(hordaland(m, { innstilling: { kind: 'decline' } }), m)
    expect(all).toContain(
      nn
        ? 'og kva det vil koste fylkeskommunen å ta dei i bruk. Fylkesrådmannen legg vekt på dette, og på at fylkeskommunen etter ' +
            'prinsippnotatet kan betale sin del seinare, før han tek i bruk ei løysing. Å vente fritek ikkje fylkeskommunen frå å betale delen sin ' +
            'om han vil bruke løysingane, men han betaler først når han veit kva løysingar han får. Dette veg tyngre enn at ordninga får om lag ' +
            '2,6 mill. kr mindre når fylkeskommunen står utanfor no.'
        : 'og hva det vil koste fylkeskommunen å ta dem i bruk. Fylkesrådmannen legger vekt på dette, og på at fylkeskommunen etter ' +
            'prinsippnotatet kan betale sin andel senere, før den tar i bruk en løsning. Å vente fritar ikke fylkeskommunen fra å betale sin andel ' +
            'hvis den vil bruke løsningene, men den betaler først når den vet hvilke løsninger den får. Dette veier tyngre enn at ordningen får om lag ' +
            '2,6 mill. kr mindre når fylkeskommunen står utenfor nå.'
    )
    // The argument for joining comes before the reason, never between the reason and «dette».
    expect(all.indexOf(nn ? 'Står mange utanfor' : 'Står mange utenfor')).toBeLessThan(all.indexOf(nn ? 'legg vekt på dette' : 'legger vekt på dette'))
    expect(all).toContain(
      nn
        ? 'Hordaland fylkeskommune deltek ikkje i finansieringsordninga for digitaliseringsprosjekt no.'
        : 'Hordaland fylkeskommune deltar ikke i finansieringsordningen for digitaliseringsprosjekter nå.'
    )
  })

  it('in a nei without a reason of its own, weighs that the solutions are not yet known (#3)', () => {
    const all = text({ ...hordaland(m, { innstilling: { kind: 'decline' } }), declineReason: '' }, m)
    expect(all).toContain(
      nn
        ? 'Fylkesrådmannen legg vekt på at det enno ikkje er kjent kva løysingar ordninga vil utvikle, og på at fylkeskommunen'
        : 'Fylkesrådmannen legger vekt på at det ennå ikke er kjent hvilke løsninger ordningen vil utvikle, og på at fylkeskommunen'
    )
  })
})

describe('nynorsk verbs (#18)', () => {
  it('«gjer framlegg om», never «foreslå», in any nynorsk DigiFin case', () => {
    const cases = [tysnes('nn'), hordaland('nn'), tysnes('nn', { date: '2018-03-01' }), tysnesUserRound('nn'), tysnes('nn', { innstilling: { kind: 'decline' } })]
    for (const doc of cases) expect(text(doc, 'nn')).not.toMatch(/foreslå/i)
    expect(text(tysnes('nn'), 'nn')).toContain('Rådmannen gjer framlegg om at beløpet vert lagt inn i budsjettet for 2018')
  })
})

describe.each(['nn', 'nb'] as const)('the calculation line (%s, set 4 C29)', (m) => {
  it('stands as its own indented block, not an ordinary paragraph', () => {
    const blocks = renderSaksframlegg(tysnes(m), m).blocks
    const line = m === 'nn' ? '2 853 innbyggjarar × kr 20 = kr 57 060' : '2 853 innbyggere × kr 20 = kr 57 060'
    const found = blocks.filter((b) => (b.type === 'quote' ? b.text : b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : '').replace(/\u00a0/g, ' ') === line)
    expect(found.map((b) => b.type)).toEqual(['quote'])
  })
})
