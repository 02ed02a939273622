/** Saksframlegg, what the editor and the list say back: notices after an action, undo, and the questions before one. */
const nn = {
  'standardChanged.and': 'og',
  'standardChanged.after':
    'Datoen på saka er no etter svarfristen til KS ({{answerBy}}), så standardteksten i {{parts}} er skriven om for ei sak som kjem etter fristen. Les teksten på nytt.',
  'standardChanged.before':
    'Datoen på saka er no før svarfristen til KS ({{answerBy}}), så standardteksten i {{parts}} er skriven om for ei sak som kjem før fristen. Les teksten på nytt.',
  'standardChanged.other': 'Standardteksten i {{parts}} er endra fordi opplysningane i saka endra seg. Les teksten på nytt.',
  'notice.created': 'Saka er laga og lagra som versjon 1. Gå gjennom teksten og rett det som skal vere annleis.',
  'notice.duplicated': 'Dette er ein kopi av «{{title}}», lagra som ei ny sak.',
  'notice.copied.nb':
    'Kopien på bokmål er laga med standardteksten på bokmål. Tekst du skreiv sjølv i den andre saka, er ikkje med: skriv han inn på nytt om du vil ha han med, og sjå over saksgangen.',
  'notice.copied.nn':
    'Kopien på nynorsk er laga med standardteksten på nynorsk. Tekst du skreiv sjølv i den andre saka, er ikkje med: skriv han inn på nytt om du vil ha han med, og sjå over saksgangen.',
  'notice.saved': 'Lagra som versjon {{version}}.',
  'notice.restored': 'Versjon {{from}} er henta fram att og lagra som versjon {{version}}.',
  'notice.exportedWhole': 'Word-fila med saksframlegget er laga: {{path}}',
  'notice.exportedSections': 'Word-fila med saksutgreiinga er laga: {{path}}',
  'notice.exportedInnstilling': 'Word-fila med innstillinga er laga: {{path}}',
  'notice.exportedTemplate': 'Saksframlegget er skrive inn i malen til kommunen: {{path}}',
  'notice.exportedUnsaved': 'Sjølve saka har endringar som ikkje er lagra i Spleiselag enno: vel «Lagre» for å ta vare på dei.',
  'notice.exportCancelled': 'Lagringa vart avbroten. Inga fil er lagra.',
  'notice.exportFailed':
    'Word-fila kunne ikkje lagrast. Inga fil er lagra. Er ei fil med same namn open i Word, lukk ho og prøv igjen, eller vel eit anna namn eller ei anna mappe.',
  'notice.saveFailed': 'Saka kunne ikkje lagrast. Ingenting er endra. Prøv igjen; går det framleis ikkje, start appen på nytt.',
  'notice.saveFailedNotFound':
    'Saka kunne ikkje lagrast fordi ho ikkje finst lenger. Ho kan vere sletta i eit anna vindauge. Endringane dine er ikkje lagra.',
  'notice.saveFailedInvalid':
    'Saka har ein feil som hindrar lagring. Ingenting er endra. Hent fram att den lagra versjonen frå historikken.',
  'notice.copyFailed': 'Kopien kunne ikkje lagast. Ingenting er lagra, og saka er som før.',
  'notice.restoreFailed': 'Versjonen er skadd og kan ikkje hentast fram att. Ingenting er endra.',
  'notice.restoreFailedNotFound': 'Versjonen finst ikkje lenger. Saka kan vere sletta i eit anna vindauge. Ingenting er endra.',
  'notice.restoreFailedError': 'Versjonen kunne ikkje hentast fram att. Ingenting er endra. Prøv igjen.',
  'notice.unsavedBack': 'Du har endringar frå sist du var i saka som ikkje er lagra. Lagre dei, eller hent fram att den lagra versjonen frå historikken.',
  'notice.economyUpdated':
    'Saka brukar no tala frå Bidrag. Standardteksten og innstillinga seier dei nye tala. Har du skrive tekst sjølv som nemner dei gamle, står det ein merknad ved teksten.',
  'notice.economyUpdatedRenamed':
    'Saka er no skriven for {{who}} og brukar tala frå Bidrag. Hovudet, standardteksten og innstillinga seier det nye namnet og dei nye tala. Har du skrive tekst sjølv som nemner dei gamle, står det ein merknad ved teksten.',

  'undo.row': '«{{utval}}» er fjerna frå saksgangen.',
  'undo.economy': 'Tala i saka er bytte ut.',
  'undo.reset': '«{{heading}}» har fått standardteksten.',
  'undo.removed': '«{{heading}}» er fjerna frå saka.',

  'dialog.cancel': 'Avbryt',
  'dialog.resetHeading': 'Tilbakestille «{{heading}}»?',
  'dialog.resetBody':
    'Teksten i avsnittet vert bytt ut med standardteksten for saka slik ho står no. Du kan angre rett etterpå.',
  'dialog.reset': 'Tilbakestill',
  'dialog.removeHeading': 'Fjerne «{{heading}}»?',
  'dialog.removeBody': 'Avsnittet og teksten i det vert fjerna frå saka. Du kan angre rett etterpå, og lagra versjonar i historikken vert ikkje endra.',
  'dialog.remove': 'Fjern avsnittet',
  'dialog.restoreHeading': 'Hente fram att versjon {{version}}?',
  'dialog.restoreBody':
    'Versjon {{version}} vert lagra som ny versjon {{next}}. Alle versjonane vert tekne vare på i historikken.',
  'dialog.restoreBodyBroken': 'Versjon {{version}} vert lagra som den nyaste versjonen av saka.',
  'dialog.restoreUnsaved': 'Endringane du ikkje har lagra, går tapt.',
  'dialog.restore': 'Hent fram att',
  'dialog.deleteHeading': 'Slette «{{title}}»?',
  'dialog.deleteBody_one': 'Saka og den eine versjonen hennar vert sletta for godt. Word-filer du har lagra, vert ikkje rørte.',
  'dialog.deleteBody_other':
    'Saka og alle dei {{count}} versjonane hennar vert sletta for godt. Word-filer du har lagra, vert ikkje rørte.',
  'dialog.delete': 'Slett saka',
  'dialog.leaveHeading': 'Saka har ulagra endringar',
  'dialog.leaveBody': 'Vil du lagre endringane før du går vidare?',
  'dialog.saveAndLeave': 'Lagre og gå vidare',
  'dialog.leaveWithout': 'Gå vidare utan å lagre',
  'dialog.stay': 'Bli i saka'
}

const nb: typeof nn = {
  'standardChanged.and': 'og',
  'standardChanged.after':
    'Datoen på saken er nå etter svarfristen til KS ({{answerBy}}), så standardteksten i {{parts}} er skrevet om for en sak som kommer etter fristen. Les teksten på nytt.',
  'standardChanged.before':
    'Datoen på saken er nå før svarfristen til KS ({{answerBy}}), så standardteksten i {{parts}} er skrevet om for en sak som kommer før fristen. Les teksten på nytt.',
  'standardChanged.other': 'Standardteksten i {{parts}} er endret fordi opplysningene i saken endret seg. Les teksten på nytt.',
  'notice.created': 'Saken er laget og lagret som versjon 1. Gå gjennom teksten og rett det som skal være annerledes.',
  'notice.duplicated': 'Dette er en kopi av «{{title}}», lagret som en ny sak.',
  'notice.copied.nb':
    'Kopien på bokmål er laget med standardteksten på bokmål. Tekst du skrev selv i den andre saken, er ikke med: skriv den inn på nytt om du vil ha den med, og se over saksgangen.',
  'notice.copied.nn':
    'Kopien på nynorsk er laget med standardteksten på nynorsk. Tekst du skrev selv i den andre saken, er ikke med: skriv den inn på nytt om du vil ha den med, og se over saksgangen.',
  'notice.saved': 'Lagret som versjon {{version}}.',
  'notice.restored': 'Versjon {{from}} er hentet fram og lagret som versjon {{version}}.',
  'notice.exportedWhole': 'Word-filen med saksframlegget er laget: {{path}}',
  'notice.exportedSections': 'Word-filen med saksutredningen er laget: {{path}}',
  'notice.exportedInnstilling': 'Word-filen med innstillingen er laget: {{path}}',
  'notice.exportedTemplate': 'Saksframlegget er skrevet inn i kommunens mal: {{path}}',
  'notice.exportedUnsaved': 'Selve saken har endringer som ikke er lagret i Spleiselag ennå: velg «Lagre» for å ta vare på dem.',
  'notice.exportCancelled': 'Lagringen ble avbrutt. Ingen fil er lagret.',
  'notice.exportFailed':
    'Word-filen kunne ikke lagres. Ingen fil er lagret. Er en fil med samme navn åpen i Word, lukk den og prøv igjen, eller velg et annet navn eller en annen mappe.',
  'notice.saveFailed': 'Saken kunne ikke lagres. Ingenting er endret. Prøv igjen; går det fortsatt ikke, start appen på nytt.',
  'notice.saveFailedNotFound':
    'Saken kunne ikke lagres fordi den ikke finnes lenger. Den kan være slettet i et annet vindu. Endringene dine er ikke lagret.',
  'notice.saveFailedInvalid':
    'Saken har en feil som hindrer lagring. Ingenting er endret. Hent fram den lagrede versjonen fra historikken.',
  'notice.copyFailed': 'Kopien kunne ikke lages. Ingenting er lagret, og saken er som før.',
  'notice.restoreFailed': 'Versjonen er skadet og kan ikke hentes fram. Ingenting er endret.',
  'notice.restoreFailedNotFound': 'Versjonen finnes ikke lenger. Saken kan være slettet i et annet vindu. Ingenting er endret.',
  'notice.restoreFailedError': 'Versjonen kunne ikke hentes fram. Ingenting er endret. Prøv igjen.',
  'notice.unsavedBack': 'Du har endringer fra sist du var i saken som ikke er lagret. Lagre dem, eller hent fram den lagrede versjonen fra historikken.',
  'notice.economyUpdated':
    'Saken bruker nå tallene fra Bidrag. Standardteksten og innstillingen sier de nye tallene. Har du skrevet tekst selv som nevner de gamle, står det en merknad ved teksten.',
  'notice.economyUpdatedRenamed':
    'Saken er nå skrevet for {{who}} og bruker tallene fra Bidrag. Hodet, standardteksten og innstillingen sier det nye navnet og de nye tallene. Har du skrevet tekst selv som nevner de gamle, står det en merknad ved teksten.',

  'undo.row': '«{{utval}}» er fjernet fra saksgangen.',
  'undo.economy': 'Tallene i saken er byttet ut.',
  'undo.reset': '«{{heading}}» har fått standardteksten.',
  'undo.removed': '«{{heading}}» er fjernet fra saken.',

  'dialog.cancel': 'Avbryt',
  'dialog.resetHeading': 'Tilbakestille «{{heading}}»?',
  'dialog.resetBody':
    'Teksten i avsnittet byttes ut med standardteksten for saken slik den står nå. Du kan angre rett etterpå.',
  'dialog.reset': 'Tilbakestill',
  'dialog.removeHeading': 'Fjerne «{{heading}}»?',
  'dialog.removeBody': 'Avsnittet og teksten i det fjernes fra saken. Du kan angre rett etterpå, og lagrede versjoner i historikken endres ikke.',
  'dialog.remove': 'Fjern avsnittet',
  'dialog.restoreHeading': 'Hente fram versjon {{version}}?',
  'dialog.restoreBody':
    'Versjon {{version}} lagres som ny versjon {{next}}. Alle versjonene tas vare på i historikken.',
  'dialog.restoreBodyBroken': 'Versjon {{version}} lagres som den nyeste versjonen av saken.',
  'dialog.restoreUnsaved': 'Endringer du ikke har lagret, går tapt.',
  'dialog.restore': 'Hent fram',
  'dialog.deleteHeading': 'Slette «{{title}}»?',
  'dialog.deleteBody_one': 'Saken og den ene versjonen av den slettes for godt. Word-filer du har lagret, berøres ikke.',
  'dialog.deleteBody_other':
    'Saken og alle de {{count}} versjonene av den slettes for godt. Word-filer du har lagret, berøres ikke.',
  'dialog.delete': 'Slett saken',
  'dialog.leaveHeading': 'Saken har ulagrede endringer',
  'dialog.leaveBody': 'Vil du lagre endringene før du går videre?',
  'dialog.saveAndLeave': 'Lagre og gå videre',
  'dialog.leaveWithout': 'Gå videre uten å lagre',
  'dialog.stay': 'Bli i saken'
}

export default { nn, nb }
