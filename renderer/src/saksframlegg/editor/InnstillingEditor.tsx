import { Button, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import type { Maalform } from '@shared/maalform'
import {
  acceptValue,
  caseValues,
  chiefTitleAfterRound,
  innstillingHeading,
  innstillingText,
  replaceValue,
  type Funding,
  type Innstilling,
  type Saksframlegg,
  type ValueConflict
} from '@shared/saksframlegg'
import { useApp } from '../../app/context'
import { RadioGroup } from '../../components/RadioGroup'
import { useTextLimit } from '../../components/useTextLimit'
import { FIELD } from '../draft'
import { ValueConflicts } from './ValueConflicts'

/** The innstilling (or, in an orienteringssak, the closing) and, when the kommune joins, how it is funded. */
export function InnstillingEditor({
  doc,
  maalform,
  conflicts,
  errors,
  profileChief,
  onChange,
  onResolve,
  onUseProfileChief
}: {
  doc: Saksframlegg
  maalform: Maalform
  /** Values the own innstilling still states in their old form. */
  conflicts: readonly ValueConflict[]
  errors: { innstilling?: string; funding?: string }
  /** The chief title of the profile when it differs from the case's, in definite form. */
  profileChief?: string
  onChange: (doc: Saksframlegg) => void
  /** A conflict decided: the case after the choice, and what the undo bar says. */
  onResolve: (next: Saksframlegg, message: string) => void
  onUseProfileChief: () => void
}) {
  const { t } = useTranslation('saksframlegg')
  const { profile } = useApp()
  const limit = useTextLimit()
  const vedtak = doc.caseKind === 'vedtakssak'
  const generated = (innstilling: Innstilling): string => innstillingText({ ...doc, innstilling }, maalform)
  const setKind = (kind: Innstilling['kind']): void => {
    if (kind === doc.innstilling.kind) return
    if (kind === 'custom') onChange({ ...doc, innstilling: { kind: 'custom', text: generated(doc.innstilling), basedOn: caseValues(doc) } })
    else onChange({ ...doc, innstilling: { kind } })
  }
  const funding = doc.economy.funding
  const basedOn = doc.innstilling.kind === 'custom' ? doc.innstilling.basedOn : undefined
  const newerTitle = chiefTitleAfterRound(doc)
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
      {newerTitle && (
        <div className="sf-inline-note" data-testid="sf-chief-title-2017">
          <Paragraph data-size="sm">{t('chief.newTitle', newerTitle)}</Paragraph>
        </div>
      )}
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
          {...limit('longText', doc.innstilling.text)}
          id={FIELD.innstillingText}
          className="sf-textarea"
          multiline
          rows={4}
          lang={maalform}
          label={t(vedtak ? 'innstilling.text' : 'innstilling.closingText')}
          description={t(`innstilling.textHint.${profile.kind}`)}
          value={doc.innstilling.text}
          error={errors.innstilling}
          onChange={(e) =>
            onChange({ ...doc, innstilling: { kind: 'custom', text: e.target.value, basedOn: basedOn ?? caseValues(doc) } })
          }
        />
      )}
      <ValueConflicts
        conflicts={conflicts}
        maalform={maalform}
        idPrefix={FIELD.innstillingText}
        onReplace={(conflict) =>
          onResolve(replaceValue(doc, conflict, maalform), t('conflict.replaced', { was: `«${conflict.was}»`, now: `«${conflict.now}»` }))
        }
        onAccept={(conflict) => onResolve(acceptValue(doc, conflict), t('conflict.accepted'))}
      />
      {vedtak && doc.innstilling.kind === 'decline' && (
        <Textfield
          {...limit('note', doc.declineReason)}
          id="sf-decline-reason"
          className="sf-textarea"
          multiline
          rows={3}
          lang={maalform}
          label={t('innstilling.declineReason')}
          description={t('innstilling.declineReasonHint')}
          value={doc.declineReason}
          onChange={(e) => onChange({ ...doc, declineReason: e.target.value })}
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
              {...limit('title', funding.text)}
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
