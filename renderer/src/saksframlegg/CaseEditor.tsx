import {
  Alert,
  Button,
  Card,
  Details,
  ErrorSummary,
  Heading,
  Link,
  Paragraph,
  Select,
  Spinner,
  Table,
  Tag,
  Textfield
} from '@digdir/designsystemet-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateLong, formatInnbyggjarar, formatKroner, formatTimestamp } from '@shared/format'
import type { Maalform } from '@shared/maalform'
import {
  addSection,
  buildDefaultSection,
  caseNameFor,
  chiefDefinite,
  isDefaultKind,
  moveSection,
  newSectionId,
  rebuildInMaalform,
  removeSection,
  renderSaksframlegg,
  roundById,
  sameFigures,
  sectionHeading,
  suggestedFileName,
  updateSection,
  withContribution,
  type DocumentPart,
  type Saksframlegg,
  type SaksframleggOrigin,
  type SectionKind
} from '@shared/saksframlegg'
import { useApp } from '../app/context'
import { hrefFor } from '../app/route'
import type { ContributionState } from '../bidrag/useContribution'
import { caseStore, type CaseFailure, type StoredCase } from './caseStore'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { FIELD, sameDocument, unsavedDrafts, validateDraft, type DraftIssue } from './draft'
import { HeaderFields, InnstillingEditor, LinesField, SaksgangEditor, SectionEditor } from './EditorParts'
import { buildWordFile } from '../document/exportWord'
import { Preview } from '../document/Preview'

export type Flash =
  | { kind: 'created' }
  | { kind: 'duplicated'; title: string }
  | { kind: 'copied'; maalform: Maalform }

type Notice =
  | { kind: 'saved'; version: number }
  | { kind: 'restored'; from: number; version: number }
  | { kind: 'exported'; path: string; part: DocumentPart }
  | { kind: 'exportCancelled' }
  | { kind: 'exportFailed' }
  | { kind: 'saveFailed'; reason: FailureReason }
  | { kind: 'copyFailed' }
  | { kind: 'restoreFailed'; reason: FailureReason }
  | { kind: 'unsavedBack' }
  /** `renamedTo`: the case now names another contributor (Bidrag's), e.g. after a merger. */
  | { kind: 'economyUpdated'; renamedTo?: string }
  | Flash

/** Why a save or restore failed, as the notice tells it: a store's reason, or an error thrown on the way. */
type FailureReason = CaseFailure['reason'] | 'error'

type Pending =
  | { kind: 'resetSection'; id: string; heading: string }
  | { kind: 'removeSection'; id: string; heading: string }
  | { kind: 'restore'; version: number }
  | { kind: 'leave'; then: (doc: Saksframlegg) => void | Promise<void> }

interface Loaded {
  stored: StoredCase
  saved: Saksframlegg
}

const SECTION_KINDS: SectionKind[] = ['saksopplysningar', 'saksutgreiing', 'okonomiskeKonsekvensar', 'vurdering', 'other']

interface Props {
  id: string
  contribution: ContributionState
  flash: Flash | null
  onClose: () => void
  onOpen: (id: string, flash: Flash) => void
}

export function CaseEditor({ id, contribution, flash, onClose, onOpen }: Props) {
  const { t } = useTranslation('saksframlegg')
  const { profile, platform } = useApp()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [failure, setFailure] = useState<CaseFailure['reason'] | null>(null)
  const [draft, setDraft] = useState<Saksframlegg | null>(null)
  /** Bumped when the draft is replaced from outside, so typed-text fields start again from it. */
  const [revision, setRevision] = useState(0)
  const [issues, setIssues] = useState<DraftIssue[]>([])
  const [showSummary, setShowSummary] = useState(false)
  const [saving, setSaving] = useState(false)
  const [exporting, setExporting] = useState<DocumentPart | null>(null)
  const [copying, setCopying] = useState(false)
  const [notice, setNotice] = useState<Notice | null>(flash)
  const [undo, setUndo] = useState<{ message: string; before: Saksframlegg } | null>(null)
  const [pending, setPending] = useState<Pending | null>(null)
  /** The innstilling the case had before the user changed it in this visit, if they did. */
  const [innstillingBefore, setInnstillingBefore] = useState<Saksframlegg['innstilling']['kind'] | null>(null)
  const [newKind, setNewKind] = useState<SectionKind>('other')
  const focusNext = useRef<string | null>(null)
  /** A new key remounts the error summary, which then takes the focus again. */
  const [attempt, setAttempt] = useState(0)
  const discard = useRef(false)

  const versions = useLiveQuery(() => caseStore.versions(id), [id], undefined)

  useEffect(() => {
    let current = true
    void caseStore.load(id).then((result) => {
      if (!current) return
      if (!result.ok) {
        setFailure(result.reason)
        return
      }
      const stash = unsavedDrafts.get(id)
      unsavedDrafts.delete(id)
      setLoaded({ stored: result.value.stored, saved: result.value.document })
      setDraft(stash ?? result.value.document)
      if (stash) setNotice({ kind: 'unsavedBack' })
    })
    return () => {
      current = false
    }
  }, [id])

  const maalform: Maalform = loaded?.stored.maalform ?? profile.maalform
  const dirty = Boolean(draft && loaded && !sameDocument(draft, loaded.saved))

  // Work left without a decision (the browser's back button) is kept for the session.
  const latest = useRef({ draft, dirty })
  useEffect(() => {
    latest.current = { draft, dirty }
  }, [draft, dirty])
  useEffect(
    () => () => {
      const { draft: last, dirty: unsaved } = latest.current
      // Only a real visit stashes: React's development double mount runs this before anything loaded.
      if (unsaved && last && !discard.current) unsavedDrafts.set(id, last)
    },
    [id]
  )

  const headingRef = useRef<HTMLHeadingElement>(null)
  const isLoaded = loaded !== null
  useEffect(() => {
    if (isLoaded && (document.activeElement === document.body || document.activeElement === null)) headingRef.current?.focus()
  }, [isLoaded])

  useLayoutEffect(() => {
    if (!focusNext.current) return
    const element = document.getElementById(focusNext.current)
    focusNext.current = null
    element?.focus()
  })
  const focus = useCallback((elementId: string) => {
    focusNext.current = elementId
  }, [])

  const edit = useCallback(
    (next: Saksframlegg) => {
      setDraft(next)
      setUndo(null)
      if (showSummary) setIssues(validateDraft(next))
    },
    [showSummary]
  )

  const editWithUndo = (next: Saksframlegg, message: string): void => {
    if (!draft) return
    const before = draft
    edit(next)
    setUndo({ message, before })
  }

  /** Undefined while the rounds load, or when the user has deleted the case's round. */
  const round = roundById(contribution.rounds, loaded?.stored.roundId)
  const roundGone = !round && !contribution.loading

  const rendered = useMemo(() => (draft ? renderSaksframlegg(draft, maalform) : null), [draft, maalform])

  function check(doc: Saksframlegg): boolean {
    const found = validateDraft(doc)
    setIssues(found)
    setShowSummary(found.length > 0)
    if (found.length > 0) {
      setNotice(null)
      setAttempt((a) => a + 1)
    }
    return found.length === 0
  }

  async function save(): Promise<Saksframlegg | null> {
    if (!draft || !loaded || saving) return null
    if (!check(draft)) return null
    setSaving(true)
    try {
      const result = await caseStore.save(id, draft, profile.sakshandsamar)
      if (!result.ok) {
        console.error('Saving the case failed:', result)
        setNotice({ kind: 'saveFailed', reason: result.reason })
        return null
      }
      const saved = result.value.document as Saksframlegg
      setLoaded({ stored: result.value, saved })
      setDraft(saved)
      setUndo(null)
      setNotice({ kind: 'saved', version: result.value.version })
      return saved
    } catch (error) {
      console.error('Saving the case failed:', error)
      setNotice({ kind: 'saveFailed', reason: 'error' })
      return null
    } finally {
      setSaving(false)
    }
  }

  async function exportAs(part: DocumentPart): Promise<void> {
    if (!draft || exporting) return
    if (!check(draft)) return
    setExporting(part)
    setNotice(null)
    try {
      const file = await buildWordFile(renderSaksframlegg(draft, maalform, part), suggestedFileName(draft, part, maalform))
      const result = await platform.saveFile({ suggestedName: file.name, kind: 'docx', data: file.data })
      setNotice(result.status === 'saved' ? { kind: 'exported', path: result.path, part } : { kind: 'exportCancelled' })
    } catch (error) {
      console.error('Exporting the Word file failed:', error)
      setNotice({ kind: 'exportFailed' })
    } finally {
      setExporting(null)
    }
  }

  /** Runs `then` with the case as saved, after asking what to do with unsaved changes. */
  const leave = useCallback(
    (then: (doc: Saksframlegg) => void | Promise<void>) => {
      if (!loaded) return
      if (!dirty) void then(loaded.saved)
      else setPending({ kind: 'leave', then })
    },
    [dirty, loaded]
  )

  // Links elsewhere in the app (the navigation) ask first when there are unsaved changes.
  useEffect(() => {
    if (!dirty) return
    const onClick = (event: MouseEvent): void => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null
      const href = link?.getAttribute('href')
      if (!href || href === window.location.hash) return
      event.preventDefault()
      leave(() => {
        window.location.hash = href
      })
    }
    document.addEventListener('click', onClick, true)
    return () => document.removeEventListener('click', onClick, true)
  }, [dirty, leave])

  // A browser tab asks before it closes or reloads with unsaved changes. (The desktop window
  // would close without a word if the page refused to unload, so it is not asked there.)
  useEffect(() => {
    if (!dirty || platform.kind !== 'web') return
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [dirty, platform.kind])

  async function copyInOther(doc: Saksframlegg): Promise<void> {
    if (!loaded || !round) return
    const target: Maalform = maalform === 'nn' ? 'nb' : 'nn'
    setCopying(true)
    try {
      const outcome = contribution.outcome
      const document = rebuildInMaalform(doc, maalform, target, round, outcome.ok ? outcome.contribution : undefined)
      const result = await caseStore.create({
        document,
        maalform: target,
        organisationNumber: loaded.stored.organisationNumber,
        author: profile.sakshandsamar,
        ...(loaded.stored.roundId ? { roundId: loaded.stored.roundId } : {})
      })
      if (result.ok) onOpen(result.value.id, { kind: 'copied', maalform: target })
      else {
        console.error('Copying the case failed:', result)
        setNotice({ kind: 'copyFailed' })
      }
    } catch (error) {
      console.error('Copying the case failed:', error)
      setNotice({ kind: 'copyFailed' })
    } finally {
      setCopying(false)
    }
  }

  async function restore(version: number): Promise<boolean> {
    let result: Awaited<ReturnType<typeof caseStore.restore>>
    try {
      result = await caseStore.restore(id, version, profile.sakshandsamar)
    } catch (error) {
      console.error('Restoring the version failed:', error)
      setPending(null)
      setNotice({ kind: 'restoreFailed', reason: 'error' })
      return false
    }
    setPending(null)
    if (!result.ok) {
      console.error('Restoring the version failed:', result)
      setNotice({ kind: 'restoreFailed', reason: result.reason })
      return false
    }
    const saved = result.value.document as Saksframlegg
    setLoaded({ stored: result.value, saved })
    setDraft(saved)
    setUndo(null)
    setIssues([])
    setShowSummary(false)
    setRevision((r) => r + 1)
    setNotice({ kind: 'restored', from: version, version: result.value.version })
    return true
  }

  if (failure) {
    return (
      <section className="page" aria-labelledby="sf-editor-heading">
        <Heading level={1} data-size="lg" id="sf-editor-heading">
          {t('editor.heading')}
        </Heading>
        <Alert data-color="danger" role="alert">
          <Heading level={2} data-size="2xs">
            {t(failure === 'notFound' ? 'load.notFoundTitle' : 'load.malformedTitle')}
          </Heading>
          <Paragraph data-size="sm">{t(failure === 'notFound' ? 'load.notFound' : 'load.malformed')}</Paragraph>
        </Alert>
        {notice && <NoticeView notice={notice} onDismiss={() => setNotice(null)} />}
        {failure === 'malformed' && <History caseId={id} versions={versions} current={undefined} onRestore={(version) => setPending({ kind: 'restore', version })} />}
        <div>
          <Button variant="secondary" onClick={onClose}>
            {t('editor.back')}
          </Button>
        </div>
        <RestoreDialog pending={pending} dirty={false} onCancel={() => setPending(null)} onRestore={(v) => void restore(v).then((ok) => ok && setFailure(null))} />
      </section>
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

  const other: Maalform = maalform === 'nn' ? 'nb' : 'nn'
  const errorFor = (field: string): string | undefined => {
    const issue = issues.find((i) => i.field === field)
    return issue ? t(issue.key) : undefined
  }
  const profileChief =
    JSON.stringify(profile.chiefTitle) !== JSON.stringify(draft.chiefTitle) ? chiefDefinite(profile.chiefTitle) : undefined
  const outcome = contribution.outcome
  // Bidrag's figures are offered only for the case's own round: another round's rate and text do not belong here.
  const bidragRound = outcome.ok && round && outcome.contribution.round.id !== round.id ? outcome.contribution.round : null
  const bidragName = outcome.ok ? caseNameFor(outcome.contribution) : null
  const nameDiffers = bidragName !== null && bidragName !== draft.header.kommuneName
  const figuresDiffer =
    outcome.ok && round !== undefined && !bidragRound && (nameDiffers || !sameFigures(draft.economy, outcome.contribution))
  // Sections that still hold the default text for the innstilling the case had before: their
  // text speaks of the old choice. Sections the user wrote in are left alone.
  const staleSections =
    innstillingBefore && round
      ? draft.sections.filter((s) => {
          const kind = s.kind
          if (kind !== 'okonomiskeKonsekvensar' && kind !== 'vurdering') return false
          const defaultFor = (innstilling: Saksframlegg['innstilling']['kind']): string =>
            JSON.stringify(
              buildDefaultSection(
                kind,
                { ...draft, innstilling: innstilling === 'custom' ? { kind: 'custom', text: '' } : { kind: innstilling } },
                maalform,
                round
              ).blocks
            )
          const blocks = JSON.stringify(s.blocks)
          return blocks === defaultFor(innstillingBefore) && blocks !== defaultFor(draft.innstilling.kind)
        })
      : []

  const openOrigin = (origin: SaksframleggOrigin): void => {
    const target =
      origin.part === 'section' && origin.id
        ? `${FIELD.section(origin.id)}-text`
        : origin.part === 'title'
          ? FIELD.title
          : origin.part === 'vedlegg'
            ? 'sf-vedlegg'
            : origin.part === 'andreSaksdokument'
              ? 'sf-andre'
              : origin.part === 'header'
                ? 'sf-sakshandsamar'
                : origin.part === 'saksgang'
                  ? 'sf-saksgang-0-utval'
                  : null
    const element =
      (target && document.getElementById(target)) ||
      (origin.part === 'innstilling' ? document.querySelector<HTMLElement>('input[name="sf-innstilling"]:checked') : null) ||
      document.getElementById(FIELD.part(origin.part))
    element?.scrollIntoView({ block: 'center' })
    element?.focus({ preventScroll: true })
  }

  const onKeyDown = (event: KeyboardEvent): void => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault()
      void save()
    }
  }

  const lastSaved = loaded.stored

  return (
    <section className="page sf-editor" aria-labelledby="sf-editor-heading" onKeyDown={onKeyDown}>
      <div className="sf-toolbar">
        <div>
          <Button variant="tertiary" data-size="sm" onClick={() => leave(onClose)}>
            <span aria-hidden="true">←</span> {t('editor.back')}
          </Button>
        </div>
        <Heading level={1} data-size="md" id="sf-editor-heading" lang={maalform} ref={headingRef} tabIndex={-1}>
          {draft.title.trim() || t('editor.heading')}
        </Heading>
        <div className="sf-meta">
          <Tag data-color={dirty ? 'warning' : 'success'} data-testid="save-status" role="status">
            {dirty ? t('status.unsaved') : t('status.saved')}
          </Tag>
          <Paragraph data-size="sm" className="muted">
            {t('editor.meta', {
              maalform: t(`maalform.${maalform}`),
              kind: t(`caseKind.${draft.caseKind}`),
              version: String(lastSaved.version),
              time: formatTimestamp(lastSaved.updatedAt),
              by: lastSaved.updatedBy
            })}
          </Paragraph>
        </div>
        <div className="form-actions sf-wrap">
          <Button onClick={() => void save()} loading={saving} aria-keyshortcuts="Control+S">
            {t('action.save')}
          </Button>
          <Button variant="secondary" onClick={() => void exportAs('whole')} loading={exporting === 'whole'}>
            {t('action.exportWhole')}
          </Button>
          <Button variant="secondary" onClick={() => void exportAs('sections')} loading={exporting === 'sections'}>
            {t('action.exportSections')}
          </Button>
          {round && (
            <Button variant="tertiary" onClick={() => leave(copyInOther)} loading={copying}>
              {t(`action.copyIn.${other}`)}
            </Button>
          )}
        </div>
      </div>

      {showSummary && issues.length > 0 && (
        <ErrorSummary key={attempt}>
          <ErrorSummary.Heading>{t('error.summary')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {issues.map((issue) => (
              <ErrorSummary.Item key={`${issue.field}-${issue.key}`}>
                <ErrorSummary.Link
                  href={`#${issue.field}`}
                  onClick={(event) => {
                    event.preventDefault()
                    const element = document.getElementById(issue.field)
                    element?.scrollIntoView({ block: 'center' })
                    element?.focus({ preventScroll: true })
                  }}
                >
                  {t(issue.key)}
                </ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}

      {notice && <NoticeView notice={notice} onDismiss={() => setNotice(null)} />}
      {undo && (
        <Alert data-color="info" className="sf-undo" role="status">
          <span>{undo.message}</span>
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => {
              setDraft(undo.before)
              setUndo(null)
              setRevision((r) => r + 1)
            }}
          >
            {t('action.undo')}
          </Button>
        </Alert>
      )}

      <History
        caseId={id}
        versions={versions}
        current={lastSaved.version}
        onRestore={(version) => setPending({ kind: 'restore', version })}
      />

      <div className="sf-workspace">
        <div className="sf-form" role="group" aria-label={t('editor.formLabel')}>
          <Card data-color="neutral" variant="tinted" className="sf-figures">
            <Heading level={2} data-size="2xs">
              {t('figures.heading')}
            </Heading>
            <Paragraph data-size="sm">
              {t('figures.line', {
                who: draft.header.kommuneName,
                count: formatInnbyggjarar(draft.economy.populationCount, profile.maalform),
                date: formatDateLong(draft.economy.populationDate),
                rate: formatKroner(draft.economy.rate),
                amount: formatKroner(draft.economy.amount)
              })}
            </Paragraph>
            <Paragraph data-size="sm" className="muted">
              {t('figures.source', { source: draft.economy.populationSource })}
            </Paragraph>
            {roundGone && (
              <div className="sf-inline-note" data-testid="sf-round-gone">
                <Paragraph data-size="sm">{t('figures.roundGone')}</Paragraph>
              </div>
            )}
            {bidragRound && round && (
              <div className="sf-inline-note" data-testid="sf-other-round">
                <Paragraph data-size="sm">
                  {t('figures.otherRound', { bidragRound: bidragRound.name[profile.maalform], caseRound: round.name[profile.maalform] })}
                </Paragraph>
              </div>
            )}
            {figuresDiffer && outcome.ok && bidragName !== null && (
              <div className="sf-inline-note" data-testid="sf-figures-differ">
                <Paragraph data-size="sm">
                  {t('figures.differ', {
                    who: bidragName,
                    count: formatInnbyggjarar(outcome.contribution.population.count, profile.maalform),
                    date: formatDateLong(outcome.contribution.population.date),
                    amount: formatKroner(outcome.contribution.amount)
                  })}
                </Paragraph>
                {nameDiffers && (
                  <Paragraph data-size="sm">{t('figures.differName', { name: draft.header.kommuneName, who: bidragName })}</Paragraph>
                )}
                <Button
                  variant="secondary"
                  data-size="sm"
                  onClick={() => {
                    editWithUndo(withContribution(draft, outcome.contribution, maalform), t('undo.economy'))
                    setNotice(nameDiffers ? { kind: 'economyUpdated', renamedTo: bidragName } : { kind: 'economyUpdated' })
                  }}
                >
                  {t('figures.use')}
                </Button>
              </div>
            )}
            <Paragraph data-size="sm">
              <Link href={hrefFor('bidrag')}>{t('figures.toBidrag')}</Link>
            </Paragraph>
          </Card>

          <HeaderFields header={draft.header} onChange={(header) => edit({ ...draft, header })} />

          <SaksgangEditor
            rows={draft.saksgang}
            focus={focus}
            onChange={(saksgang) => edit({ ...draft, saksgang })}
            onRemove={(index) => {
              const row = draft.saksgang[index]
              editWithUndo(
                { ...draft, saksgang: draft.saksgang.filter((_, i) => i !== index) },
                t('undo.row', { utval: row?.utval.trim() || t('saksgang.rowN', { n: String(index + 1) }) })
              )
              focus(draft.saksgang.length > 1 ? `sf-saksgang-${Math.max(0, index - 1)}-remove` : 'sf-saksgang-add')
            }}
          />

          <div className="sf-part" id={FIELD.part('title')}>
            <Textfield
              id={FIELD.title}
              className="sf-textarea"
              multiline
              rows={2}
              lang={maalform}
              label={t('title.label')}
              description={t('title.hint')}
              value={draft.title}
              error={errorFor(FIELD.title)}
              onChange={(e) => edit({ ...draft, title: e.target.value.replace(/[\r\n]+/g, ' ') })}
            />
          </div>

          <div className="sf-part sf-lists" key={`lists-${revision}`}>
            <LinesField
              id="sf-vedlegg"
              label={t('lists.vedlegg')}
              description={t('lists.hint')}
              lines={draft.vedlegg}
              onChange={(vedlegg) => edit({ ...draft, vedlegg })}
            />
            <LinesField
              id="sf-andre"
              label={t('lists.andre')}
              description={t('lists.andreHint')}
              lines={draft.andreSaksdokument}
              onChange={(andreSaksdokument) => edit({ ...draft, andreSaksdokument })}
            />
          </div>

          <div className="sf-part" id={FIELD.part('section')}>
            <Heading level={2} data-size="xs">
              {t('sections.heading')}
            </Heading>
            <Paragraph data-size="sm" className="muted">
              {t('sections.intro')}
            </Paragraph>
            {draft.sections.map((section, index) => (
              <SectionEditor
                key={`${section.id}-${revision}`}
                section={section}
                maalform={maalform}
                index={index}
                count={draft.sections.length}
                error={errorFor(FIELD.sectionHeading(section.id))}
                canReset={round !== undefined && isDefaultKind(section.kind)}
                onChange={(next) => edit(updateSection(draft, section.id, () => next))}
                onMove={(delta) => {
                  edit(moveSection(draft, section.id, delta))
                  focus(`${FIELD.section(section.id)}-${delta < 0 ? 'up' : 'down'}`)
                }}
                onReset={() => setPending({ kind: 'resetSection', id: section.id, heading: sectionHeading(section, maalform) })}
                onRemove={() => setPending({ kind: 'removeSection', id: section.id, heading: sectionHeading(section, maalform) })}
              />
            ))}
            <div className="sf-add-section">
              <div className="sf-field">
                <label className="ds-label" htmlFor="sf-new-kind">
                  {t('sections.addKind')}
                </label>
                <Select id="sf-new-kind" width="auto" value={newKind} onChange={(e) => setNewKind(e.target.value as SectionKind)}>
                  {SECTION_KINDS.map((kind) => (
                    <Select.Option key={kind} value={kind}>
                      {t(`sectionKind.${kind}`)}
                    </Select.Option>
                  ))}
                </Select>
              </div>
              <Button
                variant="secondary"
                onClick={() => {
                  const sectionId = newSectionId(draft, newKind)
                  edit(addSection(draft, { id: sectionId, kind: newKind, blocks: [] }))
                  focus(newKind === 'other' ? FIELD.sectionHeading(sectionId) : `${FIELD.section(sectionId)}-text`)
                }}
              >
                {t('sections.add')}
              </Button>
            </div>
          </div>

          <InnstillingEditor
            doc={draft}
            maalform={maalform}
            errors={{ innstilling: errorFor(FIELD.innstillingText), funding: errorFor(FIELD.fundingText) }}
            profileChief={profileChief}
            onUseProfileChief={() => edit({ ...draft, chiefTitle: profile.chiefTitle })}
            onChange={(next) => {
              if (next.innstilling.kind !== draft.innstilling.kind && innstillingBefore === null) {
                setInnstillingBefore(draft.innstilling.kind)
              }
              edit(next)
            }}
          />
          {staleSections.length > 0 && (
            <Alert data-color="warning" data-testid="stale-sections">
              <Paragraph data-size="sm">
                {t('innstilling.staleSections', {
                  sections: staleSections.map((s) => `«${sectionHeading(s, maalform)}»`).join(` ${t('and')} `)
                })}
              </Paragraph>
            </Alert>
          )}
          <div className="form-actions">
            <Button onClick={() => void save()} loading={saving}>
              {t('action.save')}
            </Button>
          </div>
        </div>

        <aside className="sf-preview-pane" aria-labelledby="sf-preview-heading">
          <Heading level={2} data-size="2xs" id="sf-preview-heading" className="sf-preview-heading">
            {t('preview.heading', { maalform: t(`maalform.${maalform}`) })}
          </Heading>
          <div className="sf-preview-scroll">
            <Preview rendered={rendered} kind="saksframlegg" label={t('preview.label')} onOpen={openOrigin} />
          </div>
        </aside>
      </div>

      <ConfirmDialog
        open={pending?.kind === 'resetSection'}
        testId="sf-reset-dialog"
        heading={t('dialog.resetHeading', { heading: pending?.kind === 'resetSection' ? pending.heading : '' })}
        cancelLabel={t('dialog.cancel')}
        onCancel={() => setPending(null)}
        actions={[
          {
            label: t('dialog.reset'),
            danger: true,
            onClick: () => {
              if (pending?.kind !== 'resetSection') return
              const target = draft.sections.find((s) => s.id === pending.id)
              if (target && round && isDefaultKind(target.kind)) {
                const fresh = buildDefaultSection(target.kind, draft, maalform, round)
                editWithUndo(
                  updateSection(draft, target.id, () => ({ ...fresh, id: target.id })),
                  t('undo.reset', { heading: pending.heading })
                )
                setRevision((r) => r + 1)
              }
              setPending(null)
            }
          }
        ]}
      >
        {t('dialog.resetBody')}
      </ConfirmDialog>

      <ConfirmDialog
        open={pending?.kind === 'removeSection'}
        testId="sf-remove-dialog"
        heading={t('dialog.removeHeading', { heading: pending?.kind === 'removeSection' ? pending.heading : '' })}
        cancelLabel={t('dialog.cancel')}
        onCancel={() => setPending(null)}
        actions={[
          {
            label: t('dialog.remove'),
            danger: true,
            onClick: () => {
              if (pending?.kind !== 'removeSection') return
              editWithUndo(removeSection(draft, pending.id), t('undo.removed', { heading: pending.heading }))
              setPending(null)
              focus('sf-new-kind')
            }
          }
        ]}
      >
        {t('dialog.removeBody')}
      </ConfirmDialog>

      <RestoreDialog pending={pending} dirty={dirty} onCancel={() => setPending(null)} onRestore={(v) => void restore(v)} next={lastSaved.version + 1} />

      <ConfirmDialog
        open={pending?.kind === 'leave'}
        testId="sf-leave-dialog"
        heading={t('dialog.leaveHeading')}
        cancelLabel={t('dialog.stay')}
        onCancel={() => setPending(null)}
        actions={[
          {
            label: t('dialog.saveAndLeave'),
            loading: saving,
            onClick: () => {
              if (pending?.kind !== 'leave') return
              const then = pending.then
              setPending(null)
              void save().then((saved) => {
                if (saved) void then(saved)
              })
            }
          },
          {
            label: t('dialog.leaveWithout'),
            variant: 'secondary',
            danger: true,
            onClick: () => {
              if (pending?.kind !== 'leave') return
              const then = pending.then
              setPending(null)
              discard.current = true
              void then(loaded.saved)
            }
          }
        ]}
      >
        {t('dialog.leaveBody')}
      </ConfirmDialog>
    </section>
  )
}

function RestoreDialog({
  pending,
  dirty,
  next,
  onCancel,
  onRestore
}: {
  pending: Pending | null
  dirty: boolean
  next?: number
  onCancel: () => void
  onRestore: (version: number) => void
}) {
  const { t } = useTranslation('saksframlegg')
  const version = pending?.kind === 'restore' ? pending.version : 0
  return (
    <ConfirmDialog
      open={pending?.kind === 'restore'}
      testId="sf-restore-dialog"
      heading={t('dialog.restoreHeading', { version: String(version) })}
      cancelLabel={t('dialog.cancel')}
      onCancel={onCancel}
      actions={[{ label: t('dialog.restore'), onClick: () => onRestore(version) }]}
    >
      <Paragraph>{next ? t('dialog.restoreBody', { version: String(version), next: String(next) }) : t('dialog.restoreBodyBroken', { version: String(version) })}</Paragraph>
      {dirty && <Paragraph>{t('dialog.restoreUnsaved')}</Paragraph>}
    </ConfirmDialog>
  )
}

function History({
  caseId,
  versions,
  current,
  onRestore
}: {
  caseId: string
  versions: Awaited<ReturnType<typeof caseStore.versions>> | undefined
  current: number | undefined
  onRestore: (version: number) => void
}) {
  const { t } = useTranslation('saksframlegg')
  if (!versions) return null
  return (
    <Details data-testid="sf-history" id={`sf-history-${caseId}`}>
      <Details.Summary>{t('history.summary', { count: versions.length })}</Details.Summary>
      <Details.Content>
        <Table data-size="sm" className="sf-history">
          <caption className="visually-hidden">{t('history.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('history.version')}</Table.HeaderCell>
              <Table.HeaderCell>{t('history.savedAt')}</Table.HeaderCell>
              <Table.HeaderCell>{t('history.savedBy')}</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="visually-hidden">{t('history.actions')}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {versions.map((v) => (
              <Table.Row key={v.version}>
                <Table.Cell>{v.version}</Table.Cell>
                <Table.Cell>{formatTimestamp(v.savedAt)}</Table.Cell>
                <Table.Cell>{v.savedBy}</Table.Cell>
                <Table.Cell>
                  {v.version === current ? (
                    <span className="muted">{t('history.current')}</span>
                  ) : (
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-label={t('history.restoreVersion', { version: String(v.version) })}
                      onClick={() => onRestore(v.version)}
                    >
                      {t('history.restore')}
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Details.Content>
    </Details>
  )
}

function NoticeView({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { t } = useTranslation('saksframlegg')
  const error =
    notice.kind === 'exportFailed' || notice.kind === 'saveFailed' || notice.kind === 'copyFailed' || notice.kind === 'restoreFailed'
  const color = error ? 'danger' : notice.kind === 'exportCancelled' || notice.kind === 'unsavedBack' || notice.kind === 'copied' ? 'info' : 'success'
  let text: string
  switch (notice.kind) {
    case 'saved':
      text = t('notice.saved', { version: String(notice.version) })
      break
    case 'restored':
      text = t('notice.restored', { from: String(notice.from), version: String(notice.version) })
      break
    case 'exported':
      text = t(notice.part === 'whole' ? 'notice.exportedWhole' : 'notice.exportedSections', { path: notice.path })
      break
    case 'exportCancelled':
      text = t('notice.exportCancelled')
      break
    case 'exportFailed':
      text = t('notice.exportFailed')
      break
    case 'saveFailed':
      text = t(
        notice.reason === 'notFound' ? 'notice.saveFailedNotFound' : notice.reason === 'error' ? 'notice.saveFailed' : 'notice.saveFailedInvalid'
      )
      break
    case 'copyFailed':
      text = t('notice.copyFailed')
      break
    case 'restoreFailed':
      text = t(
        notice.reason === 'notFound'
          ? 'notice.restoreFailedNotFound'
          : notice.reason === 'error'
            ? 'notice.restoreFailedError'
            : 'notice.restoreFailed'
      )
      break
    case 'unsavedBack':
      text = t('notice.unsavedBack')
      break
    case 'economyUpdated':
      text = notice.renamedTo ? t('notice.economyUpdatedRenamed', { who: notice.renamedTo }) : t('notice.economyUpdated')
      break
    case 'created':
      text = t('notice.created')
      break
    case 'duplicated':
      text = t('notice.duplicated', { title: notice.title })
      break
    case 'copied':
      text = t(`notice.copied.${notice.maalform}`)
      break
  }
  return (
    <Alert data-color={color} role={error ? 'alert' : 'status'} className="sf-notice" data-testid="sf-notice">
      <Paragraph data-size="sm">{text}</Paragraph>
      <Button variant="tertiary" data-size="sm" onClick={onDismiss}>
        {t('action.dismiss')}
      </Button>
    </Alert>
  )
}
