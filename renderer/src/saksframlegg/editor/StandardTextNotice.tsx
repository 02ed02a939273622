import { useTranslation } from 'react-i18next'
import { formatDateLong } from '@shared/format'
import type { StandardTextChange } from '@shared/saksframlegg'
import { DismissibleNotice } from '../DismissibleNotice'

/** "«A»", "«A» og «B»", "«A», «B» og «C»". */
function listed(parts: readonly string[], and: string): string {
  const quoted = parts.map((p) => `«${p}»`)
  return quoted.length < 2 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${and} ${quoted.at(-1)}`
}

/**
 * Says, next to the case's header, that an edit rewrote standard text the user may have read
 * already, and why: the date crossed KS's answer deadline, or other data of the case changed.
 */
export function StandardTextNotice({ change, onDismiss }: { change: StandardTextChange; onDismiss: () => void }) {
  const { t } = useTranslation('saksframlegg')
  const parts = listed(change.parts, t('standardChanged.and'))
  const text = change.deadline
    ? t(change.deadline.now === 'after' ? 'standardChanged.after' : 'standardChanged.before', {
        parts,
        answerBy: formatDateLong(change.deadline.answerBy)
      })
    : t('standardChanged.other', { parts })
  return (
    <DismissibleNotice color="info" error={false} testId="sf-standard-changed" onDismiss={onDismiss}>
      {text}
    </DismissibleNotice>
  )
}
