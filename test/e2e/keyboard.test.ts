import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import bidragDictionary from '../../renderer/src/i18n/bidrag'
import frameDictionary from '../../renderer/src/i18n/frame'
import sfDictionary from '../../renderer/src/i18n/saksframlegg'
import setupDictionary from '../../renderer/src/i18n/setup'
import { openBrowser, removeProfile, startServer, stopServer, type Session } from './harness'

/**
 * The main job with the keyboard alone, as a user who cannot use a mouse does it: first-run setup
 * → the contribution on Bidrag, with a population figure typed in → a saksframlegg → the Word file. Only
 * page.keyboard moves and acts: Tab, Shift+Tab, Enter, Space, the arrow keys and typing; no click
 * and no element.focus(). Where focus lands after an action is checked as the user would notice it.
 */
const b = bidragDictionary.nn
const s = sfDictionary.nn
const setup = setupDictionary.nn
const frame = frameDictionary.nn
const NBSP = '\u00a0'

let url = ''
let session: Session

beforeAll(async () => {
  url = await startServer()
  session = await openBrowser()
  await session.page.setViewportSize({ width: 1366, height: 768 })
})
afterAll(async () => {
  await session?.close()
  if (session) removeProfile(session.profileDir)
  await stopServer()
})

/** What a screen reader would call the focused element: its label, aria-label or text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return ''
    const labelled = el.getAttribute('aria-labelledby')
    const byId = labelled ? labelled.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : ''
    const labels = 'labels' in el ? [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent ?? '').join(' ') : ''
    return (el.getAttribute('aria-label') || byId || labels || el.textContent || '').replace(/\s+/g, ' ').trim()
  })
}

/** Presses Tab (or Shift+Tab) until the focused element is called `name`, as a user tabs to a control. */
async function tabTo(page: Page, name: string | RegExp, backwards = false, limit = 80): Promise<void> {
  const matches = (text: string): boolean => (typeof name === 'string' ? text === name : name.test(text))
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
    if (matches(await focusedName(page))) return
  }
  throw new Error(`Tabbed ${limit} times without reaching «${String(name)}»; last on «${await focusedName(page)}»`)
}

describe('the main job with the keyboard alone', () => {
  it('sets up Tysnes: search, Enter picks the one hit, name, title, save', async () => {
    const { page } = session
    await page.goto(url)
    await page.locator('main h1').waitFor()
    await tabTo(page, setup.organisation)
    await page.keyboard.type('1223')
    await page.getByLabel('Tysnes kommune (4616)').waitFor()
    // The hint says what Enter does, including where the focus goes next.
    expect(await page.getByTestId('organisation-enter-hint').innerText()).toBe(
      setup.enterToChooseOnlyNext.replace('{{name}}', 'Tysnes kommune (4616)').replace('{{next}}', setup.sakshandsamar)
    )
    await page.keyboard.press('Enter')
    expect(await page.getByLabel('Tysnes kommune (4616)').isChecked()).toBe(true)
    // The pick moves on to the next field, the name: what is typed next lands there, not in the search.
    await expect.poll(() => focusedName(page)).toBe(setup.sakshandsamar)
    await page.keyboard.type('Anders Teigen')
    expect(await page.getByLabel(setup.organisation).inputValue()).toBe('1223')
    expect(await page.getByLabel(setup.sakshandsamar).inputValue()).toBe('Anders Teigen')
    await tabTo(page, setup.chiefTitle)
    await page.keyboard.type(setup['chief.raadmann'])
    await tabTo(page, setup.save)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Oversikt', level: 1 }).waitFor()
    // The focus is on the new page's heading, not lost on the body: a screen reader says «Oversikt».
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    expect(await focusedName(page)).toBe(frame['nav.oversikt'])
  })

  it('switches the målform with the arrow keys, as in any radio group', async () => {
    const { page } = session
    await tabTo(page, frame.nynorsk, true)
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction(() => document.documentElement.lang === 'nb')
    expect(await focusedName(page)).toBe(frame.bokmaal)
    await page.keyboard.press('ArrowLeft')
    await page.waitForFunction(() => document.documentElement.lang === 'nn')
    expect(await focusedName(page)).toBe(frame.nynorsk)
  })

  it('opens the figure form on Bidrag with focus in its first field, and closes it again', async () => {
    const { page } = session
    await tabTo(page, frame['nav.bidrag'])
    await page.keyboard.press('Enter')
    await page.getByTestId('amount').waitFor()
    // Opened from the navigation, the page has the focus at its heading: the next Tab goes into the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    expect(await focusedName(page)).toBe(frame['nav.bidrag'])
    await tabTo(page, b.addFigure)
    await page.keyboard.press('Enter')
    await page.getByTestId('figure-form').waitFor()
    await expect.poll(() => focusedName(page)).toBe(b.figureCount)
    await tabTo(page, b.cancel)
    await page.keyboard.press('Enter')
    await page.getByTestId('figure-form').waitFor({ state: 'detached' })
    expect(await page.getByTestId('amount').textContent()).toBe(`kr${NBSP}56${NBSP}940`)
  })

  it('saves a typed population figure, its date typed as 30062017, and the amount follows it', async () => {
    const { page } = session
    await tabTo(page, b.addFigure)
    await page.keyboard.press('Enter')
    const form = page.getByTestId('figure-form')
    await form.waitFor()
    await expect.poll(() => focusedName(page)).toBe(b.figureCount)
    await page.keyboard.type('2853')
    await tabTo(page, new RegExp(`^${b.figureDate}`))
    await page.keyboard.type('30062017')
    await tabTo(page, new RegExp(`^${b.figureSource}`))
    // Leaving the date field shows the date back the Norwegian way.
    expect(await form.getByLabel(b.figureDate).inputValue()).toBe('30.06.2017')
    await page.keyboard.type('SSB tabell 01222, 2. kvartal 2017')
    await tabTo(page, b.saveFigure)
    await page.keyboard.press('Enter')
    await form.waitFor({ state: 'detached' })
    // 2 853 × kr 20 = kr 57 060, from the figure of 30 June 2017, now the one chosen.
    await expect.poll(() => page.getByTestId('amount').textContent()).toBe(`kr${NBSP}57${NBSP}060`)
    expect(await page.getByRole('radio', { name: /30\. juni 2017/ }).isChecked()).toBe(true)
  })

  it('makes a saksframlegg and saves it as Word', async () => {
    const { page } = session
    await tabTo(page, frame['nav.saksframlegg'], true)
    await page.keyboard.press('Enter')
    await page.getByTestId('sf-new').getByRole('button', { name: s['new.create'] }).waitFor()
    await expect.poll(async () => (await page.getByTestId('sf-new').locator('p').first().innerText()).replace(/\s+/g, ' ')).toContain('57 060')
    await tabTo(page, s['new.create'])
    await page.keyboard.press('Enter')
    await page.getByTestId('saksframlegg-preview').waitFor()
    // The preview scrolls from the keyboard: it is reached with Tab, and Page Down moves it.
    await tabTo(page, new RegExp(`^${s['preview.heading'].replace('({{maalform}})', '\\(.*\\)')}$`, 'i'))
    const before = await page.locator('.sf-preview-scroll').evaluate((el) => el.scrollTop)
    await page.keyboard.press('PageDown')
    await expect.poll(() => page.locator('.sf-preview-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(before)
    await tabTo(page, s['action.exportWhole'], true)
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    expect(download.suggestedFilename()).toMatch(/\.docx$/)
    await page.getByTestId('sf-notice').waitFor()
  })

  it('logged no console errors', () => {
    expect(session.errors).toEqual([])
  })
})
