import { formatDateLong, formatInnbyggjarar, formatKroner, formatMillionar } from '../format'
import type { Block, Funding } from './model'
import { calculation, capitalise, sourceItem } from './phrase'
import type { CaseFacts, InvitationFacts, SaksframleggText } from './textTypes'

/**
 * Bokmål. Follows KS's own letters (seeds 000, 003) and the ordliste; moderate forms
 * ("ordningen", "løsningen", "blir"), s-passive ("legges", "dekkes").
 */

function self(facts: CaseFacts): string {
  return facts.contributorKind === 'kommune' ? 'kommunen' : 'fylkeskommunen'
}

function fundingSentence(funding: Funding): string {
  switch (funding.kind) {
    case 'disposisjonsfond':
      return 'Det dekkes av disposisjonsfondet.'
    case 'drift':
      return 'Det dekkes innenfor driftsbudsjettet.'
    case 'custom':
      return funding.text.trim()
  }
}

function sentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?]$/.test(trimmed) ? trimmed : trimmed + '.'
}

/** KS DigiFin 2017: KS's letter of 08.09.2017 and the principles note, retold in bokmål. */
function saksutgreiing2017(inv: InvitationFacts, letter: NonNullable<InvitationFacts['digiFin2017']>): Block[] {
  return [
    {
      type: 'paragraph',
      text:
        `KS sendte ${formatDateLong(inv.invitationDate)} et brev til alle kommuner og fylkeskommuner med invitasjon ` +
        'til å delta i en ny ordning for finansiering av felles digitaliseringsprosjekter i kommunal sektor ' +
        '(vedlegg 1). Ordningen har arbeidstittelen KS DigiFin. KS har også sendt et prinsippnotat som beskriver ' +
        'hvordan ordningen skal fungere (vedlegg 2).'
    },
    {
      type: 'paragraph',
      text:
        'Formålet med ordningen er å utvikle digitale fellesløsninger for kommunal sektor. Kommunene skal selv ' +
        'ta initiativ til og styre prosjektene, og kommunal sektor skal eie løsningene. Når kommunene og ' +
        'fylkeskommunene utvikler løsninger sammen, blir kvaliteten bedre og prisen lavere, og flere står sammen ' +
        'om å forvalte og videreutvikle dem.'
    },
    {
      type: 'paragraph',
      text:
        `Kommunal- og moderniseringsdepartementet (KMD) har satt av ${formatMillionar(letter.kmdFirstYear)} i 2017 ` +
        `og tar sikte på ${formatMillionar(letter.kmdSecondYear)} i 2018, til sammen ` +
        `${formatMillionar(letter.kmdTotal)}. Forutsetningen er at kommunal ` +
        `sektor selv bidrar med minst like mye. KS har vedtatt å bidra med inntil ${formatMillionar(letter.ksUpTo)}, ` +
        `og de ti største kommunene har sagt at de vil bidra med til sammen ${formatMillionar(letter.largestKommunar)}.`
    },
    {
      type: 'paragraph',
      text:
        `KS inviterer derfor alle kommuner til å betale et engangsbeløp på ${formatKroner(inv.rateKommune)} ` +
        `per innbygger og alle fylkeskommuner ${formatKroner(inv.rateFylkeskommune)} per innbygger.` +
        (inv.allJoin
          ? ' Hvis alle kommuner og fylkeskommuner blir med, vil ordningen disponere om lag ' +
            `${formatMillionar(inv.allJoin)}.`
          : '')
    },
    {
      type: 'paragraph',
      text:
        'Deltakelse er frivillig: dette er et spleiselag på frivillig grunnlag. KS ber om svar innen ' +
        `${formatDateLong(inv.answerBy)}, slik at beløpet kan legges inn i budsjettet for ${inv.budgetYear}.`
    },
    {
      type: 'paragraph',
      text: 'Etter vilkårene fra KMD og prinsippnotatet fra KS gjelder blant annet dette for ordningen:'
    },
    {
      type: 'bullets',
      items: [
        'Ordningen dekker bare utviklingskostnader i felles digitaliseringsprosjekter, aldri driftskostnader.',
        'KS forvalter ordningen. Forslag til prosjekter kan komme fra KS, en kommune eller en fylkeskommune. ' +
          'KommIT-rådet prioriterer mellom dem, og prosjektene skal være til nytte for alle kommuner og/eller ' +
          'fylkeskommuner.',
        'Bare kommuner og fylkeskommuner som har betalt engangsbeløpet, kan ta i bruk løsninger som er ' +
          'utviklet med midler fra ordningen. En kommune som ikke har betalt, må først betale sin andel; ellers ' +
          'får den ikke tilgang til løsningen.',
        'En kommune som tar i bruk en ferdig løsning, betaler en tilknytningskostnad som KS fastsetter for hver ' +
          'løsning. Pengene går tilbake til ordningen, slik at den kan finansiere nye prosjekter og være ' +
          'selvfinansierende over tid.',
        'Kommunene som bruker en løsning, deler kostnadene til forvaltning, drift, vedlikehold og ' +
          'videreutvikling (FDVU).'
      ]
    }
  ]
}

/**
 * A round the user added: told only from what the round holds (name, dates, rates, budget year,
 * and the other sources and announced total when it has them). Nothing of the 2017 letter.
 */
function saksutgreiingOwnRound(inv: InvitationFacts): Block[] {
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text:
        `KS sendte ${formatDateLong(inv.invitationDate)} et brev til alle kommuner og fylkeskommuner med invitasjon ` +
        `til å delta i finansieringsordningen for digitaliseringsprosjekter, i runden «${inv.name.nb.trim()}» (vedlegg 1).`
    }
  ]
  if (inv.otherSources.length > 0) {
    blocks.push(
      { type: 'paragraph', text: 'Ifølge invitasjonen får ordningen også penger fra disse kildene:' },
      { type: 'bullets', items: inv.otherSources.map((s) => sourceItem(s.label.nb, s.amount, s.upTo)) }
    )
  }
  blocks.push(
    {
      type: 'paragraph',
      text:
        `KS inviterer alle kommuner til å betale et engangsbeløp på ${formatKroner(inv.rateKommune)} ` +
        `per innbygger og alle fylkeskommuner ${formatKroner(inv.rateFylkeskommune)} per innbygger.` +
        (inv.allJoin
          ? ' Ifølge invitasjonen vil ordningen disponere om lag ' +
            `${formatMillionar(inv.allJoin)} hvis alle kommuner og fylkeskommuner blir med.`
          : '')
    },
    {
      type: 'paragraph',
      text:
        `KS ber om svar innen ${formatDateLong(inv.answerBy)}, slik at beløpet kan legges inn i budsjettet ` +
        `for ${inv.budgetYear}.`
    }
  )
  return blocks
}

export const textNb: SaksframleggText = {
  maalform: 'nb',
  labels: {
    documentKind: 'SAKSFRAMLEGG',
    sakshandsamar: 'Saksbehandler',
    arkivsak: 'Arkivsak',
    arkivkode: 'Arkivkode',
    date: 'Dato',
    saksgang: 'Saksgang',
    utval: 'Utvalg',
    moetedato: 'Møtedato',
    saksnr: 'Saksnr.',
    vedlegg: 'Vedlegg',
    andreSaksdokument: 'Andre saksdokumenter (ikke vedlagt)',
    page: 'Side',
    of: 'av'
  },
  sectionHeadings: {
    saksutgreiing: 'Saksutredning',
    saksopplysningar: 'Saksopplysninger',
    okonomiskeKonsekvensar: 'Økonomiske konsekvenser',
    vurdering: 'Vurdering',
    other: 'Annet'
  },
  innstillingHeading: (chief) => `Innstilling fra ${chief}`,
  orientering: 'Saken tas til orientering.',
  defaults: {
    title: 'Digitalisering i kommunal sektor – invitasjon til å delta i finansieringsordningen til KS',
    saksgang: (kind) => (kind === 'kommune' ? ['Formannskapet', 'Kommunestyret'] : ['Fylkesutvalget', 'Fylkestinget']),
    vedlegg: (inv) =>
      inv.digiFin2017
        ? [
            `KS: Invitasjon til å delta i finansieringsordningen for digitaliseringsprosjekter, brev av ${formatDateLong(inv.invitationDate)}`,
            'KS: Prinsippnotat om ordning for finansiering av felles digitaliseringsprosjekter for kommuner og fylkeskommuner'
          ]
        : [`KS: Invitasjon til å delta i «${inv.name.nb.trim()}», brev av ${formatDateLong(inv.invitationDate)}`],
    andreSaksdokument: (inv) =>
      inv.digiFin2017
        ? ['KS: Digitaliseringsstrategi for kommuner og fylkeskommuner 2017–2020', 'Prop. 128 S (2016–2017) Kommuneproposisjonen 2018']
        : [],
    saksutgreiing: (inv) => (inv.digiFin2017 ? saksutgreiing2017(inv, inv.digiFin2017) : saksutgreiingOwnRound(inv)),
    okonomiskeKonsekvensar: (facts, innstilling, caseKind, inv) => {
      const blocks: Block[] = [
        {
          type: 'paragraph',
          text:
            `Engangsbeløpet er beregnet ut fra folketallet i ${facts.kommuneName} per ` +
            `${formatDateLong(facts.populationDate)}. ${sentence(`Kilde: ${facts.populationSource}`)}`
        },
        {
          type: 'paragraph',
          text: calculation(
            formatInnbyggjarar(facts.populationCount, 'nb'),
            formatKroner(facts.rate),
            formatKroner(facts.amount)
          )
        }
      ]
      if (caseKind === 'vedtakssak' && innstilling !== 'decline') {
        blocks.push({
          type: 'paragraph',
          text: `Beløpet legges inn i budsjett ${facts.budgetYear}. ${sentence(fundingSentence(facts.funding))}`
        })
      } else if (caseKind === 'vedtakssak') {
        blocks.push({ type: 'paragraph', text: 'Innstillingen har ingen økonomiske konsekvenser.' })
      } else {
        blocks.push({
          type: 'paragraph',
          text: `Hvis ${self(facts)} velger å delta, må beløpet legges inn i budsjett ${facts.budgetYear}.`
        })
      }
      // What joining a solution costs later is a rule of the 2017 principles note.
      if (!inv.digiFin2017) return blocks
      blocks.push({
        type: 'paragraph',
        text:
          'Deltakelse gir tilgang til løsningene som utvikles med midler fra ordningen. Hver løsning koster i ' +
          `tillegg en tilknytningskostnad når ${self(facts)} tar den i bruk, og en andel av kostnadene til FDVU ` +
          `mens ${self(facts)} bruker den. Disse kostnadene er ikke kjent ennå og må vurderes når hver løsning ` +
          'er klar.'
      })
      return blocks
    },
    vurdering: (facts, innstilling, caseKind, inv) => {
      const chief = capitalise(facts.chief)
      const closing =
        caseKind === 'orienteringssak'
          ? `${chief} legger saken fram til orientering.`
          : innstilling === 'decline'
            ? `${chief} anbefaler at ${facts.kommuneName} ikke deltar i ordningen nå, og at saken vurderes på ` +
              'nytt når de første løsningene er klare.'
            : `${chief} mener at ${facts.kommuneName} bør være med i spleiselaget, og anbefaler at ${self(facts)} ` +
              'takker ja til invitasjonen fra KS.'
      const unit = facts.contributorKind === 'kommune' ? 'kommune' : 'fylkeskommune'
      const blocks: Block[] = [
        {
          type: 'paragraph',
          text:
            'Digitalisering er en kontinuerlig prosess som ikke bare gjelder programvare og maskiner, men også ' +
            'oppgaver, arbeidsmåter og mennesker. Felles løsninger som kommunal sektor utvikler og eier selv, kan ' +
            'gi bedre tjenester for innbyggerne til lavere kostnad enn om hver ' +
            `${unit} utvikler sine egne.`
        }
      ]
      // Only those who paid may use the solutions: a rule of the 2017 principles note.
      if (inv.digiFin2017) {
        blocks.push({
          type: 'paragraph',
          text:
            'Ordningen er frivillig, men bare de som har betalt engangsbeløpet, får ta i bruk løsningene. ' +
            `En ${unit} som står utenfor nå, må betale sin andel før den kan ta i bruk en løsning.`
        })
      }
      blocks.push({ type: 'paragraph', text: closing })
      return blocks
    }
  },
  innstilling: {
    join: (facts) => {
      const budget = `Beløpet legges inn i budsjett ${facts.budgetYear}`
      const funded =
        facts.funding.kind === 'disposisjonsfond'
          ? `${budget} og dekkes av disposisjonsfondet.`
          : facts.funding.kind === 'drift'
            ? `${budget} og dekkes innenfor driftsbudsjettet.`
            : `${budget}. ${sentence(facts.funding.text)}`
      return (
        `${facts.kommuneName} takker ja til invitasjonen fra KS og deltar i finansieringsordningen for ` +
        `digitaliseringsprosjekter med et engangsbeløp på ${formatKroner(facts.amount)} ` +
        `(${formatKroner(facts.rate)} per innbygger). ${funded}`
      )
    },
    decline: (facts) =>
      `${facts.kommuneName} takker nei til invitasjonen fra KS om å delta i finansieringsordningen for ` +
      'digitaliseringsprosjekter.'
  }
}
