import type { Maalform } from '../../shared/maalform'

/** Every string the main process shows (menu, dialogs), in both målformer. */
const nn = {
  file: 'Fil',
  quit: 'Avslutt',
  edit: 'Rediger',
  undo: 'Angre',
  redo: 'Gjer om',
  cut: 'Klipp ut',
  copy: 'Kopier',
  paste: 'Lim inn',
  selectAll: 'Merk alt',
  view: 'Vis',
  zoomIn: 'Forstørr',
  zoomOut: 'Forminsk',
  resetZoom: 'Vanleg storleik',
  fullscreen: 'Fullskjerm',
  window: 'Vindauge',
  minimize: 'Minimer',
  close: 'Lukk',
  help: 'Hjelp',
  about: 'Om Spleiselag',
  aboutDetail: 'Versjon {version}\nData vert lagra lokalt i {dataFolder}.',
  saveTitle: 'Lagre fil',
  saveButton: 'Lagre',
  saveFailed: 'Klarte ikkje å lagre fila',
  overwriteMessage: '«{name}» finst frå før. Vil du byte ho ut?',
  overwriteReplace: 'Byt ut',
  overwriteCancel: 'Avbryt',
  wordDocument: 'Word-dokument',
  jsonFile: 'JSON-fil',
  csvFile: 'CSV-fil'
}

const nb: typeof nn = {
  file: 'Fil',
  quit: 'Avslutt',
  edit: 'Rediger',
  undo: 'Angre',
  redo: 'Gjør om',
  cut: 'Klipp ut',
  copy: 'Kopier',
  paste: 'Lim inn',
  selectAll: 'Merk alt',
  view: 'Vis',
  zoomIn: 'Forstørr',
  zoomOut: 'Forminsk',
  resetZoom: 'Vanlig størrelse',
  fullscreen: 'Fullskjerm',
  window: 'Vindu',
  minimize: 'Minimer',
  close: 'Lukk',
  help: 'Hjelp',
  about: 'Om Spleiselag',
  aboutDetail: 'Versjon {version}\nData lagres lokalt i {dataFolder}.',
  saveTitle: 'Lagre fil',
  saveButton: 'Lagre',
  saveFailed: 'Klarte ikke å lagre filen',
  overwriteMessage: '«{name}» finnes fra før. Vil du erstatte den?',
  overwriteReplace: 'Erstatt',
  overwriteCancel: 'Avbryt',
  wordDocument: 'Word-dokument',
  jsonFile: 'JSON-fil',
  csvFile: 'CSV-fil'
}

export type MainTextKey = keyof typeof nn

export const MAIN_TEXT: Record<Maalform, Record<MainTextKey, string>> = { nn, nb }

export function mainText(maalform: Maalform, key: MainTextKey, values: Record<string, string> = {}): string {
  return MAIN_TEXT[maalform][key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '')
}
