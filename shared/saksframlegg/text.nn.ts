import { formatDateLong, formatInnbyggjarar, formatKroner, formatMillionar } from '../format'
import type { Block, CaseKind, Funding, Innstilling } from './model'
import { DIGIFIN_2017_OTHER_DOCUMENTS, afterDeadline, areaName, council, pastAnswerBy, self, sentence, bracketed, calculation, capitalise, digiFin2017Vedlegg, paragraphs, sourceItem, yearOf } from './phrase'
import type { CaseFacts, InvitationFacts, SaksframleggText } from './textTypes'

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
  if (funding.kind === 'disposisjonsfond') return 'finansiert med bruk av disposisjonsfondet'
  if (funding.kind === 'drift') return 'dekt innanfor driftsbudsjettet'
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
        'Ordninga har arbeidstittelen KS DigiFin. KS har lagt ved eit prinsippnotat som gjer greie for korleis ' +
        'ordninga skal verke (vedlegg 2).'
    },
    {
      type: 'paragraph',
      text:
        'Føremålet med ordninga er å utvikle digitale fellesløysingar for kommunal sektor. Kommunal sektor skal ' +
        'sjølv ta initiativ til og styre prosjekta, og eige løysingane. Etter KS si vurdering gjev ' +
        'felles utvikling betre kvalitet og lågare pris, og fleire kan stå saman om å forvalte og vidareutvikle ' +
        'løysingane.'
    },
    {
      type: 'paragraph',
      text:
        `Ifølgje KS har Kommunal- og moderniseringsdepartementet (KMD) sett av ${formatMillionar(letter.kmdFirstYear)} i 2017 ` +
        // After the deadline the letter's plan for the next year is told as what was planned then.
        `og ${afterDeadline(inv, facts) ? 'teke' : 'tek'} sikte på å setje av ${formatMillionar(letter.kmdSecondYear)} i 2018, til saman ` +
        `${formatMillionar(letter.kmdTotal)}. Vilkåret er at kommunal sektor ` +
        `sjølv bidreg med minst like mykje. KS har vedteke å bidra med inntil ${formatMillionar(letter.ksUpTo)}, og ` +
        `dei ti største kommunane har signalisert at dei vil bidra med til saman ${formatMillionar(letter.largestKommunar)}.`
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
      // A case dated after the deadline tells the request as past, and what joining later means by the principles note.
      text: afterDeadline(inv, facts)
        ? `KS bad om at saka vart handsama hausten ${yearOf(inv.invitationDate)}, slik at eingongsbeløpet kunne ` +
          `leggjast inn i budsjettet for ${inv.budgetYear}, og om melding om vedtak. Fristen gjekk ut ` +
          `${formatDateLong(inv.answerBy)}. Melding om vedtak går til KS (hallvard.hoen@ks.no).`
        : 'KS reknar med at dei fleste tek stilling til invitasjonen i løpet av hausten, slik at eingongsbeløpet kan ' +
          `leggjast inn i budsjettet for ${facts.budgetYear}. KS ber om at saka vert handsama så snart som mogleg og ` +
          `seinast ${formatDateLong(inv.answerBy)}, og at ${self(facts)} sender melding om vedtak til KS ` +
          '(hallvard.hoen@ks.no).'
    },
    {
      type: 'paragraph',
      text: 'Etter vilkåra frå KMD og prinsippnotatet frå KS gjeld mellom anna dette for ordninga:'
    },
    {
      type: 'bullets',
      items: [
        'Ordninga dekkjer berre utviklingskostnader i felles digitaliseringsprosjekt, ikkje driftskostnader.',
        'KS forvaltar ordninga. Framlegg til prosjekt kan kome frå KS, ein kommune eller ein fylkeskommune. ' +
          'KommIT-rådet prioriterer mellom dei, og løysingane skal vere aktuelle for alle kommunar og/eller ' +
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
        'ta stilling på nytt når det er kjent kva løysingar som vert utvikla.'
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
      text: afterDeadline(inv, facts)
        ? `KS bad om at saka vart handsama i tide til at beløpet kunne leggjast inn i budsjettet for ${inv.budgetYear}, ` +
          `og om melding om vedtak. Fristen gjekk ut ${formatDateLong(inv.answerBy)}. Invitasjonen ` +
          '(vedlegg 1) seier kvar meldinga skal sendast.'
        : `KS ber om at saka vert handsama i tide til at beløpet kan leggjast inn i budsjettet for ${facts.budgetYear}, ` +
          `og om melding om vedtak seinast ${formatDateLong(inv.answerBy)}. Invitasjonen (vedlegg 1) seier kvar ` +
          'meldinga skal sendast.'
    }
  )
  return blocks
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
    reason ? sentence(reason) : undefined,
    // The KMD condition and paying later are the 2017 letter's and note's; of a user's round only its own money can be said.
    inv.digiFin2017
      ? 'Pengane frå KMD vert berre utløyste dersom kommunal sektor sjølv bidreg med minst like mykje. Står ' +
        'mange utanfor, kjem det inn mindre pengar frå staten, og ordninga kan utvikle færre løysingar.'
      : 'Står mange utanfor, får ordninga mindre pengar og kan utvikle færre løysingar.',
    // The weighing: the reason given (or that the use is not yet known) against the scheme's loss; the later price is not known, so it is not claimed.
    `${chief} legg vekt på ${reason ? 'dette' : `at nytten for ${self(facts)} enno ikkje er kjend`}` +
      (inv.digiFin2017
        ? `, og på at ${self(facts)} etter prinsippnotatet kan betale sin del seinare, før han tek i bruk ei ` +
          'løysing, utan å miste høvet til å ta løysingane i bruk.'
        : '.') +
      ` Det veg tyngre enn at ordninga får noko mindre pengar når ${self(facts)} står utanfor no.`,
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
          type: 'paragraph',
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
          text: `${capitalise(facts.chief)} foreslår at ${budgetSentence(facts, council(facts))}`
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
      // The KMD condition is the 2017 letter's; of a user's round only that no one builds this alone can be said.
      const alone = `Slike løysingar er det lite realistisk at éin ${unit} utviklar åleine.`
      const late = afterDeadline(inv, facts)
      blocks.push({
        type: 'paragraph',
        text: inv.digiFin2017
          ? 'Pengane frå KMD vert berre utløyste dersom kommunal sektor sjølv bidreg med minst like mykje. ' +
            `KS meiner at di fleire som er med, di fleire løysingar kan ordninga utvikle. ${alone}`
          : alone
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
          ? `${chief} meiner at ${facts.kommuneName} bør vere med i spleiselaget, og rår til at ${self(facts)} melder ` +
            `til KS at ${self(facts)} vil delta i ordninga og betaler eit eingongsbeløp på ${formatKroner(facts.amount)}.`
          : `${chief} meiner at ${facts.kommuneName} bør vere med i spleiselaget, og rår til at ${self(facts)} ` +
            'takkar ja til invitasjonen frå KS.'
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
      `${facts.kommuneName} takkar nei til invitasjonen frå KS om å delta i finansieringsordninga for ` +
      `digitaliseringsprosjekt. ${RETURN_NN}`
  }
}
