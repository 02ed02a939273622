import { Alert, Paragraph } from '@digdir/designsystemet-react'
import { useTranslation } from 'react-i18next'
import type { FinancingRound } from '@shared/financingRound'
import type { Maalform } from '@shared/maalform'
import { sectionHeading, type Saksframlegg } from '@shared/saksframlegg'
import type { InnstillingKind } from './caseDraftReducer'
import { staleSections } from './staleSections'

/** A warning under the innstilling when sections still argue for the choice the user just changed. */
export function StaleSectionsWarning({
  doc,
  innstillingBefore,
  maalform,
  round
}: {
  doc: Saksframlegg
  innstillingBefore: InnstillingKind | null
  maalform: Maalform
  round: FinancingRound | undefined
}) {
  const { t } = useTranslation('saksframlegg')
  const stale = staleSections(doc, innstillingBefore, maalform, round)
  if (stale.length === 0) return null
  return (
    <Alert data-color="warning" data-testid="stale-sections">
      <Paragraph data-size="sm">
        {t('innstilling.staleSections', {
          sections: stale.map((s) => `«${sectionHeading(s, maalform)}»`).join(` ${t('and')} `)
        })}
      </Paragraph>
    </Alert>
  )
}
