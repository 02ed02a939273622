/** Oversikt (the start page) and Innstillingar's about section. */
const nn = {
  heading: 'Oversikt',
  intro: 'Slik står saka om KS DigiFin for {{organisation}}.',
  roundHeading: 'Finansieringsrunden',
  invitation: 'Invitasjon frå KS',
  answerBy: 'Svarfrist',
  budgetYear: 'Budsjettår',
  ourContribution: 'Bidraget vårt',
  rateKommune: 'Sats for kommunar',
  rateFylkeskommune: 'Sats for fylkeskommunar',
  perInnbyggjar: '{{amount}} per innbyggjar',
  nextSteps: 'Neste steg',
  stepBidrag: 'Rekn ut bidraget',
  stepBidragBody: 'Vel folketal og kjelde, og sjå kva bidraget blir.',
  stepSaksframlegg: 'Skriv saksframlegget',
  stepSaksframleggBody: 'Lag saka til dei folkevalde, med innstilling.',
  settingsHeading: 'Innstillingar',
  aboutHeading: 'Om Spleiselag',
  version: 'Versjon',
  dataFolder: 'Datamappe',
  dataInBrowser: 'I nettlesaren (IndexedDB). Data vert ikkje sende nokon stad.',
  dataLocal: 'Data vert lagra berre på denne maskina.',
  sourcesHeading: 'Kjelder',
  sourceSsb:
    'Folketal og kommuneinndeling: Statistisk sentralbyrå (SSB), tabell 07459 og KLASS klassifikasjon 131. Lisens: NLOD 2.0 / CC BY 4.0. Kjelde: Statistisk sentralbyrå.',
  sourceGeodata:
    'Kommunane i 2024 med folketal og målform: norway-geodata, © 2025 Alexander Prestmo, MIT-lisens. Målform i samsvar med Språkrådet si liste over språkvedtak.',
  sourceKs: 'Satsar og datoar for KS DigiFin 2017: KS sitt brev av 08.09.2017 og prinsippnotatet for ordninga.'
}

const nb: typeof nn = {
  heading: 'Oversikt',
  intro: 'Slik står saken om KS DigiFin for {{organisation}}.',
  roundHeading: 'Finansieringsrunden',
  invitation: 'Invitasjon fra KS',
  answerBy: 'Svarfrist',
  budgetYear: 'Budsjettår',
  ourContribution: 'Vårt bidrag',
  rateKommune: 'Sats for kommuner',
  rateFylkeskommune: 'Sats for fylkeskommuner',
  perInnbyggjar: '{{amount}} per innbygger',
  nextSteps: 'Neste steg',
  stepBidrag: 'Regn ut bidraget',
  stepBidragBody: 'Velg folketall og kilde, og se hva bidraget blir.',
  stepSaksframlegg: 'Skriv saksframlegget',
  stepSaksframleggBody: 'Lag saken til de folkevalgte, med innstilling.',
  settingsHeading: 'Innstillinger',
  aboutHeading: 'Om Spleiselag',
  version: 'Versjon',
  dataFolder: 'Datamappe',
  dataInBrowser: 'I nettleseren (IndexedDB). Data sendes ikke noe sted.',
  dataLocal: 'Data lagres bare på denne maskinen.',
  sourcesHeading: 'Kilder',
  sourceSsb:
    'Folketall og kommuneinndeling: Statistisk sentralbyrå (SSB), tabell 07459 og KLASS klassifikasjon 131. Lisens: NLOD 2.0 / CC BY 4.0. Kilde: Statistisk sentralbyrå.',
  sourceGeodata:
    'Kommunene i 2024 med folketall og målform: norway-geodata, © 2025 Alexander Prestmo, MIT-lisens. Målform i samsvar med Språkrådets liste over språkvedtak.',
  sourceKs: 'Satser og datoer for KS DigiFin 2017: KS’ brev av 08.09.2017 og prinsippnotatet for ordningen.'
}

export default { nn, nb }
