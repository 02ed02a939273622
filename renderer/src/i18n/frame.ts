/** The app frame: navigation, målform switch, storage warnings, areas not built yet. */
const nn = {
  appName: 'Spleiselag',
  skipToContent: 'Hopp til innhaldet',
  navLabel: 'Område',
  'nav.oversikt': 'Oversikt',
  'nav.bidrag': 'Bidrag',
  'nav.saksframlegg': 'Saksframlegg',
  'nav.deltaking': 'Deltaking',
  'nav.fellesloysingar': 'Fellesløysingar',
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
  'planned.heading': 'Kjem seinare',
  'planned.deltaking':
    'Her skal du kunne følgje deltakinga frå invitasjonen kom, via vedtaket i kommunestyret, til melding om vedtak er send til KS og beløpet er betalt.',
  'planned.fellesloysingar':
    'Her skal du kunne føre kva fellesløysingar kommunen har teke i bruk, med tilknytingskostnad og del av kostnadene til forvalting, drift, vedlikehald og vidareutvikling (FDVU). Berre kommunar som har betalt eingongsbeløpet, kan ta løysingane i bruk.',
  'planned.note': 'Denne delen av appen er ikkje ferdig enno. Det du legg inn andre stader, vert teke vare på.',
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
  'planned.heading': 'Kommer senere',
  'planned.deltaking':
    'Her skal du kunne følge deltakelsen fra invitasjonen kom, via vedtaket i kommunestyret, til melding om vedtak er sendt til KS og beløpet er betalt.',
  'planned.fellesloysingar':
    'Her skal du kunne føre hvilke fellesløsninger kommunen har tatt i bruk, med tilknytningskostnad og andel av kostnadene til forvaltning, drift, vedlikehold og videreutvikling (FDVU). Bare kommuner som har betalt engangsbeløpet, kan ta løsningene i bruk.',
  'planned.note': 'Denne delen av appen er ikke ferdig ennå. Det du legger inn andre steder, blir tatt vare på.',
  errorTitle: 'Noe gikk galt',
  errorBody: 'Appen møtte en feil den ikke ventet. Dataene dine er ikke endret. Last siden på nytt for å fortsette.',
  reload: 'Last på nytt'
}

export default { nn, nb }
