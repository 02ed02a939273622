import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { MAALFORMER, type Maalform } from '@shared/maalform'
import type { Namespace } from '../i18n'
import forms from '../i18n/forms'
import frame from '../i18n/frame'
import setup from '../i18n/setup'

/**
 * The interface texts as the app loads them. The first screen (the frame, and the first-run setup)
 * needs only three small dictionaries (the setup's form asks before leaving and counts characters
 * with the forms' texts), so those start with the app; every area's texts (the rest of
 * renderer/src/i18n, about 20 kB gzip) arrive in one piece of their own, which an area waits for
 * before it shows (see areas.tsx), so no page ever shows a text's key instead of its words.
 */
const AT_START = { frame, setup, forms } as const

function resourcesFor(maalform: Maalform): Partial<Record<Namespace, Record<string, string>>> {
  return { frame: AT_START.frame[maalform], setup: AT_START.setup[maalform], forms: AT_START.forms[maalform] }
}

export async function initI18n(maalform: Maalform): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: maalform,
    fallbackLng: false,
    supportedLngs: [...MAALFORMER],
    ns: Object.keys(AT_START),
    defaultNS: 'frame',
    resources: { nn: resourcesFor('nn'), nb: resourcesFor('nb') },
    interpolation: { escapeValue: false },
    returnNull: false
  })
  return i18next
}

let areaTexts: Promise<void> | null = null

/** Every area's texts, added to i18next once; later calls share the first load. */
export function loadAreaTexts(): Promise<void> {
  areaTexts ??= import('../i18n').then(({ DICTIONARIES }) => {
    for (const ns of Object.keys(DICTIONARIES) as Namespace[]) {
      if (ns in AT_START) continue
      for (const maalform of MAALFORMER) i18next.addResourceBundle(maalform, ns, DICTIONARIES[ns][maalform])
    }
  })
  return areaTexts
}

/** A module an area (or a dialog) loads on demand, given only once its texts are there. */
export function withAreaTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadAreaTexts()]).then(([module]) => module)
}

export async function changeMaalform(maalform: Maalform): Promise<void> {
  await i18next.changeLanguage(maalform)
  document.documentElement.lang = maalform
}
