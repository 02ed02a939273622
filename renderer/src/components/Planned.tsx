import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'

/** An area that is not built yet says what it will hold; it has no buttons that do nothing. */
export function Planned({ area }: { area: 'deltaking' }) {
  const { t } = useTranslation('frame')
  return (
    <section aria-labelledby="planned-heading" className="page">
      <Heading level={1} data-size="lg" id="planned-heading">
        {t(`nav.${area}`)}
      </Heading>
      <Paragraph>{t(`planned.${area}`)}</Paragraph>
      <Alert data-color="info">
        <Heading level={2} data-size="2xs">
          {t('planned.heading')}
        </Heading>
        <Paragraph data-size="sm">{t('planned.note')}</Paragraph>
      </Alert>
    </section>
  )
}
