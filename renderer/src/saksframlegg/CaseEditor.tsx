import { Button, Heading, Spinner } from '@digdir/designsystemet-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Maalform } from '@shared/maalform'
import {
  chiefDefinite,
  isDefaultKind,
  removeSection,
  renderSaksframlegg,
  roundById,
  sectionHeading,
  standardTextChange,
  toStandardText,
  valueConflicts,
  type Saksframlegg,
  type Section,
  type StandardTextChange
} from '@shared/saksframlegg'
import { useApp } from '../app/context'
import type { ContributionState } from '../bidrag/useContribution'
import { Preview } from '../document/Preview'
import { caseStore } from './caseStore'
import { FIELD } from './draft'
import { LeaveDialog, RestoreDialog, SectionDialog } from './editor/CaseDialogs'
import type { Flash } from './editor/caseDraftReducer'
import { DraftErrorSummary } from './editor/DraftErrorSummary'
import { EditorToolbar } from './editor/EditorToolbar'
import { ExportBar } from './editor/ExportBar'
import { VersionConflictDialog } from './editor/SafetyDialogs'
import { FailedCase } from './editor/FailedCase'
import { FiguresCard } from './editor/FiguresCard'
import { focusOrigin, useFocusAfterRender } from './editor/focus'
import { HeaderFields } from './editor/HeaderFields'
import { InnstillingEditor } from './editor/InnstillingEditor'
import { NoticeView } from './editor/NoticeView'
import { SaksgangEditor } from './editor/SaksgangEditor'
import { SectionsEditor } from './editor/SectionsEditor'
import { StandardTextNotice } from './editor/StandardTextNotice'
import { TitleAndListsEditor } from './editor/TitleAndListsEditor'
import { UndoBar } from './editor/UndoBar'
import { useCaseDraft } from './editor/useCaseDraft'
import { useUnsavedChangesGuard } from './editor/useUnsavedChangesGuard'
import { useWorkingCopy } from './editor/useWorkingCopy'
import { VersionHistory } from './editor/VersionHistory'
import { WorkingCopyDialog } from './editor/WorkingCopyDialog'

export type { Flash } from './editor/caseDraftReducer'

interface Props {
  id: string
  contribution: ContributionState
  flash: Flash | null
  onClose: () => void
  onOpen: (id: string, flash: Flash) => void
}

/** One case: its parts to edit on the left, the document as it will read on the right. */
export function CaseEditor({ id, contribution, flash, onClose, onOpen }: Props) {
  const { t } = useTranslation('saksframlegg')
  const { profile, platform } = useApp()
  const { state, dispatch, maalform, dirty, hasTemplate, save, exportAs, copyInOther, restore } = useCaseDraft(id, flash)
  const { loaded, draft, failure, pending, notice } = state
  const versions = useLiveQuery(() => caseStore.versions(id), [id], undefined)
  const focus = useFocusAfterRender()
  /** The standard text an edit rewrote, told next to the header until dismissed or another edit rewrites it. */
  const [standardChange, setStandardChange] = useState<StandardTextChange | undefined>()
  /** The draft as it last had a date: a date retyped key by key is empty in between. */
  const lastDated = useRef<{ caseId: string; doc: Saksframlegg } | null>(null)

  const ask = useCallback(
    (then: (doc: Saksframlegg) => void | Promise<void>) => dispatch({ type: 'asked', question: { kind: 'leave', then } }),
    [dispatch]
  )
  const base = loaded ? { version: loaded.baseVersion, sessionId: loaded.sessionId } : null
  const guard = useUnsavedChangesGuard({ caseId: id, draft, saved: loaded?.saved ?? null, base, dirty, platform: platform.kind, ask, save })
  const workingCopy = useWorkingCopy({
    caseId: id,
    draft,
    loaded,
    ready: loaded !== null && failure === null && state.offers.length === 0,
    onFailed: useCallback(() => dispatch({ type: 'workingCopyFailed' }), [dispatch])
  })
  // Another window saved the case, or a backup was restored under it: this draft no longer stands on the stored version.
  const newest = versions?.[0]?.version
  const stale = loaded !== null && !state.saving && newest !== undefined && newest !== loaded.baseVersion

  const headingRef = useRef<HTMLHeadingElement>(null)
  const isLoaded = loaded !== null
  // Once the editor is loaded, and once a working copy offer is answered (the dialog gone, the focus
  // would be on the page itself), the keyboard starts from the editor's heading.
  const offered = state.offers.length > 0
  useEffect(() => {
    // The button that answered is still focused inside the dialog just closed, until the page drops it.
    const active = document.activeElement
    const lost = active === null || active === document.body || active.closest('dialog:not([open])') !== null
    if (isLoaded && !offered && lost) headingRef.current?.focus()
  }, [isLoaded, offered])

  /** Undefined while the rounds load, or when the user has deleted the case's round. */
  const round = roundById(contribution.rounds, loaded?.stored.roundId)
  const rendered = useMemo(() => (draft ? renderSaksframlegg(draft, maalform) : null), [draft, maalform])
  const conflicts = useMemo(() => (draft ? valueConflicts(draft, maalform) : []), [draft, maalform])

  const cancel = (): void => dispatch({ type: 'answeredNo' })
  const askRestore = (version: number): void => dispatch({ type: 'asked', question: { kind: 'restore', version } })
  const dismissNotice = (): void => dispatch({ type: 'noticeDismissed' })
  const logRemoveFailed = (error: unknown): void => console.error('Removing the working copy failed:', error)
  /** Undo; working copies the answer to the offer discarded are put back, to be offered again. */
  const undo = (): void => {
    const discarded = state.undo?.reoffer?.discarded
    if (discarded) void caseStore.putBackWorkingCopies(id, discarded).catch((error: unknown) => console.error('Putting the working copies back failed:', error))
    dispatch({ type: 'undone' })
  }
  /** Discards the given offered copies' rows; the answer itself is in the reducer. */
  const discardOffered = (copies: { sessionId: string }[]): void => {
    if (copies.length > 0) void caseStore.discardWorkingCopies(id, copies.map((copy) => copy.sessionId)).catch(logRemoveFailed)
  }

  if (failure) {
    return (
      <FailedCase
        failure={failure}
        onClose={onClose}
        dialog={<RestoreDialog pending={pending} dirty={false} onCancel={cancel} onRestore={(v) => void restore(v)} />}
      >
        {notice && <NoticeView notice={notice} onDismiss={dismissNotice} />}
        {failure === 'malformed' && <VersionHistory caseId={id} versions={versions} current={undefined} onRestore={askRestore} />}
      </FailedCase>
    )
  }

  if (!loaded || !draft || !rendered) {
    return (
      <section className="page" aria-busy="true" aria-labelledby="sf-editor-heading">
        <Heading level={1} data-size="lg" id="sf-editor-heading">
          {t('editor.heading')}
        </Heading>
        <Spinner aria-label={t('loading')} />
      </section>
    )
  }

  const edit = (next: Saksframlegg): void => {
    // A date retyped key by key is empty in between: what the new date rewrote, and whether it crossed the
    // deadline, is told against the case as it was with its last date, not against the gap.
    if (draft.header.date) lastDated.current = { caseId: id, doc: draft }
    const since = !draft.header.date && next.header.date && lastDated.current?.caseId === id ? lastDated.current.doc : draft
    const change = standardTextChange(since, next, maalform)
    if (change) setStandardChange(change)
    dispatch({ type: 'edited', next })
  }
  const errorFor = (field: string): string | undefined => {
    const issue = state.issues.find((i) => i.field === field)
    return issue ? t(issue.key) : undefined
  }
  const profileChief =
    JSON.stringify(profile.chiefTitle) !== JSON.stringify(draft.chiefTitle) ? chiefDefinite(profile.chiefTitle) : undefined
  const askAbout = (kind: 'resetSection' | 'removeSection') => (section: Section) =>
    dispatch({ type: 'asked', question: { kind, id: section.id, heading: sectionHeading(section, maalform) } })

  const copy = async (doc: Saksframlegg): Promise<void> => {
    if (!round) return
    const target: Maalform = maalform === 'nn' ? 'nb' : 'nn'
    const outcome = contribution.outcome
    const copyId = await copyInOther(doc, round, outcome.ok ? outcome.contribution : undefined)
    if (copyId) onOpen(copyId, { kind: 'copied', maalform: target })
  }

  // The standard text is written from the case's own data, so a case that holds its invitation can always have it back.
  const canReset = draft.invitation !== undefined
  const resetSection = (sectionId: string, heading: string): void => {
    const target = draft.sections.find((s) => s.id === sectionId)
    const next = target && canReset && isDefaultKind(target.kind) ? toStandardText(draft, sectionId) : null
    dispatch({ type: 'sectionReset', next, message: t('undo.reset', { heading }) })
  }
  const resolve = (next: Saksframlegg, message: string): void => dispatch({ type: 'conflictResolved', next, message })

  const removeSaksgangRow = (index: number): void => {
    const row = draft.saksgang[index]
    dispatch({
      type: 'editedWithUndo',
      next: { ...draft, saksgang: draft.saksgang.filter((_, i) => i !== index) },
      message: t('undo.row', { utval: row?.utval.trim() || t('saksgang.rowN', { n: String(index + 1) }) })
    })
    focus(draft.saksgang.length > 1 ? `sf-saksgang-${Math.max(0, index - 1)}-remove` : 'sf-saksgang-add')
  }

  return (
    <section className="page sf-editor" aria-labelledby="sf-editor-heading">
      <EditorToolbar doc={draft} stored={loaded.stored} maalform={maalform} dirty={dirty} stale={stale} headingRef={headingRef} onBack={() => guard.leave(onClose)}>
        <ExportBar
          maalform={maalform}
          saving={state.saving}
          exporting={state.exporting}
          copying={state.copying}
          canCopy={round !== undefined}
          hasTemplate={hasTemplate}
          conflictCount={conflicts.length}
          onSave={() => void save()}
          onExport={(part) => void exportAs(part)}
          onCopy={() => guard.leave(copy)}
        />
      </EditorToolbar>

      {state.showSummary && state.issues.length > 0 && <DraftErrorSummary key={state.attempt} issues={state.issues} />}
      {notice && <NoticeView notice={notice} onDismiss={dismissNotice} />}
      {state.undo && <UndoBar message={state.undo.message} onUndo={undo} />}

      <VersionHistory caseId={id} versions={versions} current={loaded.stored.version} onRestore={askRestore} />

      <div className="sf-workspace">
        <div className="sf-form" role="group" aria-label={t('editor.formLabel')}>
          <FiguresCard
            doc={draft}
            maalform={maalform}
            round={round}
            contribution={contribution}
            onTake={(next, renamedTo) =>
              dispatch({ type: 'economyTaken', next, message: t('undo.economy'), ...(renamedTo !== undefined ? { renamedTo } : {}) })
            }
          />
          <HeaderFields header={draft.header} maalform={maalform} onChange={(header) => edit({ ...draft, header })} />
          {standardChange && <StandardTextNotice change={standardChange} onDismiss={() => setStandardChange(undefined)} />}
          <SaksgangEditor rows={draft.saksgang} focus={focus} onChange={(saksgang) => edit({ ...draft, saksgang })} onRemove={removeSaksgangRow} />
          <TitleAndListsEditor doc={draft} maalform={maalform} revision={state.revision} titleError={errorFor(FIELD.title)} onChange={edit} />
          <SectionsEditor
            doc={draft}
            maalform={maalform}
            revision={state.revision}
            canReset={canReset}
            conflicts={conflicts}
            errorFor={errorFor}
            onChange={edit}
            onResolve={resolve}
            onReset={askAbout('resetSection')}
            onRemove={askAbout('removeSection')}
            focus={focus}
          />
          <InnstillingEditor
            doc={draft}
            maalform={maalform}
            conflicts={conflicts.filter((c) => c.place.part === 'innstilling')}
            errors={{ innstilling: errorFor(FIELD.innstillingText), funding: errorFor(FIELD.fundingText) }}
            profileChief={profileChief}
            onUseProfileChief={() => edit({ ...draft, chiefTitle: profile.chiefTitle })}
            onChange={edit}
            onResolve={resolve}
          />
          <div className="form-actions">
            <Button onClick={() => void save()} loading={state.saving}>
              {t('action.save')}
            </Button>
          </div>
        </div>

        {/* Not an <aside>: a complementary landmark may not sit inside <main>. The scrolling page is a
            named region the keyboard can reach, so its arrow keys and Page Down scroll the preview. */}
        <div className="sf-preview-pane">
          <Heading level={2} data-size="2xs" id="sf-preview-heading" className="sf-preview-heading">
            {t('preview.heading', { maalform: t(`maalform.${maalform}`) })}
          </Heading>
          <div className="sf-preview-scroll" role="region" tabIndex={0} aria-labelledby="sf-preview-heading">
            <Preview rendered={rendered} kind="saksframlegg" label={t('preview.label')} gapLabel={t('preview.gap')} onOpen={focusOrigin} />
          </div>
        </div>
      </div>

      <SectionDialog pending={pending} kind="resetSection" onCancel={cancel} onConfirm={resetSection} />
      <SectionDialog
        pending={pending}
        kind="removeSection"
        onCancel={cancel}
        onConfirm={(sectionId, heading) => {
          dispatch({ type: 'sectionRemoved', next: removeSection(draft, sectionId), message: t('undo.removed', { heading }) })
          focus('sf-new-kind')
        }}
      />
      <RestoreDialog pending={pending} dirty={dirty} onCancel={cancel} onRestore={(v) => void restore(v)} next={loaded.stored.version + 1} />
      <LeaveDialog
        pending={pending}
        saving={state.saving}
        onCancel={cancel}
        onSaveAndLeave={(then) => {
          cancel()
          void save().then((saved) => {
            if (saved) void then(saved)
          })
        }}
        onLeaveWithout={(then) => {
          cancel()
          void workingCopy.discard().catch(logRemoveFailed)
          guard.leaveWithoutSaving(then)
        }}
      />
      <WorkingCopyDialog
        offers={state.offers}
        saved={loaded.saved}
        storedVersion={loaded.stored.version}
        maalform={maalform}
        onTake={(sessionId) => {
          discardOffered(state.offers.filter((copy) => copy.sessionId !== sessionId))
          dispatch({ type: 'workingCopyTaken', sessionId, message: t('undo.otherCopies') })
        }}
        onDiscard={() => {
          discardOffered(state.offers)
          dispatch({ type: 'workingCopyDiscarded', message: t('undo.workingCopy') })
        }}
      />
      <VersionConflictDialog
        conflict={state.conflict}
        mine={draft}
        maalform={maalform}
        saving={state.saving}
        onKeepMine={() => {
          if (state.conflict) void save(state.conflict.stored.version)
        }}
        onTakeTheirs={() => {
          if (state.conflict) dispatch({ type: 'theirsTaken', message: t('undo.theirs', { version: String(state.conflict.stored.version) }) })
        }}
        onCancel={() => dispatch({ type: 'conflictCancelled' })}
      />
    </section>
  )
}
