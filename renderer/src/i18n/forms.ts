/** What every form says the same way: dates typed dd.mm.åååå, text limits, unsaved changes. */
const nn = {
  'date.pattern': 'dd.mm.åååå',
  'date.notADate': 'Skriv datoen som dd.mm.åååå, til dømes 30.06.2017.',
  'date.noSuchDate': '«{{text}}» er ingen dato i kalenderen. Sjå etter dag og månad.',
  'limit.under': '%d teikn att',
  'limit.over': '%d teikn for mykje',
  'leave.heading': 'Endringane er ikkje lagra',
  'leave.body': 'Du har endra noko i skjemaet utan å lagre. Går du vidare no, forsvinn endringane.',
  'leave.save': 'Lagre og gå vidare',
  'leave.discard': 'Gå vidare utan å lagre',
  'leave.stay': 'Bli her'
}

const nb: typeof nn = {
  'date.pattern': 'dd.mm.åååå',
  'date.notADate': 'Skriv datoen som dd.mm.åååå, for eksempel 30.06.2017.',
  'date.noSuchDate': '«{{text}}» er ingen dato i kalenderen. Se etter dag og måned.',
  'limit.under': '%d tegn igjen',
  'limit.over': '%d tegn for mye',
  'leave.heading': 'Endringene er ikke lagret',
  'leave.body': 'Du har endret noe i skjemaet uten å lagre. Går du videre nå, forsvinner endringene.',
  'leave.save': 'Lagre og gå videre',
  'leave.discard': 'Gå videre uten å lagre',
  'leave.stay': 'Bli her'
}

export default { nn, nb }
