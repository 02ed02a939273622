import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { MAALFORMER, type Maalform } from '@shared/maalform'
import backup from './backup'
import bidrag from './bidrag'
import deltaking from './deltaking'
import fellesloysingar from './fellesloysingar'
import forms from './forms'
import frame from './frame'
import okonomi from './okonomi'
import oversikt from './oversikt'
import saksframlegg from './saksframlegg'
import setup from './setup'
import template from './template'

/**
 * Every string the user sees comes from these dictionaries, one file per area (or one folder of
 * parts, merged in its index.ts, where an area has much to say), each with a nynorsk and a bokmål half of the same shape (the type `typeof nn` makes a missing key a
 * compile error; test/unit/i18n.test.ts checks the same at run time and that no value is empty).
 */
export const DICTIONARIES = { frame, setup, oversikt, bidrag, saksframlegg, template, deltaking, fellesloysingar, okonomi, backup, forms } as const

export type Namespace = keyof typeof DICTIONARIES

function resourcesFor(maalform: Maalform): Record<Namespace, Record<string, string>> {
  const out = {} as Record<Namespace, Record<string, string>>
  for (const ns of Object.keys(DICTIONARIES) as Namespace[]) out[ns] = DICTIONARIES[ns][maalform]
  return out
}

export async function initI18n(maalform: Maalform): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: maalform,
    fallbackLng: false,
    supportedLngs: [...MAALFORMER],
    ns: Object.keys(DICTIONARIES),
    defaultNS: 'frame',
    resources: { nn: resourcesFor('nn'), nb: resourcesFor('nb') },
    interpolation: { escapeValue: false },
    returnNull: false
  })
  return i18next
}

export async function changeMaalform(maalform: Maalform): Promise<void> {
  await i18next.changeLanguage(maalform)
  document.documentElement.lang = maalform
}
