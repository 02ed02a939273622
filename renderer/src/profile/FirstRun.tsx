import { Heading, Paragraph } from '@digdir/designsystemet-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Maalform } from '@shared/maalform'
import { MaalformSwitch } from '../components/MaalformSwitch'
import { ProfileForm, type ProfileDraft } from './ProfileForm'

interface Props {
  maalform: Maalform
  onMaalform: (m: Maalform) => void
  onDone: (draft: ProfileDraft) => Promise<void>
  /** Below the form: the way to restore a backup instead of starting afresh. */
  restore?: ReactNode
}

/** Asked once: for whom the user writes, and in which målform. */
export function FirstRun({ maalform, onMaalform, onDone, restore }: Props) {
  const { t } = useTranslation('setup')
  return (
    <main className="setup page" id="main">
      <div className="setup-header">
        <Heading level={1} data-size="lg">
          {t('welcomeTitle')}
        </Heading>
        <MaalformSwitch value={maalform} onChange={onMaalform} />
      </div>
      <Paragraph>{t('welcomeIntro')}</Paragraph>
      <Heading level={2} data-size="sm">
        {t('profileHeading')}
      </Heading>
      <ProfileForm maalform={maalform} onMaalform={onMaalform} submitLabel={t('save')} onSubmit={onDone} />
      {restore}
    </main>
  )
}
