/**
 * Other bodies' documents, cited by their own titles in the language they were written in (KS wrote
 * in bokmål), in «», in both målformer, as a council document cites them. The målform check
 * (purity.ts) reads a title here, in its «», as a quotation and not as the document's own words.
 */
export const KS_INVITATION_2017 = 'Invitasjon til å delta i finansieringsordningen for digitaliseringsprosjekter'
export const KS_PRINCIPLES_NOTE_2017 =
  'Økt digitalisering i kommunal sektor – Ordning for finansiering av felles digitaliseringsprosjekter for ' +
  'kommuner og fylkeskommuner. Prinsippnotat'
export const KS_STRATEGY_2017 = 'Digitaliseringsstrategi for kommuner og fylkeskommuner 2017–2020'
export const KOMMUNEPROPOSISJONEN_2018 = 'Kommuneproposisjonen 2018'

export const CITED_TITLES = [KS_INVITATION_2017, KS_PRINCIPLES_NOTE_2017, KS_STRATEGY_2017, KOMMUNEPROPOSISJONEN_2018]

/** The text with each cited title, quoted as «title», taken out. */
export function withoutCitedTitles(text: string): string {
  return CITED_TITLES.reduce((t, title) => t.split(`«${title}»`).join(' «» '), text)
}
