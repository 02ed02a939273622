/** Saksframlegg, the words both the list and the editor use: målformer, kinds of case, kinds of section. */
const nn = {
  loading: 'Lastar …',
  and: 'og',
  'maalform.nn': 'Nynorsk',
  'maalform.nb': 'Bokmål',
  'caseKind.vedtakssak': 'Vedtakssak',
  'caseKind.orienteringssak': 'Orienteringssak',
  'caseKindHint.vedtakssak.kommune': 'Kommunestyret gjer vedtak om å vere med eller ikkje, etter innstillinga.',
  'caseKindHint.vedtakssak.fylkeskommune': 'Fylkestinget gjer vedtak om å vere med eller ikkje, etter innstillinga.',
  'caseKindHint.orienteringssak': 'Saka vert lagd fram til orientering, utan vedtak om å delta.',
  'sectionKind.saksutgreiing': 'Saksutgreiing',
  'sectionKind.saksopplysningar': 'Saksopplysningar',
  'sectionKind.okonomiskeKonsekvensar': 'Økonomiske konsekvensar',
  'sectionKind.vurdering': 'Vurdering',
  'sectionKind.other': 'Anna (eiga overskrift)'
}

const nb: typeof nn = {
  loading: 'Laster …',
  and: 'og',
  'maalform.nn': 'Nynorsk',
  'maalform.nb': 'Bokmål',
  'caseKind.vedtakssak': 'Vedtakssak',
  'caseKind.orienteringssak': 'Orienteringssak',
  'caseKindHint.vedtakssak.kommune': 'Kommunestyret vedtar om kommunen skal være med eller ikke, etter innstillingen.',
  'caseKindHint.vedtakssak.fylkeskommune': 'Fylkestinget vedtar om fylkeskommunen skal være med eller ikke, etter innstillingen.',
  'caseKindHint.orienteringssak': 'Saken legges fram til orientering, uten vedtak om å delta.',
  'sectionKind.saksutgreiing': 'Saksutredning',
  'sectionKind.saksopplysningar': 'Saksopplysninger',
  'sectionKind.okonomiskeKonsekvensar': 'Økonomiske konsekvenser',
  'sectionKind.vurdering': 'Vurdering',
  'sectionKind.other': 'Annet (egen overskrift)'
}

export default { nn, nb }
