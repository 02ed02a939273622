import { formatDateLong, formatInnbyggjarar, formatKroner, formatMillionar } from '../format'
import type { Block, CaseKind, Funding, Innstilling } from './model'
import { DIGIFIN_2017_OTHER_DOCUMENTS, afterDeadline, areaName, council, pastAnswerBy, self, sentence, bracketed, calculation, capitalise, digiFin2017Vedlegg, paragraphs, sourceItem, yearOf } from './phrase'
import type { CaseFacts, InvitationFacts, SaksframleggText } from './textTypes'

/**
 * Bokmål. Follows KS's own letters (seeds 000, 003) and the ordliste; moderate forms
 * ("ordningen", "løsningen", "blir"), s-passive ("legges", "dekkes").
 */

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

/** How the amount is financed, as it follows "… legges inn i budsjettet og"; none for the user's own text. */
function fundingClause(funding: Funding): string | undefined {
  if (funding.kind === 'disposisjonsfond') return 'finansieres ved bruk av disposisjonsfondet'
  if (funding.kind === 'drift') return 'dekkes innenfor driftsbudsjettet'
  return undefined
}

/** What the budget does with the amount: put into next year's budget, or, after the deadline, a budget change by `subject`. */
function budgetSentence(facts: CaseFacts, subject: string): string {
  const clause = fundingClause(facts.funding)
  const custom = facts.funding.kind === 'custom' ? ` ${sentence(facts.funding.text)}` : ''
  if (pastAnswerBy(facts)) {
    return (
      `${subject} gjør slik endring i budsjettet for ${facts.budgetYear}: ${formatKroner(facts.amount)} bevilges ` +
      `til engangsbeløpet${clause ? ` og ${clause}` : ''}.${custom}`
    )
  }
  return `beløpet legges inn i budsjettet for ${facts.budgetYear}${clause ? ` og ${clause}` : ''}.${custom}`
}

const PLACEHOLDERS = { populationDate: '[dato for folketallet]', populationSource: '[kilde for folketallet]' }

/** The count date and source as given, or a visible placeholder for what nobody gave. */
function populationCitation(facts: CaseFacts): string {
  const date = facts.populationDate ? formatDateLong(facts.populationDate) : PLACEHOLDERS.populationDate
  const source = facts.populationSource.trim() || PLACEHOLDERS.populationSource
  // A source the data holds goes in brackets after the figure; a missing one stays a visible sentence.
  const cited = facts.populationSource.trim() ? ` (${bracketed(facts.populationSource)}).` : `. ${sentence(`Kilde: ${source}`)}`
  return `folketallet i ${areaName(facts.kommuneName)} per ${date}${cited}`
}

/** KS DigiFin 2017: KS's letter of 08.09.2017 and the principles note, retold in bokmål. */
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
        `KS sendte ${formatDateLong(inv.invitationDate)} et brev til alle kommuner og fylkeskommuner med invitasjon ` +
        'til å delta i en ny ordning for finansiering av felles digitaliseringsprosjekter i kommunal sektor ' +
        '(vedlegg 1). Ordningen har arbeidstittelen KS DigiFin. KS har lagt ved et prinsippnotat som beskriver ' +
        'hvordan ordningen skal fungere (vedlegg 2).'
    },
    {
      type: 'paragraph',
      text:
        'Formålet med ordningen er å utvikle digitale fellesløsninger for kommunal sektor. Kommunal sektor skal ' +
        'selv ta initiativ til og styre prosjektene, og eie løsningene. Etter KS’ vurdering gir ' +
        'felles utvikling bedre kvalitet og lavere pris, og flere kan stå sammen om å forvalte og videreutvikle ' +
        'løsningene.'
    },
    {
      type: 'paragraph',
      text:
        `Ifølge KS har Kommunal- og moderniseringsdepartementet (KMD) satt av ${formatMillionar(letter.kmdFirstYear)} i 2017 ` +
        // After the deadline the letter's plan for the next year is told as what was planned then.
        `og ${afterDeadline(inv, facts) ? 'tatt' : 'tar'} sikte på å sette av ${formatMillionar(letter.kmdSecondYear)} i 2018, til sammen ` +
        `${formatMillionar(letter.kmdTotal)}. Forutsetningen er at kommunal ` +
        `sektor selv bidrar med minst like mye. KS har vedtatt å bidra med inntil ${formatMillionar(letter.ksUpTo)}, ` +
        `og de ti største kommunene har signalisert at de vil bidra med til sammen ${formatMillionar(letter.largestKommunar)}.`
    },
    {
      type: 'paragraph',
      text:
        `KS inviterer derfor alle kommuner til å betale et engangsbeløp på ${formatKroner(inv.rateKommune)} ` +
        `per innbygger og alle fylkeskommuner ${formatKroner(inv.rateFylkeskommune)} per innbygger. ` +
        'Det er frivillig å delta.' +
        (inv.allJoin
          ? ' Hvis alle kommuner og fylkeskommuner blir med, vil ordningen etter KS’ anslag disponere om lag ' +
            `${formatMillionar(inv.allJoin)}.`
          : '')
    },
    {
      type: 'paragraph',
      // A case dated after the deadline tells the request as past, and what joining later means by the principles note.
      text: afterDeadline(inv, facts)
        ? `KS ba om at saken ble behandlet høsten ${yearOf(inv.invitationDate)}, slik at engangsbeløpet kunne ` +
          `legges inn i budsjettet for ${inv.budgetYear}, og om melding om vedtak. Fristen gikk ut ` +
          `${formatDateLong(inv.answerBy)}. Melding om vedtak sendes til KS (hallvard.hoen@ks.no).`
        : 'KS regner med at de fleste tar stilling til invitasjonen i løpet av høsten, slik at engangsbeløpet kan ' +
          `legges inn i budsjettet for ${facts.budgetYear}. KS ber om at saken behandles så snart som mulig og ` +
          `senest ${formatDateLong(inv.answerBy)}, og at ${self(facts)} sender melding om vedtak til KS ` +
          '(hallvard.hoen@ks.no).'
    },
    {
      type: 'paragraph',
      text: 'Etter vilkårene fra KMD og prinsippnotatet fra KS gjelder blant annet dette for ordningen:'
    },
    {
      type: 'bullets',
      items: [
        'Ordningen dekker bare utviklingskostnader i felles digitaliseringsprosjekter, ikke driftskostnader.',
        'KS forvalter ordningen. Forslag til prosjekter kan komme fra KS, en kommune eller en fylkeskommune. ' +
          'KommIT-rådet prioriterer mellom dem, og løsningene skal være aktuelle for alle kommuner og/eller ' +
          'fylkeskommuner.',
        'Bare kommuner og fylkeskommuner som har betalt engangsbeløpet, kan ta i bruk løsninger som er ' +
          'utviklet med midler fra ordningen. En kommune eller fylkeskommune som ikke har betalt, må betale sin ' +
          'andel før den kan ta i bruk en løsning.',
        'En kommune eller fylkeskommune som tar i bruk en ferdig løsning, betaler en tilknytningskostnad som KS ' +
          'fastsetter for hver løsning. Pengene går tilbake til ordningen, slik at den kan finansiere nye ' +
          'prosjekter og være selvfinansierende over tid.',
        'De som bruker en løsning, dekker kostnadene til forvaltning, drift, vedlikehold og videreutvikling (FDVU).'
      ]
    }
  ]
  if (caseKind === 'vedtakssak' && innstilling === 'decline') {
    blocks.push({
      type: 'paragraph',
      text:
        `Saken gjelder spørsmålet om ${self(facts)} skal betale engangsbeløpet nå, eller stå utenfor ordningen ` +
        'inntil videre og ta stilling på nytt når det er kjent hvilke løsninger som blir utviklet.'
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
      text: afterDeadline(inv, facts)
        ? `KS ba om at saken ble behandlet i tide til at beløpet kunne legges inn i budsjettet for ${inv.budgetYear}, ` +
          `og om melding om vedtak. Fristen gikk ut ${formatDateLong(inv.answerBy)}. Invitasjonen ` +
          '(vedlegg 1) sier hvor meldingen skal sendes.'
        : `KS ber om at saken behandles i tide til at beløpet kan legges inn i budsjettet for ${facts.budgetYear}, ` +
          `og om melding om vedtak senest ${formatDateLong(inv.answerBy)}. Invitasjonen (vedlegg 1) sier hvor ` +
          'meldingen skal sendes.'
    }
  )
  return blocks
}

/** The nei and its vurdering both say when the case comes back, in these words. */
const RETURN_NB = 'Saken legges fram på nytt når de første løsningene fra ordningen er klare.'

/**
 * The nei argues its own case: the question first, then the administration's reason, the risk of
 * standing outside, and when the case comes back (as the innstilling says it too).
 */
function declineVurdering(facts: CaseFacts, inv: InvitationFacts, chief: string): Block[] {
  const reason = facts.declineReason.trim()
  return paragraphs(
    `Spørsmålet er om ${facts.kommuneName} er tjent med å betale engangsbeløpet på ` +
      `${formatKroner(facts.amount)} nå.`,
    reason ? sentence(reason) : undefined,
    // The KMD condition and paying later are the 2017 letter's and note's; of a user's round only its own money can be said.
    inv.digiFin2017
      ? 'Midlene fra KMD utløses bare hvis kommunal sektor selv bidrar med minst like mye. Står mange ' +
        'utenfor, utløses mindre statlig finansiering, og ordningen kan utvikle færre løsninger.'
      : 'Står mange utenfor, får ordningen mindre penger og kan utvikle færre løsninger.',
    // The weighing: the reason given (or that the use is not yet known) against the scheme's loss; the later price is not known, so it is not claimed.
    `${chief} legger vekt på ${reason ? 'dette' : `at nytten for ${self(facts)} ennå ikke er kjent`}` +
      (inv.digiFin2017
        ? `, og på at ${self(facts)} etter prinsippnotatet kan betale sin andel senere, før den tar i bruk en ` +
          'løsning, uten å miste muligheten til å ta løsningene i bruk.'
        : '.') +
      ` Det veier tyngre enn at ordningen får noe mindre penger når ${self(facts)} står utenfor nå.`,
    `${chief} anbefaler at ${facts.kommuneName} ikke deltar i ordningen nå. ${RETURN_NB}`
  )
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
  placeholders: PLACEHOLDERS,
  fundingSentence,
  fundingClause,
  orientering: 'Saken tas til orientering.',
  defaults: {
    title: 'Digitalisering i kommunal sektor – invitasjon til å delta i finansieringsordningen til KS',
    saksgang: (kind) => (kind === 'kommune' ? ['Formannskapet', 'Kommunestyret'] : ['Fylkesutvalget', 'Fylkestinget']),
    vedlegg: (inv) =>
      inv.digiFin2017
        ? digiFin2017Vedlegg(inv.invitationDate)
        : [`KS: Invitasjon til å delta i «${inv.name.nb.trim()}», brev av ${formatDateLong(inv.invitationDate)}`],
    andreSaksdokument: (inv) =>
      inv.digiFin2017
        ? DIGIFIN_2017_OTHER_DOCUMENTS
        : [],
    declineReason: (kind) =>
      `Det er ennå ikke kjent hvilke løsninger ordningen vil utvikle, og hva det vil koste ${kind === 'kommune' ? 'kommunen' : 'fylkeskommunen'} ` +
      'å ta dem i bruk.',
    saksutgreiing: (inv, facts, innstilling, caseKind) =>
      inv.digiFin2017
        ? saksutgreiing2017(inv, inv.digiFin2017, facts, innstilling, caseKind)
        : saksutgreiingOwnRound(inv, facts),
    okonomiskeKonsekvensar: (facts, innstilling, caseKind, inv) => {
      const decline = caseKind === 'vedtakssak' && innstilling === 'decline'
      const join = caseKind === 'vedtakssak' && !decline
      const Self = capitalise(self(facts))
      const blocks: Block[] = [
        {
          type: 'paragraph',
          // Only the ja pays; the nei and the orienteringssak state the amount as a possibility.
          text: join
            ? `Engangsbeløpet er beregnet ut fra ${populationCitation(facts)}`
            : `Et eventuelt engangsbeløp vil være ${formatKroner(facts.amount)}, beregnet ut fra ${populationCitation(facts)}`
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
      if (join) {
        blocks.push({
          type: 'paragraph',
          // A proposal, not a decision: the council decides.
          text: `${capitalise(facts.chief)} foreslår at ${budgetSentence(facts, council(facts))}`
        })
      } else if (decline) {
        blocks.push({
          type: 'paragraph',
          text: `Innstillingen har ingen økonomiske konsekvenser for budsjett ${facts.budgetYear}.`
        })
      } else {
        blocks.push({
          type: 'paragraph',
          text: `Hvis ${self(facts)} velger å delta, må beløpet legges inn i budsjett ${facts.budgetYear}.`
        })
      }
      // What access to a solution costs, and that non-payers get none, are rules of the 2017 principles note.
      if (!inv.digiFin2017) return blocks
      blocks.push({
        type: 'paragraph',
        text: decline
          ? `${Self} får ikke tilgang til løsningene som utvikles med midler fra ordningen, før den har betalt ` +
            `sin andel. Vil ${self(facts)} senere ta i bruk en løsning, kommer i tillegg tilknytningskostnaden for ` +
            'løsningen og en andel av kostnadene til FDVU.'
          : 'I tillegg kommer en ' +
            `tilknytningskostnad for hver løsning ${self(facts)} tar i bruk, og en andel av kostnadene til FDVU så ` +
            'lenge løsningen er i bruk. Disse kostnadene er ikke kjent ennå og må vurderes når hver ' +
            'løsning er klar.'
      })
      return blocks
    },
    vurdering: (facts, innstilling, caseKind, inv) => {
      const chief = capitalise(facts.chief)
      const unit = facts.contributorKind === 'kommune' ? 'kommune' : 'fylkeskommune'
      if (caseKind === 'vedtakssak' && innstilling === 'decline') return declineVurdering(facts, inv, chief)
      const blocks: Block[] = [
        {
          type: 'paragraph',
          text:
            'Digitalisering er en kontinuerlig prosess som ikke bare gjelder programvare og maskiner, men også ' +
            'oppgaver, arbeidsmåter og mennesker. Etter KS’ vurdering kan felles løsninger som kommunal sektor ' +
            'utvikler og eier selv, gi bedre tjenester for innbyggerne til lavere kostnad enn om hver ' +
            `${unit} utvikler sine egne.`
        }
      ]
      if (caseKind === 'orienteringssak') {
        // Only those who paid may use the solutions: a rule of the 2017 principles note, told as a fact.
        if (inv.digiFin2017) {
          blocks.push({ type: 'paragraph', text: 'Bare de som har betalt engangsbeløpet, får ta i bruk løsningene.' })
        }
        blocks.push({
          type: 'paragraph',
          text:
            `${chief} legger saken fram til orientering. Spørsmålet om deltakelse vil ${facts.chief} komme tilbake ` +
            `til i budsjettforslaget for ${facts.budgetYear}` +
            // KS asks for a vedtak by its deadline; once that has passed, it is not promised.
            (afterDeadline(inv, facts)
              ? '.'
              : `, slik at ${council(facts)} kan fatte vedtak før fristen ${formatDateLong(inv.answerBy)}.`)
        })
        return blocks
      }
      // The KMD condition is the 2017 letter's; of a user's round only that no one builds this alone can be said.
      const alone = `Slike løsninger er det lite realistisk at én ${unit} utvikler alene.`
      const late = afterDeadline(inv, facts)
      blocks.push({
        type: 'paragraph',
        text: inv.digiFin2017
          ? 'Midlene fra KMD utløses bare hvis kommunal sektor selv bidrar med minst like mye. ' +
            `KS mener at jo flere som blir med, desto flere løsninger kan ordningen utvikle. ${alone}`
          : alone
      })
      // After the deadline, why pay now rather than when a solution is wanted: only payers may use them (the 2017 note).
      if (late && inv.digiFin2017) {
        blocks.push({
          type: 'paragraph',
          text:
            `Betaler ${self(facts)} nå, kan løsningene som krever deltakelse, tas i bruk når det trengs, uten en ny ` +
            'sak og en ny budsjettendring. Pengene er da også med på å finansiere de første prosjektene.'
        })
      }
      blocks.push({
        type: 'paragraph',
        text: late
          ? `${chief} mener at ${facts.kommuneName} bør være med i spleiselaget, og anbefaler at ${self(facts)} melder ` +
            `til KS at ${self(facts)} vil delta i ordningen og betaler et engangsbeløp på ${formatKroner(facts.amount)}.`
          : `${chief} mener at ${facts.kommuneName} bør være med i spleiselaget, og anbefaler at ${self(facts)} ` +
            'takker ja til invitasjonen fra KS.'
      })
      return blocks
    }
  },
  innstilling: {
    join: (facts) => {
      const amount = `et engangsbeløp på ${formatKroner(facts.amount)} (${formatKroner(facts.rate)} per innbygger)`
      // After the deadline the budget is adopted: the innstilling changes it, and the kommune tells KS it joins.
      if (pastAnswerBy(facts)) {
        return (
          `${facts.kommuneName} melder til KS at ${self(facts)} vil delta i finansieringsordningen for ` +
          `digitaliseringsprosjekter og betaler ${amount}. ${budgetSentence(facts, capitalise(council(facts)))}`
        )
      }
      return (
        `${facts.kommuneName} takker ja til invitasjonen fra KS og deltar i finansieringsordningen for ` +
        `digitaliseringsprosjekter med ${amount}. ${capitalise(budgetSentence(facts, ''))}`
      )
    },
    decline: (facts) =>
      `${facts.kommuneName} takker nei til invitasjonen fra KS om å delta i finansieringsordningen for ` +
      `digitaliseringsprosjekter. ${RETURN_NB}`
  }
}
