import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fileFailureText } from '@shared/fileError'
import { todayIso } from '@shared/format'
import { useApp } from '../app/context'
import { FilePicker } from '../components/FilePicker'
import { solutionStore } from './solutionStore'

type Notice = { ok: boolean; text: string }

/** Export the catalogue as JSON, or read one in; a bad file changes nothing and says why. */
export function CatalogueFile() {
  const { t } = useTranslation('fellesloysingar')
  const { platform, profile } = useApp()
  const [notice, setNotice] = useState<Notice | null>(null)

  async function exportFile(): Promise<void> {
    setNotice(null)
    try {
      const file = await solutionStore.exportFile()
      const data = new TextEncoder().encode(JSON.stringify(file, null, 2) + '\n')
      const result = await platform.saveFile({ suggestedName: `fellesloysingar-${todayIso()}.json`, kind: 'json', data })
      if (result.status === 'saved') setNotice({ ok: true, text: t('file.saved', { path: result.path }) })
      if (result.status === 'failed') setNotice({ ok: false, text: fileFailureText(result)[profile.maalform] })
    } catch {
      setNotice({ ok: false, text: t('file.saveFailed') })
    }
  }

  async function importFile(file: File | undefined): Promise<void> {
    if (!file) return
    const result = await solutionStore.importFile(await file.text())
    if (result.ok) setNotice({ ok: true, text: t('file.imported', { count: result.value }) })
    else if (result.reason === 'notJson') setNotice({ ok: false, text: t('file.notJson') })
    // The schema's own words are English and technical: the user is told which entry, if it is one.
    else setNotice({ ok: false, text: result.entry ? t('file.invalidEntry', { number: result.entry }) : t('file.invalid') })
  }

  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="sm">
        {t('file.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('file.intro')}</Paragraph>
      {/* The buttons in the app's colour, not the card's grey; tops in line, the file's description below its own button. */}
      <div className="row row-top" data-color="accent">
        <Button variant="secondary" onClick={() => void exportFile()}>
          {t('file.export')}
        </Button>
        <FilePicker label={t('file.import')} description={t('file.importDescription')} accept=".json,application/json" onFile={(f) => void importFile(f)} />
      </div>
      {notice && (
        <Alert data-color={notice.ok ? 'success' : 'danger'} role={notice.ok ? 'status' : 'alert'} data-testid="fl-file-notice">
          {notice.text}
        </Alert>
      )}
    </Card>
  )
}
