import { Alert, Card, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppInfo } from '@shared/ipc'
import type { Maalform } from '@shared/maalform'
import { useApp } from '../app/context'
import { BackupSettings } from '../backup/BackupSettings'
import { ProfileForm, type ProfileDraft } from '../profile/ProfileForm'
import { TemplateSettings } from './TemplateSettings'

interface Props {
  onSave: (draft: ProfileDraft) => Promise<void>
  onMaalform: (m: Maalform) => void
}

export function Innstillingar({ onSave, onMaalform }: Props) {
  const { t } = useTranslation('oversikt')
  const { t: ts } = useTranslation('setup')
  const { profile, platform } = useApp()
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [saved, setSaved] = useState(false)
  useEffect(() => {
    void platform.appInfo().then(setInfo)
  }, [platform])
  return (
    <section className="page" aria-labelledby="innstillingar-heading">
      <Heading level={1} data-size="lg" id="innstillingar-heading">
        {t('settingsHeading')}
      </Heading>
      <Heading level={2} data-size="sm">
        {ts('profileHeading')}
      </Heading>
      {saved && (
        <Alert data-color="success" role="status">
          {ts('saved')}
        </Alert>
      )}
      {/* Saved changes start the form afresh; a målform switch (saved at once) keeps what is typed. */}
      <ProfileForm
        key={[profile.kind, profile.number, profile.sakshandsamar, profile.chiefTitle.kind, profile.chiefTitle.custom ?? ''].join('|')}
        initial={profile}
        maalform={profile.maalform}
        onMaalform={onMaalform}
        submitLabel={ts('saveChanges')}
        onSubmit={async (draft) => {
          await onSave(draft)
          setSaved(true)
        }}
      />
      <TemplateSettings />
      <BackupSettings />
      <Card>
        <Heading level={2} data-size="sm">
          {t('aboutHeading')}
        </Heading>
        <dl className="facts">
          <dt>{t('version')}</dt>
          <dd>{info?.version ?? '…'}</dd>
          <dt>{t('dataFolder')}</dt>
          <dd>{info ? (info.dataFolder ? `${info.dataFolder} – ${t('dataLocal')}` : t('dataInBrowser')) : '…'}</dd>
        </dl>
        <Heading level={3} data-size="xs">
          {t('sourcesHeading')}
        </Heading>
        <Paragraph data-size="sm">{t('sourceSsb')}</Paragraph>
        <Paragraph data-size="sm">{t('sourceGeodata')}</Paragraph>
        <Paragraph data-size="sm">{t('sourceKs')}</Paragraph>
      </Card>
    </section>
  )
}
