/**
 * What is typed in a solution's adoption form (the step's date, the planned start, utval,
 * saksnummer, the note), kept in memory for the session when the user follows a refusal's link to
 * Deltaking to register the payment first: coming back finds the decision as typed. Not in the
 * database: a reload may lose it, as it would lose any unsaved form.
 */
export interface AdoptionDraft {
  date: string
  plannedStart: string | null
  note: string
  utval: string
  saksnummer: string
}

const drafts = new Map<string, AdoptionDraft>()

export const adoptionDrafts = {
  keep(solutionId: string, draft: AdoptionDraft): void {
    drafts.set(solutionId, draft)
  },
  get(solutionId: string): AdoptionDraft | undefined {
    return drafts.get(solutionId)
  },
  drop(solutionId: string): void {
    drafts.delete(solutionId)
  }
}
