import { Textfield } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import type { Maalform } from '@shared/maalform'
import type { Saksframlegg } from '@shared/saksframlegg'
import { useTextLimit } from '../../components/useTextLimit'
import { textToLines } from '../../document/blocksText'
import { FIELD } from '../draft'
import { useTypedText } from './useTypedText'

/** The case's title, and its two lists: vedlegg and other case documents, one a line. */
export function TitleAndListsEditor({
  doc,
  maalform,
  revision,
  titleError,
  onChange
}: {
  doc: Saksframlegg
  maalform: Maalform
  /** A new revision starts the lists' typed text again from the case. */
  revision: number
  titleError?: string
  onChange: (doc: Saksframlegg) => void
}) {
  const { t } = useTranslation('saksframlegg')
  const limit = useTextLimit()
  return (
    <>
      <div className="sf-part" id={FIELD.part('title')}>
        <Textfield
          {...limit('title', doc.title)}
          id={FIELD.title}
          className="sf-textarea"
          multiline
          rows={2}
          lang={maalform}
          label={t('title.label')}
          description={t('title.hint')}
          value={doc.title}
          error={titleError}
          onChange={(e) => onChange({ ...doc, title: e.target.value.replace(/[\r\n]+/g, ' ') })}
        />
      </div>

      <div className="sf-part sf-lists" key={`lists-${revision}`}>
        {LISTS.map((list) => (
          <LinesField
            key={list.key}
            id={list.id}
            label={t(list.label)}
            description={t(list.hint)}
            lines={doc[list.key]}
            onChange={(lines) => onChange({ ...doc, [list.key]: lines })}
          />
        ))}
      </div>
    </>
  )
}

const LISTS = [
  { key: 'vedlegg', id: 'sf-vedlegg', label: 'lists.vedlegg', hint: 'lists.hint' },
  { key: 'andreSaksdokument', id: 'sf-andre', label: 'lists.andre', hint: 'lists.andreHint' }
] as const

function LinesField({
  id,
  label,
  description,
  lines,
  onChange
}: {
  id: string
  label: string
  description: string
  lines: string[]
  onChange: (lines: string[]) => void
}) {
  const [text, setText] = useTypedText(lines, (l) => l.join('\n'))
  const limit = useTextLimit()
  return (
    <Textfield
      {...limit('note', text)}
      id={id}
      className="sf-textarea"
      multiline
      rows={Math.max(3, lines.length + 1)}
      label={label}
      description={description}
      value={text}
      onChange={(e) => {
        setText(e.target.value)
        onChange(textToLines(e.target.value))
      }}
    />
  )
}
