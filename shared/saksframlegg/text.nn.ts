import { formatDateLong, formatInnbyggjarar, formatKroner } from '../format'
import type { Block, Funding } from './model'
import { DIGIFIN_2017_OTHER_DOCUMENTS, afterDeadline, areaName, council, pastAnswerBy, self, sentence, bracketed, calculation, capitalise, digiFin2017Vedlegg, lessForFund, paragraphs } from './phrase'
import type { CaseFacts, InvitationFacts, SaksframleggText } from './textTypes'
import { saksutgreiing2017, saksutgreiingOwnRound } from './saksutgreiing.nn'

/**
 * Nynorsk. Follows Tysnes kommune's saksframlegg (seed 001) and the ordliste. E-infinitive
 * throughout (vere, gjere), "vert" for the passive, "ikkje", "frå", "berre".
 *
 * KS wrote its letter in bokmål; this text never quotes it but says the same in nynorsk, so the
 * document stays wholly nynorsk.
 */

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

/** How the amount is financed, as it follows "… vert lagt inn i budsjettet og"; none for the user's own text. */
function fundingClause(funding: Funding): string | undefined {
  if (funding.kind === 'disposisjonsfond') return 'vert dekt av disposisjonsfondet'
  if (funding.kind === 'drift') return 'vert dekt innanfor driftsbudsjettet'
  return undefined
}

/** What the budget does with the amount: put into next year's budget, or, after the deadline, a budget change by `subject`. */
function budgetSentence(facts: CaseFacts, subject: string): string {
  const clause = fundingClause(facts.funding)
  const custom = facts.funding.kind === 'custom' ? ` ${sentence(facts.funding.text)}` : ''
  if (pastAnswerBy(facts)) {
    return (
      `${subject} gjer slik endring i budsjettet for ${facts.budgetYear}: ${formatKroner(facts.amount)} vert løyvd ` +
      `til eingongsbeløpet${clause ? ` og ${clause}` : ''}.${custom}`
    )
  }
  return `beløpet vert lagt inn i budsjettet for ${facts.budgetYear}${clause ? ` og ${clause}` : ''}.${custom}`
}

const PLACEHOLDERS = { populationDate: '[dato for folketalet]', populationSource: '[kjelde for folketalet]' }

/** The count date and source as given, or a visible placeholder for what nobody gave. */
function populationCitation(facts: CaseFacts): string {
  const date = facts.populationDate ? formatDateLong(facts.populationDate) : PLACEHOLDERS.populationDate
  const source = facts.populationSource.trim() || PLACEHOLDERS.populationSource
  // A source the data holds goes in brackets after the figure; a missing one stays a visible sentence.
  const cited = facts.populationSource.trim() ? ` (${bracketed(facts.populationSource)}).` : `. ${sentence(`Kjelde: ${source}`)}`
  return `folketalet i ${areaName(facts.kommuneName)} per ${date}${cited}`
}

/** The nei and its vurdering both say when the case comes back, in these words. */
const RETURN_NN = 'Saka vert lagd fram på nytt når dei første løysingane frå ordninga er klare.'

/**
 * The nei argues its own case: the question first, then the administration's reason, the risk of
 * standing outside, and when the case comes back (as the innstilling says it too).
 */
function declineVurdering(facts: CaseFacts, inv: InvitationFacts, chief: string): Block[] {
  const reason = facts.declineReason.trim()
  return paragraphs(
    `Spørsmålet er om ${facts.kommuneName} er tent med å betale eingongsbeløpet på ` +
      `${formatKroner(facts.amount)} no.`,
    // The case for joining first: the KMD condition and paying later are the 2017 letter's and note's; of a user's round only its own money can be said.
    inv.digiFin2017
      ? 'Pengane frå KMD vert berre utløyste dersom kommunal sektor sjølv bidreg med minst like mykje. Står ' +
        'mange utanfor, kjem det inn mindre pengar frå staten, og ordninga kan utvikle færre løysingar.'
      : 'Står mange utanfor, får ordninga mindre pengar og kan utvikle færre løysingar.',
    // Then the reason given, right before the weighing that points back to it ("dette"), or, with none, that
    // the solutions are not yet known; the later price is not known, so it is not claimed.
    (reason ? `${sentence(reason)} ${chief} legg vekt på dette` : `${chief} legg vekt på at det enno ikkje er kjent kva løysingar ordninga vil utvikle`) +
      // What waiting gains, and what it does not, by the note alone: the share is still owed before use (set 10, B9).
      (inv.digiFin2017
        ? `, og på at ${self(facts)} etter prinsippnotatet kan betale sin del seinare, før han tek i bruk ei løysing. ` +
          `Å vente fritek ikkje ${self(facts)} frå å betale delen sin om han vil bruke løysingane, men han betaler først når han veit kva løysingar han får.`
        : '.') +
      ` Dette veg tyngre enn at ordninga får ${lessForFund(facts.amount)} mindre når ${self(facts)} står utanfor no.`,
    `${chief} rår til at ${facts.kommuneName} ikkje deltek i ordninga no. ${RETURN_NN}`
  )
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
  placeholders: PLACEHOLDERS,
  fundingSentence,
  fundingClause,
  orientering: 'Saka vert teken til orientering.',
  defaults: {
    title: 'Digitalisering i kommunal sektor – invitasjon til å delta i KS si finansieringsordning',
    saksgang: (kind) => (kind === 'kommune' ? ['Formannskapet', 'Kommunestyret'] : ['Fylkesutvalet', 'Fylkestinget']),
    vedlegg: (inv) =>
      inv.digiFin2017
        ? digiFin2017Vedlegg(inv.invitationDate)
        : [`KS: Invitasjon til å delta i «${inv.name.nn.trim()}», brev av ${formatDateLong(inv.invitationDate)}`],
    andreSaksdokument: (inv) =>
      inv.digiFin2017
        ? DIGIFIN_2017_OTHER_DOCUMENTS
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
      const join = caseKind === 'vedtakssak' && !decline
      const Self = capitalise(self(facts))
      const blocks: Block[] = [
        {
          type: 'paragraph',
          // Only the ja pays; the nei and the orienteringssak state the amount as a possibility.
          text: join
            ? `Eingongsbeløpet er rekna ut frå ${populationCitation(facts)}`
            : `Eit eventuelt eingongsbeløp vil vere ${formatKroner(facts.amount)}, rekna ut frå ${populationCitation(facts)}`
        },
        {
          // The calculation as its own indented line under the sentence it belongs to (set 4, C29).
          type: 'quote',
          text: calculation(
            formatInnbyggjarar(facts.populationCount, 'nn'),
            formatKroner(facts.rate),
            formatKroner(facts.amount)
          )
        }
      ]
      if (join) {
        blocks.push({
          type: 'paragraph',
          // A proposal, not a decision: the council decides.
          text: `${capitalise(facts.chief)} gjer framlegg om at ${budgetSentence(facts, council(facts))}`
        })
      } else if (decline) {
        blocks.push({
          type: 'paragraph',
          text: `Innstillinga har ingen økonomiske konsekvensar for budsjett ${facts.budgetYear}.`
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
          ? `${Self} får ikkje tilgang til løysingane som vert utvikla med midlar frå ordninga, før han har betalt ` +
            `sin del. Vil ${self(facts)} seinare ta i bruk ei løysing, kjem i tillegg tilknytingskostnaden for ` +
            'løysinga og ein del av kostnadene til FDVU.'
          : 'I tillegg kjem ein ' +
            `tilknytingskostnad for kvar løysing ${self(facts)} tek i bruk, og ein del av kostnadene til FDVU så ` +
            'lenge løysinga er i bruk. Desse kostnadene er ikkje kjende enno og må vurderast når kvar ' +
            'løysing er klar.'
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
                'Etter KS si vurdering kan felles løysingar som kommunal sektor ' +
                'utviklar og eig sjølv, gje betre tenester for innbyggjarane til lågare kostnad enn om kvar ' +
                `${unit} utviklar sine eigne.`
            }
          ]
      if (caseKind === 'orienteringssak') {
        // Only those who paid may use the solutions: a rule of the 2017 principles note, told as a fact.
        if (inv.digiFin2017) {
          blocks.push({ type: 'paragraph', text: 'Berre dei som har betalt eingongsbeløpet, får ta i bruk løysingane.' })
        }
        blocks.push({
          type: 'paragraph',
          text:
            `${chief} legg saka fram til orientering. Spørsmålet om deltaking vil ${facts.chief} kome tilbake ` +
            `til i budsjettframlegget for ${facts.budgetYear}` +
            // KS asks for a vedtak by its deadline; once that has passed, it is not promised.
            (afterDeadline(inv, facts)
              ? '.'
              : `, slik at ${council(facts)} kan gjere vedtak før fristen ${formatDateLong(inv.answerBy)}.`)
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
            (late ? '' : `Etter prinsippnotatet kan ${self(facts)} betale sin del seinare, før han tek i bruk ei løysing. Men `) +
            `${late ? 'Pengane' : 'pengane'} frå KMD vert berre utløyste dersom kommunal sektor sjølv bidreg med minst like mykje, og KS skriv ` +
            'at ordninga difor er avhengig av at flest mogleg er med.' +
            (late ? '' : ` Ventar ${self(facts)}, slepp han heller ikkje å betale sin del om han seinare vil ta i bruk løysingane.`)
        })
      }
      // The chief's own view, not KS's: nobody builds this alone, and what the amount gives, with the costs that follow.
      const solutions =
        unit === 'kommune' ? 'løysingane ordninga utviklar' : 'dei løysingane ordninga utviklar som er aktuelle for fylkeskommunen'
      blocks.push({
        type: 'paragraph',
        text:
          `${chief} vurderer det slik at det er lite realistisk at éin ${unit} kan utvikle slike løysingar åleine. ` +
          `Eingongsbeløpet på ${formatKroner(facts.amount)} gjev ${self(facts)} rett til å ta i bruk ${solutions}` +
          (inv.digiFin2017 ? ', mot tilknytingskostnad og FDVU for kvar løysing. ' : '. ') +
          `Slik ${facts.chief} ser det, er dette ein rimeleg pris for å vere med på utviklinga.`
      })
      // After the deadline, why pay now rather than when a solution is wanted: only payers may use them (the 2017 note).
      if (late && inv.digiFin2017) {
        blocks.push({
          type: 'paragraph',
          text:
            `Betaler ${self(facts)} no, kan løysingane som krev deltaking, takast i bruk når det trengst, utan ei ny ` +
            `sak og ei ny budsjettendring. Pengane er då òg med på å finansiere dei første prosjekta.`
        })
      }
      blocks.push({
        type: 'paragraph',
        text: late
          ? `${chief} rår difor til at ${facts.kommuneName} deltek i ordninga, melder dette til KS og betaler ` +
            `eit eingongsbeløp på ${formatKroner(facts.amount)}.`
          : `${chief} rår difor til at ${facts.kommuneName} deltek i ordninga og takkar ja til invitasjonen frå KS.`
      })
      return blocks
    }
  },
  innstilling: {
    join: (facts) => {
      const amount = `eit eingongsbeløp på ${formatKroner(facts.amount)} (${formatKroner(facts.rate)} per innbyggjar)`
      // After the deadline the budget is adopted: the innstilling changes it, and the kommune tells KS it joins.
      if (pastAnswerBy(facts)) {
        return (
          `${facts.kommuneName} melder til KS at ${self(facts)} vil delta i finansieringsordninga for ` +
          `digitaliseringsprosjekt og betaler ${amount}. ${budgetSentence(facts, capitalise(council(facts)))}`
        )
      }
      return (
        `${facts.kommuneName} takkar ja til invitasjonen frå KS og deltek i finansieringsordninga for ` +
        `digitaliseringsprosjekt med ${amount}. ${capitalise(budgetSentence(facts, ''))}`
      )
    },
    decline: (facts) =>
      // «Not now», and when it comes back: not a final no in the same breath as a provisional one (set 10, B9).
      `${facts.kommuneName} deltek ikkje i finansieringsordninga for digitaliseringsprosjekt no. ${RETURN_NN}`
  }
}
