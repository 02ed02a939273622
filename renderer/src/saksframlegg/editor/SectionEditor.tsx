import { Button, Heading, Textfield } from '@digdir/designsystemet-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Maalform } from '@shared/maalform'
import { sectionHeading, textFor, type Block, type CaseValues, type Section, type ValueConflict } from '@shared/saksframlegg'
import { useTextLimit } from '../../components/useTextLimit'
import { blocksToText, textToBlocks } from '../../document/blocksText'
import { FIELD } from '../draft'
import { RowButton } from './RowButton'
import { ValueConflicts } from './ValueConflicts'

/**
 * One section of the case: its heading, its text, and buttons to move, reset or remove it. Standard
 * text is shown as the case's data now writes it; the first keystroke makes it the user's own,
 * written against the values the case holds then.
 */
export function SectionEditor({
  section,
  blocks,
  values,
  conflicts,
  maalform,
  index,
  count,
  error,
  canReset,
  onChange,
  onMove,
  onReset,
  onRemove,
  onReplace,
  onAccept,
  onStandard
}: {
  section: Section
  /** The text the section shows: its own, or the standard text for the case as it stands. */
  blocks: Block[]
  values: CaseValues
  conflicts: readonly ValueConflict[]
  maalform: Maalform
  index: number
  count: number
  error?: string
  canReset: boolean
  onChange: (section: Section) => void
  onMove: (delta: -1 | 1) => void
  onReset: () => void
  onRemove: () => void
  onReplace: (conflict: ValueConflict) => void
  onAccept: (conflict: ValueConflict) => void
  onStandard: () => void
}) {
  const { t } = useTranslation('saksframlegg')
  const limit = useTextLimit()
  // Own text is kept as typed (a trailing blank line, a half-typed "- "); standard text follows the case until typed in.
  const [typed, setTyped] = useState<string | null>(() => (section.own ? blocksToText(section.own.blocks) : null))
  const text = section.own ? (typed ?? blocksToText(section.own.blocks)) : blocksToText(blocks)
  const shown = sectionHeading(section, maalform)
  const standard = textFor(maalform).sectionHeadings[section.kind].toLocaleUpperCase('nb-NO')
  const headingId = `${FIELD.section(section.id)}-title`
  return (
    <section id={FIELD.section(section.id)} className="sf-section" aria-labelledby={headingId}>
      <div className="sf-section-head">
        <Heading level={3} data-size="2xs" id={headingId} lang={maalform}>
          {shown}
        </Heading>
        <div className="sf-section-tools">
          <RowButton
            id={`${FIELD.section(section.id)}-up`}
            label={t('section.up', { heading: shown })}
            symbol="↑"
            inactive={index === 0}
            onClick={() => onMove(-1)}
          />
          <RowButton
            id={`${FIELD.section(section.id)}-down`}
            label={t('section.down', { heading: shown })}
            symbol="↓"
            inactive={index === count - 1}
            onClick={() => onMove(1)}
          />
        </div>
      </div>
      <Textfield
        {...limit('title', section.heading ?? '')}
        id={FIELD.sectionHeading(section.id)}
        label={section.kind === 'other' ? t('section.headingRequired') : t('section.heading')}
        description={section.kind === 'other' ? t('section.headingOtherHint') : t('section.headingHint', { heading: standard })}
        value={section.heading ?? ''}
        error={error}
        onChange={(e) => {
          const { heading: _old, ...rest } = section
          onChange(e.target.value === '' ? rest : { ...section, heading: e.target.value })
        }}
      />
      <Textfield
        {...limit('longText', text)}
        id={`${FIELD.section(section.id)}-text`}
        className="sf-textarea"
        multiline
        rows={8}
        label={t('section.text', { heading: shown })}
        description={`${t(section.own ? 'section.own' : 'section.standard')} ${t('section.textHint')}`}
        value={text}
        lang={maalform}
        onChange={(e) => {
          setTyped(e.target.value)
          onChange({ ...section, own: { blocks: textToBlocks(e.target.value), basedOn: section.own?.basedOn ?? values } })
        }}
      />
      <ValueConflicts
        conflicts={conflicts}
        maalform={maalform}
        idPrefix={FIELD.section(section.id)}
        onReplace={onReplace}
        onAccept={onAccept}
        {...(canReset ? { onStandard } : {})}
      />
      <div className="form-actions sf-wrap">
        {canReset && section.own && (
          <Button variant="secondary" data-size="sm" onClick={onReset}>
            {t('section.reset')}
          </Button>
        )}
        <Button variant="tertiary" data-size="sm" data-color="danger" onClick={onRemove}>
          {t('section.remove')}
        </Button>
      </div>
    </section>
  )
}
