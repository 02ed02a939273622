import type { FileFailure } from '@shared/fileError'
import type { Maalform } from '@shared/maalform'
import type { DocumentPart, Saksframlegg } from '@shared/saksframlegg'

/** What the user can write to a file: a part of the case as a Word file of its own, or the whole case in the kommune's template. */
export type ExportKind = DocumentPart | 'template'
import type { CaseFailure, CaseWorkingCopy, LoadedCase } from '../caseStore'
import { validateDraft, type DraftIssue, type UnsavedDraft } from '../draft'

/** A message the case list hands to the editor it opens. */
export type Flash =
  | { kind: 'created' }
  | { kind: 'duplicated'; title: string }
  | { kind: 'copied'; maalform: Maalform }

/** Why a save or restore failed, as the notice tells it: a store's reason, or an error thrown on the way. */
export type FailureReason = CaseFailure['reason'] | 'error'

export type Notice =
  | { kind: 'saved'; version: number }
  | { kind: 'restored'; from: number; version: number }
  /** `unsaved`: the case had changes not yet saved when its Word file was written. */
  | { kind: 'exported'; path: string; part: ExportKind; unsaved: boolean }
  | { kind: 'exportCancelled' }
  /** `failure`: the file system said why (disk full, no permission…); without it, the general message. */
  | { kind: 'exportFailed'; failure?: FileFailure }
  | { kind: 'saveFailed'; reason: FailureReason }
  | { kind: 'copyFailed' }
  | { kind: 'restoreFailed'; reason: FailureReason }
  | { kind: 'unsavedBack' }
  /** The user closed the conflict without choosing: nothing was saved. */
  | { kind: 'conflictOpen'; version: number }
  | { kind: 'workingCopyTaken' }
  /** The database would not keep the working copy (a full disk): only saving keeps the work. */
  | { kind: 'workingCopyFailed' }
  /** `renamedTo`: the case now names another contributor (Bidrag's), e.g. after a merger. */
  | { kind: 'economyUpdated'; renamedTo?: string }
  | Flash

/** What the user is asked before it happens: one question at a time. */
export type Pending =
  | { kind: 'resetSection'; id: string; heading: string }
  | { kind: 'removeSection'; id: string; heading: string }
  | { kind: 'restore'; version: number }
  | { kind: 'leave'; then: (doc: Saksframlegg) => void | Promise<void> }

export interface Loaded {
  stored: LoadedCase['stored']
  saved: Saksframlegg
  /**
   * The stored version the draft was started from: a save is refused when the store holds
   * another. Usually `stored.version`; older when unsaved work from before a newer save was taken back.
   */
  baseVersion: number
  /** The editor session whose working copy this draft is kept in: new per visit, or the one a taken-back copy was typed in. */
  sessionId: string
  /** The draft the session's working copy holds already (a copy just taken back): it is not written again. */
  kept?: Saksframlegg
}

/** A save refused because another version is stored now: that version, to compare and choose. */
export interface Conflict {
  stored: LoadedCase['stored']
  theirs: Saksframlegg
}

export interface CaseDraftState {
  loaded: Loaded | null
  failure: CaseFailure['reason'] | null
  draft: Saksframlegg | null
  /** Bumped when the draft is replaced from outside, so typed-text fields start again from it. */
  revision: number
  issues: DraftIssue[]
  showSummary: boolean
  /** A new key remounts the error summary, which then takes the focus again. */
  attempt: number
  notice: Notice | null
  /**
   * `baseVersion`: the version the draft given back stood on, when it differs from the loaded one.
   * `reoffer`: working copies offered back that the user's answer discarded; undo offers them again.
   */
  undo: { message: string; before: Saksframlegg; baseVersion?: number; reoffer?: Reoffer } | null
  pending: Pending | null
  /** Unsaved work from earlier visits (one per editor session), the newest first, offered back before the user edits. */
  offers: CaseWorkingCopy[]
  conflict: Conflict | null
  saving: boolean
  exporting: ExportKind | null
  copying: boolean
}

/** The copies that were offered back, and those of them the answer discarded (put back by undo). */
export interface Reoffer {
  copies: CaseWorkingCopy[]
  discarded: CaseWorkingCopy[]
}

/** Every action is something the user did, or the answer to it from the store or the file system. */
export type CaseDraftAction =
  /** `stash`: work left here earlier in the session; `copies`: unsaved work from earlier visits to offer back. */
  | { type: 'loaded'; stored: Loaded['stored']; saved: Saksframlegg; sessionId: string; stash?: UnsavedDraft; copies?: CaseWorkingCopy[] }
  /** One copy taken back (`message`: the undo's, when the others were discarded). */
  | { type: 'workingCopyTaken'; sessionId: string; message: string }
  | { type: 'workingCopyDiscarded'; message: string }
  | { type: 'conflicted'; conflict: Conflict }
  | { type: 'conflictCancelled' }
  /** The user chose the stored version over their own; theirs can be had back by undo. */
  | { type: 'theirsTaken'; message: string }
  | { type: 'loadFailed'; reason: CaseFailure['reason'] }
  | { type: 'edited'; next: Saksframlegg }
  | { type: 'editedWithUndo'; next: Saksframlegg; message: string }
  | { type: 'economyTaken'; next: Saksframlegg; message: string; renamedTo?: string }
  | { type: 'undone' }
  | { type: 'checked'; issues: DraftIssue[] }
  | { type: 'saveStarted' }
  | { type: 'saved'; stored: Loaded['stored']; saved: Saksframlegg }
  | { type: 'saveFailed'; reason: FailureReason }
  | { type: 'exportStarted'; part: ExportKind }
  | { type: 'exported'; path: string; part: ExportKind; unsaved: boolean }
  | { type: 'exportCancelled' }
  | { type: 'exportFailed'; failure?: FileFailure }
  | { type: 'copyStarted' }
  | { type: 'copyEnded' }
  | { type: 'copyFailed' }
  | { type: 'asked'; question: Pending }
  | { type: 'answeredNo' }
  | { type: 'sectionReset'; next: Saksframlegg | null; message: string }
  | { type: 'sectionRemoved'; next: Saksframlegg; message: string }
  /** The user chose what a text whose value changed says: the new value, the standard text, or as it stands. */
  | { type: 'conflictResolved'; next: Saksframlegg; message: string }
  | { type: 'restored'; from: number; stored: Loaded['stored']; saved: Saksframlegg }
  | { type: 'restoreFailed'; reason: FailureReason }
  | { type: 'noticeDismissed' }
  | { type: 'workingCopyFailed' }

export function initialCaseDraft(flash: Flash | null): CaseDraftState {
  return {
    loaded: null,
    failure: null,
    draft: null,
    revision: 0,
    issues: [],
    showSummary: false,
    attempt: 0,
    notice: flash,
    undo: null,
    pending: null,
    offers: [],
    conflict: null,
    saving: false,
    exporting: null,
    copying: false
  }
}

/** The draft after an edit: an open undo offer lapses, and shown errors follow the text. */
function edited(state: CaseDraftState, next: Saksframlegg): CaseDraftState {
  return {
    ...state,
    draft: next,
    undo: null,
    issues: state.showSummary ? validateDraft(next) : state.issues
  }
}

function editedWithUndo(state: CaseDraftState, next: Saksframlegg, message: string): CaseDraftState {
  if (!state.draft) return state
  return { ...edited(state, next), undo: { message, before: state.draft } }
}

/** The case as the store now holds it becomes both the saved case and the draft. */
function stored(state: CaseDraftState, loaded: Omit<Loaded, 'baseVersion' | 'sessionId'>): CaseDraftState {
  const sessionId = state.loaded?.sessionId ?? ''
  return { ...state, loaded: { ...loaded, baseVersion: loaded.stored.version, sessionId }, draft: loaded.saved, undo: null }
}

/** The working copy taken back becomes the draft, on its version and in its session; the others offered are discarded, with undo. */
function workingCopyTaken(state: CaseDraftState, sessionId: string, message: string): CaseDraftState {
  const taken = state.offers.find((copy) => copy.sessionId === sessionId)
  if (!taken || !state.loaded) return state
  const discarded = state.offers.filter((copy) => copy !== taken)
  return {
    ...edited(state, taken.document),
    loaded: { ...state.loaded, baseVersion: taken.baseVersion, sessionId: taken.sessionId, kept: taken.document },
    offers: [],
    revision: state.revision + 1,
    notice: { kind: 'workingCopyTaken' },
    undo: discarded.length > 0 ? { message, before: state.loaded.saved, reoffer: { copies: state.offers, discarded } } : null
  }
}

export function caseDraftReducer(state: CaseDraftState, action: CaseDraftAction): CaseDraftState {
  switch (action.type) {
    case 'loaded': {
      // Work left here comes back on the version it was typed on, and in its session: a save still meets a newer version.
      const { stash } = action
      return {
        ...state,
        loaded: { stored: action.stored, saved: action.saved, baseVersion: stash?.baseVersion ?? action.stored.version, sessionId: stash?.sessionId ?? action.sessionId },
        draft: stash?.draft ?? action.saved,
        notice: stash ? { kind: 'unsavedBack' } : state.notice,
        offers: action.copies ?? []
      }
    }
    case 'workingCopyTaken':
      return workingCopyTaken(state, action.sessionId, action.message)
    case 'workingCopyDiscarded':
      if (state.offers.length === 0 || !state.draft) return state
      return { ...state, offers: [], undo: { message: action.message, before: state.draft, reoffer: { copies: state.offers, discarded: state.offers } } }
    case 'conflicted':
      return { ...state, saving: false, conflict: action.conflict }
    case 'conflictCancelled':
      return state.conflict ? { ...state, conflict: null, notice: { kind: 'conflictOpen', version: state.conflict.stored.version } } : state
    case 'theirsTaken': {
      if (!state.conflict || !state.draft) return state
      const theirs = stored(state, { stored: state.conflict.stored, saved: state.conflict.theirs })
      return {
        ...theirs,
        conflict: null,
        revision: state.revision + 1,
        notice: null,
        undo: { message: action.message, before: state.draft }
      }
    }
    case 'loadFailed':
      return { ...state, failure: action.reason }
    case 'edited':
      return edited(state, action.next)
    case 'editedWithUndo':
      return editedWithUndo(state, action.next, action.message)
    case 'economyTaken':
      return {
        ...editedWithUndo(state, action.next, action.message),
        notice: action.renamedTo !== undefined ? { kind: 'economyUpdated', renamedTo: action.renamedTo } : { kind: 'economyUpdated' }
      }
    case 'undone': {
      if (!state.undo) return state
      const { before, reoffer } = state.undo
      const baseVersion = reoffer ? state.loaded?.stored.version : state.undo.baseVersion
      const loaded = state.loaded && baseVersion !== undefined ? { ...state.loaded, baseVersion } : state.loaded
      // Copies discarded by the answer to the offer are offered again (the editor puts their rows back).
      return { ...state, loaded, draft: before, undo: null, revision: state.revision + 1, ...(reoffer ? { offers: reoffer.copies, notice: null } : {}) }
    }
    case 'checked': {
      const failed = action.issues.length > 0
      return {
        ...state,
        issues: action.issues,
        showSummary: failed,
        ...(failed ? { notice: null, attempt: state.attempt + 1 } : {})
      }
    }
    case 'saveStarted':
      return { ...state, saving: true }
    case 'saved':
      return {
        ...stored(state, { stored: action.stored, saved: action.saved }),
        saving: false,
        conflict: null,
        notice: { kind: 'saved', version: action.stored.version }
      }
    case 'saveFailed':
      return { ...state, saving: false, notice: { kind: 'saveFailed', reason: action.reason } }
    case 'exportStarted':
      return { ...state, exporting: action.part, notice: null }
    case 'exported':
      return { ...state, exporting: null, notice: { kind: 'exported', path: action.path, part: action.part, unsaved: action.unsaved } }
    case 'exportCancelled':
      return { ...state, exporting: null, notice: { kind: 'exportCancelled' } }
    case 'exportFailed':
      return { ...state, exporting: null, notice: action.failure ? { kind: 'exportFailed', failure: action.failure } : { kind: 'exportFailed' } }
    case 'copyStarted':
      return { ...state, copying: true }
    case 'copyEnded':
      return { ...state, copying: false }
    case 'copyFailed':
      return { ...state, copying: false, notice: { kind: 'copyFailed' } }
    case 'asked':
      return { ...state, pending: action.question }
    case 'answeredNo':
      return { ...state, pending: null }
    case 'sectionReset': {
      const reset = action.next ? { ...editedWithUndo(state, action.next, action.message), revision: state.revision + 1 } : state
      return { ...reset, pending: null }
    }
    case 'conflictResolved':
      // The text changed from outside the field the user types in: the fields start again from the case.
      return { ...editedWithUndo(state, action.next, action.message), revision: state.revision + 1 }
    case 'sectionRemoved':
      return { ...editedWithUndo(state, action.next, action.message), pending: null }
    case 'restored':
      return {
        ...stored(state, { stored: action.stored, saved: action.saved }),
        failure: null,
        pending: null,
        issues: [],
        showSummary: false,
        revision: state.revision + 1,
        notice: { kind: 'restored', from: action.from, version: action.stored.version }
      }
    case 'restoreFailed':
      return { ...state, pending: null, notice: { kind: 'restoreFailed', reason: action.reason } }
    case 'noticeDismissed':
      return { ...state, notice: null }
    case 'workingCopyFailed':
      return { ...state, notice: { kind: 'workingCopyFailed' } }
  }
}
