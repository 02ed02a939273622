import type { SaksgangRow } from '../saksframlegg/model'

/**
 * What the decision step (vedteke) is filled in with from the linked case's saksgang. The decision
 * is made by the LAST body in the saksgang: the one that decides (kommunestyret, fylkestinget),
 * after the bodies that only recommend (formannskapet, fylkesutvalet). So only that row is used:
 * its utval, and its case number and meeting date when it has them. An earlier body's date or
 * number is never borrowed for it, and a meeting date before the previous step's date is not
 * offered (the flow would refuse it): the date is then left for the user to type.
 */
export interface DecisionPrefill {
  utval: string
  saksnummer: string
  /** ISO date, or '' when the deciding row has none that fits. */
  date: string
}

/** The body that decides: the last row that names a body. */
export function decidingRow(saksgang: readonly SaksgangRow[]): SaksgangRow | undefined {
  return saksgang.findLast((row) => row.utval.trim() !== '')
}

/** The decision as the saksgang knows it; `notBefore` is the previous step's date. */
export function decisionPrefill(saksgang: readonly SaksgangRow[], notBefore?: string): DecisionPrefill {
  const row = decidingRow(saksgang)
  if (!row) return { utval: '', saksnummer: '', date: '' }
  const date = row.moetedato !== '' && (notBefore === undefined || row.moetedato >= notBefore) ? row.moetedato : ''
  return { utval: row.utval.trim(), saksnummer: row.saksnr.trim(), date }
}
