import { formatDateLong, formatInnbyggjarar, formatKroner, formatMillionar } from '../format'
import type { Block, CaseKind, Funding, Innstilling } from './model'
import { DIGIFIN_2017_OTHER_DOCUMENTS, afterDeadline, areaName, bracketed, calculation, capitalise, digiFin2017Vedlegg, paragraphs, sourceItem, yearOf } from './phrase'
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
        `Kommunal- og moderniseringsdepartementet (KMD) har sett av ${formatMillionar(letter.kmdFirstYear)} i 2017 ` +
        `og tek sikte på å setje av ${formatMillionar(letter.kmdSecondYear)} i 2018, til saman ` +
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
          `leggjast inn i budsjettet for ${inv.budgetYear}, og om melding om vedtak seinast ${formatDateLong(inv.answerBy)}. ` +
          'Den fristen er ute. Etter prinsippnotatet kan ein kommune eller fylkeskommune som ikkje har betalt, ' +
          `betale sin del seinare, før han tek i bruk ei løysing. Melding om vedtak går til KS (hallvard.hoen@ks.no).`
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
          `og om melding om vedtak seinast ${formatDateLong(inv.answerBy)}. Den fristen er ute. Invitasjonen ` +
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
        'mange utanfor, vert det utløyst mindre statlege midlar, og ordninga kan utvikle færre løysingar.'
      : 'Står mange utanfor, får ordninga mindre pengar og kan utvikle færre løysingar.',
    inv.digiFin2017 ? `Etter prinsippnotatet kan ${self(facts)} betale sin del seinare, når han vil ta i bruk ei løysing.` : undefined,
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
          text: `Beløpet vert lagt inn i budsjett ${facts.budgetYear}. ${sentence(fundingSentence(facts.funding))}`
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
            `lenge ${self(facts)} brukar henne. Desse kostnadene er ikkje kjende enno og må vurderast når kvar ` +
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
            `til i budsjetthandsaminga for ${facts.budgetYear}.`
        })
        return blocks
      }
      // The KMD condition is the 2017 letter's; of a user's round only that no one builds this alone can be said.
      const alone = `${facts.kommuneName} kan ikkje utvikle slike løysingar åleine.`
      blocks.push(
        {
          type: 'paragraph',
          text: inv.digiFin2017
            ? 'Pengane frå KMD vert berre utløyste dersom kommunal sektor sjølv bidreg med minst like mykje. ' +
              `Etter KS si vurdering kan ordninga utvikle fleire løysingar di fleire som er med. ${alone}`
            : alone
        },
        {
          type: 'paragraph',
          text:
            `${chief} meiner at ${facts.kommuneName} bør vere med i spleiselaget, og rår til at ${self(facts)} ` +
            'takkar ja til invitasjonen frå KS.'
        }
      )
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
      `digitaliseringsprosjekt. ${RETURN_NN}`
  }
}
