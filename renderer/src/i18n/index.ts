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
 * The app loads them through app/texts.ts: the frame's and the setup's at start, the rest with the
 * first area opened.
 */
export const DICTIONARIES = { frame, setup, oversikt, bidrag, saksframlegg, template, deltaking, fellesloysingar, okonomi, backup, forms } as const

export type Namespace = keyof typeof DICTIONARIES
