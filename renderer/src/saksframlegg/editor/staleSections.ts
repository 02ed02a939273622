import type { FinancingRound } from '@shared/financingRound'
import type { Maalform } from '@shared/maalform'
import { buildDefaultSection, type Saksframlegg, type Section } from '@shared/saksframlegg'
import type { InnstillingKind } from './caseDraftReducer'

/**
 * Sections that still hold the default text for the innstilling the case had before: their text
 * speaks of the old choice. Sections the user wrote in are left alone.
 */
export function staleSections(
  doc: Saksframlegg,
  innstillingBefore: InnstillingKind | null,
  maalform: Maalform,
  round: FinancingRound | undefined
): Section[] {
  if (!innstillingBefore || !round) return []
  return doc.sections.filter((s) => {
    const kind = s.kind
    if (kind !== 'saksutgreiing' && kind !== 'okonomiskeKonsekvensar' && kind !== 'vurdering') return false
    const defaultFor = (innstilling: InnstillingKind): string =>
      JSON.stringify(
        buildDefaultSection(
          kind,
          { ...doc, innstilling: innstilling === 'custom' ? { kind: 'custom', text: '' } : { kind: innstilling } },
          maalform,
          round
        ).blocks
      )
    const blocks = JSON.stringify(s.blocks)
    return blocks === defaultFor(innstillingBefore) && blocks !== defaultFor(doc.innstilling.kind)
  })
}
