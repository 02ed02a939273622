import type { TFunction } from 'i18next'
import { oneLine } from '@shared/document/text'
import { formatNumber } from '@shared/format'
import type { BackupRefusal } from './backupStore'

type T = TFunction<'backup'>

/** A table's name as the user knows the data in it; a table the dictionary does not know yet keeps its own name. */
export function tableLabel(t: T, table: string): string {
  const key = `table.${table}`
  return t(key as 'table.profile', { defaultValue: table })
}

/** One sentence that names what is wrong with a refused file, in the user's målform. */
export function refusalText(t: T, refusal: BackupRefusal): string {
  switch (refusal.reason) {
    case 'tooLarge':
      return t('refusal.tooLarge')
    case 'unreadable':
      return t('refusal.unreadable')
    case 'otherApp':
      return t('refusal.otherApp')
    case 'newer':
      return t('refusal.newer', { version: refusal.appVersion })
    case 'missingTables':
      return t('refusal.missingTables', { tables: refusal.tables.map((name) => tableLabel(t, name)).join(', ') })
    case 'damaged':
      return t('refusal.damaged')
    case 'invalidRows':
      return t('refusal.invalidRows', { count: refusal.count, table: tableLabel(t, refusal.table), key: rowKey(refusal.key) })
  }
}

/** A row's key as a refusal names it: a file can hold any key, so it is cut to one short line. */
function rowKey(key: string): string {
  const line = oneLine(key)
  return line.length > 60 ? `${line.slice(0, 59)}…` : line
}

/** A file size as the list shows it: "12 kB", "1 204 kB". */
export function formatSize(bytes: number): string {
  return `${formatNumber(Math.max(1, Math.ceil(bytes / 1024)))} kB`
}
