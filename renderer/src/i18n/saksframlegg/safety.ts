/** Saksframlegg: unsaved work kept while the user types and offered back, and a save that meets another version. */
const nn = {
  'status.stale': 'Ein annan versjon er lagra',
  'notice.workingCopyTaken': 'Dei ulagra endringane er henta tilbake. Lagre når du er ferdig.',
  'notice.workingCopyFailed':
    'Endringane kunne ikkje takast vare på medan du skriv, fordi databasen ikkje tok imot dei. Lagre saka for å ikkje miste dei.',
  'notice.conflictOpen':
    'Endringane dine er ikkje lagra: saka er lagra som versjon {{version}} sidan du opna ho. Vel «Lagre» for å sjå begge og velje.',
  'undo.workingCopy': 'Dei ulagra endringane er forkasta.',
  'undo.theirs': 'Du tok versjon {{version}}, og endringane dine er forkasta.',

  'workingCopy.heading': 'Ulagra endringar',
  'workingCopy.body': 'Du har ulagra endringar frå {{time}}. Vil du halde fram med dei?',
  'workingCopy.newer':
    'Saka er lagra på nytt sidan då (no versjon {{version}}). Hentar du endringane tilbake, får du sjå begge når du lagrar, og velje.',
  'workingCopy.take': 'Hent tilbake',
  'workingCopy.discard': 'Forkast',
  'workingCopy.bodyMany':
    'Saka har ulagra endringar frå {{count}} ulike økter (til dømes to faner), den nyaste fyrst. Vel kva for endringar du vil halde fram med. Dei andre vert forkasta, og du kan angre.',
  'workingCopy.from': 'Frå {{time}}',
  'workingCopy.before': 'skrivne før versjon {{version}} vart lagra',
  'workingCopy.changed': 'Endra: {{part}}',
  'workingCopy.more_one': 'og {{count}} del til',
  'workingCopy.more_other': 'og {{count}} delar til',
  'workingCopy.otherChanges': 'Endringar utanom teksten (til dømes tala i saka)',
  'workingCopy.takeThis': 'Hent tilbake desse',
  'workingCopy.takeNewest': 'Hent tilbake dei nyaste',
  'workingCopy.discardAll': 'Forkast alle',
  'undo.otherCopies': 'Dei andre ulagra endringane er forkasta.',

  'versionConflict.heading': 'Saka vart lagra medan du skreiv',
  'versionConflict.body': 'Medan du skreiv, vart saka lagra som versjon {{version}} ({{by}}, {{time}}). Endringane dine er ikkje lagra.',
  'versionConflict.differs': 'Dette skil dei to:',
  'versionConflict.same': 'Teksten er den same i begge; berre lagringa skil dei.',
  'versionConflict.choice':
    'Vel du dine, vert dei lagra som versjon {{next}}, og versjon {{version}} står att i historikken. Vel du versjon {{version}}, vert endringane dine forkasta (du kan angre).',
  'versionConflict.mine': 'Dine endringar',
  'versionConflict.theirs': 'Versjon {{version}}',
  'versionConflict.missing': '(ikkje med)',
  'versionConflict.keepMine': 'Behald mine',
  'versionConflict.takeTheirs': 'Ta versjon {{version}}',
  'versionConflict.part.header': 'Toppen (sakshandsamar, arkiv, dato)',
  'versionConflict.part.saksgang': 'Saksgang',
  'versionConflict.part.title': 'Tittel',
  'versionConflict.part.vedlegg': 'Vedlegg',
  'versionConflict.part.andreSaksdokument': 'Andre saksdokument',
  'versionConflict.part.section': 'Del av saksutgreiinga',
  'versionConflict.part.innstilling': 'Innstilling'
}

const nb: typeof nn = {
  'status.stale': 'En annen versjon er lagret',
  'notice.workingCopyTaken': 'De ulagrede endringene er hentet tilbake. Lagre når du er ferdig.',
  'notice.workingCopyFailed':
    'Endringene kunne ikke tas vare på mens du skriver, fordi databasen ikke tok imot dem. Lagre saken for ikke å miste dem.',
  'notice.conflictOpen':
    'Endringene dine er ikke lagret: saken er lagret som versjon {{version}} siden du åpnet den. Velg «Lagre» for å se begge og velge.',
  'undo.workingCopy': 'De ulagrede endringene er forkastet.',
  'undo.theirs': 'Du tok versjon {{version}}, og endringene dine er forkastet.',

  'workingCopy.heading': 'Ulagrede endringer',
  'workingCopy.body': 'Du har ulagrede endringer fra {{time}}. Vil du fortsette med dem?',
  'workingCopy.newer':
    'Saken er lagret på nytt siden da (nå versjon {{version}}). Henter du endringene tilbake, får du se begge når du lagrer, og velge.',
  'workingCopy.take': 'Hent tilbake',
  'workingCopy.discard': 'Forkast',
  'workingCopy.bodyMany':
    'Saken har ulagrede endringer fra {{count}} ulike økter (for eksempel to faner), den nyeste først. Velg hvilke endringer du vil fortsette med. De andre blir forkastet, og du kan angre.',
  'workingCopy.from': 'Fra {{time}}',
  'workingCopy.before': 'skrevet før versjon {{version}} ble lagret',
  'workingCopy.changed': 'Endret: {{part}}',
  'workingCopy.more_one': 'og {{count}} del til',
  'workingCopy.more_other': 'og {{count}} deler til',
  'workingCopy.otherChanges': 'Endringer utenom teksten (for eksempel tallene i saken)',
  'workingCopy.takeThis': 'Hent tilbake disse',
  'workingCopy.takeNewest': 'Hent tilbake de nyeste',
  'workingCopy.discardAll': 'Forkast alle',
  'undo.otherCopies': 'De andre ulagrede endringene er forkastet.',

  'versionConflict.heading': 'Saken ble lagret mens du skrev',
  'versionConflict.body': 'Mens du skrev, ble saken lagret som versjon {{version}} ({{by}}, {{time}}). Endringene dine er ikke lagret.',
  'versionConflict.differs': 'Dette skiller de to:',
  'versionConflict.same': 'Teksten er den samme i begge; bare lagringen skiller dem.',
  'versionConflict.choice':
    'Velger du dine, blir de lagret som versjon {{next}}, og versjon {{version}} står igjen i historikken. Velger du versjon {{version}}, blir endringene dine forkastet (du kan angre).',
  'versionConflict.mine': 'Dine endringer',
  'versionConflict.theirs': 'Versjon {{version}}',
  'versionConflict.missing': '(ikke med)',
  'versionConflict.keepMine': 'Behold mine',
  'versionConflict.takeTheirs': 'Ta versjon {{version}}',
  'versionConflict.part.header': 'Toppen (saksbehandler, arkiv, dato)',
  'versionConflict.part.saksgang': 'Saksgang',
  'versionConflict.part.title': 'Tittel',
  'versionConflict.part.vedlegg': 'Vedlegg',
  'versionConflict.part.andreSaksdokument': 'Andre saksdokumenter',
  'versionConflict.part.section': 'Del av saksutredningen',
  'versionConflict.part.innstilling': 'Innstilling'
}

export default { nn, nb }
