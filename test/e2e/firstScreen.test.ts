import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startupScripts } from '../../scripts/benchColdLoad'
import { openBrowser, removeProfile, setUpTysnes, startServer, stopServer, type Session } from './harness'

/**
 * The first screen waits for nothing it does not show (issue 11): the setup's search field, and a
 * returning user's Oversikt, are drawn from the start-up JavaScript, and what loads after them (the
 * restore from a backup, the areas' texts) arrives with its words, never a key in their place.
 */
let url = ''
let session: Session

/** The scripts index.html loads at start, as the web build wrote it (see the bench). */
function startupFiles(): Set<string> {
  const html = readFileSync(join(resolve(__dirname, '../..'), 'test-results', 'web-build', 'index.html'), 'utf8')
  return new Set(startupScripts(html).map((file) => file.slice(file.lastIndexOf('/') + 1)))
}

/** Before the page's own scripts: notes which scripts were fetched when `selector` first shows. */
async function watchFor(page: Page, selector: string): Promise<void> {
  await page.addInitScript((wanted) => {
    const w = window as unknown as { __fetchedWhenShown?: string[] }
    const observer = new MutationObserver(() => {
      const found = document.querySelector(wanted)
      if (!found || !found.checkVisibility()) return
      w.__fetchedWhenShown = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name.slice(entry.name.lastIndexOf('/') + 1))
        .filter((file) => file.endsWith('.js'))
      observer.disconnect()
    })
    observer.observe(document, { childList: true, subtree: true })
  }, selector)
}

async function fetchedWhenShown(page: Page): Promise<string[]> {
  const handle = await page.waitForFunction(() => (window as unknown as { __fetchedWhenShown?: string[] }).__fetchedWhenShown)
  return (await handle.jsonValue()) as string[]
}

beforeAll(async () => {
  url = await startServer()
  session = await openBrowser()
})

afterAll(async () => {
  await session?.close()
  if (session) removeProfile(session.profileDir)
  await stopServer()
})

describe('the first screen', () => {
  it('shows the setup\'s search field from the start-up code, and the restore from a backup after it', async () => {
    const { page } = session
    await watchFor(page, '#profile-organisation')
    await page.goto(url)
    await page.getByLabel('Kommune eller fylkeskommune').waitFor()
    const atStart = startupFiles()
    expect((await fetchedWhenShown(page)).filter((file) => !atStart.has(file))).toEqual([])

    // The restore loads after the setup, and comes with its words.
    await page.getByRole('heading', { name: 'Har du ein tryggingskopi?' }).waitFor()
    await expect(page.getByText('firstRunHeading').count()).resolves.toBe(0)
    expect(session.errors).toEqual([])
  })

  it('shows a returning user\'s Oversikt in words after a restart of the browser', async () => {
    await setUpTysnes(session.page, url)
    await session.close()
    session = await openBrowser(session.profileDir)
    const { page } = session
    await page.goto(url)
    await page.getByRole('heading', { name: 'Oversikt', level: 1 }).waitFor()
    await page.getByRole('link', { name: 'Rekn ut bidraget' }).waitFor()
    expect(session.errors).toEqual([])
  })
})
