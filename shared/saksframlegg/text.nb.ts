import { formatDateLong, formatInnbyggjarar, formatKroner } from '../format'
import type { Block, Funding } from './model'
import { DIGIFIN_2017_OTHER_DOCUMENTS, afterDeadline, areaName, council, pastAnswerBy, self, sentence, bracketed, calculation, capitalise, digiFin2017Vedlegg, lessForFund, paragraphs } from './phrase'
import type { CaseFacts, InvitationFacts, SaksframleggText } from './textTypes'
import { saksutgreiing2017, saksutgreiingOwnRound } from './saksutgreiing.nb'

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
  if (funding.kind === 'disposisjonsfond') return 'dekkes av disposisjonsfondet'
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
    // The case for joining first: the KMD condition and paying later are the 2017 letter's and note's; of a user's round only its own money can be said.
    inv.digiFin2017
      ? 'Midlene fra KMD utløses bare hvis kommunal sektor selv bidrar med minst like mye. Står mange ' +
        'utenfor, utløses mindre statlig finansiering, og ordningen kan utvikle færre løsninger.'
      : 'Står mange utenfor, får ordningen mindre midler og kan utvikle færre løsninger.',
    // Then the reason given, right before the weighing that points back to it ("dette"), or, with none, that
    // the solutions are not yet known; the later price is not known, so it is not claimed.
    (reason ? `${sentence(reason)} ${chief} legger vekt på dette` : `${chief} legger vekt på at det ennå ikke er kjent hvilke løsninger ordningen vil utvikle`) +
      // What waiting gains, and what it does not, by the note alone: the share is still owed before use (set 10, B9).
      (inv.digiFin2017
        ? `, og på at ${self(facts)} etter prinsippnotatet kan betale sin andel senere, før den tar i bruk en løsning. ` +
          `Å vente fritar ikke ${self(facts)} fra å betale sin andel hvis den vil bruke løsningene, men den betaler først når den vet hvilke løsninger den får.`
        : '.') +
      ` Dette veier tyngre enn at ordningen får ${lessForFund(facts.amount)} mindre når ${self(facts)} står utenfor nå.`,
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
    title: 'Digitalisering i kommunal sektor – invitasjon til å delta i KS’ finansieringsordning',
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
          // The calculation as its own indented line under the sentence it belongs to (set 4, C29).
          type: 'quote',
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
            'lenge løsningen er i bruk. Disse kostnadene er ikke kjente ennå og må vurderes når hver ' +
            'løsning er klar.'
      })
      return blocks
    },
    vurdering: (facts, innstilling, caseKind, inv) => {
      const chief = capitalise(facts.chief)
      const unit = facts.contributorKind === 'kommune' ? 'kommune' : 'fylkeskommune'
      if (caseKind === 'vedtakssak' && innstilling === 'decline') return declineVurdering(facts, inv, chief)
      // KS's case for common solutions: the 2017 saksutgreiing has it already, so the vurdering does not repeat it (set 10, C19).
      const blocks: Block[] = inv.digiFin2017
        ? []
        : [
            {
              type: 'paragraph',
              text:
                'Etter KS’ vurdering kan felles løsninger som kommunal sektor ' +
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
      const late = afterDeadline(inv, facts)
      // The KMD condition and "as many as possible" are KS's letter (vedlegg 1); a user's round has neither.
      // Before the deadline, the objection first: why not pay later (the note allows it), answered from the note and KS's letter (set 10, B8).
      if (inv.digiFin2017) {
        blocks.push({
          type: 'paragraph',
          text:
            (late ? '' : `Etter prinsippnotatet kan ${self(facts)} betale sin andel senere, før den tar i bruk en løsning. Men `) +
            `${late ? 'Midlene' : 'midlene'} fra KMD utløses bare hvis kommunal sektor selv bidrar med minst like mye, og KS skriver ` +
            'at ordningen derfor er avhengig av at flest mulig blir med.' +
            (late ? '' : ` Venter ${self(facts)}, slipper den heller ikke å betale sin andel hvis den senere vil ta i bruk løsningene.`)
        })
      }
      // The chief's own view, not KS's: nobody builds this alone, and what the amount gives, with the costs that follow.
      const solutions =
        unit === 'kommune' ? 'løsningene ordningen utvikler' : 'de løsningene ordningen utvikler som er aktuelle for fylkeskommunen'
      blocks.push({
        type: 'paragraph',
        text:
          `${chief} vurderer det slik at det er lite realistisk at én ${unit} kan utvikle slike løsninger alene. ` +
          `Engangsbeløpet på ${formatKroner(facts.amount)} gir ${self(facts)} rett til å ta i bruk ${solutions}` +
          (inv.digiFin2017 ? ', mot tilknytningskostnad og FDVU for hver løsning. ' : '. ') +
          `Slik ${facts.chief} ser det, er dette en rimelig pris for å være med på utviklingen.`
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
          ? `${chief} anbefaler derfor at ${facts.kommuneName} deltar i ordningen, melder dette til KS og betaler ` +
            `et engangsbeløp på ${formatKroner(facts.amount)}.`
          : `${chief} anbefaler derfor at ${facts.kommuneName} deltar i ordningen og takker ja til invitasjonen fra KS.`
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
      // «Not now», and when it comes back: not a final no in the same breath as a provisional one (set 10, B9).
      `${facts.kommuneName} deltar ikke i finansieringsordningen for digitaliseringsprosjekter nå. ${RETURN_NB}`
  }
}
