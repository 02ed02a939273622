import { describe, expect, it } from 'vitest'
import type { Saksframlegg } from '../../shared/saksframlegg/model'
import {
  caseDraftReducer,
  initialCaseDraft,
  type CaseDraftAction,
  type CaseDraftState,
  type Loaded
} from '../../renderer/src/saksframlegg/editor/caseDraftReducer'
import type { CaseWorkingCopy } from '../../renderer/src/saksframlegg/caseStore'
import { validateDraft } from '../../renderer/src/saksframlegg/draft'
import { tysnes } from '../fixtures/saksframlegg/cases'

/**
 * The case editor's state moves only through these transitions, named for what the user did; the
 * store and the file system stay outside, so each step can be checked here without a browser.
 */

function storedAt(version: number, doc: Saksframlegg = tysnes('nn')): Loaded['stored'] {
  return {
    id: 'case-1',
    title: doc.title,
    maalform: 'nn',
    organisationNumber: '4616',
    document: doc,
    createdAt: '2017-10-02T08:00:00.000Z',
    updatedAt: `2017-10-02T08:0${version}:00.000Z`,
    updatedBy: 'Anders Teigen',
    version
  }
}

function run(state: CaseDraftState, ...actions: CaseDraftAction[]): CaseDraftState {
  return actions.reduce(caseDraftReducer, state)
}

/** A case as it stands after it has loaded, with nothing changed yet. */
function opened(doc: Saksframlegg = tysnes('nn')): CaseDraftState {
  return run(initialCaseDraft(null), { type: 'loaded', stored: storedAt(1, doc), saved: doc, sessionId: 'tab-a' })
}

const titled = (doc: Saksframlegg, title: string): Saksframlegg => ({ ...doc, title })

describe('opening a case', () => {
  it('shows the message the list sent along until the user dismisses it', () => {
    const state = run(initialCaseDraft({ kind: 'created' }), { type: 'loaded', stored: storedAt(1), saved: tysnes('nn'), sessionId: 'tab-a' })
    expect(state.notice).toEqual({ kind: 'created' })
    expect(state.draft).toEqual(tysnes('nn'))
    expect(state.loaded?.stored.version).toBe(1)
    expect(run(state, { type: 'noticeDismissed' }).notice).toBeNull()
  })

  it('brings back work left unsaved earlier in the session, and says so', () => {
    const draft = titled(tysnes('nn'), 'Ulagra tittel')
    const stash = { draft, baseVersion: 1, sessionId: 'tab-a' }
    const state = run(initialCaseDraft({ kind: 'created' }), { type: 'loaded', stored: storedAt(1), saved: tysnes('nn'), sessionId: 'new', stash })
    expect(state.draft).toEqual(draft)
    expect(state.loaded?.saved).toEqual(tysnes('nn'))
    expect(state.notice).toEqual({ kind: 'unsavedBack' })
    // The same session: its working copy goes on being the one kept.
    expect(state.loaded?.sessionId).toBe('tab-a')
  })

  it('brings work left unsaved back on the version it was typed on, so a save after another tab saved meets the conflict', () => {
    const stash = { draft: titled(tysnes('nn'), 'Skrive før eg gjekk tilbake'), baseVersion: 1, sessionId: 'tab-a' }
    // Another tab saved version 2 while this one was away.
    const state = run(initialCaseDraft(null), { type: 'loaded', stored: storedAt(2), saved: tysnes('nn'), sessionId: 'new', stash })
    expect(state.loaded?.stored.version).toBe(2)
    expect(state.loaded?.baseVersion).toBe(1)
  })

  it('keeps why a case could not be opened', () => {
    expect(run(initialCaseDraft(null), { type: 'loadFailed', reason: 'malformed' }).failure).toBe('malformed')
  })
})

describe('editing', () => {
  it('replaces the draft and withdraws an open undo offer', () => {
    const doc = tysnes('nn')
    const withUndo = run(opened(doc), { type: 'editedWithUndo', next: titled(doc, 'A'), message: 'Fjerna' })
    expect(withUndo.undo).toEqual({ message: 'Fjerna', before: doc })
    const state = run(withUndo, { type: 'edited', next: titled(doc, 'B') })
    expect(state.draft?.title).toBe('B')
    expect(state.undo).toBeNull()
    expect(state.loaded?.saved).toEqual(doc)
  })

  it('checks the draft again on every edit only once the error summary is shown', () => {
    const doc = tysnes('nn')
    const quiet = run(opened(doc), { type: 'edited', next: titled(doc, '') })
    expect(quiet.issues).toEqual([])
    const shown = run(quiet, { type: 'checked', issues: validateDraft(titled(doc, '')) })
    expect(shown.issues.map((i) => i.key)).toEqual(['error.title'])
    expect(run(shown, { type: 'edited', next: titled(doc, 'Tittel') }).issues).toEqual([])
  })

  it('takes a decided value conflict with undo, and starts the typed text again from the case', () => {
    const doc = tysnes('nn')
    const state = opened(doc)
    const resolved = run(state, { type: 'conflictResolved', next: titled(doc, 'Ny'), message: 'Bytt' })
    expect(resolved.draft?.title).toBe('Ny')
    expect(resolved.undo).toEqual({ message: 'Bytt', before: doc })
    expect(resolved.revision).toBe(state.revision + 1)
  })

  it('undoes the last change that threw text away, and starts the typed text again from it', () => {
    const doc = tysnes('nn')
    const removed = run(opened(doc), { type: 'editedWithUndo', next: { ...doc, saksgang: [] }, message: 'Rad fjerna' })
    const undone = run(removed, { type: 'undone' })
    expect(undone.draft).toEqual(doc)
    expect(undone.undo).toBeNull()
    expect(undone.revision).toBe(removed.revision + 1)
    expect(run(undone, { type: 'undone' })).toBe(undone)
  })

  it('offers no undo before the case has loaded', () => {
    const empty = initialCaseDraft(null)
    expect(run(empty, { type: 'editedWithUndo', next: tysnes('nn'), message: 'x' })).toBe(empty)
  })

  it("takes Bidrag's figures with an undo offer, and says whose name the case now carries", () => {
    const doc = tysnes('nn')
    const next = { ...doc, header: { ...doc.header, kommuneName: 'Vestland fylkeskommune' } }
    const renamed = run(opened(doc), { type: 'economyTaken', next, message: 'Tala er bytte', renamedTo: 'Vestland fylkeskommune' })
    expect(renamed.draft).toEqual(next)
    expect(renamed.undo?.before).toEqual(doc)
    expect(renamed.notice).toEqual({ kind: 'economyUpdated', renamedTo: 'Vestland fylkeskommune' })
    expect(run(opened(doc), { type: 'economyTaken', next: doc, message: 'Tala er bytte' }).notice).toEqual({ kind: 'economyUpdated' })
  })
})

describe('checking before a save or an export', () => {
  it('shows what is missing, clears the last notice and lets the summary take the focus again', () => {
    const state = run(opened(), { type: 'saveFailed', reason: 'error' }, { type: 'checked', issues: [{ field: 'sf-title', key: 'error.title' }] })
    expect(state.showSummary).toBe(true)
    expect(state.notice).toBeNull()
    expect(state.attempt).toBe(1)
    expect(run(state, { type: 'checked', issues: [{ field: 'sf-title', key: 'error.title' }] }).attempt).toBe(2)
  })

  it('hides the summary and leaves the notice when nothing is missing', () => {
    const state = run(opened(), { type: 'checked', issues: [{ field: 'sf-title', key: 'error.title' }] }, { type: 'exportFailed' }, { type: 'checked', issues: [] })
    expect(state.showSummary).toBe(false)
    expect(state.notice).toEqual({ kind: 'exportFailed' })
    expect(state.attempt).toBe(1)
  })
})

describe('saving', () => {
  it('makes the saved version both the case as saved and the draft', () => {
    const doc = tysnes('nn')
    const edited = run(opened(doc), { type: 'editedWithUndo', next: titled(doc, 'Ny tittel'), message: 'x' }, { type: 'saveStarted' })
    expect(edited.saving).toBe(true)
    const saved = titled(doc, 'Ny tittel')
    const state = run(edited, { type: 'saved', stored: storedAt(2, saved), saved })
    expect(state.saving).toBe(false)
    expect(state.loaded).toEqual({ stored: storedAt(2, saved), saved, baseVersion: 2, sessionId: 'tab-a' })
    expect(state.draft).toEqual(saved)
    expect(state.undo).toBeNull()
    expect(state.notice).toEqual({ kind: 'saved', version: 2 })
  })

  it('keeps the draft and tells why when the save fails', () => {
    const doc = tysnes('nn')
    const state = run(opened(doc), { type: 'edited', next: titled(doc, 'Ny') }, { type: 'saveStarted' }, { type: 'saveFailed', reason: 'notFound' })
    expect(state.saving).toBe(false)
    expect(state.draft?.title).toBe('Ny')
    expect(state.notice).toEqual({ kind: 'saveFailed', reason: 'notFound' })
  })
})

describe('exporting and copying', () => {
  it('shows which export is under way, and then where the file went', () => {
    const started = run(opened(), { type: 'saveFailed', reason: 'error' }, { type: 'exportStarted', part: 'sections' })
    expect(started.exporting).toBe('sections')
    expect(started.notice).toBeNull()
    expect(run(started, { type: 'exported', path: '/tmp/sak.docx', part: 'sections', unsaved: false })).toMatchObject({
      exporting: null,
      notice: { kind: 'exported', path: '/tmp/sak.docx', part: 'sections', unsaved: false }
    })
    // A file written from a case with changes not yet saved: the notice must say the case is not saved.
    expect(run(started, { type: 'exported', path: '/tmp/sak.docx', part: 'whole', unsaved: true }).notice).toMatchObject({ unsaved: true })
    expect(run(started, { type: 'exportCancelled' })).toMatchObject({ exporting: null, notice: { kind: 'exportCancelled' } })
    expect(run(started, { type: 'exportFailed' })).toMatchObject({ exporting: null, notice: { kind: 'exportFailed' } })
  })

  it('keeps the file system’s reason when the Word file could not be written, for the notice to word', () => {
    const failure = { reason: 'diskFull' as const, code: 'ENOSPC', path: 'D:\\sak.docx' }
    const failed = run(opened(), { type: 'exportStarted', part: 'whole' }, { type: 'exportFailed', failure })
    expect(failed).toMatchObject({ exporting: null, notice: { kind: 'exportFailed', failure } })
  })

  it('shows a copy under way, and a notice only when it failed', () => {
    const started = run(opened(), { type: 'copyStarted' })
    expect(started.copying).toBe(true)
    expect(run(started, { type: 'copyEnded' })).toMatchObject({ copying: false, notice: null })
    expect(run(started, { type: 'copyFailed' })).toMatchObject({ copying: false, notice: { kind: 'copyFailed' } })
  })
})

describe('questions before an action', () => {
  it('asks one question at a time, and "no" leaves everything as it was', () => {
    const before = opened()
    const asked = run(before, { type: 'asked', question: { kind: 'removeSection', id: 'vurdering', heading: 'Vurdering' } })
    expect(asked.pending).toEqual({ kind: 'removeSection', id: 'vurdering', heading: 'Vurdering' })
    expect(run(asked, { type: 'answeredNo' })).toEqual(before)
  })

  it('removes a section with an undo offer', () => {
    const doc = tysnes('nn')
    const next = { ...doc, sections: doc.sections.slice(1) }
    const state = run(
      opened(doc),
      { type: 'asked', question: { kind: 'removeSection', id: doc.sections[0]!.id, heading: 'x' } },
      { type: 'sectionRemoved', next, message: 'Fjerna' }
    )
    expect(state.pending).toBeNull()
    expect(state.draft).toEqual(next)
    expect(state.undo).toEqual({ message: 'Fjerna', before: doc })
  })

  it('resets a section to the default text, starting its typed text again, or only closes the question when it cannot', () => {
    const doc = tysnes('nn')
    const changed = { ...doc, title: 'Endra' }
    const asked = run(opened(doc), { type: 'asked', question: { kind: 'resetSection', id: 'vurdering', heading: 'Vurdering' } })
    const reset = run(asked, { type: 'sectionReset', next: changed, message: 'Tilbakestilt' })
    expect(reset).toMatchObject({ pending: null, draft: changed, revision: asked.revision + 1, undo: { message: 'Tilbakestilt', before: doc } })
    const refused = run(asked, { type: 'sectionReset', next: null, message: 'Tilbakestilt' })
    expect(refused).toEqual({ ...asked, pending: null })
  })
})

describe('restoring an earlier version', () => {
  it('makes the restored copy the case and the draft, and clears what the old draft showed', () => {
    const doc = tysnes('nn')
    const old = titled(doc, 'Gammal tittel')
    const state = run(
      opened(doc),
      { type: 'editedWithUndo', next: titled(doc, ''), message: 'x' },
      { type: 'checked', issues: validateDraft(titled(doc, '')) },
      { type: 'asked', question: { kind: 'restore', version: 1 } },
      { type: 'restored', from: 1, stored: storedAt(3, old), saved: old }
    )
    expect(state).toMatchObject({
      pending: null,
      draft: old,
      loaded: { saved: old },
      undo: null,
      issues: [],
      showSummary: false,
      revision: 1,
      notice: { kind: 'restored', from: 1, version: 3 }
    })
  })

  it('opens a case that could not be read once one of its versions is restored', () => {
    const doc = tysnes('nn')
    const state = run(
      initialCaseDraft(null),
      { type: 'loadFailed', reason: 'malformed' },
      { type: 'asked', question: { kind: 'restore', version: 1 } },
      { type: 'restored', from: 1, stored: storedAt(2, doc), saved: doc }
    )
    expect(state.failure).toBeNull()
    expect(state.draft).toEqual(doc)
  })

  it('closes the question and tells why when the restore fails', () => {
    const asked = run(opened(), { type: 'asked', question: { kind: 'restore', version: 1 } })
    expect(run(asked, { type: 'restoreFailed', reason: 'error' })).toMatchObject({
      pending: null,
      notice: { kind: 'restoreFailed', reason: 'error' }
    })
  })
})

describe('unsaved work from an earlier visit', () => {
  const saved = tysnes('nn')
  const kept = { sessionId: 'tab-x', baseVersion: 1, document: titled(saved, 'Skrive før vindauget vart lukka'), savedAt: '2017-10-03T07:00:00.000Z' }
  const other = { sessionId: 'tab-y', baseVersion: 2, document: titled(saved, 'Skrive i ei anna fane'), savedAt: '2017-10-03T08:00:00.000Z' }
  const offered = (...copies: CaseWorkingCopy[]): CaseDraftState =>
    run(initialCaseDraft(null), { type: 'loaded', stored: storedAt(2, saved), saved, sessionId: 'tab-new', copies: copies.length > 0 ? copies : [kept] })

  it('is offered before the user edits, with the saved case in the editor until they answer', () => {
    const state = offered()
    expect(state.offers).toEqual([kept])
    expect(state.draft).toEqual(saved)
  })

  it('taken back, is the draft on the version it was written on and in its session, so a save on a newer one meets the conflict', () => {
    const state = run(offered(), { type: 'workingCopyTaken', sessionId: 'tab-x', message: 'Dei andre er forkasta.' })
    expect(state.offers).toEqual([])
    expect(state.draft?.title).toBe('Skrive før vindauget vart lukka')
    expect(state.loaded?.baseVersion).toBe(1)
    expect(state.loaded?.sessionId).toBe('tab-x')
    expect(state.notice).toEqual({ kind: 'workingCopyTaken' })
    // Nothing else was offered, so nothing was discarded to undo.
    expect(state.undo).toBeNull()
  })

  it('offers every copy when two tabs left one each; taking one discards the others, and undo offers them all again', () => {
    const state = run(offered(other, kept), { type: 'workingCopyTaken', sessionId: 'tab-x', message: 'Dei andre er forkasta.' })
    expect(state.draft?.title).toBe('Skrive før vindauget vart lukka')
    expect(state.undo).toMatchObject({ message: 'Dei andre er forkasta.', reoffer: { copies: [other, kept], discarded: [other] } })
    const back = run(state, { type: 'undone' })
    expect(back.offers).toEqual([other, kept])
    expect(back.draft).toEqual(saved)
    expect(back.loaded?.baseVersion).toBe(2)
    const newer = run(back, { type: 'workingCopyTaken', sessionId: 'tab-y', message: 'x' })
    expect(newer.draft?.title).toBe('Skrive i ei anna fane')
    expect(newer.loaded?.sessionId).toBe('tab-y')
  })

  it('discarded, all of them, can be had back by undo: offered again', () => {
    const discarded = run(offered(other, kept), { type: 'workingCopyDiscarded', message: 'Forkasta.' })
    expect(discarded.offers).toEqual([])
    expect(discarded.draft).toEqual(saved)
    expect(discarded.loaded?.baseVersion).toBe(2)
    expect(discarded.undo?.reoffer?.discarded).toEqual([other, kept])
    const back = run(discarded, { type: 'undone' })
    expect(back.offers).toEqual([other, kept])
    expect(back.draft).toEqual(saved)
  })
})

describe('a save that meets another version', () => {
  const mine = titled(tysnes('nn'), 'Mi endring')
  const theirs = titled(tysnes('nn'), 'Endring frå eit anna vindauge')
  const conflicted = (): CaseDraftState =>
    run(opened(), { type: 'edited', next: mine }, { type: 'saveStarted' }, { type: 'conflicted', conflict: { stored: storedAt(2, theirs), theirs } })

  it('shows both and keeps mine as the draft, unsaved', () => {
    const state = conflicted()
    expect(state.saving).toBe(false)
    expect(state.conflict?.stored.version).toBe(2)
    expect(state.draft).toEqual(mine)
    expect(state.loaded?.baseVersion).toBe(1)
  })

  it('cancelled, says nothing was saved and changes nothing else', () => {
    const state = run(conflicted(), { type: 'conflictCancelled' })
    expect(state.conflict).toBeNull()
    expect(state.notice).toEqual({ kind: 'conflictOpen', version: 2 })
    expect(state.draft).toEqual(mine)
  })

  it('taking theirs makes their version the saved case and the draft, and undo puts mine on top of it', () => {
    const state = run(conflicted(), { type: 'theirsTaken', message: 'Du tok versjon 2.' })
    expect(state.conflict).toBeNull()
    expect(state.draft).toEqual(theirs)
    expect(state.loaded?.saved).toEqual(theirs)
    expect(state.loaded?.baseVersion).toBe(2)
    const back = run(state, { type: 'undone' })
    expect(back.draft).toEqual(mine)
    expect(back.loaded?.baseVersion).toBe(2)
  })

  it('keeping mine saved on top closes the conflict', () => {
    const state = run(conflicted(), { type: 'saveStarted' }, { type: 'saved', stored: storedAt(3, mine), saved: mine })
    expect(state.conflict).toBeNull()
    expect(state.loaded?.baseVersion).toBe(3)
    expect(state.notice).toEqual({ kind: 'saved', version: 3 })
  })
})
