/** Saksframlegg, the list of cases and the form that starts a new one. */
const nn = {
  'list.heading': 'Saksframlegg',
  'list.intro.kommune':
    'Her skriv du saksframlegget til formannskapet og kommunestyret: ei sak med innstilling, heilt på nynorsk eller heilt på bokmål, som du lagrar som Word-dokument.',
  'list.intro.fylkeskommune':
    'Her skriv du saksframlegget til fylkesutvalet og fylkestinget: ei sak med innstilling, heilt på nynorsk eller heilt på bokmål, som du lagrar som Word-dokument.',
  'list.casesHeading': 'Saksframlegg for {{organisation}}',
  'list.caption': 'Saksframlegga, det sist lagra først',
  'list.empty': 'Det er ingen saksframlegg her enno.',
  'list.title': 'Tittel',
  'list.untitled': 'Saka manglar tittel',
  'list.maalform': 'Målform',
  'list.savedAt': 'Sist lagra',
  'list.savedBy': 'Lagra av',
  'list.version': 'Versjon',
  'list.actions': 'Handlingar',
  'list.duplicate': 'Lag kopi',
  'list.duplicateLabel': 'Lag kopi av «{{title}}»',
  'list.delete': 'Slett',
  'list.deleteLabel': 'Slett «{{title}}»',
  'list.deleted': '«{{title}}» er sletta, med alle versjonane.',
  'list.failed': 'Det gjekk ikkje. Saka finst ikkje lenger.',
  'list.failedError': 'Det gjekk ikkje. Ingenting er endra. Prøv igjen; går det framleis ikkje, start appen på nytt.',
  'list.failedMalformed':
    'Saka kan ikkje kopierast fordi det lagra dokumentet er skadd. Opne saka og hent fram att ein eldre versjon.',

  'new.heading': 'Nytt saksframlegg',
  'new.figures': 'Saka vert laga med tala frå Bidrag: {{who}}, {{count}} per {{date}} × {{rate}} = {{amount}}.',
  'new.changeFigures': 'Endre tala på Bidrag-sida',
  'new.maalform': 'Målform for saka',
  'new.maalformHint':
    'Heile dokumentet vert skrive i denne målforma. Målforma kan ikkje endrast i ettertid, men du kan lage ein kopi i den andre.',
  'new.caseKind': 'Type sak',
  'new.create': 'Lag nytt saksframlegg',
  'new.failed': 'Saka kunne ikkje lagast. Ingenting er lagra. Prøv igjen; går det framleis ikkje, start appen på nytt.',
  'new.noContributionTitle': 'Rekn ut bidraget først',
  'new.noContributor':
    'Saksframlegget byggjer på bidraget til kommunen. Vel først kven som skal betale, på Bidrag-sida.',
  'new.noFigure':
    'Det manglar eit folketal for bidraget. Vel eller legg inn folketalet på Bidrag-sida, så kan du lage saka.',
  'new.toBidrag': 'Gå til Bidrag',
  'new.otherKind.kommune':
    'Bidrag-sida reknar no for {{who}}, men profilen din er ein kommune. Eit saksframlegg for ein kommune kan ikkje byggje på bidraget til ein fylkeskommune. Vel kommunen på Bidrag-sida.',
  'new.otherKind.fylkeskommune':
    'Bidrag-sida reknar no for {{who}}, men profilen din er ein fylkeskommune. Eit saksframlegg for ein fylkeskommune kan ikkje byggje på bidraget til ein kommune. Vel fylkeskommunen på Bidrag-sida.'
}

const nb: typeof nn = {
  'list.heading': 'Saksframlegg',
  'list.intro.kommune':
    'Her skriver du saksframlegget til formannskapet og kommunestyret: en sak med innstilling, helt på nynorsk eller helt på bokmål, som du lagrer som Word-dokument.',
  'list.intro.fylkeskommune':
    'Her skriver du saksframlegget til fylkesutvalget og fylkestinget: en sak med innstilling, helt på nynorsk eller helt på bokmål, som du lagrer som Word-dokument.',
  'list.casesHeading': 'Saksframlegg for {{organisation}}',
  'list.caption': 'Saksframleggene, det sist lagrede først',
  'list.empty': 'Det er ingen saksframlegg her ennå.',
  'list.title': 'Tittel',
  'list.untitled': 'Saken mangler tittel',
  'list.maalform': 'Målform',
  'list.savedAt': 'Sist lagret',
  'list.savedBy': 'Lagret av',
  'list.version': 'Versjon',
  'list.actions': 'Handlinger',
  'list.duplicate': 'Lag kopi',
  'list.duplicateLabel': 'Lag kopi av «{{title}}»',
  'list.delete': 'Slett',
  'list.deleteLabel': 'Slett «{{title}}»',
  'list.deleted': '«{{title}}» er slettet, med alle versjonene.',
  'list.failed': 'Det gikk ikke. Saken finnes ikke lenger.',
  'list.failedError': 'Det gikk ikke. Ingenting er endret. Prøv igjen; går det fortsatt ikke, start appen på nytt.',
  'list.failedMalformed':
    'Saken kan ikke kopieres fordi det lagrede dokumentet er skadet. Åpne saken og hent fram en eldre versjon.',

  'new.heading': 'Nytt saksframlegg',
  'new.figures': 'Saken lages med tallene fra Bidrag: {{who}}, {{count}} per {{date}} × {{rate}} = {{amount}}.',
  'new.changeFigures': 'Endre tallene på Bidrag-siden',
  'new.maalform': 'Målform for saken',
  'new.maalformHint':
    'Hele dokumentet skrives i denne målformen. Målformen kan ikke endres i etterkant, men du kan lage en kopi i den andre.',
  'new.caseKind': 'Type sak',
  'new.create': 'Lag nytt saksframlegg',
  'new.failed': 'Saken kunne ikke lages. Ingenting er lagret. Prøv igjen; går det fortsatt ikke, start appen på nytt.',
  'new.noContributionTitle': 'Regn ut bidraget først',
  'new.noContributor':
    'Saksframlegget bygger på bidraget til kommunen. Angi først hvem som skal betale, på Bidrag-siden.',
  'new.noFigure':
    'Det mangler et folketall for bidraget. Angi eller legg inn folketallet på Bidrag-siden, så kan du lage saken.',
  'new.toBidrag': 'Gå til Bidrag',
  'new.otherKind.kommune':
    'Bidrag-siden regner nå for {{who}}, men profilen din er en kommune. Et saksframlegg for en kommune kan ikke bygge på bidraget til en fylkeskommune. Velg kommunen på Bidrag-siden.',
  'new.otherKind.fylkeskommune':
    'Bidrag-siden regner nå for {{who}}, men profilen din er en fylkeskommune. Et saksframlegg for en fylkeskommune kan ikke bygge på bidraget til en kommune. Velg fylkeskommunen på Bidrag-siden.'
}

export default { nn, nb }
