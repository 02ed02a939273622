import { Button, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import type { Maalform } from '@shared/maalform'
import type { ValueConflict } from '@shared/saksframlegg'

/**
 * Beside a text the user wrote: each value the text still states in its old form though the case
 * now holds another, with the sentences that carry it and the choices — put the new value in,
 * keep the text as it stands, or (once for the whole text) go back to the standard text. The case
 * is not exported until every one is decided.
 */
export function ValueConflicts({
  conflicts,
  maalform,
  idPrefix,
  onReplace,
  onAccept,
  onStandard
}: {
  conflicts: readonly ValueConflict[]
  maalform: Maalform
  /** Makes the ids of the notes unique on the page: the section's or the innstilling's field id. */
  idPrefix: string
  onReplace: (conflict: ValueConflict) => void
  onAccept: (conflict: ValueConflict) => void
  /** Back to the standard text; absent where there is none (an own section, the innstilling). */
  onStandard?: () => void
}) {
  const { t } = useTranslation('saksframlegg')
  if (conflicts.length === 0) return null
  const quoted = (text: string) => `«${text}»`
  const groupId = `${idPrefix}-conflicts-heading`
  return (
    <section className="sf-inline-note sf-conflicts" data-testid={`${idPrefix}-conflicts`} aria-labelledby={groupId}>
      <Heading level={4} data-size="2xs" id={groupId}>
        {t('conflict.groupHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('conflict.intro')}</Paragraph>
      {conflicts.map((conflict) => {
        const headingId = `${idPrefix}-conflict-${conflict.key}`
        const values = { was: quoted(conflict.was), now: quoted(conflict.now) }
        return (
          <section key={conflict.key} className="sf-conflict" aria-labelledby={headingId}>
            <Heading level={5} data-size="2xs" id={headingId}>
              {t('conflict.heading', { ...values, value: t(`value.${conflict.key}`) })}
            </Heading>
            <Paragraph data-size="sm">{t('conflict.sentences', values)}</Paragraph>
            <ul className="sf-conflict-sentences">
              {conflict.sentences.map((sentence, i) => (
                <li key={i} lang={maalform}>
                  {sentence}
                </li>
              ))}
            </ul>
            <div className="form-actions sf-wrap">
              <Button data-size="sm" onClick={() => onReplace(conflict)}>
                {t('conflict.replace', values)}
              </Button>
              <Button variant="secondary" data-size="sm" onClick={() => onAccept(conflict)}>
                {t('conflict.accept')}
              </Button>
            </div>
          </section>
        )
      })}
      {onStandard && (
        <Button variant="secondary" data-size="sm" onClick={onStandard}>
          {t('conflict.standard')}
        </Button>
      )}
    </section>
  )
}
