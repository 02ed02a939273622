import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Participation } from '@shared/tracking/participation'
import { statusName } from '@shared/tracking/participationText'
import { useApp } from '../app/context'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { useTextLimit } from '../components/useTextLimit'

/** Undoing the last step asks first and takes a reason; the history keeps both. */
export function GoBack({ record, busy, onConfirm }: { record: Participation; busy: boolean; onConfirm: (why: string) => void }) {
  const { t } = useTranslation('deltaking')
  const limit = useTextLimit()
  const { profile } = useApp()
  const [open, setOpen] = useState(false)
  const [why, setWhy] = useState('')
  const previous = record.steps[record.steps.length - 2]
  if (!previous) return null
  const from = statusName(record.status, profile.maalform)
  const to = statusName(previous.status, profile.maalform)
  return (
    <>
      <Button variant="tertiary" className="flush-start" onClick={() => setOpen(true)}>
        {t('goBack')}
      </Button>
      <ConfirmDialog
        open={open}
        heading={t('goBackHeading', { from, to })}
        cancelLabel={t('cancel')}
        onCancel={() => setOpen(false)}
        testId="go-back-dialog"
        actions={[
          {
            label: t('goBackConfirm'),
            danger: true,
            loading: busy,
            onClick: () => {
              setOpen(false)
              onConfirm(why)
              setWhy('')
            }
          }
        ]}
      >
        <Paragraph>{t('goBackBody', { from })}</Paragraph>
        <Textfield {...limit('note', why)} label={t('goBackWhy')} value={why} onChange={(e) => setWhy(e.target.value)} />
      </ConfirmDialog>
    </>
  )
}
