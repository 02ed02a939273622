/** The app frame: navigation, målform switch, storage warnings. */
const nn = {
  appName: 'Spleiselag',
  skipToContent: 'Hopp til innhaldet',
  navLabel: 'Område',
  'nav.oversikt': 'Oversikt',
  'nav.bidrag': 'Bidrag',
  'nav.saksframlegg': 'Saksframlegg',
  'nav.deltaking': 'Deltaking',
  'nav.fellesloysingar': 'Fellesløysingar',
  'nav.okonomi': 'Økonomi',
  'nav.innstillingar': 'Innstillingar',
  maalformLabel: 'Målform',
  nynorsk: 'Nynorsk',
  bokmaal: 'Bokmål',
  loading: 'Lastar …',
  'storage.notPersistentTitle': 'Data kan bli sletta',
  'storage.notPersistent':
    'Nettlesaren har ikkje lova å ta vare på dataa til Spleiselag. Om disken vert full, kan han slette dei. Ta jamleg kopi, eller bruk skrivebordsappen.',
  'storage.notPersistentDesktop':
    'Maskina har ikkje lova å ta vare på dataa til Spleiselag om disken vert full. Ta jamleg kopi av dataa.',
  'storage.nearlyFullTitle': 'Lite lagringsplass att',
  'storage.nearlyFull': 'Spleiselag har brukt {{used}} av {{quota}} lagringsplass. Rydd i gamle saker eller frigjer plass på disken.',
  'storage.dismiss': 'Lukk åtvaringa',
  errorTitle: 'Noko gjekk gale',
  errorBody: 'Appen møtte ein feil den ikkje venta. Dataa dine er ikkje endra. Last sida på nytt for å halde fram.',
  reload: 'Last på nytt'
}

const nb: typeof nn = {
  appName: 'Spleiselag',
  skipToContent: 'Hopp til innholdet',
  navLabel: 'Område',
  'nav.oversikt': 'Oversikt',
  'nav.bidrag': 'Bidrag',
  'nav.saksframlegg': 'Saksframlegg',
  'nav.deltaking': 'Deltakelse',
  'nav.fellesloysingar': 'Fellesløsninger',
  'nav.okonomi': 'Økonomi',
  'nav.innstillingar': 'Innstillinger',
  maalformLabel: 'Målform',
  nynorsk: 'Nynorsk',
  bokmaal: 'Bokmål',
  loading: 'Laster …',
  'storage.notPersistentTitle': 'Data kan bli slettet',
  'storage.notPersistent':
    'Nettleseren har ikke lovet å ta vare på dataene til Spleiselag. Hvis disken blir full, kan den slette dem. Ta jevnlig kopi, eller bruk skrivebordsappen.',
  'storage.notPersistentDesktop':
    'Maskinen har ikke lovet å ta vare på dataene til Spleiselag hvis disken blir full. Ta jevnlig kopi av dataene.',
  'storage.nearlyFullTitle': 'Lite lagringsplass igjen',
  'storage.nearlyFull': 'Spleiselag har brukt {{used}} av {{quota}} lagringsplass. Rydd i gamle saker eller frigjør plass på disken.',
  'storage.dismiss': 'Lukk advarselen',
  errorTitle: 'Noe gikk galt',
  errorBody: 'Appen møtte en feil den ikke ventet. Dataene dine er ikke endret. Last siden på nytt for å fortsette.',
  reload: 'Last på nytt'
}

export default { nn, nb }
