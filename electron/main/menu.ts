import type { MenuItemConstructorOptions } from 'electron'
import type { Maalform } from '../../shared/maalform'
import { mainText } from './mainText'

/**
 * The application menu in the user's målform. The Edit menu uses Electron's standard roles, so
 * copy, paste and undo work in every text field, with the platform's usual shortcuts.
 */
export function buildMenuTemplate(maalform: Maalform, onAbout: () => void): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof mainText>[1]): string => mainText(maalform, key)
  return [
    { label: t('file'), submenu: [{ role: 'quit', label: t('quit') }] },
    {
      label: t('edit'),
      submenu: [
        { role: 'undo', label: t('undo') },
        { role: 'redo', label: t('redo') },
        { type: 'separator' },
        { role: 'cut', label: t('cut') },
        { role: 'copy', label: t('copy') },
        { role: 'paste', label: t('paste') },
        { role: 'selectAll', label: t('selectAll') }
      ]
    },
    {
      label: t('view'),
      submenu: [
        { role: 'zoomIn', label: t('zoomIn') },
        { role: 'zoomOut', label: t('zoomOut') },
        { role: 'resetZoom', label: t('resetZoom') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('fullscreen') }
      ]
    },
    {
      label: t('window'),
      submenu: [
        { role: 'minimize', label: t('minimize') },
        { role: 'close', label: t('close') }
      ]
    },
    { label: t('help'), submenu: [{ label: t('about'), click: onAbout }] }
  ]
}
