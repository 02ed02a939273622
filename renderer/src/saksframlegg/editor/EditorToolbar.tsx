import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react'
import type { ReactNode, Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { formatTimestamp } from '@shared/format'
import type { Maalform } from '@shared/maalform'
import type { Saksframlegg } from '@shared/saksframlegg'
import type { Loaded } from './caseDraftReducer'

/** The top of the editor: back to the list, the case's title, whether it is saved, and the actions. */
export function EditorToolbar({
  doc,
  stored,
  maalform,
  dirty,
  stale,
  headingRef,
  onBack,
  children
}: {
  doc: Saksframlegg
  /** The case as last saved: its version, time and author. */
  stored: Loaded['stored']
  maalform: Maalform
  dirty: boolean
  /** Another version is stored than the one the draft was started from: never "all saved" then. */
  stale: boolean
  headingRef: Ref<HTMLHeadingElement>
  onBack: () => void
  /** The action buttons. */
  children: ReactNode
}) {
  const { t } = useTranslation('saksframlegg')
  return (
    <div className="sf-toolbar">
      <div>
        <Button variant="tertiary" data-size="sm" onClick={onBack}>
          <span aria-hidden="true">←</span> {t('editor.back')}
        </Button>
      </div>
      <Heading level={1} data-size="md" id="sf-editor-heading" lang={maalform} ref={headingRef} tabIndex={-1}>
        {doc.title.trim() || t('editor.heading')}
      </Heading>
      <div className="sf-meta">
        <Tag data-color={dirty || stale ? 'warning' : 'success'} data-testid="save-status" role="status">
          {dirty ? t('status.unsaved') : stale ? t('status.stale') : t('status.saved')}
        </Tag>
        {dirty && stale && (
          <Tag data-color="warning" data-testid="stale-status">
            {t('status.stale')}
          </Tag>
        )}
        <Paragraph data-size="sm" className="muted">
          {t('editor.meta', {
            maalform: t(`maalform.${maalform}`),
            kind: t(`caseKind.${doc.caseKind}`),
            version: String(stored.version),
            time: formatTimestamp(stored.updatedAt),
            by: stored.updatedBy
          })}
        </Paragraph>
      </div>
      {children}
    </div>
  )
}
