import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import bidragDictionary from '../../renderer/src/i18n/bidrag'
import deltakingDictionary from '../../renderer/src/i18n/deltaking'
import flDictionary from '../../renderer/src/i18n/fellesloysingar'
import formsDictionary from '../../renderer/src/i18n/forms'
import backupDictionary from '../../renderer/src/i18n/backup'
import sfDictionary from '../../renderer/src/i18n/saksframlegg'
import setupDictionary from '../../renderer/src/i18n/setup'
import { axeViolations, describeViolations } from './axe'
import { chooseMaalform, openBrowser, quotaFull, removeProfile, SCREENSHOT_DIR, setUpTysnes, startServer, stopServer, type Session, workingCopyTitle } from './harness'
import { writeNewerDatabase } from './newerDatabase'

/**
 * Every page and dialog, in nynorsk and in bokmål, checked by axe-core with all its default rules
 * (WCAG A/AA and best practice): a finding of any impact fails. Each screen is also saved as a
 * picture at 1366×768 and 1920×1080 (test-results/screenshots/a11y-<målform>-<width>-<screen>.png)
 * for a person to look at.
 */
type Maalform = 'nn' | 'nb'
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 }
] as const

let url = ''
beforeAll(async () => {
  url = await startServer()
})
afterAll(() => stopServer())

const fill = (text: string, params: Record<string, string>): string => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '')
const dict =
  <D extends Record<Maalform, Record<string, string>>>(d: D, m: Maalform) =>
  (key: keyof D['nn'] & string, params: Record<string, string> = {}): string =>
    fill(d[m][key] ?? '', params)

/** Checks one screen and pictures it at both sizes; the findings are gathered, so one run names them all. */
function screens(m: Maalform) {
  const findings: string[] = []
  return {
    async check(page: Page, screen: string): Promise<void> {
      const violations = await axeViolations(page)
      if (violations.length > 0) findings.push(`«${screen}» (${m}):\n${describeViolations(violations)}`)
      mkdirSync(SCREENSHOT_DIR, { recursive: true })
      const before = page.viewportSize()
      for (const size of SIZES) {
        await page.setViewportSize(size)
        await page.screenshot({ path: join(SCREENSHOT_DIR, `a11y-${m}-${size.width}-${screen}.png`) })
      }
      if (before) await page.setViewportSize(before)
    },
    /** Fails the test with every finding gathered since the last call. */
    expectNone(): void {
      const all = findings.splice(0)
      expect(all.join('\n\n')).toBe('')
    }
  }
}

/** A browser of its own, for a screen that needs a database of its own; closed and removed after. */
async function inOwnBrowser(use: (own: Session) => Promise<void>): Promise<void> {
  const own = await openBrowser()
  try {
    await own.page.setViewportSize(SIZES[0])
    await use(own)
  } finally {
    await own.close()
    removeProfile(own.profileDir)
  }
}

async function openArea(page: Page, area: string): Promise<void> {
  await page.locator(`nav a[data-area="${area}"]`).click()
  await page.locator('main h1').first().waitFor()
}

for (const m of ['nn', 'nb'] as const) {
  // Each screen is checked and pictured twice over; a busy machine needs more than the usual two minutes.
  describe(m === 'nn' ? 'every screen in nynorsk' : 'every screen in bokmål', { timeout: 720_000 }, () => {
    let session: Session
    const shots = screens(m)
    const b = dict(bidragDictionary, m)
    const s = dict(sfDictionary, m)
    const d = dict(deltakingDictionary, m)
    const f = dict(flDictionary, m)
    const setup = dict(setupDictionary, m)
    const forms = dict(formsDictionary, m)
    const backup = dict(backupDictionary, m)

    beforeAll(async () => {
      session = await openBrowser()
      await session.page.setViewportSize(SIZES[0])
    })
    afterAll(async () => {
      await session?.close()
      if (session) removeProfile(session.profileDir)
    })

    it('first run: the setup, with search hits', async () => {
      const { page } = session
      await page.goto(url)
      await page.locator('main h1').waitFor()
      await chooseMaalform(page, m)
      await shots.check(page, 'setup')
      // The way back from a backup, offered below the setup form.
      await page.getByTestId('backup-settings').scrollIntoViewIfNeeded()
      await shots.check(page, 'setup-restore')
      await page.getByLabel(setup('organisation'), { exact: true }).fill('1223')
      await page.getByLabel('Tysnes kommune (4616)').waitFor()
      await shots.check(page, 'setup-search')
      await chooseMaalform(page, 'nn')
      await setUpTysnes(page, url)
      await chooseMaalform(page, m)
      shots.expectNone()
    })

    it('Oversikt', async () => {
      await shots.check(session.page, 'oversikt')
      shots.expectNone()
    })

    it('Bidrag: own contribution, figure form, round form, SSB import, Landsoversikt', async () => {
      const { page } = session
      await openArea(page, 'bidrag')
      await page.getByTestId('amount').waitFor()
      await shots.check(page, 'bidrag')
      await page.getByRole('button', { name: b('addFigure') }).click()
      await page.getByTestId('figure-form').waitFor()
      // The form just opened has the focus in its first field.
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent)).toBe(b('figureCount'))
      await shots.check(page, 'bidrag-figure-form')
      // Saving the figure leads the focus to the amount it gives, in view.
      const form = page.getByTestId('figure-form')
      await form.getByLabel(b('figureCount'), { exact: true }).fill('2853')
      await form.getByLabel(b('figureDate')).fill('2017-06-30')
      await form.getByLabel(b('figureSource')).fill('SSB tabell 01222, 2. kvartal 2017')
      await form.getByRole('button', { name: b('saveFigure') }).click()
      await form.waitFor({ state: 'detached' })
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('bidrag-result')
      expect(await page.getByTestId('bidrag-result').evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(true)
      // The question before a figure the user added is deleted.
      await page.getByRole('button', { name: `${b('deleteFigure')}: ` }).first().click()
      await page.getByTestId('confirm-dialog').waitFor()
      await shots.check(page, 'bidrag-delete-dialog')
      await page.getByTestId('confirm-dialog').getByRole('button', { name: b('cancel') }).click()
      // A full disk: the figure form says what was not saved and keeps what was typed.
      await page.getByRole('button', { name: b('addFigure') }).click()
      await form.getByLabel(b('figureCount'), { exact: true }).fill('2854')
      await form.getByLabel(b('figureDate')).fill('2017-06-30')
      await form.getByLabel(b('figureSource')).fill('SSB tabell 01222, 2. kvartal 2017')
      await quotaFull(page, true)
      await form.getByRole('button', { name: b('saveFigure') }).click()
      await form.getByTestId('write-failure').scrollIntoViewIfNeeded()
      await shots.check(page, 'bidrag-quota-error')
      await quotaFull(page, false)
      // The refused write is also logged for a developer: the one console error these screens may leave.
      const others = session.errors.splice(0).filter((error) => !error.startsWith('A database write failed'))
      session.errors.push(...others)
      await form.getByRole('button', { name: b('cancel') }).click()
      await form.waitFor({ state: 'detached' })
      await page.getByRole('button', { name: b('addRound') }).click()
      await page.locator('form').last().waitFor()
      await shots.check(page, 'bidrag-round-form')
      await page.getByTestId('ssb-import').scrollIntoViewIfNeeded()
      await shots.check(page, 'bidrag-ssb-import')
      await page.getByRole('tab', { name: b('tabCountry') }).click()
      await page.getByRole('tabpanel').locator('table').first().waitFor()
      await shots.check(page, 'bidrag-landsoversikt')
      shots.expectNone()
    })

    it('Saksframlegg: list, new case, editor with preview, restore and leave dialogs', async () => {
      const { page } = session
      await openArea(page, 'saksframlegg')
      await page.getByTestId('sf-new').getByRole('button', { name: s('new.create') }).waitFor()
      await shots.check(page, 'saksframlegg-list')
      await page.getByTestId('sf-new').getByRole('button', { name: s('new.create') }).click()
      await page.getByTestId('sf-notice').waitFor()
      await page.getByTestId('saksframlegg-preview').waitFor()
      const caseUrl = page.url()
      await shots.check(page, 'saksframlegg-editor')
      // The header's inputs stand in line, row by row, though only Arkivsak and Arkivkode have a hint above.
      const top = (label: string) => page.getByLabel(label, { exact: true }).evaluate((el) => Math.round(el.getBoundingClientRect().top))
      expect(await top(s('header.arkivsak'))).toBe(await top(s('header.arkivkode')))
      expect(await top(s('header.sakshandsamar'))).toBe(await top(s('header.date')))
      await page.getByLabel(s('header.arkivsak')).fill('17/596')
      await page.getByLabel(s('title.label'), { exact: true }).press('Control+s')
      await page.getByTestId('sf-notice').getByText(s('notice.saved', { version: '2' })).waitFor()
      await page.getByTestId('sf-history').locator('summary').click()
      await page.getByRole('button', { name: s('history.restoreVersion', { version: '1' }) }).click()
      await page.getByTestId('sf-restore-dialog').waitFor()
      await shots.check(page, 'saksframlegg-restore-dialog')
      await page.getByTestId('sf-restore-dialog').getByRole('button', { name: s('dialog.cancel') }).click()
      await page.getByLabel(s('header.arkivsak')).fill('17/597')
      await page.getByRole('button', { name: s('editor.back') }).click()
      await page.getByTestId('sf-leave-dialog').waitFor()
      await shots.check(page, 'saksframlegg-leave-dialog')
      await page.getByTestId('sf-leave-dialog').getByRole('button', { name: s('dialog.leaveWithout') }).click()
      await page.getByTestId('sf-case-table').scrollIntoViewIfNeeded()
      await shots.check(page, 'saksframlegg-list-with-case')
      // Unsaved work offered back in a second tab, and the conflict when both tabs save.
      await page.goto(caseUrl)
      const titleField = (p: Page) => p.getByLabel(s('title.label'), { exact: true })
      await titleField(page).fill('Tittel i fane A')
      await expect.poll(() => workingCopyTitle(page, decodeURIComponent(caseUrl.split('/').pop() ?? '')), { timeout: 30_000 }).toBe('Tittel i fane A')
      const other = await session.context.newPage()
      await other.setViewportSize(SIZES[0])
      await other.goto(caseUrl)
      const offer = other.getByTestId('sf-working-copy-dialog')
      await offer.waitFor()
      await shots.check(other, 'saksframlegg-working-copy-dialog')
      await offer.getByRole('button', { name: s('workingCopy.take') }).click()
      await titleField(other).fill('Tittel i fane B')
      await other.getByRole('button', { name: s('action.save'), exact: true }).first().click()
      await other.getByTestId('sf-notice').getByText(s('notice.saved', { version: '3' })).waitFor()
      await other.close()
      await page.getByRole('button', { name: s('action.save'), exact: true }).first().click()
      const conflict = page.getByTestId('sf-conflict-dialog')
      await conflict.waitFor()
      await shots.check(page, 'saksframlegg-conflict-dialog')
      await conflict.getByRole('button', { name: s('dialog.cancel') }).click()
      await page.getByRole('button', { name: s('editor.back') }).click()
      await page.getByTestId('sf-leave-dialog').getByRole('button', { name: s('dialog.leaveWithout') }).click()
      await page.getByRole('button', { name: s('list.deleteLabel', { title: 'Tittel i fane B' }) }).click()
      const remove = page.getByTestId('sf-delete-dialog')
      await remove.waitFor()
      await shots.check(page, 'saksframlegg-delete-dialog')
      await remove.getByRole('button', { name: s('dialog.cancel') }).click()
      shots.expectNone()
    })

    it('Deltaking: the step forms, the go-back dialog and the history', async () => {
      const { page } = session
      await openArea(page, 'deltaking')
      await page.getByTestId('step-form').waitFor()
      await shots.check(page, 'deltaking-invitert')
      // The 2017 round is past: its steps start with no date, and the user types the one the step had.
      await page.getByTestId('step-form').getByLabel(d('date'), { exact: true }).fill('20.11.2017')
      await page.getByTestId('step-form').getByRole('button', { name: d('record', { status: m === 'nn' ? 'til politisk handsaming' : 'til politisk behandling' }) }).click()
      await page.getByTestId('deltaking-flash').waitFor()
      await shots.check(page, 'deltaking-handsaming')
      await page.getByRole('button', { name: d('goBack') }).click()
      await page.getByTestId('go-back-dialog').waitFor()
      await shots.check(page, 'deltaking-go-back-dialog')
      await page.getByTestId('go-back-dialog').getByRole('button', { name: d('cancel') }).click()
      await page.getByTestId('participation-history').scrollIntoViewIfNeeded()
      await shots.check(page, 'deltaking-history')
      shots.expectNone()
    })

    it('Fellesløysingar: the list, the entry form, a solution with its adoption panel, the catalogue file', async () => {
      const { page } = session
      await openArea(page, 'fellesloysingar')
      await page.getByTestId('fl-table').waitFor()
      await shots.check(page, 'fellesloysingar')
      await page.getByRole('heading', { name: f('file.heading') }).scrollIntoViewIfNeeded()
      await shots.check(page, 'fellesloysingar-catalogue-file')
      await page.getByTestId('fl-table').getByRole('link').first().click()
      await page.getByTestId('fl-costs').waitFor()
      await shots.check(page, 'fellesloysingar-solution')
      await page.getByLabel(f('adopt.date'), { exact: true }).fill('10.01.2026')
      await page.getByRole('button', { name: f('adopt.start') }).click()
      await page.getByTestId('fl-adoption-status').waitFor()
      await shots.check(page, 'fellesloysingar-adoption')
      await page.getByRole('button', { name: f('case.showPreview') }).click()
      await page.getByTestId('tilknyting-preview').scrollIntoViewIfNeeded()
      await shots.check(page, 'fellesloysingar-adoption-case')
      await page.goto(`${url}#/fellesloysingar/ny`)
      await page.locator('main form').waitFor()
      await shots.check(page, 'fellesloysingar-new')
      shots.expectNone()
    })

    it('Økonomi', async () => {
      const { page } = session
      await openArea(page, 'okonomi')
      await page.getByTestId('okonomi-total-all').waitFor()
      await shots.check(page, 'okonomi')
      shots.expectNone()
    })

    it('Innstillingar: the profile, the template settings, the backups', async () => {
      const { page } = session
      await openArea(page, 'innstillingar')
      await shots.check(page, 'innstillingar')
      await page.getByTestId('template-settings').scrollIntoViewIfNeeded()
      await shots.check(page, 'innstillingar-template')
      await page.getByTestId('backup-settings').scrollIntoViewIfNeeded()
      await shots.check(page, 'innstillingar-backup')
      // The question before a backup replaces the data.
      const card = page.getByTestId('backup-settings')
      const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: backup('download') }).click()])
      // Chosen under the name it was saved with, as a user would pick it from the downloads folder.
      const buffer = readFileSync(await download.path())
      await card.locator('input[type="file"]').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer })
      const restore = page.getByTestId('backup-confirm')
      await restore.waitFor()
      await shots.check(page, 'innstillingar-restore-dialog')
      await restore.getByRole('button', { name: backup('cancel') }).click()
      // The question before leaving a changed profile unsaved.
      await page.getByLabel(setup('sakshandsamar')).fill('Kari Tysnes')
      await page.locator('nav a[data-area="oversikt"]').click()
      // Each form on the page has its own question; the profile's is the open one.
      const leave = page.getByRole('dialog', { name: forms('leave.heading') })
      await leave.getByRole('heading', { name: forms('leave.heading') }).waitFor()
      await shots.check(page, 'innstillingar-leave-dialog')
      await leave.getByRole('button', { name: forms('leave.discard') }).click()
      await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor()
      shots.expectNone()
    })

    it('the page for a database from a newer Spleiselag', async () => {
      await inOwnBrowser(async ({ page }) => {
        await writeNewerDatabase(page, url, m)
        await page.goto(url)
        await page.getByTestId('newer-database').waitFor()
        await shots.check(page, 'newer-database')
      })
      shots.expectNone()
    })

    it('the warning for a nearly full disk', async () => {
      await inOwnBrowser(async ({ context, page }) => {
        // The browser reports its quota nearly used up, as it does when the disk is full.
        await context.addInitScript(() => {
          Object.defineProperty(StorageManager.prototype, 'estimate', { value: () => Promise.resolve({ usage: 950_000_000, quota: 1_000_000_000 }) })
        })
        await setUpTysnes(page, url)
        await chooseMaalform(page, m)
        await page.locator('.storage-warning').waitFor()
        await shots.check(page, 'storage-nearly-full')
      })
      shots.expectNone()
    })

    it('logged no console errors', () => {
      expect(session.errors).toEqual([])
    })
  })
}
