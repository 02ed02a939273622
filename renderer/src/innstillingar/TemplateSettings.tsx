import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Place, Refusal, TemplateMapping, UnusableMarker } from '@shared/document/template'
import { formatDateLong } from '@shared/format'
import { useApp } from '../app/context'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { FilePicker } from '../components/FilePicker'
import { SelectField } from '../components/SelectField'
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard'
import { templateStore, type SavedTemplate } from '../template/templateStore'
import { choiceKey, choiceOf, choicesFor, defaultMapping, TEMPLATE_DOCUMENT_TYPES, withChoice, type TemplateDocumentType } from './templateChoices'

/** A template being looked at: the one stored, or a file just chosen and not stored yet. */
interface Draft {
  fileName: string
  places: Place[]
  /** Markers found that are no place, shown with the reason so the user knows why one was not used. */
  unusable: UnusableMarker[]
  mapping: TemplateMapping
  /** The chosen file's bytes; absent when the draft is the stored template. */
  bytes?: Uint8Array
}

type Message = { kind: 'saved' | 'removed' | 'saveFailed' } | { kind: 'refused'; file: string; refusal: Refusal }

/**
 * "Word-malar": the kommune's own Word template for each document type it writes (the
 * saksframlegg, the melding om vedtak), one at a time; choosing another type starts that type's
 * card afresh.
 */
export function TemplateSettings() {
  const { t } = useTranslation('template')
  const [type, setType] = useState<TemplateDocumentType>('saksframlegg')
  return (
    <Card data-testid="template-settings">
      <Heading level={2} data-size="sm">
        {t('heading')}
      </Heading>
      <Paragraph data-size="sm">{t('intro')}</Paragraph>
      <SelectField
        id="template-document-type"
        width="auto"
        label={t('documentType')}
        value={type}
        options={TEMPLATE_DOCUMENT_TYPES.map((value) => ({ value, label: t(`type.${value}`) }))}
        onChange={setType}
      />
      <TemplateOfType key={type} type={type} />
    </Card>
  )
}

/**
 * The template of one document type. A chosen file is read by the engine at once, so a refused
 * file is named before anything is stored; its places are shown with the type's defaults chosen
 * (WebSak's markers, fields named as parts), and only "Lagre malen" stores it.
 */
function TemplateOfType({ type }: { type: TemplateDocumentType }) {
  const { t } = useTranslation('template')
  const { profile } = useApp()
  const [stored, setStored] = useState<SavedTemplate | null>(null)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [message, setMessage] = useState<Message | null>(null)
  const [busy, setBusy] = useState(false)
  const [confirming, setConfirming] = useState(false)
  // The picker shows the name of the file chosen last; the card shows the template in use, so the
  // picker starts afresh after each choice (a refused file must not look loaded).
  const [pickerKey, setPickerKey] = useState(0)
  // A chosen file or changed choices not yet saved: leaving asks first (the app's form rule).
  const dirty = draft !== null && !busy && (draft.bytes !== undefined || JSON.stringify(draft.mapping) !== JSON.stringify(stored?.mapping))

  useEffect(() => {
    void templateStore.load(type).then((result) => {
      if (!result.ok) return
      setStored(result.value)
      setDraft(fromStored(result.value))
    })
  }, [type])

  async function choose(file: File | undefined): Promise<void> {
    if (!file) return
    setMessage(null)
    setPickerKey((key) => key + 1)
    const bytes = new Uint8Array(await file.arrayBuffer())
    const { inspectTemplate } = await import('@shared/document/template')
    const inspected = await inspectTemplate(bytes)
    if (!inspected.ok) {
      setMessage({ kind: 'refused', file: file.name, refusal: inspected.refusal })
      return
    }
    const { places, unusable } = inspected.template
    setDraft({ fileName: file.name, places, unusable, mapping: defaultMapping(type, places), bytes })
  }

  async function save(): Promise<void> {
    if (!draft) return
    setBusy(true)
    try {
      const result = draft.bytes
        ? await templateStore.save({ documentType: type, fileName: draft.fileName, bytes: draft.bytes, loadedBy: profile.sakshandsamar, mapping: draft.mapping })
        : await templateStore.setMapping(type, draft.mapping)
      if (result.ok) {
        setStored(result.value)
        setDraft(fromStored(result.value))
        setMessage({ kind: 'saved' })
      } else if (result.reason === 'refused') {
        setMessage({ kind: 'refused', file: draft.fileName, refusal: result.refusal })
      } else {
        console.error('Saving the template failed:', result)
        setMessage({ kind: 'saveFailed' })
      }
    } catch (error) {
      console.error('Saving the template failed:', error)
      setMessage({ kind: 'saveFailed' })
    } finally {
      setBusy(false)
    }
  }

  async function remove(): Promise<void> {
    setConfirming(false)
    await templateStore.remove(type)
    setStored(null)
    setDraft(null)
    setMessage({ kind: 'removed' })
  }

  return (
    <>
      <UnsavedChangesGuard dirty={dirty} />
      {message && (
        <Alert data-color={message.kind === 'saved' || message.kind === 'removed' ? 'success' : 'danger'} role={message.kind === 'refused' || message.kind === 'saveFailed' ? 'alert' : 'status'}>
          {message.kind === 'refused'
            ? t(`refused.${message.refusal.reason}`, { file: message.file, detail: message.refusal.detail ?? '', example: '{{namn}}' })
            : message.kind === 'saveFailed'
              ? t('saveFailed')
              : message.kind === 'removed'
                ? t('removed')
                : t(`saved.${type}`)}
        </Alert>
      )}
      {draft ? (
        <dl className="facts">
          <dt>{t('file')}</dt>
          <dd data-testid="template-file">{draft.fileName}</dd>
          <dt>{t('loaded')}</dt>
          <dd>{draft.bytes || !stored ? t('notSavedYet') : t('loadedBy', { date: formatDateLong(stored.loadedAt.slice(0, 10)), who: stored.loadedBy })}</dd>
        </dl>
      ) : (
        <Paragraph data-size="sm" className="muted">
          {t(`none.${type}`)}
        </Paragraph>
      )}
      <FilePicker key={pickerKey} label={t(draft ? 'replace' : 'choose')} description={t('chooseHelp')} accept=".docx,.dotx" onFile={(file) => void choose(file)} />
      {draft && (
        <>
          <Heading level={3} data-size="xs">
            {t('placesHeading')}
          </Heading>
          <Paragraph data-size="sm">{t('placesIntro')}</Paragraph>
          <div className="template-places">
            {draft.places.map((place, index) => (
              <SelectField
                key={place.id}
                id={`template-place-${index}`}
                label={`${t(`kind.${place.kind}`)}${place.where ? ` ${t(`where.${place.where}`)}` : ''}: ${place.label}`}
                value={choiceOf(type, draft.mapping, place)}
                options={choicesFor(type, place).map((value) => ({ value, label: t(choiceKey(value)) }))}
                onChange={(choice) => setDraft({ ...draft, mapping: withChoice(draft.mapping, place, choice) })}
              />
            ))}
            {draft.unusable.map((marker, index) => (
              <div key={`${marker.label}-${index}`} className="template-unusable" data-testid="template-unusable">
                <Paragraph data-size="sm">
                  <strong>
                    {t('kind.unusable')}: {marker.label}
                  </strong>
                </Paragraph>
                <Paragraph data-size="sm">{t(`unusable.${marker.reason}`)}</Paragraph>
              </div>
            ))}
          </div>
          <div className="form-actions">
            <Button onClick={() => void save()} loading={busy}>
              {t('save')}
            </Button>
            {stored && (
              <Button variant="tertiary" data-color="danger" onClick={() => setConfirming(true)}>
                {t('remove')}
              </Button>
            )}
          </div>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        heading={t('removeHeading')}
        actions={[{ label: t('remove'), onClick: () => void remove(), danger: true }]}
        onCancel={() => setConfirming(false)}
        cancelLabel={t('cancel')}
        testId="template-remove"
      >
        <Paragraph>{t(`removeBody.${type}`, { file: stored?.fileName ?? '' })}</Paragraph>
      </ConfirmDialog>
    </>
  )
}

function fromStored(template: SavedTemplate): Draft {
  return { fileName: template.fileName, places: template.places, unusable: template.unusable, mapping: template.mapping }
}
