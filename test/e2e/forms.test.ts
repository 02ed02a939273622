import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import bidragDictionary from '../../renderer/src/i18n/bidrag'
import formsDictionary from '../../renderer/src/i18n/forms'
import frameDictionary from '../../renderer/src/i18n/frame'
import setupDictionary from '../../renderer/src/i18n/setup'
import { chooseMaalform, openBrowser, removeProfile, screenshot, setUpTysnes, startServer, stopServer, type Session } from './harness'

/**
 * What every form does the same way, as a user meets it on a machine that is not Norwegian
 * (Chromium in en-US): dates typed the Norwegian way and shown back as dd.mm.åååå, a date the
 * calendar does not have named in the målform, the question before leaving unsaved changes, and
 * a text field that stops at its limit with a counter.
 */
let url = ''
let session: Session

beforeAll(async () => {
  url = await startServer()
  session = await openBrowser(undefined, { locale: 'en-US' })
  await session.page.setViewportSize({ width: 1366, height: 768 })
  await setUpTysnes(session.page, url)
})
afterAll(async () => {
  await session?.close()
  if (session) removeProfile(session.profileDir)
  await stopServer()
})

/** Every row of a table in the app's IndexedDB, read as the app stored it. */
function storedRows(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (table) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('spleiselag')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction(table).objectStore(table).getAll()
          request.onsuccess = () => {
            open.result.close()
            resolve(request.result as Record<string, unknown>[])
          }
          request.onerror = () => reject(request.error)
        }
      }),
    table
  )
}

/** Types into a field key by key, as a person does, and leaves it with Tab. */
async function typeAndLeave(field: Locator, text: string): Promise<void> {
  await field.click()
  await field.pressSequentially(text)
  await field.press('Tab')
}

/** Waits for the page's animations (a dialog fading in) to end, so a screenshot shows what a user then sees. */
const settled = (page: Page) => page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))))

const openBidrag = (page: Page) => page.locator('nav a[data-area="bidrag"]').click()
const openInnstillingar = (page: Page) => page.locator('nav a[data-area="innstillingar"]').click()

describe('on an en-US machine', () => {
  it('runs Chromium in en-US, so nothing Norwegian comes from the browser', async () => {
    expect(await session.page.evaluate(() => navigator.language)).toBe('en-US')
  })

  it('reads 30062017 in the figure form as 30.06.2017 and saves the figure for 30 June 2017', async () => {
    const { page } = session
    const b = bidragDictionary.nn
    await openBidrag(page)
    await page.getByRole('button', { name: b.addFigure }).click()
    const form = page.getByTestId('figure-form')
    await form.getByLabel(b.figureCount, { exact: true }).fill('2 853')
    const date = form.getByLabel(b.figureDate)
    await typeAndLeave(date, '30062017')
    expect(await date.inputValue()).toBe('30.06.2017')
    await form.getByLabel(b.figureSource).fill('SSB tabell 01222, 2. kvartal 2017')
    await screenshot(page, 'forms-figure-date-en-US-nn', false)
    await form.getByRole('button', { name: b.saveFigure }).click()
    await form.waitFor({ state: 'detached' })
    // The new figure is the one chosen, named by its date; 2 853 × kr 20 = kr 57 060.
    await expect.poll(() => page.getByRole('radio', { name: /30\. juni 2017/ }).isChecked()).toBe(true)
    await expect.poll(() => page.getByTestId('amount').textContent()).toBe('kr\u00a057\u00a0060')
    const figures = await storedRows(page, 'populationFigures')
    expect(figures.filter((f) => f.origin === 'manual').map((f) => [f.count, f.date])).toEqual([[2853, '2017-06-30']])
  })

  it('reads 30.6.2017 as an answer date in the round form and saves the round with 30 June 2017', async () => {
    const { page } = session
    const b = bidragDictionary.nn
    await page.getByRole('button', { name: b.addRound }).click()
    const form = page.getByRole('form', { name: b['round.heading'] })
    await form.getByLabel(b['round.name']).fill('Spleiselaget 2017 (eigen)')
    await typeAndLeave(form.getByLabel(b['round.invitationDate']), '1.6.2017')
    const answerBy = form.getByLabel(b['round.answerBy'])
    await typeAndLeave(answerBy, '30.6.2017')
    expect(await form.getByLabel(b['round.invitationDate']).inputValue()).toBe('01.06.2017')
    expect(await answerBy.inputValue()).toBe('30.06.2017')
    await form.getByLabel(b['round.budgetYear']).fill('2018')
    await form.getByLabel(b['round.rateKommune']).fill('20')
    await form.getByLabel(b['round.rateFylkeskommune']).fill('5')
    await form.getByRole('button', { name: b['round.save'] }).click()
    await form.waitFor({ state: 'detached' })
    // The new round is the one shown: its answer date as a Norwegian reads it.
    await expect.poll(() => page.getByTestId('bidrag-result').locator('dl.facts dd').first().innerText()).toBe('30.\u00a0juni\u00a02017')
    const round = (await storedRows(page, 'rounds')).find((r) => (r.name as { nn: string }).nn === 'Spleiselaget 2017 (eigen)')
    expect([round?.invitationDate, round?.answerBy]).toEqual(['2017-06-01', '2017-06-30'])
  })

  for (const m of ['nn', 'nb'] as const) {
    it(`names 31.02.2017 as no date in the calendar, in ${m === 'nn' ? 'nynorsk' : 'bokmål'}, and saves nothing`, async () => {
      const { page } = session
      const b = bidragDictionary[m]
      await chooseMaalform(page, m)
      await openBidrag(page)
      await page.getByRole('button', { name: b.addFigure }).click()
      const form = page.getByTestId('figure-form')
      await form.getByLabel(b.figureCount, { exact: true }).fill('2 850')
      await form.getByLabel(b.figureSource).fill('Skrive av frå eit brev')
      const date = form.getByLabel(b.figureDate)
      await typeAndLeave(date, '31.02.2017')
      const message = formsDictionary[m]['date.noSuchDate'].replace('{{text}}', '31.02.2017')
      await form.getByText(message).waitFor()
      // The text stays as typed, for the user to correct.
      expect(await date.inputValue()).toBe('31.02.2017')
      await screenshot(page, `forms-no-such-date-${m}`, false)
      const before = (await storedRows(page, 'populationFigures')).length
      await form.getByRole('button', { name: b.saveFigure }).click()
      await form.getByText(message).waitFor()
      expect(await form.isVisible()).toBe(true)
      expect((await storedRows(page, 'populationFigures')).length).toBe(before)
      await form.getByRole('button', { name: b.cancel }).click()
      // The form holds typed changes: cancelling it is the user's own decision, not a leave.
      await form.waitFor({ state: 'detached' })
    })
  }
})

describe('the profile in Innstillingar', () => {
  it('asks before leaving a changed name; «Bli her» keeps it, leaving without saving drops it', async () => {
    const { page } = session
    const s = setupDictionary.nn
    const f = formsDictionary.nn
    await chooseMaalform(page, 'nn')
    await openInnstillingar(page)
    const name = page.getByLabel(s.sakshandsamar)
    await name.fill('Kari Tysnes')
    await page.locator('nav a[data-area="oversikt"]').click()
    const dialog = page.getByRole('dialog', { name: f['leave.heading'] })
    await dialog.getByRole('heading', { name: f['leave.heading'] }).waitFor()
    expect(await dialog.getByText(f['leave.body']).first().isVisible()).toBe(true)
    await settled(page)
    await screenshot(page, 'forms-leave-nn', false)
    await dialog.getByRole('button', { name: f['leave.stay'] }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(frameDictionary.nn['nav.innstillingar'])
    expect(await name.inputValue()).toBe('Kari Tysnes')

    await page.locator('nav a[data-area="oversikt"]').click()
    await dialog.getByRole('button', { name: f['leave.discard'] }).click()
    await page.getByRole('heading', { name: frameDictionary.nn['nav.oversikt'], level: 1 }).waitFor()
    await openInnstillingar(page)
    expect(await page.getByLabel(s.sakshandsamar).inputValue()).toBe('Anders Teigen')
    expect((await storedRows(page, 'profile'))[0]?.sakshandsamar).toBe('Anders Teigen')
  })

  it('asks the same in bokmål', async () => {
    const { page } = session
    const f = formsDictionary.nb
    await chooseMaalform(page, 'nb')
    await openInnstillingar(page)
    await page.getByLabel(setupDictionary.nb.sakshandsamar).fill('Kari Tysnes')
    await page.locator('nav a[data-area="oversikt"]').click()
    const dialog = page.getByRole('dialog', { name: f['leave.heading'] })
    await dialog.getByRole('heading', { name: f['leave.heading'] }).waitFor()
    expect(await dialog.getByText(f['leave.body']).first().isVisible()).toBe(true)
    await settled(page)
    await screenshot(page, 'forms-leave-nb', false)
    await dialog.getByRole('button', { name: f['leave.stay'] }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await page.getByLabel(setupDictionary.nb.sakshandsamar).inputValue()).toBe('Kari Tysnes')
    await page.locator('nav a[data-area="oversikt"]').click()
    await dialog.getByRole('button', { name: f['leave.discard'] }).click()
    await page.getByRole('heading', { name: frameDictionary.nb['nav.oversikt'], level: 1 }).waitFor()
  })

  it('asks the same on the browser\'s Back and a typed address; «Lagre og gå vidare» saves the name and goes', async () => {
    const { page } = session
    const s = setupDictionary.nn
    const f = formsDictionary.nn
    await chooseMaalform(page, 'nn')
    await page.locator('nav a[data-area="oversikt"]').click()
    await openInnstillingar(page)
    const at = page.url()
    const name = page.getByLabel(s.sakshandsamar)
    await name.fill('Kari Tysnes')
    await page.goBack()
    const dialog = page.getByRole('dialog', { name: f['leave.heading'] })
    await dialog.getByRole('heading', { name: f['leave.heading'] }).waitFor()
    // The page and its address stay until the user decides.
    expect(page.url()).toBe(at)
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(frameDictionary.nn['nav.innstillingar'])
    await settled(page)
    await screenshot(page, 'forms-leave-back-nn', false)
    await dialog.getByRole('button', { name: f['leave.stay'] }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await name.inputValue()).toBe('Kari Tysnes')

    await page.evaluate(() => {
      window.location.hash = '#/bidrag'
    })
    await dialog.getByRole('button', { name: f['leave.save'] }).click()
    await page.getByRole('heading', { name: frameDictionary.nn['nav.bidrag'], level: 1 }).waitFor()
    expect((await storedRows(page, 'profile'))[0]?.sakshandsamar).toBe('Kari Tysnes')
  })

  it('in bokmål, Back and «Gå videre uten å lagre» goes back and drops the change', async () => {
    const { page } = session
    const f = formsDictionary.nb
    await chooseMaalform(page, 'nb')
    await page.locator('nav a[data-area="oversikt"]').click()
    await openInnstillingar(page)
    await page.getByLabel(setupDictionary.nb.sakshandsamar).fill('Anders Teigen')
    await page.goBack()
    const dialog = page.getByRole('dialog', { name: f['leave.heading'] })
    await dialog.getByRole('button', { name: f['leave.save'] }).waitFor()
    await settled(page)
    await screenshot(page, 'forms-leave-back-nb', false)
    await dialog.getByRole('button', { name: f['leave.discard'] }).click()
    await page.getByRole('heading', { name: frameDictionary.nb['nav.oversikt'], level: 1 }).waitFor()
    expect((await storedRows(page, 'profile'))[0]?.sakshandsamar).toBe('Kari Tysnes')
  })

  for (const m of ['nn', 'nb'] as const) {
    it(`stops the name at 120 characters and shows the counter, in ${m === 'nn' ? 'nynorsk' : 'bokmål'}`, async () => {
      const { page } = session
      await chooseMaalform(page, m)
      await openInnstillingar(page)
      const name = page.getByLabel(setupDictionary[m].sakshandsamar)
      await name.fill('')
      await name.pressSequentially('x'.repeat(125))
      expect((await name.inputValue()).length).toBe(120)
      const counter = page.locator('ds-field', { has: name }).locator('[data-field="counter"]')
      await expect.poll(() => counter.getAttribute('data-label')).toBe(formsDictionary[m]['limit.under'].replace('%d', '0'))
      expect(await counter.isVisible()).toBe(true)
      await counter.scrollIntoViewIfNeeded()
      await screenshot(page, `forms-name-limit-${m}`, false)
      // Under 80 % of the limit the counter is gone again.
      await name.fill('Anders Teigen')
      await expect.poll(() => counter.count()).toBe(0)
    })
  }

  it('logged no console errors', () => {
    expect(session.errors).toEqual([])
  })
})
