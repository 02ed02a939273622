import { Button, Heading, Textfield } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import type { Maalform } from '@shared/maalform'
import { sectionHeading, textFor, type Section } from '@shared/saksframlegg'
import { blocksToText, textToBlocks } from '../../document/blocksText'
import { FIELD } from '../draft'
import { RowButton } from './RowButton'
import { useTypedText } from './useTypedText'

/** One section of the case: its heading, its text, and buttons to move, reset or remove it. */
export function SectionEditor({
  section,
  maalform,
  index,
  count,
  error,
  canReset,
  onChange,
  onMove,
  onReset,
  onRemove
}: {
  section: Section
  maalform: Maalform
  index: number
  count: number
  error?: string
  canReset: boolean
  onChange: (section: Section) => void
  onMove: (delta: -1 | 1) => void
  onReset: () => void
  onRemove: () => void
}) {
  const { t } = useTranslation('saksframlegg')
  const [text, setText] = useTypedText(section.blocks, blocksToText)
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
        id={`${FIELD.section(section.id)}-text`}
        className="sf-textarea"
        multiline
        rows={8}
        label={t('section.text', { heading: shown })}
        description={t('section.textHint')}
        value={text}
        lang={maalform}
        onChange={(e) => {
          setText(e.target.value)
          onChange({ ...section, blocks: textToBlocks(e.target.value) })
        }}
      />
      <div className="form-actions sf-wrap">
        {canReset && (
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
