import { ErrorSummary, Textfield, ValidationMessage } from '@digdir/designsystemet-react'
import type { ParseKeys } from 'i18next'
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Maalform } from '@shared/maalform'
import { CHIEF_TITLE_KINDS, documentMaalformOf, type ChiefTitleKind, type Profile } from '@shared/profile'
import { FormActions } from '../components/FormActions'
import { OrganisationPicker, type OrganisationChoice } from '../components/OrganisationPicker'
import { MaalformChoice } from '../components/MaalformChoice'
import { SelectField } from '../components/SelectField'
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard'
import { useSaveShortcut } from '../components/useSaveShortcut'
import { useTextLimit } from '../components/useTextLimit'
import { WriteFailure } from '../components/WriteFailure'
import { WriteRefused, type StorageFailure } from '../db/storeResult'
import { useBusy } from '../lib/useBusy'

export type ProfileDraft = Omit<Profile, 'id' | 'updatedAt'>

type Field = 'organisation' | 'sakshandsamar' | 'chiefCustom'

/** What is wrong with a field, as a key of the setup dictionary. */
type FieldErrors = Partial<Record<Field, ParseKeys<'setup'>>>

/** A name or a title goes into every saksframlegg's header: longer than this is a paste gone wrong. */
export const MAX_NAME_LENGTH = 120

export function validateProfile(draft: {
  organisation: OrganisationChoice | null
  sakshandsamar: string
  chiefKind: ChiefTitleKind
  chiefCustom: string
}): FieldErrors {
  const errors: FieldErrors = {}
  if (!draft.organisation) errors.organisation = 'error.organisation'
  if (draft.sakshandsamar.trim() === '') errors.sakshandsamar = 'error.sakshandsamar'
  else if (draft.sakshandsamar.trim().length > MAX_NAME_LENGTH) errors.sakshandsamar = 'error.sakshandsamarLong'
  if (draft.chiefKind === 'custom' && draft.chiefCustom.trim() === '') errors.chiefCustom = 'error.chiefCustom'
  else if (draft.chiefKind === 'custom' && draft.chiefCustom.trim().length > MAX_NAME_LENGTH) errors.chiefCustom = 'error.chiefCustomLong'
  return errors
}

interface Props {
  initial?: Profile
  maalform: Maalform
  onMaalform: (m: Maalform) => void
  submitLabel: string
  onSubmit: (draft: ProfileDraft) => Promise<void>
}

/** The profile: who the user writes for, their name, the chief executive's title, the målform. */
export function ProfileForm({ initial, maalform, onMaalform, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation('setup')
  const [organisation, setOrganisation] = useState<OrganisationChoice | null>(
    initial ? { kind: initial.kind, number: initial.number, name: initial.name } : null
  )
  const [sakshandsamar, setSakshandsamar] = useState(initial?.sakshandsamar ?? '')
  const [chiefKind, setChiefKind] = useState<ChiefTitleKind>(initial?.chiefTitle.kind ?? 'kommunedirektoer')
  const [chiefCustom, setChiefCustom] = useState(initial?.chiefTitle.custom ?? '')
  // The documents' målform: the språkvedtak of the organisation chosen (the register's), changed only in Innstillingar.
  const [documentMaalform, setDocumentMaalform] = useState<Maalform>(initial ? documentMaalformOf(initial) : maalform)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saveError, setSaveError] = useState(false)
  const [refused, setRefused] = useState<StorageFailure | null>(null)
  const [saving, whileSaving] = useBusy()
  const [showSummary, setShowSummary] = useState(false)
  const limit = useTextLimit()
  // A saved profile being changed asks before the user leaves with the changes unsaved.
  const dirty =
    initial !== undefined &&
    !saving &&
    (organisation?.number !== initial.number ||
      organisation.kind !== initial.kind ||
      sakshandsamar !== initial.sakshandsamar ||
      chiefKind !== initial.chiefTitle.kind ||
      documentMaalform !== documentMaalformOf(initial) ||
      (chiefKind === 'custom' && chiefCustom !== (initial.chiefTitle.custom ?? '')))
  // Ctrl+S saves the changes, wherever the focus is, as in the saksframlegg editor; with nothing
  // changed it is left to another form on the page, or to nothing.
  const formRef = useRef<HTMLFormElement>(null)
  useSaveShortcut(() => formRef.current?.requestSubmit(), dirty)

  /** Checks and saves what is typed: true when saved; otherwise the form says what is wrong. */
  async function save(): Promise<boolean> {
    const found = validateProfile({ organisation, sakshandsamar, chiefKind, chiefCustom })
    setErrors(found)
    setShowSummary(Object.keys(found).length > 0)
    if (Object.keys(found).length > 0 || !organisation) return false
    setSaveError(false)
    setRefused(null)
    let saved = false
    await whileSaving(async () => {
      try {
        await onSubmit({
          kind: organisation.kind,
          number: organisation.number,
          name: organisation.name,
          sakshandsamar: sakshandsamar.trim(),
          chiefTitle: chiefKind === 'custom' ? { kind: 'custom', custom: chiefCustom.trim() } : { kind: chiefKind },
          maalform,
          documentMaalform
        })
        saved = true
      } catch (error) {
        // A refused write is logged where it happened (guardWrite); anything else is logged here.
        if (error instanceof WriteRefused) setRefused(error.failure)
        else {
          console.error(error)
          setSaveError(true)
        }
      }
    })
    return saved
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    await save()
  }

  const errorEntries = Object.entries(errors) as [Field, ParseKeys<'setup'>][]

  return (
    <form ref={formRef} className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('profileHeading')}>
      {/* Only a saved profile can have unsaved changes; the first run has no app around it yet (no AppContext). */}
      {initial && <UnsavedChangesGuard dirty={dirty} save={save} />}
      {showSummary && errorEntries.length > 0 && (
        <ErrorSummary>
          <ErrorSummary.Heading>{t('error.summary')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {errorEntries.map(([field, key]) => (
              <ErrorSummary.Item key={field}>
                <ErrorSummary.Link href={`#profile-${field}`}>{t(key)}</ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      <OrganisationPicker
        id="profile-organisation"
        value={organisation}
        onChange={(choice) => {
          setOrganisation(choice)
          if (choice?.maalform) setDocumentMaalform(choice.maalform)
          if (choice?.maalform && !initial) onMaalform(choice.maalform)
          if (choice && !initial) setChiefKind(choice.kind === 'kommune' ? 'kommunedirektoer' : 'fylkesdirektoer')
        }}
        error={errors.organisation ? t(errors.organisation) : undefined}
        maalform={maalform}
        next={{ id: 'profile-sakshandsamar', label: t('sakshandsamar') }}
      />
      <Textfield
        {...limit('name', sakshandsamar)}
        id="profile-sakshandsamar"
        label={t('sakshandsamar')}
        description={t('sakshandsamarDescription')}
        value={sakshandsamar}
        autoComplete="name"
        onChange={(e) => setSakshandsamar(e.target.value)}
        error={errors.sakshandsamar ? t(errors.sakshandsamar) : undefined}
      />
      <SelectField
        id="profile-chief"
        label={t('chiefTitle')}
        description={t('chiefTitleDescription')}
        value={chiefKind}
        options={CHIEF_TITLE_KINDS.map((kind) => ({ value: kind, label: t(`chief.${kind}`) }))}
        onChange={setChiefKind}
      />
      {chiefKind === 'custom' && (
        <Textfield
          {...limit('name', chiefCustom)}
          id="profile-chiefCustom"
          label={t('chiefCustom')}
          value={chiefCustom}
          onChange={(e) => setChiefCustom(e.target.value)}
          error={errors.chiefCustom ? t(errors.chiefCustom) : undefined}
        />
      )}
      <MaalformChoice legend={t('maalform')} description={t(initial ? 'maalformDescription' : 'maalformDescriptionSetup')} value={maalform} onChange={onMaalform} />
      {/* At the first start the documents take the register's språkvedtak without a question; Innstillingar shows and changes it. */}
      {initial && (
        <MaalformChoice
          legend={t('documentMaalform')}
          description={t('documentMaalformDescription')}
          value={documentMaalform}
          onChange={setDocumentMaalform}
        />
      )}
      {saveError && <ValidationMessage>{t('error.saveFailed')}</ValidationMessage>}
      {refused && <WriteFailure action="profile" failure={refused} kept />}
      <FormActions submitLabel={submitLabel} busy={saving} />
    </form>
  )
}
