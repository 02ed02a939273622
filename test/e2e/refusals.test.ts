import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import bidrag from '../../renderer/src/i18n/bidrag'
import frame from '../../renderer/src/i18n/frame'
import setup from '../../renderer/src/i18n/setup'
import { chooseMaalform, endSession, quotaFull, screenshot, type Session, startTysnesSession } from './harness'

/**
 * A full disk or browser quota, as the user meets it: IndexedDB's put and add are made to fail with
 * a QuotaExceededError in the page, and each screen that writes must say what was not saved, in the
 * målform, and keep what the user typed. Then writes work again and the same input saves.
 */
let session: Session

beforeAll(async () => {
  ;({ session } = await startTysnesSession('write-failure', { width: 1366, height: 768 }))
})
afterAll(() => endSession(session))

const message = (m: 'nn' | 'nb', action: 'figure' | 'import' | 'round' | 'maalform' | 'profile', kept: boolean): string =>
  [frame[m][`writeFailed.${action}`], frame[m]['writeFailed.quota'], ...(kept ? [frame[m]['writeFailed.kept']] : [])].join(' ')

async function shot(page: Page, name: string): Promise<void> {
  await page.getByTestId('write-failure').last().scrollIntoViewIfNeeded()
  await screenshot(page, name, false)
}

for (const m of ['nn', 'nb'] as const) {
  const b = bidrag[m]
  describe(m === 'nn' ? 'in nynorsk' : 'in bokmål', () => {
    it('says a figure was not saved and keeps what was typed; saves it when there is room again', async () => {
      const { page } = session
      await chooseMaalform(page, m)
      await page.locator('nav a[data-area="bidrag"]').click()
      await page.getByRole('button', { name: b.addFigure }).click()
      const form = page.getByTestId('figure-form')
      // Each målform saves a figure of its own: the same figure again is reused, not written, so no write could fail.
      const count = m === 'nn' ? '2 853' : '2 850'
      await form.getByLabel(b.figureCount, { exact: true }).fill(count)
      await form.getByLabel(b.figureDate).fill('2017-06-30')
      await form.getByLabel(b.figureSource).fill('SSB tabell 01222, 2. kvartal 2017')
      await quotaFull(page, true)
      await form.getByRole('button', { name: b.saveFigure }).click()
      await expect.poll(() => form.getByTestId('write-failure').innerText()).toBe(message(m, 'figure', true))
      expect(await form.getByLabel(b.figureCount, { exact: true }).inputValue()).toBe(count)
      expect(await form.getByLabel(b.figureDate).inputValue()).toBe('30.06.2017')
      expect(await form.getByLabel(b.figureSource).inputValue()).toBe('SSB tabell 01222, 2. kvartal 2017')
      await shot(page, `quota-figure-${m}`)
      await quotaFull(page, false)
      await form.getByRole('button', { name: b.saveFigure }).click()
      await form.waitFor({ state: 'detached' })
      // 2 853 × kr 20 = kr 57 060; 2 850 × kr 20 = kr 57 000.
      await expect.poll(() => page.getByTestId('amount').textContent()).toBe(m === 'nn' ? 'kr\u00a057\u00a0060' : 'kr\u00a057\u00a0000')
    })

    it('says an SSB import was not saved, none of it', async () => {
      const { page } = session
      // A file per målform: a figure already stored is reused on import, so the second pass needs new figures to write.
      const file = join(__dirname, '..', 'fixtures', 'ssb', m === 'nn' ? '01222-wide.csv' : '07459-by-sex.csv')
      const importer = page.getByTestId('ssb-import')
      await importer.getByLabel(b.importFile, { exact: true }).setInputFiles(file)
      await quotaFull(page, true)
      await page.getByRole('button', { name: b.importSaveOne.replace('{{name}}', 'Tysnes') }).click()
      await expect.poll(() => importer.getByTestId('write-failure').innerText()).toBe(message(m, 'import', false))
      await shot(page, `quota-import-${m}`)
      await quotaFull(page, false)
      await page.getByRole('button', { name: b.importSaveOne.replace('{{name}}', 'Tysnes') }).click()
      await importer.getByRole('status').waitFor()
      expect(await importer.getByTestId('write-failure').count()).toBe(0)
    })

    it('says a round was not saved and keeps the form filled in', async () => {
      const { page } = session
      await page.getByRole('button', { name: b.addRound }).click()
      const form = page.getByRole('form', { name: b['round.heading'] })
      await form.getByLabel(b['round.name']).fill('Digitaliseringsfond 2019')
      await form.getByLabel(b['round.invitationDate']).fill('2018-09-01')
      await form.getByLabel(b['round.answerBy']).fill('2018-12-20')
      await form.getByLabel(b['round.budgetYear']).fill('2019')
      await form.getByLabel(b['round.rateKommune']).fill('12,5')
      await form.getByLabel(b['round.rateFylkeskommune']).fill('3')
      await quotaFull(page, true)
      await form.getByRole('button', { name: b['round.save'] }).click()
      await expect.poll(() => form.getByTestId('write-failure').innerText()).toBe(message(m, 'round', true))
      expect(await form.getByLabel(b['round.name']).inputValue()).toBe('Digitaliseringsfond 2019')
      expect(await form.getByLabel(b['round.rateKommune']).inputValue()).toBe('12,5')
      await shot(page, `quota-round-${m}`)
      await quotaFull(page, false)
      await form.getByRole('button', { name: b.cancel }).click()
    })

    it('says the målform was not changed, and stays on the stored one', async () => {
      const { page } = session
      const other = m === 'nn' ? 'nb' : 'nn'
      await quotaFull(page, true)
      await page
        .getByTestId('maalform-switch')
        .locator('label', { hasText: other === 'nn' ? 'Nynorsk' : 'Bokmål' })
        .click()
      const failure = page.getByRole('alert').filter({ hasText: frame[m]['writeFailed.maalform'] })
      await expect.poll(() => failure.innerText()).toContain(message(m, 'maalform', false))
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(m)
      await shot(page, `quota-maalform-${m}`)
      await quotaFull(page, false)
      await page.getByRole('button', { name: frame[m]['writeFailed.dismiss'] }).click()
    })

    it('says the profile was not saved and keeps the changed name in the form', async () => {
      const { page } = session
      const s = setup[m]
      await page.locator('nav a[data-area="innstillingar"]').click()
      const name = page.getByLabel(s.sakshandsamar)
      await name.fill('Kari Tysnes')
      await quotaFull(page, true)
      await page.getByRole('button', { name: s.saveChanges }).click()
      const failure = page.getByRole('alert').filter({ hasText: frame[m]['writeFailed.profile'] })
      await expect.poll(() => failure.innerText()).toBe(message(m, 'profile', true))
      expect(await name.inputValue()).toBe('Kari Tysnes')
      await shot(page, `quota-profile-${m}`)
      await quotaFull(page, false)
      await page.getByRole('button', { name: s.saveChanges }).click()
      await page.getByText(s.saved).waitFor()
    })

    it('refuses a figure dated in the future and warns about one long before the invitation', async () => {
      const { page } = session
      await page.locator('nav a[data-area="bidrag"]').click()
      await page.getByRole('button', { name: b.addFigure }).click()
      const form = page.getByTestId('figure-form')
      // Each målform saves a figure of its own: the same figure again is reused, not written, so no write could fail.
      const count = m === 'nn' ? '2 853' : '2 850'
      await form.getByLabel(b.figureCount, { exact: true }).fill(count)
      await form.getByLabel(b.figureSource).fill('Skrive av frå eit gammalt brev')
      await form.getByLabel(b.figureDate).fill('2031-01-01')
      await form.getByRole('button', { name: b.saveFigure }).click()
      const future = b['error.figureDateFuture'].split(' ({{today}})')[0]!
      await form.getByText(future, { exact: false }).first().waitFor()
      await screenshot(page, `figure-date-future-${m}`, false)
      await form.getByLabel(b.figureDate).fill('01.01.1900')
      await form.getByRole('button', { name: b.saveFigure }).click()
      const warning = form.getByTestId('figure-date-warning')
      await expect.poll(() => warning.innerText()).toBe(b['warn.figureLongBefore'].replace('{{invitation}}', '8.\u00a0september\u00a02017'))
      // Nothing is saved until the user saves the same date a second time.
      expect(await page.getByRole('radio', { name: /1\. januar 1900/ }).count()).toBe(0)
      await warning.scrollIntoViewIfNeeded()
      await screenshot(page, `figure-date-warning-${m}`, false)
      await form.getByRole('button', { name: b.cancel }).click()
    })
  })
}

it('logged nothing but the refused writes: no unhandled rejection, no other error', () => {
  expect(session.errors.filter((e) => !e.startsWith('A database write failed:'))).toEqual([])
  expect(session.errors.length).toBeGreaterThan(0)
})
