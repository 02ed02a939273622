import { Button, Fieldset, Heading, Input, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Maalform } from '@shared/maalform'
import {
  innstillingHeading,
  innstillingText,
  sectionHeading,
  textFor,
  type Funding,
  type Header,
  type Innstilling,
  type Saksframlegg,
  type SaksgangRow,
  type Section
} from '@shared/saksframlegg'
import { blocksToText, textToBlocks, textToLines } from '../document/blocksText'
import { FIELD } from './draft'

/** A small square button for moving and removing rows: reachable and named for a screen reader. */
export function RowButton({
  id,
  label,
  symbol,
  inactive,
  danger,
  onClick
}: {
  id: string
  label: string
  symbol: string
  /** Shown but inactive (first row's "up"): stays focusable so the focus never falls to the page. */
  inactive?: boolean
  danger?: boolean
  onClick: () => void
}) {
  return (
    <Button
      id={id}
      variant="tertiary"
      data-size="sm"
      icon
      data-color={danger ? 'danger' : undefined}
      aria-label={label}
      title={label}
      aria-disabled={inactive || undefined}
      onClick={inactive ? undefined : onClick}
    >
      <span aria-hidden="true">{symbol}</span>
    </Button>
  )
}

export function HeaderFields({ header, onChange }: { header: Header; onChange: (header: Header) => void }) {
  const { t } = useTranslation('saksframlegg')
  const set = (key: keyof Header) => (e: { target: { value: string } }) => onChange({ ...header, [key]: e.target.value })
  return (
    <Fieldset id={FIELD.part('header')} className="sf-part">
      <Fieldset.Legend>{t('header.legend')}</Fieldset.Legend>
      <Fieldset.Description>{t('header.description', { kommune: header.kommuneName })}</Fieldset.Description>
      <div className="sf-grid-2">
        <Textfield id="sf-sakshandsamar" label={t('header.sakshandsamar')} value={header.sakshandsamar} onChange={set('sakshandsamar')} />
        <Textfield id="sf-date" type="date" label={t('header.date')} value={header.date} onChange={set('date')} />
        <Textfield id="sf-arkivsak" label={t('header.arkivsak')} description={t('header.arkivsakHint')} value={header.arkivsak} onChange={set('arkivsak')} />
        <Textfield id="sf-arkivkode" label={t('header.arkivkode')} description={t('header.arkivkodeHint')} value={header.arkivkode} onChange={set('arkivkode')} />
      </div>
    </Fieldset>
  )
}

export function SaksgangEditor({
  rows,
  onChange,
  onRemove,
  focus
}: {
  rows: SaksgangRow[]
  onChange: (rows: SaksgangRow[]) => void
  onRemove: (index: number) => void
  /** Moves the focus to an element by id after the next render. */
  focus: (id: string) => void
}) {
  const { t } = useTranslation('saksframlegg')
  const setRow = (index: number, change: Partial<SaksgangRow>): void =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)))
  const move = (index: number, delta: -1 | 1): void => {
    const to = index + delta
    if (to < 0 || to >= rows.length) return
    const next = [...rows]
    const [moved] = next.splice(index, 1)
    next.splice(to, 0, moved as SaksgangRow)
    onChange(next)
    focus(`sf-saksgang-${to}-${delta < 0 ? 'up' : 'down'}`)
  }
  return (
    <Fieldset id={FIELD.part('saksgang')} className="sf-part">
      <Fieldset.Legend>{t('saksgang.legend')}</Fieldset.Legend>
      <Fieldset.Description>{t('saksgang.description')}</Fieldset.Description>
      {rows.length > 0 ? (
        <table className="sf-rows">
          <colgroup>
            <col />
            <col className="sf-col-date" />
            <col className="sf-col-saksnr" />
            <col className="sf-col-actions" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('saksgang.utval')}</th>
              <th scope="col">{t('saksgang.moetedato')}</th>
              <th scope="col">{t('saksgang.saksnr')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('saksgang.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const n = String(i + 1)
              return (
                <tr key={i}>
                  <td>
                    <Input
                      id={`sf-saksgang-${i}-utval`}
                      aria-label={t('saksgang.utvalRow', { n })}
                      value={row.utval}
                      onChange={(e) => setRow(i, { utval: e.target.value })}
                    />
                  </td>
                  <td>
                    <Input
                      type="date"
                      aria-label={t('saksgang.moetedatoRow', { n })}
                      value={row.moetedato}
                      onChange={(e) => setRow(i, { moetedato: e.target.value })}
                    />
                  </td>
                  <td>
                    <Input
                      aria-label={t('saksgang.saksnrRow', { n })}
                      value={row.saksnr}
                      onChange={(e) => setRow(i, { saksnr: e.target.value })}
                    />
                  </td>
                  <td className="sf-row-actions">
                    <RowButton
                      id={`sf-saksgang-${i}-up`}
                      label={t('saksgang.up', { n })}
                      symbol="↑"
                      inactive={i === 0}
                      onClick={() => move(i, -1)}
                    />
                    <RowButton
                      id={`sf-saksgang-${i}-down`}
                      label={t('saksgang.down', { n })}
                      symbol="↓"
                      inactive={i === rows.length - 1}
                      onClick={() => move(i, 1)}
                    />
                    <RowButton id={`sf-saksgang-${i}-remove`} label={t('saksgang.remove', { n })} symbol="✕" danger onClick={() => onRemove(i)} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : (
        <Paragraph data-size="sm" className="muted">
          {t('saksgang.empty')}
        </Paragraph>
      )}
      <div>
        <Button
          id="sf-saksgang-add"
          variant="secondary"
          data-size="sm"
          onClick={() => {
            onChange([...rows, { utval: '', moetedato: '', saksnr: '' }])
            focus(`sf-saksgang-${rows.length}-utval`)
          }}
        >
          {t('saksgang.add')}
        </Button>
      </div>
    </Fieldset>
  )
}

/**
 * A textarea whose text is kept as typed while the model gets the parsed value, so the text does
 * not jump while the user types (a trailing blank line, a half-typed "- "). The parent re-keys it
 * when the value is replaced from outside (a reset or a restored version).
 */
function useTypedText<T>(value: T, toText: (value: T) => string) {
  return useState(() => toText(value))
}

export function LinesField({
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
  return (
    <Textfield
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

function RadioGroup<T extends string>({
  name,
  value,
  options,
  onChange
}: {
  name: string
  value: T
  options: { value: T; label: string; description?: ReactNode }[]
  onChange: (value: T) => void
}) {
  return (
    <>
      {options.map((option) => (
        <Radio
          key={option.value}
          name={name}
          value={option.value}
          label={option.label}
          description={option.description}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
        />
      ))}
    </>
  )
}

export function InnstillingEditor({
  doc,
  maalform,
  errors,
  profileChief,
  onChange,
  onUseProfileChief
}: {
  doc: Saksframlegg
  maalform: Maalform
  errors: { innstilling?: string; funding?: string }
  /** The chief title of the profile when it differs from the case's, in definite form. */
  profileChief?: string
  onChange: (doc: Saksframlegg) => void
  onUseProfileChief: () => void
}) {
  const { t } = useTranslation('saksframlegg')
  const vedtak = doc.caseKind === 'vedtakssak'
  const generated = (innstilling: Innstilling): string => innstillingText({ ...doc, innstilling }, maalform)
  const setKind = (kind: Innstilling['kind']): void => {
    if (kind === doc.innstilling.kind) return
    if (kind === 'custom') onChange({ ...doc, innstilling: { kind: 'custom', text: generated(doc.innstilling) } })
    else onChange({ ...doc, innstilling: { kind } })
  }
  const funding = doc.economy.funding
  const setFunding = (next: Funding): void => onChange({ ...doc, economy: { ...doc.economy, funding: next } })
  const quoted = (text: string) => (
    <span className="sf-quoted" lang={maalform}>
      {text}
    </span>
  )
  return (
    <Fieldset id={FIELD.part('innstilling')} className="sf-part">
      <Fieldset.Legend>{t(vedtak ? 'innstilling.legend' : 'innstilling.legendOrientering')}</Fieldset.Legend>
      <Fieldset.Description>
        {t('innstilling.headingFrom')} <span lang={maalform}>«{innstillingHeading(doc, maalform)}»</span>
      </Fieldset.Description>
      {profileChief && (
        <div className="sf-inline-note">
          <Paragraph data-size="sm">{t('innstilling.chiefDiffers', { chief: profileChief })}</Paragraph>
          <Button variant="secondary" data-size="sm" onClick={onUseProfileChief}>
            {t('innstilling.useChief', { chief: profileChief })}
          </Button>
        </div>
      )}
      {vedtak ? (
        <RadioGroup
          name="sf-innstilling"
          value={doc.innstilling.kind}
          onChange={setKind}
          options={[
            { value: 'join', label: t('innstilling.join'), description: quoted(generated({ kind: 'join' })) },
            { value: 'decline', label: t('innstilling.decline'), description: quoted(generated({ kind: 'decline' })) },
            { value: 'custom', label: t('innstilling.custom') }
          ]}
        />
      ) : (
        <RadioGroup
          name="sf-innstilling"
          value={doc.innstilling.kind === 'custom' ? 'custom' : 'join'}
          onChange={(kind) => setKind(kind)}
          options={[
            { value: 'join', label: t('innstilling.standardClosing'), description: quoted(generated({ kind: 'join' })) },
            { value: 'custom', label: t('innstilling.customClosing') }
          ]}
        />
      )}
      {doc.innstilling.kind === 'custom' && (
        <Textfield
          id={FIELD.innstillingText}
          className="sf-textarea"
          multiline
          rows={4}
          lang={maalform}
          label={t(vedtak ? 'innstilling.text' : 'innstilling.closingText')}
          description={t('innstilling.textHint')}
          value={doc.innstilling.text}
          error={errors.innstilling}
          onChange={(e) => onChange({ ...doc, innstilling: { kind: 'custom', text: e.target.value } })}
        />
      )}
      {vedtak && doc.innstilling.kind === 'join' && (
        <Fieldset className="sf-subpart">
          <Fieldset.Legend>{t('funding.legend')}</Fieldset.Legend>
          <Fieldset.Description>{t('funding.description', { year: String(doc.economy.budgetYear) })}</Fieldset.Description>
          <RadioGroup
            name="sf-funding"
            value={funding.kind}
            onChange={(kind) =>
              setFunding(kind === 'custom' ? { kind: 'custom', text: funding.kind === 'custom' ? funding.text : '' } : { kind })
            }
            options={[
              { value: 'disposisjonsfond', label: t('funding.disposisjonsfond') },
              { value: 'drift', label: t('funding.drift') },
              { value: 'custom', label: t('funding.custom') }
            ]}
          />
          {funding.kind === 'custom' && (
            <Textfield
              id={FIELD.fundingText}
              lang={maalform}
              label={t('funding.text')}
              description={t('funding.textHint')}
              value={funding.text}
              error={errors.funding}
              onChange={(e) => setFunding({ kind: 'custom', text: e.target.value })}
            />
          )}
        </Fieldset>
      )}
    </Fieldset>
  )
}
