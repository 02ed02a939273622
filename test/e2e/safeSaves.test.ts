import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import dictionary from '../../renderer/src/i18n/saksframlegg'
import { chooseMaalform, endSession, openBrowser, SCREENSHOT_DIR, type Session, startTysnesSession, workingCopyTitle, workingCopyTitles } from './harness'

/**
 * Nothing typed is lost and nothing is overwritten unasked (issue 10 §2, §3): text typed and never
 * saved comes back after the window is closed, and two tabs saving the same case meet a conflict
 * that shows both and lets the user choose.
 */
let session: Session
let url = ''
const VIEW = { width: 1366, height: 768 }

beforeAll(async () => {
  ;({ session, url } = await startTysnesSession('safe-saves', VIEW))
})
afterAll(() => endSession(session))

type Maalform = 'nn' | 'nb'
const T = (m: Maalform) => (key: keyof typeof dictionary.nn, params: Record<string, string> = {}): string =>
  dictionary[m][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '')

const status = (page: Page) => page.getByTestId('save-status')
const title = (page: Page, m: Maalform) => page.getByLabel(T(m)('title.label'), { exact: true })

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))))
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) })
}

const caseIdOf = (page: Page): string => decodeURIComponent(page.url().split('/').pop() ?? '')

/** Creates a nynorsk case, with the screen in `screen`. */
async function createCase(page: Page, screen: Maalform = 'nn'): Promise<string> {
  const t = T(screen)
  await page.locator('nav a[data-area="saksframlegg"]').click()
  const card = page.getByTestId('sf-new')
  await expect.poll(async () => await card.locator('p').first().innerText()).toMatch(/= kr/)
  await card.getByLabel(t('maalform.nn')).check()
  await card.getByRole('button', { name: t('new.create') }).click()
  await page.getByTestId('sf-notice').getByText(t('notice.created')).waitFor()
  return page.url()
}

/** Types a title, waits until the working copy holds it, and closes the browser without saving. */
async function typeAndClose(caseUrl: string, text: string): Promise<void> {
  const { page } = session
  await title(page, 'nn').fill(text)
  expect(await status(page).innerText()).toBe(T('nn')('status.unsaved'))
  await expect.poll(() => workingCopyTitle(page, caseIdOf(page)), { timeout: 30_000 }).toBe(text)
  expect(page.url()).toBe(caseUrl)
  await session.context.close()
  session = await openBrowser(session.profileDir)
  await session.page.setViewportSize(VIEW)
}

/** A fresh tab on Oversikt in place of the session's page, which may hold unsaved text of its own (its copy is kept). */
async function freshTab(): Promise<Page> {
  const page = await session.context.newPage()
  await page.setViewportSize(VIEW)
  await session.page.close({ runBeforeUnload: false })
  session.page = page
  await page.goto(url)
  await page.getByRole('heading', { name: 'Oversikt', level: 1 }).waitFor()
  return page
}

describe('unsaved work and two editors', () => {
  let caseUrl = ''

  it('offers back the text typed before the window closed, and it is there when taken back (nynorsk)', async () => {
    caseUrl = await createCase(session.page)
    await typeAndClose(caseUrl, 'Ulagra tittel før vindauget vart lukka')
    const { page } = session
    const t = T('nn')
    await page.goto(caseUrl)
    const dialog = page.getByTestId('sf-working-copy-dialog')
    await dialog.getByRole('heading', { name: t('workingCopy.heading') }).waitFor()
    expect(await dialog.innerText()).toMatch(/Du har ulagra endringar frå \d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2}\. Vil du halde fram med dei\?/)
    await shot(page, 'safe-offer-nn')
    await dialog.getByRole('button', { name: t('workingCopy.take') }).click()
    await page.getByTestId('sf-notice').getByText(t('notice.workingCopyTaken')).waitFor()
    // The keyboard goes on from the editor's heading, not from the top of the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    expect(await title(page, 'nn').inputValue()).toBe('Ulagra tittel før vindauget vart lukka')
    expect(await status(page).innerText()).toBe(t('status.unsaved'))
    await page.getByRole('button', { name: t('action.save'), exact: true }).first().click()
    await expect.poll(() => status(page).innerText()).toBe(t('status.saved'))
    // Saved: the working copy is gone, and the next open offers nothing.
    expect(await workingCopyTitle(page, caseIdOf(page))).toBeNull()
  })

  it('offers it in bokmål too, and a discarded copy can be had back by undo', async () => {
    await typeAndClose(caseUrl, 'Ulagret tittel på bokmål')
    const { page } = session
    const t = T('nb')
    await page.goto(url)
    await page.getByRole('heading', { name: 'Oversikt', level: 1 }).waitFor()
    await chooseMaalform(page, 'nb')
    await page.goto(caseUrl)
    const dialog = page.getByTestId('sf-working-copy-dialog')
    await dialog.getByRole('heading', { name: t('workingCopy.heading') }).waitFor()
    expect(await dialog.innerText()).toMatch(/Du har ulagrede endringer fra \d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2}\. Vil du fortsette med dem\?/)
    await shot(page, 'safe-offer-nb')
    await dialog.getByRole('button', { name: t('workingCopy.discard') }).click()
    await page.getByText(t('undo.workingCopy')).waitFor()
    expect(await title(page, 'nb').inputValue()).toBe('Ulagra tittel før vindauget vart lukka')
    expect(await status(page).innerText()).toBe(t('status.saved'))
    await expect.poll(() => workingCopyTitle(page, caseIdOf(page))).toBeNull()
    // Undo offers it again (and keeps it again), and it is taken back.
    await page.getByRole('button', { name: t('action.undo') }).click()
    await dialog.getByRole('heading', { name: t('workingCopy.heading') }).waitFor()
    await expect.poll(() => workingCopyTitle(page, caseIdOf(page))).toBe('Ulagret tittel på bokmål')
    await dialog.getByRole('button', { name: t('workingCopy.take') }).click()
    expect(await title(page, 'nb').inputValue()).toBe('Ulagret tittel på bokmål')
    expect(await status(page).innerText()).toBe(t('status.unsaved'))
    // Thrown away after all: leaving without saving removes the copy.
    await page.getByRole('button', { name: t('editor.back') }).click()
    await page.getByTestId('sf-leave-dialog').getByRole('button', { name: t('dialog.leaveWithout') }).click()
    await page.getByTestId('sf-case-table').waitFor()
    await expect.poll(() => workingCopyTitle(page, caseIdOf({ url: () => caseUrl } as Page))).toBeNull()
  })

  it('shows the conflict when two tabs save the same case, and nothing is lost whichever is chosen', async () => {
    const a = session.page
    const b = await session.context.newPage()
    await b.setViewportSize(VIEW)
    const t = T('nb')
    await a.goto(caseUrl)
    await b.goto(caseUrl)
    await title(a, 'nb').fill('Tittel fra fane A')
    await title(b, 'nb').fill('Tittel fra fane B')
    await a.getByRole('button', { name: t('action.save'), exact: true }).first().click()
    await expect.poll(() => status(a).innerText()).toBe(t('status.saved'))
    // Tab B never says all is saved over a newer version.
    await expect.poll(() => b.getByTestId('stale-status').count()).toBe(1)
    await b.getByRole('button', { name: t('action.save'), exact: true }).first().click()
    const dialog = b.getByTestId('sf-conflict-dialog')
    await dialog.getByRole('heading', { name: t('versionConflict.heading') }).waitFor()
    expect(await dialog.getByTestId('sf-diff-mine').first().innerText()).toContain('Tittel fra fane B')
    expect(await dialog.getByTestId('sf-diff-theirs').first().innerText()).toContain('Tittel fra fane A')
    await shot(b, 'safe-conflict-nb')
    // Cancel: nothing saved, the draft stays, and the status does not say all is saved.
    await dialog.getByRole('button', { name: t('dialog.cancel') }).click()
    await b.getByTestId('sf-notice').getByText(t('notice.conflictOpen', { version: '3' })).waitFor()
    expect(await status(b).innerText()).toBe(t('status.unsaved'))
    expect(await title(b, 'nb').inputValue()).toBe('Tittel fra fane B')

    // The same question in nynorsk; this time keep mine: saved on top, theirs stays in the history.
    await chooseMaalform(b, 'nn')
    const n = T('nn')
    await b.getByRole('button', { name: n('action.save'), exact: true }).first().click()
    await dialog.getByRole('heading', { name: n('versionConflict.heading') }).waitFor()
    expect(await dialog.innerText()).toContain(n('versionConflict.body', { version: '3', by: 'Anders Teigen' }).split(' (')[0]!)
    await shot(b, 'safe-conflict-nn')
    await dialog.getByRole('button', { name: n('versionConflict.keepMine') }).click()
    await b.getByTestId('sf-notice').getByText(n('notice.saved', { version: '4' })).waitFor()
    expect(await status(b).innerText()).toBe(n('status.saved'))
    const history = b.locator('details', { hasText: n('history.summary_other', { count: '4' }) })
    await history.waitFor()

    // Tab A now stands on version 3 (and speaks nynorsk: the målform is the profile's): its next save meets version 4 and can take it.
    await expect.poll(() => status(a).innerText()).toBe(n('status.stale'))
    await title(a, 'nn').fill('Tittel frå fane A, att')
    await a.getByRole('button', { name: n('action.save'), exact: true }).first().click()
    await a.getByTestId('sf-conflict-dialog').getByRole('button', { name: n('versionConflict.takeTheirs', { version: '4' }) }).click()
    expect(await title(a, 'nn').inputValue()).toBe('Tittel fra fane B')
    expect(await status(a).innerText()).toBe(n('status.saved'))
    await a.getByRole('button', { name: n('action.undo') }).click()
    expect(await title(a, 'nn').inputValue()).toBe('Tittel frå fane A, att')
    await b.close()
  })

  it('keeps the text typed less than a second before the tab is closed, and offers it back (nynorsk)', async () => {
    const t = T('nn')
    const page = await freshTab()
    await chooseMaalform(page, 'nn')
    const caseAt = await createCase(page)
    await title(page, 'nn').fill('Skrive rett før fana vart lukka')
    // Closed at once, inside the second before the copy would be written: the page's hide writes it.
    const next = await session.context.newPage()
    await next.setViewportSize(VIEW)
    await page.close({ runBeforeUnload: false })
    session.page = next
    await next.goto(caseAt)
    const dialog = next.getByTestId('sf-working-copy-dialog')
    await dialog.getByRole('heading', { name: t('workingCopy.heading') }).waitFor()
    // The quotation marks are the <q> element's own, drawn by CSS, so not in the text.
    expect(await dialog.getByTestId('sf-copy-change').innerText()).toBe(`${t('workingCopy.changed', { part: t('versionConflict.part.title') })}: Skrive rett før fana vart lukka`)
    await dialog.getByRole('button', { name: t('workingCopy.take') }).click()
    expect(await title(next, 'nn').inputValue()).toBe('Skrive rett før fana vart lukka')
  })

  it('tells a copy by the text the user wrote, not by the header the form filled in, in both målformer', async () => {
    const page = await freshTab()
    await chooseMaalform(page, 'nb')
    const caseAt = await createCase(page, 'nb')
    const arkivsak = page.getByLabel(T('nb')('header.arkivsak'), { exact: true })
    await arkivsak.fill('18/1234')
    await title(page, 'nb').fill('Deltaking i KS DigiFin, skrive før fana vart lukka')
    await expect.poll(() => workingCopyTitle(page, caseIdOf(page)), { timeout: 30_000 }).toBe('Deltaking i KS DigiFin, skrive før fana vart lukka')
    for (const m of ['nb', 'nn'] as const) {
      const t = T(m)
      const next = await session.context.newPage()
      await next.setViewportSize(VIEW)
      await session.page.close({ runBeforeUnload: false })
      session.page = next
      if (m === 'nn') {
        await next.goto(url)
        await chooseMaalform(next, 'nn')
      }
      await next.goto(caseAt)
      const dialog = next.getByTestId('sf-working-copy-dialog')
      await dialog.getByRole('heading', { name: t('workingCopy.heading') }).waitFor()
      const more = t('workingCopy.more_one', { count: '1' })
      expect(await dialog.getByTestId('sf-copy-change').innerText()).toBe(
        `${t('workingCopy.changed', { part: t('versionConflict.part.title') })}: Deltaking i KS DigiFin, skrive før fana vart lukka (${more})`
      )
      await shot(next, `safe-copy-change-${m}`)
    }
    await session.page.getByTestId('sf-working-copy-dialog').getByRole('button', { name: T('nn')('workingCopy.take') }).click()
    expect(await session.page.getByLabel(T('nn')('header.arkivsak'), { exact: true }).inputValue()).toBe('18/1234')
  })

  it('keeps a copy per tab when two tabs type in one case, offers both back (newest first), and the one not taken can be had back by undo', async () => {
    const n = T('nn')
    const first = await freshTab()
    const caseAt = await createCase(first)
    const second = await session.context.newPage()
    await second.setViewportSize(VIEW)
    await second.goto(caseAt)
    await title(first, 'nn').fill('Tittel frå fane A')
    await expect.poll(() => workingCopyTitles(first, caseIdOf(first)), { timeout: 30_000 }).toEqual(['Tittel frå fane A'])
    await title(second, 'nn').fill('Tittel frå fane B')
    // Tab B's copy is kept beside tab A's, not over it.
    await expect.poll(() => workingCopyTitles(first, caseIdOf(first)), { timeout: 30_000 }).toEqual(['Tittel frå fane B', 'Tittel frå fane A'])
    const page = await session.context.newPage()
    await page.setViewportSize(VIEW)
    await first.close({ runBeforeUnload: false })
    await second.close({ runBeforeUnload: false })
    session.page = page

    await page.goto(caseAt)
    const dialog = page.getByTestId('sf-working-copy-dialog')
    await dialog.getByRole('heading', { name: n('workingCopy.heading') }).waitFor()
    expect(await dialog.innerText()).toContain(n('workingCopy.bodyMany', { count: '2' }))
    const items = dialog.getByTestId('sf-working-copies').locator('li')
    expect(await items.count()).toBe(2)
    expect(await items.nth(0).innerText()).toContain('Tittel frå fane B')
    expect(await items.nth(1).innerText()).toContain('Tittel frå fane A')
    expect(await items.nth(0).innerText()).toMatch(/Frå \d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2}/)
    await shot(page, 'safe-two-copies-nn')
    // Take tab A's: tab B's is discarded, with undo.
    await items.nth(1).getByRole('button', { name: n('workingCopy.takeThis') }).click()
    expect(await title(page, 'nn').inputValue()).toBe('Tittel frå fane A')
    await page.getByText(n('undo.otherCopies')).waitFor()
    await expect.poll(() => workingCopyTitles(page, caseIdOf(page))).toEqual(['Tittel frå fane A'])
    await page.getByRole('button', { name: n('action.undo') }).click()
    await dialog.getByRole('heading', { name: n('workingCopy.heading') }).waitFor()
    await expect.poll(async () => (await workingCopyTitles(page, caseIdOf(page))).sort()).toEqual(['Tittel frå fane A', 'Tittel frå fane B'])

    // The same offer in bokmål, after leaving without an answer: both copies are still kept.
    await page.goto(url)
    await page.getByRole('heading', { name: 'Oversikt', level: 1 }).waitFor()
    await chooseMaalform(page, 'nb')
    const b = T('nb')
    await page.goto(caseAt)
    await dialog.getByRole('heading', { name: b('workingCopy.heading') }).waitFor()
    expect(await dialog.innerText()).toContain(b('workingCopy.bodyMany', { count: '2' }))
    await shot(page, 'safe-two-copies-nb')
    await items.nth(0).getByRole('button', { name: b('workingCopy.takeThis') }).click()
    expect(await title(page, 'nb').inputValue()).toBe('Tittel frå fane B')
    await page.getByRole('button', { name: b('action.save'), exact: true }).first().click()
    await expect.poll(() => status(page).innerText()).toBe(b('status.saved'))
    // Saved: this session's copy is gone, and the one discarded with it.
    await expect.poll(() => workingCopyTitles(page, caseIdOf(page))).toEqual([])
  })

  it('asks before the browser\'s Back leaves unsaved work; staying, then saving after another tab saved, meets the conflict', async () => {
    const b = T('nb')
    const page = await freshTab()
    await chooseMaalform(page, 'nb')
    const caseAt = await createCase(page, 'nb')
    await title(page, 'nb').fill('Skrevet før jeg gikk tilbake')
    await page.goBack()
    // Back asks as the navigation does: the case stays open, at its own address, with the text.
    const leave = page.getByTestId('sf-leave-dialog')
    await leave.getByRole('heading', { name: b('dialog.leaveHeading') }).waitFor()
    expect(page.url()).toBe(caseAt)
    await shot(page, 'safe-back-asks-nb')
    await leave.getByRole('button', { name: b('dialog.stay') }).click()
    await leave.waitFor({ state: 'hidden' })
    expect(await title(page, 'nb').inputValue()).toBe('Skrevet før jeg gikk tilbake')
    const other = await session.context.newPage()
    await other.setViewportSize(VIEW)
    await other.goto(caseAt)
    // The first tab's copy is offered here too: this tab throws it away and saves its own text.
    await other.getByTestId('sf-working-copy-dialog').getByRole('button', { name: b('workingCopy.discard') }).click()
    await title(other, 'nb').fill('Lagret i den andre fanen')
    await other.getByRole('button', { name: b('action.save'), exact: true }).first().click()
    await expect.poll(() => status(other).innerText()).toBe(b('status.saved'))
    await other.close()

    expect(page.url()).toBe(caseAt)
    expect(await title(page, 'nb').inputValue()).toBe('Skrevet før jeg gikk tilbake')
    await page.getByRole('button', { name: b('action.save'), exact: true }).first().click()
    const dialog = page.getByTestId('sf-conflict-dialog')
    await dialog.getByRole('heading', { name: b('versionConflict.heading') }).waitFor()
    expect(await dialog.getByTestId('sf-diff-theirs').first().innerText()).toContain('Lagret i den andre fanen')
    await dialog.getByRole('button', { name: b('versionConflict.keepMine') }).click()
    await page.getByTestId('sf-notice').getByText(b('notice.saved', { version: '3' })).waitFor()
  })

  it('logged no console errors', () => {
    expect(session.errors).toEqual([])
  })
})
