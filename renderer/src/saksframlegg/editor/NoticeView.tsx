import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { fileFailureText } from '@shared/fileError'
import type { Maalform } from '@shared/maalform'
import { DismissibleNotice } from '../DismissibleNotice'
import type { ExportKind, Notice } from './caseDraftReducer'

export function NoticeView({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { t, i18n } = useTranslation('saksframlegg')
  const error =
    notice.kind === 'exportFailed' || notice.kind === 'saveFailed' || notice.kind === 'copyFailed' || notice.kind === 'restoreFailed' || notice.kind === 'workingCopyFailed'
  const color = error ? 'danger' : notice.kind === 'exportCancelled' || notice.kind === 'unsavedBack' || notice.kind === 'copied' || notice.kind === 'workingCopyTaken' ? 'info' : notice.kind === 'conflictOpen' ? 'warning' : 'success'
  return (
    <DismissibleNotice color={color} error={error} testId="sf-notice" onDismiss={onDismiss}>
      {noticeText(notice, t, i18n.language as Maalform)}
    </DismissibleNotice>
  )
}

function noticeText(notice: Notice, t: TFunction<'saksframlegg'>, maalform: Maalform): string {
  switch (notice.kind) {
    case 'saved':
      return t('notice.saved', { version: String(notice.version) })
    case 'restored':
      return t('notice.restored', { from: String(notice.from), version: String(notice.version) })
    case 'exported':
      // The file is written; the case itself is saved only by Lagre, and the notice must not suggest otherwise.
      return notice.unsaved
        ? `${t(EXPORTED[notice.part], { path: notice.path })}. ${t('notice.exportedUnsaved')}`
        : t(EXPORTED[notice.part], { path: notice.path })
    case 'exportCancelled':
      return t('notice.exportCancelled')
    case 'exportFailed':
      return notice.failure ? fileFailureText(notice.failure)[maalform] : t('notice.exportFailed')
    case 'saveFailed':
      return t(
        notice.reason === 'notFound' ? 'notice.saveFailedNotFound' : notice.reason === 'error' ? 'notice.saveFailed' : 'notice.saveFailedInvalid'
      )
    case 'copyFailed':
      return t('notice.copyFailed')
    case 'restoreFailed':
      return t(
        notice.reason === 'notFound'
          ? 'notice.restoreFailedNotFound'
          : notice.reason === 'error'
            ? 'notice.restoreFailedError'
            : 'notice.restoreFailed'
      )
    case 'unsavedBack':
      return t('notice.unsavedBack')
    case 'workingCopyTaken':
      return t('notice.workingCopyTaken')
    case 'workingCopyFailed':
      return t('notice.workingCopyFailed')
    case 'conflictOpen':
      return t('notice.conflictOpen', { version: String(notice.version) })
    case 'economyUpdated':
      return notice.renamedTo ? t('notice.economyUpdatedRenamed', { who: notice.renamedTo }) : t('notice.economyUpdated')
    case 'created':
      return t('notice.created')
    case 'duplicated':
      return t('notice.duplicated', { title: notice.title })
    case 'copied':
      return t(`notice.copied.${notice.maalform}`)
  }
}

const EXPORTED = {
  whole: 'notice.exportedWhole',
  sections: 'notice.exportedSections',
  innstilling: 'notice.exportedInnstilling',
  template: 'notice.exportedTemplate'
} as const satisfies Record<ExportKind, string>
