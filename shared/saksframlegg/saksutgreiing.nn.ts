import { formatDateLong, formatKroner, formatMillionar } from '../format'
import type { Block, CaseKind, Innstilling } from './model'
import { afterDeadline, self, sourceItem, yearOf } from './phrase'
import type { CaseFacts, InvitationFacts } from './textTypes'

/** The saksutgreiing in nynorsk: what KS's invitation says, for text.nn.ts. */

/** KS DigiFin 2017: KS's letter of 08.09.2017 and the principles note, retold in nynorsk. */
export function saksutgreiing2017(
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
        // The split over the two years is the state budget's (Prop. 128 S); KS's letter gives only the total.
        `Ifølgje Prop. 128 S (2016–2017) har Kommunal- og moderniseringsdepartementet (KMD) sett av ${formatMillionar(letter.kmdFirstYear)} i 2017 ` +
        // After the deadline the letter's plan for the next year is told as what was planned then.
        `og ${afterDeadline(inv, facts) ? 'teke' : 'tek'} sikte på å setje av ${formatMillionar(letter.kmdSecondYear)} i 2018, til saman ` +
        // Prop. 128 S says only «egne midler»; «minst like mye» is KS's letter (vedlegg 1), so it is KS's to say.
        `${formatMillionar(letter.kmdTotal)}. KS skriv i brevet at vilkåret for pengane frå KMD er at kommunal sektor ` +
        `sjølv bidreg med minst like mykje. KS vil bidra med inntil ${formatMillionar(letter.ksUpTo)}, og ` +
        `Storbynettverket og dei ti største kommunane har signalisert at dei vil bidra med til saman ${formatMillionar(letter.largestKommunar)}.`
    },
    {
      type: 'paragraph',
      text:
        `KS inviterer difor alle kommunar til å betale eit eingongsbeløp på ${formatKroner(inv.rateKommune)} ` +
        `per innbyggjar og alle fylkeskommunar ${formatKroner(inv.rateFylkeskommune)} per innbyggjar. ` +
        // The word Tysnes' own case and KS's web pages use (seed 001), introduced once before the vurdering uses it.
        'KS kallar ordninga eit spleiselag, og det er frivillig å delta.' +
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
  // The question a decline answers comes first, before the invitation is retold (set 7, B10).
  if (caseKind === 'vedtakssak' && innstilling === 'decline') {
    blocks.unshift({
      type: 'paragraph',
      text:
        `Saka gjeld om ${self(facts)} skal betale eingongsbeløpet til den nye finansieringsordninga til KS no, eller stå utanfor ` +
        'ordninga inntil vidare og ta stilling på nytt når det er kjent kva løysingar som vert utvikla.'
    })
  }
  return blocks
}

/**
 * A round the user added: told only from what the round holds (name, dates, rates, budget year,
 * and the other sources and announced total when it has them). Nothing of the 2017 letter.
 */
export function saksutgreiingOwnRound(inv: InvitationFacts, facts: CaseFacts): Block[] {
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
