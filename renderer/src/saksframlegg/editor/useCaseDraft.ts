import { useEffect, useReducer, useState } from 'react'
import type { Contribution } from '@shared/contribution'
import type { FinancingRound } from '@shared/financingRound'
import type { Maalform } from '@shared/maalform'
import { rebuildInMaalform, renderSaksframlegg, suggestedFileName, suggestedTemplateFileName, valueConflicts, type Saksframlegg } from '@shared/saksframlegg'
import { saksframleggTemplateParts } from '@shared/saksframlegg/templateParts'
import { useApp } from '../../app/context'
import { documentLanguage } from '@shared/document/blocks'
import { buildTemplateFile } from '../../document/exportTemplate'
import { buildWordFile, type WordFile } from '../../document/exportWord'
import { templateStore } from '../../template/templateStore'
import { caseStore } from '../caseStore'
import { sameDocument, unsavedDrafts, validateDraft } from '../draft'
import { caseDraftReducer, initialCaseDraft, type ExportKind, type Flash } from './caseDraftReducer'

const TEMPLATE_TYPE = 'saksframlegg'

/**
 * One case being edited: the draft beside the case as saved, and what the user does with it —
 * save, export, copy to the other målform, restore an earlier version. The state changes in
 * `caseDraftReducer`; this hook adds the store, the file system and the log.
 */
export function useCaseDraft(id: string, flash: Flash | null) {
  const { profile, platform } = useApp()
  const [state, dispatch] = useReducer(caseDraftReducer, flash, initialCaseDraft)
  const { draft, loaded, saving, exporting } = state

  useEffect(() => {
    let current = true
    const copiesOf = caseStore.workingCopies(id).catch((error: unknown) => {
      console.error('The working copies could not be read:', error)
      return []
    })
    void Promise.all([caseStore.load(id), copiesOf]).then(([result, copies]) => {
      if (!current) return
      if (!result.ok) {
        dispatch({ type: 'loadFailed', reason: result.reason })
        return
      }
      // Work left here without a decision earlier in the session comes back.
      const stash = unsavedDrafts.get(id)
      unsavedDrafts.delete(id)
      // Work kept from earlier visits (a closed window, a crash; one copy per editor session) is
      // offered back, the newest first, except copies that are the case as saved.
      const offers = stash ? [] : copies.filter((copy) => !sameDocument(copy.document, result.value.document))
      const sessionId = stash?.sessionId ?? caseStore.newSessionId()
      dispatch({ type: 'loaded', stored: result.value.stored, saved: result.value.document, sessionId, ...(stash ? { stash } : {}), copies: offers })
    })
    return () => {
      current = false
    }
  }, [id])

  // Whether Innstillingar has the kommune's template; read once per case opened.
  const [hasTemplate, setHasTemplate] = useState(false)
  useEffect(() => {
    void templateStore.load(TEMPLATE_TYPE).then((result) => setHasTemplate(result.ok))
  }, [])

  const maalform: Maalform = loaded?.stored.maalform ?? profile.maalform
  const dirty = Boolean(draft && loaded && !sameDocument(draft, loaded.saved))

  /** Shows what is missing, if anything; true when the draft may be saved or exported. */
  function check(doc: Saksframlegg): boolean {
    const issues = validateDraft(doc)
    dispatch({ type: 'checked', issues })
    return issues.length === 0
  }

  /**
   * Saves the draft as the next version, if the stored version is still `expectedVersion` (the one
   * the draft was started from, unless the user chose to save over another); otherwise the
   * conflict is shown and nothing is written.
   */
  async function save(expectedVersion?: number): Promise<Saksframlegg | null> {
    if (!draft || !loaded || saving) return null
    if (!check(draft)) return null
    dispatch({ type: 'saveStarted' })
    try {
      const result = await caseStore.save(id, draft, profile.sakshandsamar, expectedVersion ?? loaded.baseVersion, loaded.sessionId)
      if (!result.ok && result.reason === 'conflict') {
        dispatch({ type: 'conflicted', conflict: { stored: result.current.stored, theirs: result.current.document } })
        return null
      }
      if (!result.ok) {
        console.error('Saving the case failed:', result)
        dispatch({ type: 'saveFailed', reason: result.reason })
        return null
      }
      const saved = result.value.document as Saksframlegg
      dispatch({ type: 'saved', stored: result.value, saved })
      return saved
    } catch (error) {
      console.error('Saving the case failed:', error)
      dispatch({ type: 'saveFailed', reason: 'error' })
      return null
    }
  }

  /** The whole case in the kommune's template, with the parts where the user put them in Innstillingar. */
  async function templateFile(doc: Saksframlegg): Promise<WordFile> {
    const template = await templateStore.load(TEMPLATE_TYPE)
    if (!template.ok) throw new Error(`The template could not be read: ${template.reason}`)
    return buildTemplateFile(template.value.bytes, template.value.mapping, saksframleggTemplateParts(doc, maalform), suggestedTemplateFileName(doc, 'whole', maalform), {
      language: documentLanguage(maalform)
    })
  }

  async function exportAs(part: ExportKind): Promise<void> {
    if (!draft || exporting) return
    if (!check(draft)) return
    // A text that still states a value the case no longer holds would put two figures in one document (the bar says why).
    if (valueConflicts(draft, maalform).length > 0) return
    dispatch({ type: 'exportStarted', part })
    try {
      const file =
        part === 'template'
          ? await templateFile(draft)
          : await buildWordFile(renderSaksframlegg(draft, maalform, part), suggestedFileName(draft, part, maalform))
      const result = await platform.saveFile({ suggestedName: file.name, kind: 'docx', data: file.data })
      if (result.status === 'saved') dispatch({ type: 'exported', path: result.path, part, unsaved: dirty })
      else if (result.status === 'failed') dispatch({ type: 'exportFailed', failure: result })
      else dispatch({ type: 'exportCancelled' })
    } catch (error) {
      console.error('Exporting the Word file failed:', error)
      dispatch({ type: 'exportFailed' })
    }
  }

  /** A new case with this one's content in the other målform; its id, or null when it failed. */
  async function copyInOther(doc: Saksframlegg, round: FinancingRound, contribution: Contribution | undefined): Promise<string | null> {
    if (!loaded) return null
    const target: Maalform = maalform === 'nn' ? 'nb' : 'nn'
    dispatch({ type: 'copyStarted' })
    try {
      const document = rebuildInMaalform(doc, maalform, target, round, contribution)
      const result = await caseStore.create({
        document,
        maalform: target,
        organisationNumber: loaded.stored.organisationNumber,
        author: profile.sakshandsamar,
        ...(loaded.stored.roundId ? { roundId: loaded.stored.roundId } : {})
      })
      if (result.ok) {
        dispatch({ type: 'copyEnded' })
        return result.value.id
      }
      console.error('Copying the case failed:', result)
    } catch (error) {
      console.error('Copying the case failed:', error)
    }
    dispatch({ type: 'copyFailed' })
    return null
  }

  async function restore(version: number): Promise<void> {
    let result: Awaited<ReturnType<typeof caseStore.restore>>
    try {
      result = await caseStore.restore(id, version, profile.sakshandsamar)
    } catch (error) {
      console.error('Restoring the version failed:', error)
      dispatch({ type: 'restoreFailed', reason: 'error' })
      return
    }
    if (!result.ok) {
      console.error('Restoring the version failed:', result)
      dispatch({ type: 'restoreFailed', reason: result.reason })
      return
    }
    dispatch({ type: 'restored', from: version, stored: result.value, saved: result.value.document as Saksframlegg })
  }

  return { state, dispatch, maalform, dirty, hasTemplate, save, exportAs, copyInOther, restore }
}

export type CaseDraft = ReturnType<typeof useCaseDraft>
