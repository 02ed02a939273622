import common from './common'
import conflicts from './conflicts'
import editor from './editor'
import list from './list'
import notices from './notices'
import safety from './safety'

/**
 * The Saksframlegg page's one namespace, written in parts by what each part of the page shows.
 * A key in two parts would hide one of them: test/unit/i18n.test.ts checks that none does and
 * that every file in this folder is merged here.
 */
export default {
  nn: { ...common.nn, ...list.nn, ...editor.nn, ...conflicts.nn, ...notices.nn, ...safety.nn },
  nb: { ...common.nb, ...list.nb, ...editor.nb, ...conflicts.nb, ...notices.nb, ...safety.nb }
}
