import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { fillTemplate, inspectTemplate, type FillFailureReason, type TemplateMapping, type UnusableMarker } from '../../shared/document/template'
import { documentLanguage } from '../../shared/document/blocks'
import type { Maalform, Tekst } from '../../shared/maalform'
import type { DocumentPart, Saksframlegg } from '../../shared/saksframlegg/model'
import { defaultTemplateMapping, saksframleggTemplateParts } from '../../shared/saksframlegg/templateParts'
import { echo, ECHO_PATH_MAX, UsageError } from './command'

/**
 * `saksframlegg --mal FIL`: the case written into the kommune's own Word template with the default
 * mapping (WebSak's markers, places named as parts). `--del` picks which parts are written: `heile`
 * every mapped part, `saksutgreiing` all but the innstilling, `innstilling` the innstilling alone;
 * places left without a part keep the template's own text. A refused template is a usage error
 * (exit 2) with one line that names the problem. `notes` name each marker found but not used, and why.
 */
export async function fillSaksframleggTemplate(
  path: string,
  doc: Saksframlegg,
  maalform: Maalform,
  part: DocumentPart
): Promise<{ bytes: Uint8Array; notes: Tekst[] }> {
  const name = basename(path)
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new UsageError({ nn: `Malen «${echo(path, ECHO_PATH_MAX)}» finst ikkje.`, nb: `Malen «${echo(path, ECHO_PATH_MAX)}» finnes ikke.` })
  }
  const bytes = new Uint8Array(readFileSync(path))
  const inspected = await inspectTemplate(bytes)
  if (!inspected.ok) throw new UsageError(templateRefusalText(inspected.refusal.reason, name, inspected.refusal.detail))
  const mapping = partsOf(defaultTemplateMapping(inspected.template.places), part)
  if (Object.keys(mapping).length === 0) {
    throw new UsageError({
      nn: `Malen «${echo(name)}» har ingen stad for ${part === 'innstilling' ? 'innstillinga' : 'saksutgreiinga'}.`,
      nb: `Malen «${echo(name)}» har ingen plass for ${part === 'innstilling' ? 'innstillingen' : 'saksutredningen'}.`
    })
  }
  const filled = await fillTemplate(bytes, mapping, saksframleggTemplateParts(doc, maalform), { language: documentLanguage(maalform) })
  if (!filled.ok) throw new UsageError(templateRefusalText(filled.refusal.reason, name, filled.refusal.detail))
  return { bytes: filled.bytes, notes: inspected.template.unusable.map(unusableMarkerNote) }
}

/** Why a marker in the template was not used, as a note after the file is written. */
export function unusableMarkerNote(marker: UnusableMarker): Tekst {
  return marker.reason === 'noDirection'
    ? {
        nn: `Merk: markøren «${marker.label}» i malen er ikkje brukt, fordi han seier verken «under» eller «over». Han står att i dokumentet slik han er.`,
        nb: `Merk: markøren «${marker.label}» i malen er ikke brukt, fordi den sier verken «under» eller «over». Den blir stående i dokumentet slik den er.`
      }
    : {
        nn: `Merk: markøren «${marker.label}» i malen er ikkje brukt, fordi han ikkje har noko ord før «under» eller «over» å parast med. Han står att i dokumentet slik han er.`,
        nb: `Merk: markøren «${marker.label}» i malen er ikke brukt, fordi den ikke har noe ord før «under» eller «over» å pares med. Den blir stående i dokumentet slik den er.`
      }
}

function partsOf(mapping: TemplateMapping, part: DocumentPart): TemplateMapping {
  if (part === 'whole') return mapping
  const keep = (id: string) => (part === 'innstilling' ? id === 'innstilling' : id !== 'innstilling')
  const out: Record<string, string[]> = {}
  for (const [place, parts] of Object.entries(mapping)) {
    const kept = parts.filter(keep)
    if (kept.length > 0) out[place] = kept
  }
  return out
}

/** Why the template cannot be used, in one line in each målform. */
export function templateRefusalText(reason: FillFailureReason, file: string, detail = ''): Tekst {
  switch (reason) {
    case 'notWord':
      return { nn: `«${echo(file)}» er ikkje ei Word-fil (.docx eller .dotx).`, nb: `«${echo(file)}» er ikke en Word-fil (.docx eller .dotx).` }
    case 'legacyWord':
      return {
        nn: `«${echo(file)}» er ei eldre Word-fil (.doc). Opne ho i Word og lagre ho som .docx eller .dotx først.`,
        nb: `«${echo(file)}» er en eldre Word-fil (.doc). Åpne den i Word og lagre den som .docx eller .dotx først.`
      }
    case 'encrypted':
      return { nn: `«${echo(file)}» er verna med passord. Fjern passordet i Word og prøv igjen.`, nb: `«${echo(file)}» er beskyttet med passord. Fjern passordet i Word og prøv igjen.` }
    case 'protected':
      return {
        nn: `«${echo(file)}» er skriveverna (Avgrens redigering). Slå av vernet i Word og prøv igjen.`,
        nb: `«${echo(file)}» er skrivebeskyttet (Begrens redigering). Slå av beskyttelsen i Word og prøv igjen.`
      }
    case 'macroEnabled':
      return {
        nn: `«${file}» er ei Word-fil med makroar (.docm eller .dotm), og slike filer vert ikkje tekne imot. Opne ho i Word og lagre ho som .docx eller .dotx først.`,
        nb: `«${file}» er en Word-fil med makroer (.docm eller .dotm), og slike filer blir ikke tatt imot. Åpne den i Word og lagre den som .docx eller .dotx først.`
      }
    case 'noMainPart':
      return { nn: `«${echo(file)}» er ei zip-fil, men ikkje eit Word-dokument.`, nb: `«${echo(file)}» er en zip-fil, men ikke et Word-dokument.` }
    case 'unreadable':
      return { nn: `«${echo(file)}» er skadd: Word-innhaldet kan ikkje lesast.`, nb: `«${echo(file)}» er skadet: Word-innholdet kan ikke leses.` }
    case 'unpairedMarker':
      return {
        nn: `Malen «${echo(file)}» har markøren «${echo(detail)}» utan partnaren sin: kvar «… under &&&» treng ein «… over &&&».`,
        nb: `Malen «${echo(file)}» har markøren «${echo(detail)}» uten partneren sin: hver «… under &&&» trenger en «… over &&&».`
      }
    case 'markersInOneParagraph':
      return {
        nn: `Malen «${echo(file)}» har begge markørane «${echo(detail)}» i same avsnitt, så det er ingen stad mellom dei.`,
        nb: `Malen «${echo(file)}» har begge markørene «${echo(detail)}» i samme avsnitt, så det er ingen plass mellom dem.`
      }
    case 'noPlaces':
      return {
        nn: `Malen «${echo(file)}» har ingen stader å fylle: ingen &&&-markørar, bokmerke, innhaldskontrollar eller {{namn}}.`,
        nb: `Malen «${echo(file)}» har ingen steder å fylle: ingen &&&-markører, bokmerker, innholdskontroller eller {{navn}}.`
      }
    case 'unusableMarker':
      return {
        nn: `Malen «${file}» har ingen stader å fylle. Markøren «${detail}» kan ikkje brukast: markørane må stå i par med «under» og «over», som «&&& Set inn saksutgreiinga under &&&» og «&&& Set inn saksutgreiinga over &&&».`,
        nb: `Malen «${file}» har ingen steder å fylle. Markøren «${detail}» kan ikke brukes: markørene må stå i par med «under» og «over», som «&&& Sett inn saksutredningen under &&&» og «&&& Sett inn saksutredningen over &&&».`
      }
    default:
      return { nn: `Malen «${echo(file)}» kunne ikkje fyllast (${reason} ${detail}).`, nb: `Malen «${echo(file)}» kunne ikke fylles (${reason} ${detail}).` }
  }
}
