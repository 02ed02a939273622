import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { buildMenuTemplate } from '../../electron/main/menu'

/** The whole application menu: each command a user looks for is where the platform puts it. */
const shape = (items: MenuItemConstructorOptions[] | undefined): unknown[] =>
  (items ?? []).map((item) => item.role ?? item.type ?? item.label)

describe('the application menu', () => {
  it('has File › Quit, View zoom and full screen, Window minimise and close, Help › About', () => {
    const template = buildMenuTemplate('nn', () => undefined)
    expect(template.map((item) => item.label)).toEqual(['Fil', 'Rediger', 'Vis', 'Vindauge', 'Hjelp'])
    const submenus = template.map((item) => shape(item.submenu as MenuItemConstructorOptions[]))
    expect(submenus).toEqual([
      ['quit'],
      ['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'selectAll'],
      ['zoomIn', 'zoomOut', 'resetZoom', 'separator', 'togglefullscreen'],
      ['minimize', 'close'],
      ['Om Spleiselag']
    ])
  })

  it('labels every command in the målform', () => {
    for (const [maalform, expected] of [
      ['nn', ['Avslutt', 'Forstørr', 'Forminsk', 'Vanleg storleik', 'Fullskjerm', 'Minimer', 'Lukk']],
      ['nb', ['Avslutt', 'Forstørr', 'Forminsk', 'Vanlig størrelse', 'Fullskjerm', 'Minimer', 'Lukk']]
    ] as const) {
      const labels = buildMenuTemplate(maalform, () => undefined).flatMap((item) =>
        (item.submenu as MenuItemConstructorOptions[]).map((sub) => sub.label)
      )
      expect(labels).toEqual(expect.arrayContaining([...expected]))
      expect(labels.filter((label) => label === undefined)).toHaveLength(2) // the two separators
    }
  })

  it('opens About from Help', () => {
    const onAbout = vi.fn()
    const help = buildMenuTemplate('nb', onAbout).at(-1)!
    ;(help.submenu as MenuItemConstructorOptions[])[0]!.click?.({} as never, undefined, {} as never)
    expect(onAbout).toHaveBeenCalledTimes(1)
  })
})
