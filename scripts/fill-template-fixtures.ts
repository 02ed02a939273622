/**
 * Fills every template fixture with Tysnes' case (nynorsk) and writes the .docx files to a folder,
 * to open in LibreOffice and look at: `npx tsx scripts/fill-template-fixtures.ts OUT`, then
 * `soffice --headless --convert-to pdf --outdir OUT OUT/*.docx` and `pdftoppm -png -r 60 OUT/x.pdf OUT/x`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fillTemplate, inspectTemplate } from '../shared/document/template'
import { defaultTemplateMapping, saksframleggTemplateParts } from '../shared/saksframlegg/templateParts'
import { tysnes } from '../test/fixtures/saksframlegg/cases'
import { rawTemplate, WEBSAK_BODY } from '../test/fixtures/templates/rawTemplate'
const out = process.argv[2] ?? 'out/templates'
mkdirSync(out, { recursive: true })
const doc = tysnes('nn')
const jobs: [string, Uint8Array, Record<string, string[]>][] = [
  ['raw-websak', await rawTemplate(WEBSAK_BODY), { 'bookmark:Saksgang': ['saksgang'], 'placeholder:dato': ['date'] }],
  ['lo-websak', new Uint8Array(readFileSync('test/fixtures/templates/websak.docx')), { 'bookmark:Arkivsak': ['arkivsak'], 'placeholder:arkivkode': ['arkivkode'] }],
  ['lo-bookmarks', new Uint8Array(readFileSync('test/fixtures/templates/bookmarks.docx')), {}],
  ['lo-controls', new Uint8Array(readFileSync('test/fixtures/templates/controls.docx')), {}]
]
for (const [name, bytes, extra] of jobs) {
  const i = await inspectTemplate(bytes); if (!i.ok) throw new Error(name)
  const r = await fillTemplate(bytes, { ...defaultTemplateMapping(i.template.places), ...extra }, saksframleggTemplateParts(doc, 'nn'))
  if (!r.ok) throw new Error(name + r.refusal.reason)
  writeFileSync(`${out}/${name}.docx`, r.bytes)
}
