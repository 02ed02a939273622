import { Button, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Maalform } from '@shared/maalform'
import {
  acceptValue,
  addSection,
  caseValues,
  isDefaultKind,
  moveSection,
  newSectionId,
  replaceValue,
  sectionBlocks,
  sectionHeading,
  toStandardText,
  updateSection,
  type Saksframlegg,
  type Section,
  type SectionKind,
  type ValueConflict
} from '@shared/saksframlegg'
import { SelectField } from '../../components/SelectField'
import { FIELD } from '../draft'
import { SectionEditor } from './SectionEditor'

const SECTION_KINDS: SectionKind[] = ['saksopplysningar', 'saksutgreiing', 'okonomiskeKonsekvensar', 'vurdering', 'other']

/** The case's sections in order, and a way to add one of a chosen kind. */
export function SectionsEditor({
  doc,
  maalform,
  revision,
  canReset,
  conflicts,
  errorFor,
  onChange,
  onResolve,
  onReset,
  onRemove,
  focus
}: {
  doc: Saksframlegg
  maalform: Maalform
  /** A new revision starts the sections' typed text again from the case. */
  revision: number
  /** Whether the default text can be built again (not when the case's round is gone). */
  canReset: boolean
  /** The case's value conflicts; each section shows its own. */
  conflicts: readonly ValueConflict[]
  errorFor: (field: string) => string | undefined
  onChange: (doc: Saksframlegg) => void
  /** A conflict decided: the case after the choice, and what the undo bar says. */
  onResolve: (next: Saksframlegg, message: string) => void
  onReset: (section: Section) => void
  onRemove: (section: Section) => void
  /** Moves the focus to an element by id after the next render. */
  focus: (id: string) => void
}) {
  const { t } = useTranslation('saksframlegg')
  const [newKind, setNewKind] = useState<SectionKind>('other')
  const values = caseValues(doc)
  const quoted = (text: string): string => `«${text}»`
  return (
    <div className="sf-part" id={FIELD.part('section')}>
      <Heading level={2} data-size="xs">
        {t('sections.heading')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('sections.intro')}
      </Paragraph>
      {doc.sections.map((section, index) => (
        <SectionEditor
          key={`${section.id}-${revision}`}
          section={section}
          blocks={sectionBlocks(section, doc, maalform)}
          values={values}
          conflicts={conflicts.filter((c) => c.place.part === 'section' && c.place.id === section.id)}
          maalform={maalform}
          index={index}
          count={doc.sections.length}
          error={errorFor(FIELD.sectionHeading(section.id))}
          canReset={canReset && isDefaultKind(section.kind)}
          onChange={(next) => onChange(updateSection(doc, section.id, () => next))}
          onMove={(delta) => {
            onChange(moveSection(doc, section.id, delta))
            focus(`${FIELD.section(section.id)}-${delta < 0 ? 'up' : 'down'}`)
          }}
          onReset={() => onReset(section)}
          onRemove={() => onRemove(section)}
          onReplace={(conflict) =>
            onResolve(replaceValue(doc, conflict, maalform), t('conflict.replaced', { was: quoted(conflict.was), now: quoted(conflict.now) }))
          }
          onAccept={(conflict) => onResolve(acceptValue(doc, conflict), t('conflict.accepted'))}
          onStandard={() => onResolve(toStandardText(doc, section.id), t('conflict.standardBack', { heading: sectionHeading(section, maalform) }))}
        />
      ))}
      <div className="sf-add-section">
        <SelectField
          id="sf-new-kind"
          className="sf-field"
          width="auto"
          label={t('sections.addKind')}
          value={newKind}
          options={SECTION_KINDS.map((kind) => ({ value: kind, label: t(`sectionKind.${kind}`) }))}
          onChange={setNewKind}
        />
        <Button
          variant="secondary"
          onClick={() => {
            const sectionId = newSectionId(doc, newKind)
            onChange(addSection(doc, { id: sectionId, kind: newKind, own: { blocks: [], basedOn: values } }))
            focus(newKind === 'other' ? FIELD.sectionHeading(sectionId) : `${FIELD.section(sectionId)}-text`)
          }}
        >
          {t('sections.add')}
        </Button>
      </div>
    </div>
  )
}
