/** Saksframlegg, standard text and own text: what the editor says when a value the user's text cites has changed. */
const nn = {
  'section.standard': 'Standardtekst: han følgjer tala, namna og vala i saka. Skriv du i han, vert han din eigen tekst.',
  'section.own': 'Eigen tekst: tal og namn du har skrive, endrar seg ikkje av seg sjølv.',

  'value.kommuneName': 'Namnet',
  'value.chiefTitle': 'Tittelen',
  'value.populationCount': 'Folketalet',
  'value.populationDate': 'Datoen for folketalet',
  'value.populationSource': 'Kjelda for folketalet',
  'value.rate': 'Satsen per innbyggjar',
  'value.amount': 'Eingongsbeløpet',
  'value.budgetYear': 'Budsjettåret',
  'value.funding': 'Finansieringa',
  'value.declineReason': 'Grunngjevinga for å takke nei',

  'conflict.groupHeading': 'Teksten seier framleis det saka sa før',
  'conflict.intro':
    'Tal eller namn i saka har endra seg etter at du skreiv teksten. Vel for kvart av dei kva teksten skal seie; saka kan ikkje lagrast som Word før alt er valt.',
  'conflict.heading': '{{value}}: {{was}} er no {{now}}',
  'conflict.sentences': 'Der teksten seier {{was}}:',
  'conflict.replace': 'Byt ut {{was}} med {{now}} i teksten',
  'conflict.standard': 'Bruk standardteksten att',
  'conflict.accept': 'Teksten er rett slik han står',
  'conflict.replaced': '{{was}} er bytt ut med {{now}}.',
  'conflict.standardBack': 'Standardteksten er tilbake i «{{heading}}».',
  'conflict.accepted': 'Teksten står som før.',
  'conflict.exportBlocked_one':
    'Saka kan ikkje lagrast som Word før du har valt kva teksten skal seie på {{count}} stad der eit tal eller namn har endra seg. Sjå merknaden ved teksten.',
  'conflict.exportBlocked_other':
    'Saka kan ikkje lagrast som Word før du har valt kva teksten skal seie på {{count}} stader der eit tal eller namn har endra seg. Sjå merknadene ved tekstane.',

  'chief.newTitle':
    'Tittelen {{title}} kom med den nye kommunelova, som tok til å gjelde i 2019. I 2017 var tittelen {{older}}. Du kan behalde tittelen om han er rett for saka.'
}

const nb: typeof nn = {
  'section.standard': 'Standardtekst: den følger tallene, navnene og valgene i saken. Skriver du i den, blir den din egen tekst.',
  'section.own': 'Egen tekst: tall og navn du har skrevet, endrer seg ikke av seg selv.',

  'value.kommuneName': 'Navnet',
  'value.chiefTitle': 'Tittelen',
  'value.populationCount': 'Folketallet',
  'value.populationDate': 'Datoen for folketallet',
  'value.populationSource': 'Kilden for folketallet',
  'value.rate': 'Satsen per innbygger',
  'value.amount': 'Engangsbeløpet',
  'value.budgetYear': 'Budsjettåret',
  'value.funding': 'Finansieringen',
  'value.declineReason': 'Begrunnelsen for å takke nei',

  'conflict.groupHeading': 'Teksten sier fortsatt det saken sa før',
  'conflict.intro':
    'Tall eller navn i saken har endret seg etter at du skrev teksten. Velg for hvert av dem hva teksten skal si; saken kan ikke lagres som Word før alt er valgt.',
  'conflict.heading': '{{value}}: {{was}} er nå {{now}}',
  'conflict.sentences': 'Der teksten sier {{was}}:',
  'conflict.replace': 'Bytt ut {{was}} med {{now}} i teksten',
  'conflict.standard': 'Bruk standardteksten igjen',
  'conflict.accept': 'Teksten er riktig slik den står',
  'conflict.replaced': '{{was}} er byttet ut med {{now}}.',
  'conflict.standardBack': 'Standardteksten er tilbake i «{{heading}}».',
  'conflict.accepted': 'Teksten står som før.',
  'conflict.exportBlocked_one':
    'Saken kan ikke lagres som Word før du har valgt hva teksten skal si på {{count}} sted der et tall eller navn har endret seg. Se merknaden ved teksten.',
  'conflict.exportBlocked_other':
    'Saken kan ikke lagres som Word før du har valgt hva teksten skal si på {{count}} steder der et tall eller navn har endret seg. Se merknadene ved tekstene.',

  'chief.newTitle':
    'Tittelen {{title}} kom med den nye kommuneloven, som trådte i kraft i 2019. I 2017 var tittelen {{older}}. Du kan beholde tittelen hvis den er riktig for saken.'
}

export default { nn, nb }
