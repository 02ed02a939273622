import { describe, expect, it } from 'vitest'
import { MAIN_TEXT, mainText } from '../../electron/main/mainText'

/** Menus and dialogs of the main process: a blank label is a menu item nobody can read. */
describe('the main process’s own texts', () => {
  it('has every text, non-blank, in both målformer', () => {
    expect(Object.keys(MAIN_TEXT.nb)).toEqual(Object.keys(MAIN_TEXT.nn))
    for (const maalform of ['nn', 'nb'] as const) {
      for (const [key, text] of Object.entries(MAIN_TEXT[maalform])) {
        expect(text.trim(), `${maalform}.${key}`).not.toBe('')
      }
    }
  })

  it('differs between nynorsk and bokmål where the words differ', () => {
    const differing = Object.keys(MAIN_TEXT.nn).filter(
      (key) => MAIN_TEXT.nn[key as keyof typeof MAIN_TEXT.nn] !== MAIN_TEXT.nb[key as keyof typeof MAIN_TEXT.nb]
    )
    expect(differing.sort()).toEqual(['aboutDetail', 'overwriteMessage', 'overwriteReplace', 'redo', 'resetZoom', 'saveFailed', 'window'])
  })

  it('fills in named values and leaves unknown ones empty', () => {
    expect(mainText('nn', 'aboutDetail', { version: '0.1.0', dataFolder: 'C:\\Users\\a\\AppData\\Roaming\\Spleiselag' })).toBe(
      'Versjon 0.1.0\nData vert lagra lokalt i C:\\Users\\a\\AppData\\Roaming\\Spleiselag.'
    )
    expect(mainText('nb', 'aboutDetail')).toBe('Versjon \nData lagres lokalt i .')
  })
})
