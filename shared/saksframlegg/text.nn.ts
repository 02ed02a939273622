import { formatDateLong, formatInnbyggjarar, formatKroner, formatMillionar } from '../format'
import type { Block, CaseKind, Funding, Innstilling } from './model'
import { areaName, calculation, capitalise, sourceItem } from './phrase'
import type { CaseFacts, InvitationFacts, SaksframleggText } from './textTypes'

/**
 * Nynorsk. Follows Tysnes kommune's saksframlegg (seed 001) and the ordliste. E-infinitive
 * throughout (vere, gjere), "vert" for the passive, "ikkje", "frå", "berre".
 *
 * KS wrote its letter in bokmål; this text never quotes it but says the same in nynorsk, so the
 * document stays wholly nynorsk.
 */

function self(facts: CaseFacts): string {
  return facts.contributorKind === 'kommune' ? 'kommunen' : 'fylkeskommunen'
}

/** Who takes the final decision: the body that adopts the budget. */
function council(facts: CaseFacts): string {
  return facts.contributorKind === 'kommune' ? 'kommunestyret' : 'fylkestinget'
}

function fundingSentence(funding: Funding): string {
  switch (funding.kind) {
    case 'disposisjonsfond':
      return 'Det vert dekt av disposisjonsfondet.'
    case 'drift':
      return 'Det vert dekt innanfor driftsbudsjettet.'
    case 'custom':
      return funding.text.trim()
  }
}

function sentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?]$/.test(trimmed) ? trimmed : trimmed + '.'
}

/** The count date and source as given, or a visible placeholder for what nobody gave. */
function populationCitation(facts: CaseFacts): string {
  const date = facts.populationDate ? formatDateLong(facts.populationDate) : '[dato for folketalet]'
  const source = facts.populationSource.trim() || '[kjelde for folketalet]'
  return `folketalet i ${areaName(facts.kommuneName)} per ${date}. ${sentence(`Kjelde: ${source}`)}`
}

/** KS DigiFin 2017: KS's letter of 08.09.2017 and the principles note, retold in nynorsk. */
function saksutgreiing2017(
  inv: InvitationFacts,
  letter: NonNullable<InvitationFacts['digiFin2017']>,
  facts: CaseFacts,
  innstilling: Innstilling['kind'],
  caseKind: CaseKind
): Block[] {
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text:
        `KS sende ${formatDateLong(inv.invitationDate)} eit brev til alle kommunar og fylkeskommunar med invitasjon ` +
        'til å delta i ei ny ordning for finansiering av felles digitaliseringsprosjekt i kommunal sektor (vedlegg 1). ' +
        'Ordninga har arbeidstittelen KS DigiFin. KS har òg sendt eit prinsippnotat som gjer greie for korleis ' +
        'ordninga skal verke (vedlegg 2).'
    },
    {
      type: 'paragraph',
      text:
        'Føremålet med ordninga er å utvikle digitale fellesløysingar for kommunal sektor. Kommunane skal sjølve ' +
        'ta initiativ til og styre prosjekta, og kommunal sektor skal eige løysingane. Etter KS si vurdering gjev ' +
        'felles utvikling betre kvalitet og lågare pris, og fleire kan stå saman om å forvalte og vidareutvikle ' +
        'løysingane.'
    },
    {
      type: 'paragraph',
      text:
        `Kommunal- og moderniseringsdepartementet (KMD) har sett av ${formatMillionar(letter.kmdFirstYear)} i 2017 ` +
        `og tek sikte på å setje av ${formatMillionar(letter.kmdSecondYear)} i 2018, til saman ` +
        `${formatMillionar(letter.kmdTotal)}. Vilkåret er at kommunal sektor ` +
        `sjølv bidreg med minst like mykje. KS har vedteke å bidra med inntil ${formatMillionar(letter.ksUpTo)}, og ` +
        `dei ti største kommunane har sagt at dei vil bidra med til saman ${formatMillionar(letter.largestKommunar)}.`
    },
    {
      type: 'paragraph',
      text:
        `KS inviterer difor alle kommunar til å betale eit eingongsbeløp på ${formatKroner(inv.rateKommune)} ` +
        `per innbyggjar og alle fylkeskommunar ${formatKroner(inv.rateFylkeskommune)} per innbyggjar. ` +
        'Det er frivillig å delta.' +
        (inv.allJoin
          ? ' Dersom alle kommunar og fylkeskommunar er med, vil ordninga etter KS sitt overslag ha om lag ' +
            `${formatMillionar(inv.allJoin)} til disposisjon.`
          : '')
    },
    {
      type: 'paragraph',
      text:
        'KS reknar med at dei fleste tek stilling til invitasjonen i løpet av hausten, slik at eingongsbeløpet kan ' +
        `leggjast inn i budsjettet for ${facts.budgetYear}. KS ber om at saka vert handsama så snart som mogleg og ` +
        `seinast innan ${formatDateLong(inv.answerBy)}, og at ${self(facts)} sender melding om vedtaket til KS ` +
        'på e-post til hallvard.hoen@ks.no.'
    },
    {
      type: 'paragraph',
      text: 'Etter vilkåra frå KMD og prinsippnotatet frå KS gjeld mellom anna dette for ordninga:'
    },
    {
      type: 'bullets',
      items: [
        'Ordninga dekkjer berre utviklingskostnader i felles digitaliseringsprosjekt, aldri driftskostnader.',
        'KS forvaltar ordninga. Framlegg til prosjekt kan kome frå KS, ein kommune eller ein fylkeskommune. ' +
          'KommIT-rådet prioriterer mellom dei, og løysingane skal vere aktuelle for alle kommunar og ' +
          'fylkeskommunar.',
        'Berre kommunar og fylkeskommunar som har betalt eingongsbeløpet, kan ta i bruk løysingar som er ' +
          'utvikla med midlar frå ordninga. Ein kommune eller fylkeskommune som ikkje har betalt, må betale sin ' +
          'del før han kan ta i bruk ei løysing.',
        'Ein kommune eller fylkeskommune som tek i bruk ei ferdig løysing, betaler ein tilknytingskostnad som KS ' +
          'fastset for kvar løysing. Pengane går tilbake til ordninga, slik at ho kan finansiere nye prosjekt og ' +
          'vere sjølvfinansierande over tid.',
        'Dei som brukar ei løysing, dekkjer kostnadene til forvalting, drift, vedlikehald og vidareutvikling (FDVU).'
      ]
    }
  ]
  if (caseKind === 'vedtakssak' && innstilling === 'decline') {
    blocks.push({
      type: 'paragraph',
      text:
        `Saka gjeld om ${self(facts)} skal betale eingongsbeløpet no, eller stå utanfor ordninga inntil vidare og ` +
        'ta stilling på nytt når det er kjent kva løysingar ordninga gjev.'
    })
  }
  return blocks
}

/**
 * A round the user added: told only from what the round holds (name, dates, rates, budget year,
 * and the other sources and announced total when it has them). Nothing of the 2017 letter.
 */
function saksutgreiingOwnRound(inv: InvitationFacts, facts: CaseFacts): Block[] {
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text:
        `KS sende ${formatDateLong(inv.invitationDate)} eit brev til alle kommunar og fylkeskommunar med invitasjon ` +
        `til å delta i finansieringsordninga for digitaliseringsprosjekt, i runden «${inv.name.nn.trim()}» (vedlegg 1).`
    }
  ]
  if (inv.otherSources.length > 0) {
    blocks.push(
      { type: 'paragraph', text: 'Etter invitasjonen får ordninga òg pengar frå desse kjeldene:' },
      { type: 'bullets', items: inv.otherSources.map((s) => sourceItem(s.label.nn, s.amount, s.upTo)) }
    )
  }
  blocks.push(
    {
      type: 'paragraph',
      text:
        `KS inviterer alle kommunar til å betale eit eingongsbeløp på ${formatKroner(inv.rateKommune)} ` +
        `per innbyggjar og alle fylkeskommunar ${formatKroner(inv.rateFylkeskommune)} per innbyggjar.` +
        (inv.allJoin
          ? ' Etter invitasjonen vil ordninga ha om lag ' +
            `${formatMillionar(inv.allJoin)} til disposisjon dersom alle kommunar og fylkeskommunar er med.`
          : '')
    },
    {
      type: 'paragraph',
      text:
        `KS ber om at saka vert handsama i tide til at beløpet kan leggjast inn i budsjettet for ${facts.budgetYear}, ` +
        `og om melding om vedtaket seinast ${formatDateLong(inv.answerBy)}. Invitasjonen (vedlegg 1) seier kvar ` +
        'meldinga skal sendast.'
    }
  )
  return blocks
}

export const textNn: SaksframleggText = {
  maalform: 'nn',
  labels: {
    documentKind: 'SAKSFRAMLEGG',
    sakshandsamar: 'Sakshandsamar',
    arkivsak: 'Arkivsak',
    arkivkode: 'Arkivkode',
    date: 'Dato',
    saksgang: 'Saksgang',
    utval: 'Utval',
    moetedato: 'Møtedato',
    saksnr: 'Saksnr.',
    vedlegg: 'Vedlegg',
    andreSaksdokument: 'Andre saksdokument (ikkje vedlagde)',
    page: 'Side',
    of: 'av'
  },
  sectionHeadings: {
    saksutgreiing: 'Saksutgreiing',
    saksopplysningar: 'Saksopplysningar',
    okonomiskeKonsekvensar: 'Økonomiske konsekvensar',
    vurdering: 'Vurdering',
    other: 'Anna'
  },
  innstillingHeading: (chief) => `Innstilling frå ${chief}`,
  orientering: 'Saka vert teken til orientering.',
  defaults: {
    title: 'Digitalisering i kommunal sektor – invitasjon til å delta i KS si finansieringsordning',
    saksgang: (kind) => (kind === 'kommune' ? ['Formannskapet', 'Kommunestyret'] : ['Fylkesutvalet', 'Fylkestinget']),
    vedlegg: (inv) =>
      inv.digiFin2017
        ? [
            `KS: Invitasjon til å delta i finansieringsordninga for digitaliseringsprosjekt, brev av ${formatDateLong(inv.invitationDate)}`,
            'KS: Prinsippnotat om ordning for finansiering av felles digitaliseringsprosjekt for kommunar og fylkeskommunar'
          ]
        : [`KS: Invitasjon til å delta i «${inv.name.nn.trim()}», brev av ${formatDateLong(inv.invitationDate)}`],
    andreSaksdokument: (inv) =>
      inv.digiFin2017
        ? ['KS: Digitaliseringsstrategi for kommunar og fylkeskommunar 2017–2020', 'Prop. 128 S (2016–2017) Kommuneproposisjonen 2018']
        : [],
    declineReason: (kind) =>
      `Det er enno ikkje kjent kva løysingar ordninga vil utvikle, og kva det vil koste ${kind === 'kommune' ? 'kommunen' : 'fylkeskommunen'} ` +
      'å ta dei i bruk.',
    saksutgreiing: (inv, facts, innstilling, caseKind) =>
      inv.digiFin2017
        ? saksutgreiing2017(inv, inv.digiFin2017, facts, innstilling, caseKind)
        : saksutgreiingOwnRound(inv, facts),
    okonomiskeKonsekvensar: (facts, innstilling, caseKind, inv) => {
      const decline = caseKind === 'vedtakssak' && innstilling === 'decline'
      const blocks: Block[] = [
        {
          type: 'paragraph',
          text: `Eingongsbeløpet er rekna ut frå ${populationCitation(facts)}`
        },
        {
          type: 'paragraph',
          text: calculation(
            formatInnbyggjarar(facts.populationCount, 'nn'),
            formatKroner(facts.rate),
            formatKroner(facts.amount)
          )
        }
      ]
      if (caseKind === 'vedtakssak' && !decline) {
        blocks.push({
          type: 'paragraph',
          text: `Beløpet vert lagt inn i budsjett ${facts.budgetYear}. ${sentence(fundingSentence(facts.funding))}`
        })
      } else if (decline) {
        blocks.push({
          type: 'paragraph',
          text:
            `Innstillinga gjev ingen utgifter i budsjett ${facts.budgetYear}: ${self(facts)} betaler ikkje ` +
            `eingongsbeløpet på ${formatKroner(facts.amount)}.`
        })
      } else {
        blocks.push({
          type: 'paragraph',
          text: `Dersom ${self(facts)} vel å delta, må beløpet leggjast inn i budsjett ${facts.budgetYear}.`
        })
      }
      // What access to a solution costs, and that non-payers get none, are rules of the 2017 principles note.
      if (!inv.digiFin2017) return blocks
      blocks.push({
        type: 'paragraph',
        text: decline
          ? `Så lenge ${self(facts)} ikkje har betalt sin del, får han ikkje tilgang til løysingane som vert ` +
            `utvikla med midlar frå ordninga. Vil ${self(facts)} seinare ta i bruk ei løysing, må han først ` +
            'betale sin del, og i tillegg tilknytingskostnaden for løysinga og ein del av kostnadene til FDVU.'
          : 'Deltaking gjev tilgang til løysingane som vert utvikla med midlar frå ordninga. Kvar løysing kostar i ' +
            `tillegg ein tilknytingskostnad når ${self(facts)} tek ho i bruk, og ein del av kostnadene til FDVU ` +
            `medan ${self(facts)} brukar ho. Desse kostnadene er ikkje kjende enno og må vurderast når kvar løysing ` +
            'er klar.'
      })
      return blocks
    },
    vurdering: (facts, innstilling, caseKind, inv) => {
      const chief = capitalise(facts.chief)
      const unit = facts.contributorKind === 'kommune' ? 'kommune' : 'fylkeskommune'
      const decline = caseKind === 'vedtakssak' && innstilling === 'decline'
      const blocks: Block[] = [
        {
          type: 'paragraph',
          text:
            'Digitalisering er ein kontinuerleg prosess som ikkje berre gjeld programvare og maskinar, men òg ' +
            'oppgåver, arbeidsmåtar og menneske. Etter KS si vurdering kan felles løysingar som kommunal sektor ' +
            'utviklar og eig sjølv, gje betre tenester for innbyggjarane til lågare kostnad enn om kvar ' +
            `${unit} utviklar sine eigne.`
        }
      ]
      if (decline) {
        const reason = facts.declineReason.trim()
        if (reason) blocks.push({ type: 'paragraph', text: sentence(reason) })
        // That a non-payer may pay later and then get access is a rule of the 2017 principles note.
        if (inv.digiFin2017) {
          blocks.push({
            type: 'paragraph',
            text:
              'Å stå utanfor no stengjer ikkje for seinare deltaking: etter prinsippnotatet kan ' +
              `${self(facts)} betale sin del når han vil ta i bruk ei løysing.`
          })
        }
        blocks.push({
          type: 'paragraph',
          text:
            `${chief} rår til at ${facts.kommuneName} ikkje deltek i ordninga no, og at saka vert vurdert på ` +
            'nytt når dei første løysingane er klare.'
        })
        return blocks
      }
      // Only those who paid may use the solutions: a rule of the 2017 principles note.
      if (inv.digiFin2017) {
        blocks.push({
          type: 'paragraph',
          text:
            'Berre dei som har betalt eingongsbeløpet, får ta i bruk løysingane. ' +
            `Ein ${unit} som står utanfor no, må betale sin del før han kan ta i bruk ei løysing.`
        })
      }
      blocks.push({
        type: 'paragraph',
        text:
          caseKind === 'orienteringssak'
            ? `${chief} legg saka fram til orientering og kjem tilbake til spørsmålet om ${self(facts)} skal ` +
              `delta, i framlegget til budsjett ${facts.budgetYear}. ${capitalise(council(facts))} tek stilling ` +
              `til det når budsjettet for ${facts.budgetYear} vert vedteke.`
            : `${chief} meiner at ${facts.kommuneName} bør vere med i spleiselaget, og rår til at ${self(facts)} ` +
              'takkar ja til invitasjonen frå KS.'
      })
      return blocks
    }
  },
  innstilling: {
    join: (facts) => {
      const budget = `Beløpet vert lagt inn i budsjett ${facts.budgetYear}`
      const funded =
        facts.funding.kind === 'disposisjonsfond'
          ? `${budget} og vert dekt av disposisjonsfondet.`
          : facts.funding.kind === 'drift'
            ? `${budget} og vert dekt innanfor driftsbudsjettet.`
            : `${budget}. ${sentence(facts.funding.text)}`
      return (
        `${facts.kommuneName} takkar ja til invitasjonen frå KS og deltek i finansieringsordninga for ` +
        `digitaliseringsprosjekt med eit eingongsbeløp på ${formatKroner(facts.amount)} ` +
        `(${formatKroner(facts.rate)} per innbyggjar). ${funded}`
      )
    },
    decline: (facts) =>
      `${facts.kommuneName} takkar nei til invitasjonen frå KS om å delta i finansieringsordninga for ` +
      'digitaliseringsprosjekt.'
  }
}
