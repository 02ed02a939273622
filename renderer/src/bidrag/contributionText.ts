import type { Contribution, PopulationFigure } from '@shared/contribution'
import { formatInnbyggjarar, formatKroner } from '@shared/format'
import type { Maalform } from '@shared/maalform'

/** The figure's source as the user's målform names it. */
export function sourceLabel(figure: PopulationFigure, maalform: Maalform): string {
  return figure.sourceText?.[maalform] ?? figure.source
}

/** "2 853 innbyggjarar × kr 20 = kr 57 060". */
export function breakdownText(c: Contribution, maalform: Maalform): string {
  return `${formatInnbyggjarar(c.population.count, maalform)} × ${formatKroner(c.rate)} = ${formatKroner(c.amount)}`
}
