import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import saksframleggText from '../../renderer/src/i18n/saksframlegg'
import setupText from '../../renderer/src/i18n/setup'
import { chooseMaalform, endSession, openBrowser, screenshot, type Session, setUpTysnes, startServer } from './harness'

/**
 * The small things a new user tripped on in a 2017 story looked at in 2026 (issue 11): the 2017
 * number of a renumbered kommune at setup, the year Oversikt's costs are for, a long-past deadline,
 * the documents' målform apart from the screen's, and Ctrl+S wherever the focus is.
 */
let url = ''
let session: Session

beforeAll(async () => {
  url = await startServer()
  session = await openBrowser()
  await session.page.setViewportSize({ width: 1366, height: 768 })
})
afterAll(() => endSession(session))

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()
const shot = (page: Page, name: string, fullPage = false) => screenshot(page, `ux-${name}`, fullPage)

/** The text a screen reader reads as the field's description (aria-describedby). */
const describedAs = (field: Locator): Promise<string> =>
  field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
  )

/** Presses Ctrl+S with the focus on the page itself, and says whether the browser was kept from the key. */
async function ctrlSOnPage(page: Page, heading: Locator): Promise<boolean> {
  await heading.click()
  expect(await page.evaluate(() => document.activeElement?.closest('input, textarea, select, button, [contenteditable]') != null)).toBe(false)
  await page.evaluate(() => {
    const w = window as Window & { ctrlSKept?: boolean }
    w.ctrlSKept = undefined
    const onKey = (e: KeyboardEvent): void => {
      if (e.key.toLowerCase() !== 's') return
      w.ctrlSKept = e.defaultPrevented
      window.removeEventListener('keydown', onKey)
    }
    window.addEventListener('keydown', onKey)
  })
  await page.keyboard.press('Control+s')
  return page.evaluate(() => (window as Window & { ctrlSKept?: boolean }).ctrlSKept === true)
}

describe('first use, in a 2017 story looked at today', () => {
  it('tells Levanger, found by 1719 or by 5037, that 1719 was its number in 2017 and 5037 is today’s, in both målformer', async () => {
    const { page } = session
    await page.goto(url)
    for (const m of ['nn', 'nb'] as const) {
      await chooseMaalform(page, m)
      for (const query of ['1719', '5037']) {
        await page.getByLabel(setupText[m].organisation, { exact: true }).fill(query)
        const levanger = page.getByLabel('Levanger - Levangke kommune (5037)')
        await levanger.waitFor()
        expect(plain(await describedAs(levanger))).toBe('Kommunenummer i 2017: 1719')
        expect(plain(await page.getByTestId('organisation-results').innerText())).toContain('Kommunenummer i 2017: 1719')
      }
      await shot(page, `oppsett-levanger-1719-${m}`)
      // Oslo kept its number: nothing to say.
      await page.getByLabel(setupText[m].organisation, { exact: true }).fill('0301')
      const oslo = page.getByLabel('Oslo kommune (0301)')
      await oslo.waitFor()
      expect(await page.getByTestId('organisation-results').innerText()).not.toContain('2017')
    }
  })

  it('shows on Oversikt the costs of 2018 and 2019, the years Økonomi opens on while DigiFin 2017 is unpaid, not this year’s', async () => {
    const { page } = session
    await setUpTysnes(page, url)
    const card = page.getByTestId('oversikt-loysingar')
    // Tysnes' embedded figure 2 847 × kr 20 = kr 56 940, budgeted in 2018.
    await expect.poll(async () => plain(await card.innerText())).toContain('Kostnad 2018: kr 56 940 · Kostnad 2019: kr 0')
    expect(plain(await card.innerText())).not.toContain(`Kostnad ${new Date().getFullYear()}`)
    // The deadline of 2017 is said by its date, not as thousands of days.
    const passed = page.getByTestId('participation-deadline-passed')
    expect(plain(await passed.innerText())).toBe('Fristen var 20. desember 2017. Eit vedtak er ikkje registrert.')
    await shot(page, 'oversikt-nn', true)
    await chooseMaalform(page, 'nb')
    await expect.poll(async () => plain(await passed.innerText())).toBe('Fristen var 20. desember 2017. Et vedtak er ikke registrert.')
    expect(plain(await card.innerText())).toContain('Kostnad 2018: kr 56 940 · Kostnad 2019: kr 0')
    await shot(page, 'oversikt-nb', true)
    await chooseMaalform(page, 'nn')
  })

  it('keeps Ctrl+S from the browser on a page with no form, and changes nothing', async () => {
    const { page } = session
    const heading = page.getByRole('heading', { name: 'Oversikt', level: 1 })
    expect(await ctrlSOnPage(page, heading)).toBe(true)
    expect(await page.getByRole('dialog').count()).toBe(0)
    expect(page.url()).toMatch(/#\/(oversikt)?$|\/$/)
    expect(session.errors).toEqual([])
  })

  it('starts a new case in nynorsk for nynorsk Tysnes while the screen is in bokmål', async () => {
    const { page } = session
    await chooseMaalform(page, 'nb')
    await page.locator('nav a[data-area="saksframlegg"]').click()
    const card = page.getByTestId('sf-new')
    await card.getByRole('button', { name: saksframleggText.nb['new.create'] }).waitFor()
    expect(await card.getByLabel(saksframleggText.nb['maalform.nn']).isChecked()).toBe(true)
    await shot(page, 'nytt-saksframlegg-nb-skjerm')
  })

  it('shows the documents’ målform in Innstillingar, and Ctrl+S with the focus on the page saves a change to it', async () => {
    const { page } = session
    const s = setupText.nb
    await page.locator('nav a[data-area="innstillingar"]').click()
    const heading = page.getByRole('heading', { name: 'Innstillinger', level: 1 })
    await heading.waitFor()
    const documents = page.getByRole('group', { name: s.documentMaalform })
    expect(await documents.getByLabel('Nynorsk').isChecked()).toBe(true)
    await documents.getByLabel('Bokmål').check()
    await shot(page, 'innstillingar-dokumentmaalform-nb')
    expect(await ctrlSOnPage(page, heading)).toBe(true)
    await page.getByRole('status').getByText(s.saved).waitFor()
    expect(await page.getByRole('dialog').count()).toBe(0)
    // The screen stays in bokmål, and a new case now starts in bokmål.
    await page.locator('nav a[data-area="saksframlegg"]').click()
    const card = page.getByTestId('sf-new')
    await card.getByRole('button', { name: saksframleggText.nb['new.create'] }).waitFor()
    expect(await card.getByLabel(saksframleggText.nb['maalform.nb']).isChecked()).toBe(true)
    // And back to nynorsk, shown in nynorsk.
    await chooseMaalform(page, 'nn')
    await page.locator('nav a[data-area="innstillingar"]').click()
    const nnDocuments = page.getByRole('group', { name: setupText.nn.documentMaalform })
    await nnDocuments.getByLabel('Nynorsk').check()
    await shot(page, 'innstillingar-dokumentmaalform-nn')
    await page.getByRole('button', { name: setupText.nn.saveChanges }).click()
    await page.getByRole('status').getByText(setupText.nn.saved).waitFor()
  })

  it('saves the saksframlegg with Ctrl+S when the focus is on the page, not in a field', async () => {
    const { page } = session
    const t = saksframleggText.nn
    await page.locator('nav a[data-area="saksframlegg"]').click()
    await page.getByTestId('sf-new').getByRole('button', { name: t['new.create'] }).click()
    await page.getByTestId('sf-notice').getByText(t['notice.created']).waitFor()
    await page.getByLabel(t['header.arkivsak']).fill('17/596')
    expect(await ctrlSOnPage(page, page.locator('.sf-editor h1'))).toBe(true)
    await page.getByTestId('sf-notice').getByText(t['notice.saved'].replace('{{version}}', '2')).waitFor()
    expect(session.errors).toEqual([])
  })
})
