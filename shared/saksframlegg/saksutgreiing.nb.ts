import { formatDateLong, formatKroner, formatMillionar } from '../format'
import type { Block, CaseKind, Innstilling } from './model'
import { afterDeadline, self, sourceItem, yearOf } from './phrase'
import type { CaseFacts, InvitationFacts } from './textTypes'

/** The saksutgreiing in bokmål: what KS's invitation says, for text.nb.ts. */

/** KS DigiFin 2017: KS's letter of 08.09.2017 and the principles note, retold in bokmål. */
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
        // The split over the two years is the state budget's (Prop. 128 S); KS's letter gives only the total.
        `Ifølge Prop. 128 S (2016–2017) har Kommunal- og moderniseringsdepartementet (KMD) satt av ${formatMillionar(letter.kmdFirstYear)} i 2017 ` +
        // After the deadline the letter's plan for the next year is told as what was planned then.
        `og ${afterDeadline(inv, facts) ? 'tatt' : 'tar'} sikte på å sette av ${formatMillionar(letter.kmdSecondYear)} i 2018, til sammen ` +
        // Prop. 128 S says only «egne midler»; «minst like mye» is KS's letter (vedlegg 1), so it is KS's to say.
        `${formatMillionar(letter.kmdTotal)}. KS skriver i brevet at forutsetningen for midlene fra KMD er at kommunal ` +
        `sektor selv bidrar med minst like mye. KS vil bidra med inntil ${formatMillionar(letter.ksUpTo)}, ` +
        `og Storbynettverket og de ti største kommunene har signalisert at de vil bidra med til sammen ${formatMillionar(letter.largestKommunar)}.`
    },
    {
      type: 'paragraph',
      text:
        `KS inviterer derfor alle kommuner til å betale et engangsbeløp på ${formatKroner(inv.rateKommune)} ` +
        `per innbygger og alle fylkeskommuner ${formatKroner(inv.rateFylkeskommune)} per innbygger. ` +
        // The word Tysnes' own case and KS's web pages use (seed 001), introduced once before the vurdering uses it.
        'KS kaller ordningen et spleiselag, og det er frivillig å delta.' +
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
  // The question a decline answers comes first, before the invitation is retold (set 7, B10).
  if (caseKind === 'vedtakssak' && innstilling === 'decline') {
    blocks.unshift({
      type: 'paragraph',
      text:
        `Saken gjelder om ${self(facts)} skal betale engangsbeløpet til KS’ nye finansieringsordning nå, eller stå utenfor ` +
        'ordningen inntil videre og ta stilling på nytt når det er kjent hvilke løsninger som blir utviklet.'
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
