import { locatePlaces } from './places'
import { readStyleSheet } from './templateStyles'
import type { InspectResult } from './types'
import { openWordPackage } from './wordPackage'

/**
 * What a kommune's template offers: its places (marker pairs, bookmarks, content controls,
 * `{{name}}` placeholders in the main part) and its styles. A file that is no Word package, a .doc,
 * an encrypted or write-protected file, a marker without its partner, or a template with no place
 * at all is refused with a reason.
 */
export async function inspectTemplate(bytes: Uint8Array): Promise<InspectResult> {
  const opened = await openWordPackage(bytes)
  if (!opened.ok) return opened
  const { pkg } = opened
  const located = locatePlaces(pkg)
  if (!located.ok) return located
  if (located.places.length === 0) {
    // A marker the engine could not use is the likeliest reason a template has no place: name it.
    const marker = located.unusable[0]
    return { ok: false, refusal: marker ? { reason: 'unusableMarker', detail: marker.label } : { reason: 'noPlaces' } }
  }
  const { styles } = readStyleSheet(pkg.stylesXml, pkg.numberingXml, pkg.main)
  return { ok: true, template: { places: located.places.map((l) => l.place), unusable: located.unusable, styles, isTemplate: pkg.isTemplate } }
}
