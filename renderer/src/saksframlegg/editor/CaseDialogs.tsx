import { Paragraph } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import type { Pending } from './caseDraftReducer'

/** "Reset this section to the default text?" and "Remove this section?": one dialog, two questions. */
export function SectionDialog({
  pending,
  kind,
  onCancel,
  onConfirm
}: {
  pending: Pending | null
  kind: 'resetSection' | 'removeSection'
  onCancel: () => void
  onConfirm: (sectionId: string, heading: string) => void
}) {
  const { t } = useTranslation('saksframlegg')
  const asked = pending?.kind === kind ? pending : null
  const words = kind === 'resetSection' ? RESET : REMOVE
  return (
    <ConfirmDialog
      open={asked !== null}
      testId={words.testId}
      heading={t(words.heading, { heading: asked?.heading ?? '' })}
      cancelLabel={t('dialog.cancel')}
      onCancel={onCancel}
      actions={[
        {
          label: t(words.confirm),
          danger: true,
          onClick: () => {
            if (asked) onConfirm(asked.id, asked.heading)
          }
        }
      ]}
    >
      {t(words.body)}
    </ConfirmDialog>
  )
}

const RESET = { testId: 'sf-reset-dialog', heading: 'dialog.resetHeading', confirm: 'dialog.reset', body: 'dialog.resetBody' } as const
const REMOVE = { testId: 'sf-remove-dialog', heading: 'dialog.removeHeading', confirm: 'dialog.remove', body: 'dialog.removeBody' } as const

export function RestoreDialog({
  pending,
  dirty,
  next,
  onCancel,
  onRestore
}: {
  pending: Pending | null
  dirty: boolean
  /** The version number the restored copy will get; unknown when the case cannot be read. */
  next?: number
  onCancel: () => void
  onRestore: (version: number) => void
}) {
  const { t } = useTranslation('saksframlegg')
  const version = pending?.kind === 'restore' ? pending.version : 0
  return (
    <ConfirmDialog
      open={pending?.kind === 'restore'}
      testId="sf-restore-dialog"
      heading={t('dialog.restoreHeading', { version: String(version) })}
      cancelLabel={t('dialog.cancel')}
      onCancel={onCancel}
      actions={[{ label: t('dialog.restore'), onClick: () => onRestore(version) }]}
    >
      <Paragraph>{next ? t('dialog.restoreBody', { version: String(version), next: String(next) }) : t('dialog.restoreBodyBroken', { version: String(version) })}</Paragraph>
      {dirty && <Paragraph>{t('dialog.restoreUnsaved')}</Paragraph>}
    </ConfirmDialog>
  )
}

/** The question before leaving a case with unsaved changes: save and leave, leave without saving, or stay. */
export function LeaveDialog({
  pending,
  saving,
  onCancel,
  onSaveAndLeave,
  onLeaveWithout
}: {
  pending: Pending | null
  saving: boolean
  onCancel: () => void
  onSaveAndLeave: (then: Extract<Pending, { kind: 'leave' }>['then']) => void
  onLeaveWithout: (then: Extract<Pending, { kind: 'leave' }>['then']) => void
}) {
  const { t } = useTranslation('saksframlegg')
  const asked = pending?.kind === 'leave' ? pending : null
  return (
    <ConfirmDialog
      open={asked !== null}
      testId="sf-leave-dialog"
      heading={t('dialog.leaveHeading')}
      cancelLabel={t('dialog.stay')}
      onCancel={onCancel}
      actions={[
        {
          label: t('dialog.saveAndLeave'),
          loading: saving,
          onClick: () => {
            if (asked) onSaveAndLeave(asked.then)
          }
        },
        {
          label: t('dialog.leaveWithout'),
          variant: 'secondary',
          danger: true,
          onClick: () => {
            if (asked) onLeaveWithout(asked.then)
          }
        }
      ]}
    >
      {t('dialog.leaveBody')}
    </ConfirmDialog>
  )
}
