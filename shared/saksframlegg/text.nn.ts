import { formatDateLong, formatInnbyggjarar, formatKroner, formatMillionar } from '../format'
import type { Block, Funding } from './model'
import { calculation, capitalise } from './phrase'
import type { CaseFacts, SaksframleggText } from './text'

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
    vedlegg: (inv) => [
      `KS: Invitasjon til å delta i finansieringsordninga for digitaliseringsprosjekt, brev av ${formatDateLong(inv.invitationDate)}`,
      'KS: Prinsippnotat om ordning for finansiering av felles digitaliseringsprosjekt for kommunar og fylkeskommunar'
    ],
    andreSaksdokument: [
      'KS: Digitaliseringsstrategi for kommunar og fylkeskommunar 2017–2020',
      'Prop. 128 S (2016–2017) Kommuneproposisjonen 2018'
    ],
    saksutgreiing: (inv) => [
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
          'ta initiativ til og styre prosjekta, og kommunal sektor skal eige løysingane. Når kommunane og ' +
          'fylkeskommunane utviklar løysingar saman, vert kvaliteten betre og prisen lågare, og fleire står saman ' +
          'om å forvalte og vidareutvikle dei.'
      },
      {
        type: 'paragraph',
        text:
          `Kommunal- og moderniseringsdepartementet (KMD) har sett av ${formatMillionar(inv.kmdFirstYear)} i 2017 ` +
          `og tek sikte på ${formatMillionar(inv.kmdSecondYear)} i 2018, til saman ` +
          `${formatMillionar(Number(inv.kmdFirstYear) + Number(inv.kmdSecondYear))}. Vilkåret er at kommunal sektor ` +
          `sjølv bidreg med minst like mykje. KS har vedteke å bidra med inntil ${formatMillionar(inv.ksUpTo)}, og ` +
          `dei ti største kommunane har sagt at dei vil bidra med til saman ${formatMillionar(inv.largestKommunar)}.`
      },
      {
        type: 'paragraph',
        text:
          `KS inviterer difor alle kommunar til å betale eit eingongsbeløp på ${formatKroner(inv.rateKommune)} ` +
          `per innbyggjar og alle fylkeskommunar ${formatKroner(inv.rateFylkeskommune)} per innbyggjar. ` +
          'Dersom alle kommunar og fylkeskommunar er med, vil ordninga ha om lag ' +
          `${formatMillionar(inv.allJoin)} til disposisjon.`
      },
      {
        type: 'paragraph',
        text:
          'Deltaking er frivillig: dette er eit spleiselag på frivillig grunnlag. KS ber om svar innan ' +
          `${formatDateLong(inv.answerBy)}, slik at beløpet kan leggjast inn i budsjettet for ${inv.budgetYear}.`
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
            'KommIT-rådet prioriterer mellom dei, og prosjekta skal vere til nytte for alle kommunar og/eller ' +
            'fylkeskommunar.',
          'Berre kommunar og fylkeskommunar som har betalt eingongsbeløpet, kan ta i bruk løysingar som er ' +
            'utvikla med midlar frå ordninga. Ein kommune som ikkje har betalt, må først betale sin del; elles får ' +
            'han ikkje tilgang til løysinga.',
          'Ein kommune som tek i bruk ei ferdig løysing, betaler ein tilknytingskostnad som KS fastset for kvar ' +
            'løysing. Pengane går tilbake til ordninga, slik at ho kan finansiere nye prosjekt og vere ' +
            'sjølvfinansierande over tid.',
          'Kommunane som brukar ei løysing, deler kostnadene til forvalting, drift, vedlikehald og ' +
            'vidareutvikling (FDVU).'
        ]
      }
    ],
    okonomiskeKonsekvensar: (facts, innstilling, caseKind) => {
      const blocks: Block[] = [
        {
          type: 'paragraph',
          text:
            `Eingongsbeløpet er rekna ut frå folketalet i ${facts.kommuneName} per ` +
            `${formatDateLong(facts.populationDate)}. ${sentence(`Kjelde: ${facts.populationSource}`)}`
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
      if (caseKind === 'vedtakssak' && innstilling !== 'decline') {
        blocks.push({
          type: 'paragraph',
          text: `Beløpet vert lagt inn i budsjett ${facts.budgetYear}. ${sentence(fundingSentence(facts.funding))}`
        })
      } else if (caseKind === 'vedtakssak') {
        blocks.push({ type: 'paragraph', text: 'Innstillinga har ingen økonomiske konsekvensar.' })
      } else {
        blocks.push({
          type: 'paragraph',
          text: `Dersom ${self(facts)} vel å delta, må beløpet leggjast inn i budsjett ${facts.budgetYear}.`
        })
      }
      blocks.push({
        type: 'paragraph',
        text:
          'Deltaking gjev tilgang til løysingane som vert utvikla med midlar frå ordninga. Kvar løysing kostar i ' +
          `tillegg ein tilknytingskostnad når ${self(facts)} tek ho i bruk, og ein del av kostnadene til FDVU ` +
          `medan ${self(facts)} brukar ho. Desse kostnadene er ikkje kjende enno og må vurderast når kvar løysing ` +
          'er klar.'
      })
      return blocks
    },
    vurdering: (facts, innstilling, caseKind) => {
      const chief = capitalise(facts.chief)
      const closing =
        caseKind === 'orienteringssak'
          ? `${chief} legg saka fram til orientering.`
          : innstilling === 'decline'
            ? `${chief} rår til at ${facts.kommuneName} ikkje deltek i ordninga no, og at saka vert vurdert på ` +
              'nytt når dei første løysingane er klare.'
            : `${chief} meiner at ${facts.kommuneName} bør vere med i spleiselaget, og rår til at ${self(facts)} ` +
              'takkar ja til invitasjonen frå KS.'
      const unit = facts.contributorKind === 'kommune' ? 'kommune' : 'fylkeskommune'
      return [
        {
          type: 'paragraph',
          text:
            'Digitalisering er ein kontinuerleg prosess som ikkje berre gjeld programvare og maskiner, men òg ' +
            'oppgåver, arbeidsmåtar og menneske. Felles løysingar som kommunal sektor utviklar og eig sjølv, kan ' +
            'gje betre tenester for innbyggjarane til lågare kostnad enn om kvar ' +
            `${unit} utviklar sine eigne.`
        },
        {
          type: 'paragraph',
          text:
            'Ordninga er frivillig, men berre dei som har betalt eingongsbeløpet, får ta i bruk løysingane. ' +
            `Ein ${unit} som står utanfor no, må betale sin del før han kan ta i bruk ei løysing.`
        },
        { type: 'paragraph', text: closing }
      ]
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
