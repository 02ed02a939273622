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

/**
 * The pages the starter catalogue of fellesløysingar takes its prices from, by their own titles, as
 * the adoption case cites them (shared/tracking/starterCatalogue.ts names each in its source).
 */
export const PRICE_SOURCE_TITLES = [
  'Hva koster det å ta i bruk Digiorden?',
  'Min kommune – barnevern',
  'Modernisert folkeregister – ofte stilte spørsmål',
  'Fakturering av Fiks skatte- og inntektsopplysninger',
  'Hva koster det å bruke Fiks smittesporing?',
  'Digihelse – hvordan komme i gang',
  'Fiks bekymringsmelding',
  'Fakturering av tjenester på Fiks-plattformen'
]

export const CITED_TITLES = [KS_INVITATION_2017, KS_PRINCIPLES_NOTE_2017, KS_STRATEGY_2017, KOMMUNEPROPOSISJONEN_2018, ...PRICE_SOURCE_TITLES]

/** Bodies named by their own names, which are in bokmål: a nynorsk text names them so too. */
export const BODY_NAMES = ['KS Digitale Fellestjenester']

/** A web address ("ksdigital.no/tjenestene/…"): its path is the site's, not the document's words. */
const ADDRESS = /\b(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)*\.(?:no|com|org|net)(?:\/[^\s)]*)?/giu

/** The text with each cited title, quoted as «title», each body's own name and each web address taken out. */
export function withoutCitedTitles(text: string): string {
  const titled = CITED_TITLES.reduce((t, title) => t.split(`«${title}»`).join(' «» '), text)
  return BODY_NAMES.reduce((t, name) => t.split(name).join(' '), titled).replace(ADDRESS, ' ')
}
