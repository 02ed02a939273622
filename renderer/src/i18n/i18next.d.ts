import type { DICTIONARIES } from '.'

type Dictionaries = typeof DICTIONARIES

/**
 * The dictionaries as i18next's types: `t('no.such.key')` and a namespace the app does not have
 * are compile errors. The nynorsk half stands for both, as the bokmål half has its type.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'frame'
    resources: { [N in keyof Dictionaries]: Dictionaries[N]['nn'] }
    returnNull: false
  }
}
