import JSZip from 'jszip'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { refusalText } from '../../../renderer/src/backup/backupText'
import { parseSsbFile } from '../../../shared/population'
import { rawTemplate, WEBSAK_BODY } from '../../fixtures/templates/rawTemplate'
import type { BadInput, World } from './world'

/** The files a user can give the app: SSB exports, catalogue files, backups and Word templates. */

const ssbFixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/ssb', name), 'utf8')

/** Bidrag's SSB import: the file is read, and nothing is stored unless it reads. */
function ssb(text: string): BadInput['attempt'] {
  return async () => {
    const result = parseSsbFile(text)
    if (result.ok) throw new Error('The SSB file was read')
    return result.error
  }
}

/** Fellesløysingar's catalogue import. */
function catalogue(text: string): BadInput['attempt'] {
  return async (w: World) => {
    const result = await w.solutions.importFile(text)
    if (result.ok) throw new Error('The catalogue file was read')
    if (result.reason === 'notJson') return w.say('fellesloysingar', 'file.notJson')
    return result.entry ? w.say('fellesloysingar', 'file.invalidEntry', { number: result.entry }) : w.say('fellesloysingar', 'file.invalid')
  }
}

/** A restore from a file, made from the world's own backup. */
function restore(make: (backup: string) => string): BadInput['attempt'] {
  return async (w: World) => {
    const result = await w.backup.restore(make(await w.backup.export()))
    if (result.ok) throw new Error('The backup was restored')
    return w.both((m) => refusalText(w.fixedT(m, 'backup'), result.refusal))
  }
}

type File = { spleiselag: Record<string, unknown>; data: { tables: { name: string; rowCount: number }[]; data: { tableName: string; rows: Record<string, unknown>[] }[] } }
const edit = (change: (file: File) => void) => (text: string) => {
  const file = JSON.parse(text) as File
  change(file)
  return JSON.stringify(file)
}
const rows = (file: File, table: string) => file.data.data.find((d) => d.tableName === table)!.rows

/** Innstillingar's template upload: the engine reads the file, and a file it refuses is not stored. */
function template(fileName: string, bytes: () => Promise<Uint8Array>): BadInput['attempt'] {
  return async (w: World) => {
    const result = await w.templates.save({ documentType: 'saksframlegg', fileName, bytes: await bytes(), loadedBy: 'Anders Teigen' })
    if (result.ok || result.reason !== 'refused') throw new Error(`The template was not refused: ${JSON.stringify(result)}`)
    const { refusal } = result
    return w.say('template', `refused.${refusal.reason}`, { file: fileName, detail: refusal.detail ?? '', example: '{{namn}}' })
  }
}

const zipOf = async (files: Record<string, string>) => {
  const zip = new JSZip()
  for (const [name, text] of Object.entries(files)) zip.file(name, text)
  return zip.generateAsync({ type: 'uint8array' })
}
const utf8 = (text: string) => async () => new TextEncoder().encode(text)
const PROTECTED = '<w:documentProtection w:edit="readOnly" w:enforcement="1"/>'

export const FILE_INPUTS: BadInput[] = [
  { entry: 'SSB import', input: 'an empty file', nn: 'Fila er tom.', nb: 'Filen er tom.', attempt: ssb('') },
  { entry: 'SSB import', input: 'a letter, not a table', nn: 'Fann ikkje overskriftslina med kolonnen «region». Last ned tabellen frå SSB som CSV (semikolonseparert, med overskrift) eller som JSON-stat 2.0.', nb: 'Fant ikke overskriftslinjen med kolonnen «region». Last ned tabellen fra SSB som CSV (semikolonseparert, med overskrift) eller som JSON-stat 2.0.', attempt: ssb('Hei Tysnes,\nher er tala.') },
  { entry: 'SSB import', input: 'JSON-stat cut off', nn: 'Fila er ikkje gyldig JSON.', nb: 'Filen er ikke gyldig JSON.', attempt: ssb(ssbFixture('truncated.json')) },
  { entry: 'SSB import', input: 'JSON-stat version 1', nn: 'Fila er i det eldre JSON-stat-formatet (versjon 1). Last ned tabellen som JSON-stat 2.0.', nb: 'Filen er i det eldre JSON-stat-formatet (versjon 1). Last ned tabellen som JSON-stat 2.0.', attempt: ssb(ssbFixture('jsonstat-version1.json')) },
  { entry: 'SSB import', input: 'JSON-stat with the wrong number of values', nn: 'JSON-stat-fila er øydelagd: ho har 15 verdiar, men dimensjonane gir 16.', nb: 'JSON-stat-filen er ødelagt: den har 15 verdier, men dimensjonene gir 16.', attempt: ssb(ssbFixture('jsonstat-wrong-length.json')) },
  { entry: 'SSB import', input: 'JSON-stat without the region dimension', nn: 'JSON-stat-fila er øydelagd: dimensjonen «Tid» manglar eller har feil tal på kategoriar.', nb: 'JSON-stat-filen er ødelagt: dimensjonen «Tid» mangler eller har feil antall kategorier.', attempt: ssb(ssbFixture('jsonstat-missing-dimension.json')) },
  { entry: 'SSB import', input: 'CSV without a region column', nn: 'Fann ikkje overskriftslina med kolonnen «region». Last ned tabellen frå SSB som CSV (semikolonseparert, med overskrift) eller som JSON-stat 2.0.', nb: 'Fant ikke overskriftslinjen med kolonnen «region». Last ned tabellen fra SSB som CSV (semikolonseparert, med overskrift) eller som JSON-stat 2.0.', attempt: ssb(ssbFixture('no-region.csv')) },
  { entry: 'SSB import', input: 'CSV of births, not population', nn: 'Fila har ikkje folketal, berre «Fødde», «Døde». Vel ein statistikkvariabel for folketal når du lastar ned frå SSB.', nb: 'Filen har ikke folketall, bare «Fødde», «Døde». Velg en statistikkvariabel for folketall når du laster ned fra SSB.', attempt: ssb(ssbFixture('births-only.csv')) },
  { entry: 'catalogue file', input: 'not JSON', nn: 'Fila er ikkje JSON. Ingenting er endra.', nb: 'Filen er ikke JSON. Ingenting er endret.', attempt: catalogue('{"format": "spleiselag-fellesloysingar", ') },
  { entry: 'catalogue file', input: 'another format', nn: 'Fila er ikkje ein katalog Spleiselag kan lese. Ingenting er endra.', nb: 'Filen er ikke en katalog Spleiselag kan lese. Ingenting er endret.', attempt: catalogue('{"format":"kommunekatalog","version":1}') },
  { entry: 'catalogue file', input: 'a newer version', nn: 'Fila er ikkje ein katalog Spleiselag kan lese. Ingenting er endra.', nb: 'Filen er ikke en katalog Spleiselag kan lese. Ingenting er endret.', attempt: catalogue('{"format":"spleiselag-fellesloysingar","version":2,"exportedAt":"2025-01-01","solutions":[]}') },
  { entry: 'catalogue file', input: 'an entry with an id of spaces and capitals', nn: 'Fila er ein katalog, men løysing nr. 1 i henne kan ikkje lesast. Ingenting er endra.', nb: 'Filen er en katalog, men løsning nr. 1 i den kan ikke leses. Ingenting er endret.', attempt: catalogue('{"format":"spleiselag-fellesloysingar","version":1,"exportedAt":"2025-01-01","solutions":[{"id":"Fiks Innsyn!"}]}') },
  { entry: 'catalogue file', input: 'JSON null', nn: 'Fila er ikkje ein katalog Spleiselag kan lese. Ingenting er endra.', nb: 'Filen er ikke en katalog Spleiselag kan lese. Ingenting er endret.', attempt: catalogue('null') },
  { entry: 'restore', input: 'not JSON (a zip)', nn: 'Fila er ufullstendig eller skadd: ho vart ikkje lagra heil, eller ho er ikkje ein tryggingskopi.', nb: 'Filen er ufullstendig eller skadet: den ble ikke lagret hel, eller den er ikke en sikkerhetskopi.', attempt: restore(() => 'PK\u0003\u0004') },
  { entry: 'restore', input: 'an empty file', nn: 'Fila er ufullstendig eller skadd: ho vart ikkje lagra heil, eller ho er ikkje ein tryggingskopi.', nb: 'Filen er ufullstendig eller skadet: den ble ikke lagret hel, eller den er ikke en sikkerhetskopi.', attempt: restore(() => '') },
  { entry: 'restore', input: 'cut off halfway', nn: 'Fila er ufullstendig eller skadd: ho vart ikkje lagra heil, eller ho er ikkje ein tryggingskopi.', nb: 'Filen er ufullstendig eller skadet: den ble ikke lagret hel, eller den er ikke en sikkerhetskopi.', attempt: restore((b) => b.slice(0, b.length / 2)) },
  { entry: 'restore', input: 'another app’s file', nn: 'Fila er ikkje ein tryggingskopi frå Spleiselag.', nb: 'Filen er ikke en sikkerhetskopi fra Spleiselag.', attempt: restore(() => '{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"notes","databaseVersion":1,"tables":[],"data":[]}}') },
  { entry: 'restore', input: 'a newer schema', nn: 'Tryggingskopien er frå ein nyare versjon av Spleiselag (3.0.0) enn denne. Installer den versjonen eller ein nyare for å hente han fram.', nb: 'Sikkerhetskopien er fra en nyere versjon av Spleiselag (3.0.0) enn denne. Installer den versjonen eller en nyere for å hente den fram.', attempt: restore(edit((f) => Object.assign(f.spleiselag, { schemaVersion: 99, appVersion: '3.0.0' }))) },
  { entry: 'restore', input: 'a table missing', nn: 'Tryggingskopien manglar delar av dataa (rundane). Han er truleg skadd.', nb: 'Sikkerhetskopien mangler deler av dataene (rundene). Den er trolig skadet.', attempt: restore(edit((f) => { f.data.tables = f.data.tables.filter((t) => t.name !== 'rounds'); f.data.data = f.data.data.filter((d) => d.tableName !== 'rounds') })) },
  { entry: 'restore', input: 'a row count that does not match', nn: 'Tryggingskopien er skadd: delane i fila passar ikkje saman.', nb: 'Sikkerhetskopien er skadet: delene i filen passer ikke sammen.', attempt: restore(edit((f) => (f.data.tables.find((t) => t.name === 'cases')!.rowCount = 5))) },
  { entry: 'restore', input: 'a participation paid without steps', nn: 'Tryggingskopien har ei oppføring som appen ikkje kan lese: «runde-2025» i deltakinga.', nb: 'Sikkerhetskopien har en oppføring som appen ikke kan lese: «runde-2025» i deltakelsen.', attempt: restore(edit((f) => ((rows(f, 'participations')[0]!.record as Record<string, unknown>).status = 'betalt'))) },
  { entry: 'restore', input: 'a profile in English', nn: 'Tryggingskopien har ei oppføring som appen ikkje kan lese: «profile» i profilen.', nb: 'Sikkerhetskopien har en oppføring som appen ikke kan lese: «profile» i profilen.', attempt: restore(edit((f) => (rows(f, 'profile')[0]!.maalform = 'en'))) },
  { entry: 'restore', input: 'two malformed population figures', nn: 'Tryggingskopien har 2 oppføringar som appen ikkje kan lese, den første «1» i folketala.', nb: 'Sikkerhetskopien har 2 oppføringer som appen ikke kan lese, den første «1» i folketallene.', attempt: restore(edit((f) => { rows(f, 'populationFigures').push({ ...rows(f, 'populationFigures')[0]!, id: 99, count: -1 }); rows(f, 'populationFigures')[0]!.count = 'mange'; f.data.tables.find((t) => t.name === 'populationFigures')!.rowCount = 2 })) },
  { entry: 'template', input: 'a .docm with macros', nn: '«mal.docm» er ei Word-fil med makroar (.docm eller .dotm), og slike filer vert ikkje tekne imot. Opne ho i Word og lagre ho som .docx eller .dotx først. Ingenting er lagra.', nb: '«mal.docm» er en Word-fil med makroer (.docm eller .dotm), og slike filer blir ikke tatt imot. Åpne den i Word og lagre den som .docx eller .dotx først. Ingenting er lagret.', attempt: template('mal.docm', () => rawTemplate(WEBSAK_BODY, { macro: true })) },
  { entry: 'template', input: 'not a zip (a text file)', nn: '«mal.docx» er ikkje ei Word-fil (.docx eller .dotx). Ingenting er lagra.', nb: '«mal.docx» er ikke en Word-fil (.docx eller .dotx). Ingenting er lagret.', attempt: template('mal.docx', utf8('Dette er ikkje ein mal.')) },
  { entry: 'template', input: 'a zip with no Word document', nn: '«mal.docx» er ei zip-fil, men ikkje eit Word-dokument. Ingenting er lagra.', nb: '«mal.docx» er en zip-fil, men ikke et Word-dokument. Ingenting er lagret.', attempt: template('mal.docx', () => zipOf({ 'xl/workbook.xml': '<workbook/>' })) },
  { entry: 'template', input: 'no places to fill', nn: 'Malen har ingen stader å fylle: ingen &&&-markørar, bokmerke, innhaldskontrollar eller {{namn}}. Ingenting er lagra.', nb: 'Malen har ingen steder å fylle: ingen &&&-markører, bokmerker, innholdskontroller eller {{namn}}. Ingenting er lagret.', attempt: template('tom.docx', () => rawTemplate('<w:p><w:r><w:t>Berre tekst.</w:t></w:r></w:p>')) },
  { entry: 'template', input: 'protected against editing', nn: '«last.docx» er skriveverna (Avgrens redigering). Slå av vernet i Word og prøv igjen. Ingenting er lagra.', nb: '«last.docx» er skrivebeskyttet (Begrens redigering). Slå av beskyttelsen i Word og prøv igjen. Ingenting er lagret.', attempt: template('last.docx', () => rawTemplate(WEBSAK_BODY, { settings: PROTECTED })) },
  { entry: 'template', input: 'a main part that is not XML', nn: '«skadd.docx» er skadd: Word-innhaldet kan ikkje lesast. Ingenting er lagra.', nb: '«skadd.docx» er skadet: Word-innholdet kan ikke leses. Ingenting er lagret.', attempt: template('skadd.docx', () => rawTemplate('', { rawDocument: '<w:document><w:body>' })) }
]

