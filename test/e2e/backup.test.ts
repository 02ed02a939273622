import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import dictionary from '../../renderer/src/i18n/backup'
import { chooseMaalform, endSession, openBrowser, removeProfile, screenshot, type Session, startTysnesSession } from './harness'
import { writeNewerDatabase } from './newerDatabase'

/**
 * Backups in the web build as a user meets them (issue 10 §1, §4): download a backup, lose
 * everything, restore it from the file at the first run, and get the same data back (the next
 * download is byte-equal); a refused file named with its problem and nothing changed; a database
 * from a newer Spleiselag refused with a full page and left as it was.
 */
let session: Session
let url = ''
let downloads = ''

type Maalform = 'nn' | 'nb'
const T = (m: Maalform) => (key: keyof typeof dictionary.nn, params: Record<string, string> = {}) =>
  dictionary[m][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '')

beforeAll(async () => {
  ;({ url, session, downloads } = await startTysnesSession('backup', { width: 1366, height: 768 }))
})

afterAll(() => endSession(session))

const card = (page: Page) => page.getByTestId('backup-settings')

async function openSettings(page: Page): Promise<void> {
  await page.locator('nav a[data-area="innstillingar"]').click()
  await card(page).waitFor()
}

async function downloadBackup(page: Page, name: string, m: Maalform = 'nn'): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), card(page).getByRole('button', { name: T(m)('download') }).click()])
  const path = join(downloads, name)
  await file.saveAs(path)
  return readFileSync(path)
}

async function upload(page: Page, name: string, content: Buffer | string): Promise<void> {
  await card(page).locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) })
}

/**
 * Writes straight into the page's IndexedDB, as no form of the app does: 'track' adds tracking rows
 * (as the Deltaking page writes them), 'wipe' empties every store, as a wiped browser would.
 */
function writeRaw(page: Page, action: 'track' | 'wipe'): Promise<void> {
  return page.evaluate(
    (action) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('spleiselag')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const names = action === 'wipe' ? [...db.objectStoreNames] : ['participations', 'history', 'settings']
          const tx = db.transaction(names, 'readwrite')
          if (action === 'wipe') for (const name of names) tx.objectStore(name).clear()
          else {
            // Rows as the Deltaking page writes them: a restore checks them against the tracking's own schemas.
            const invited = { status: 'invitert', date: '2017-10-02', by: 'Anders Teigen', note: '' }
            const sent = { status: 'tilPolitiskHandsaming', date: '2017-11-01', by: 'Anders Teigen', note: '' }
            const record = { roundId: 'digifin-2017', status: 'tilPolitiskHandsaming', steps: [invited, sent], joinedLater: false }
            const event = { kind: 'forward', before: 'invitert', after: 'tilPolitiskHandsaming', step: sent, note: '' }
            tx.objectStore('participations').put({ roundId: 'digifin-2017', record, updatedAt: '2017-11-01T10:00:00.000Z' })
            tx.objectStore('history').add({ subject: 'participation:digifin-2017', at: '2017-11-01T10:00:00.000Z', by: 'Anders Teigen', event })
            tx.objectStore('settings').put({ key: 'e2e', value: { note: 'æøå' } })
          }
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    action
  )
}

describe('backup and restore in the browser', () => {
  it('downloads a backup, and after losing everything restores it at the first run: the data is byte-equal', async () => {
    const { page } = session
    const t = T('nn')
    await expect.poll(() => page.getByTestId('last-backup').textContent()).toContain(t('noBackup'))
    await writeRaw(page, 'track')
    await openSettings(page)
    await screenshot(page, 'backup-settings-nn', true)
    const before = await downloadBackup(page, 'before.json')
    const file = JSON.parse(before.toString('utf8'))
    expect(file.spleiselag).toMatchObject({ app: 'Spleiselag', schemaVersion: 6 })
    expect(file.data.data.find((d: { tableName: string }) => d.tableName === 'history').rows).toHaveLength(1)
    await expect.poll(() => card(page).getByRole('status').textContent()).toContain('spleiselag-tryggingskopi-')
    await page.locator('nav a[data-area="oversikt"]').click()
    await expect.poll(() => page.getByTestId('last-backup').textContent()).toMatch(/Siste tryggingskopi: \d\d\.\d\d\.\d{4} kl\. \d\d\.\d\d\./)

    await writeRaw(page, 'wipe')
    await page.reload()
    // The first run, with the way back offered below the form.
    await card(page).getByRole('heading', { name: t('firstRunHeading') }).waitFor()
    await upload(page, 'before.json', before)
    const confirm = page.getByTestId('backup-confirm')
    await confirm.waitFor()
    expect(await confirm.textContent()).toContain(t('sourceFile', { file: 'before.json' }))
    // Nothing is stored: the dialog brings data in, and speaks of no data to replace or to download first.
    await confirm.getByRole('heading', { name: t('confirmHeadingEmpty') }).waitFor()
    expect(await confirm.textContent()).not.toContain(t('confirmSafetyWeb'))
    expect(await confirm.textContent()).not.toContain(t('confirmHeading'))
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))))
    await screenshot(page, 'backup-confirm-nn', false)
    await confirm.getByRole('button', { name: t('confirmRestoreEmpty') }).click()
    await page.getByRole('heading', { name: 'Oversikt', level: 1 }).waitFor()

    await openSettings(page)
    const after = await downloadBackup(page, 'after.json')
    expect(after.equals(before)).toBe(true)
    expect(session.errors).toEqual([])
  })

  const refused: { name: string; content: (backup: string) => string; reason: keyof typeof dictionary.nn }[] = [
    { name: 'cut off', content: (b) => b.slice(0, Math.floor(b.length * 0.7)), reason: 'refusal.unreadable' },
    { name: 'another app', content: () => '{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"notes","databaseVersion":1,"tables":[],"data":[]}}', reason: 'refusal.otherApp' },
    {
      name: 'a newer Spleiselag',
      // Whatever schema this build has, 99 is newer.
      content: (b) => b.replace(/"schemaVersion":\d+/, '"schemaVersion":99').replace(/"appVersion":"[^"]*"/, '"appVersion":"2.0.0"'),
      reason: 'refusal.newer'
    }
  ]

  for (const m of ['nn', 'nb'] as const) {
    it(`refuses a damaged, a foreign and a newer file with a message in ${m === 'nn' ? 'nynorsk' : 'bokmål'}, and changes nothing`, async () => {
      const { page } = session
      const t = T(m)
      await chooseMaalform(page, m)
      await openSettings(page)
      const before = await downloadBackup(page, `refused-before-${m}.json`, m)
      for (const { name, content, reason } of refused) {
        const fileName = `${name.replace(/\s+/g, '-')}.json`
        writeFileSync(join(downloads, fileName), content(before.toString('utf8')))
        await upload(page, fileName, readFileSync(join(downloads, fileName)))
        const alert = page.getByTestId('backup-refused')
        await expect.poll(() => alert.textContent()).toContain(t('refusedHeading', { file: fileName }))
        expect(await alert.textContent()).toContain(reason === 'refusal.newer' ? t(reason, { version: '2.0.0' }) : t(reason))
        expect(await page.getByTestId('backup-confirm').isVisible()).toBe(false)
      }
      await screenshot(page, `backup-refused-${m}`, true)
      const after = await downloadBackup(page, `refused-after-${m}.json`, m)
      expect(after.equals(before)).toBe(true)
      if (m === 'nb') await screenshot(page, 'backup-settings-nb', true)
      await chooseMaalform(page, 'nn')
    })
  }
})

/** The stored database as IndexedDB has it: its version, its tables and the profile row. */
function storedDatabase(page: Page): Promise<{ version: number; stores: string[]; profile: unknown }> {
  return page.evaluate(
    () =>
      new Promise<{ version: number; stores: string[]; profile: unknown }>((resolve, reject) => {
        const open = indexedDB.open('spleiselag')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const get = db.transaction('profile').objectStore('profile').get('profile')
          get.onsuccess = () => {
            resolve({ version: db.version, stores: [...db.objectStoreNames], profile: get.result })
            db.close()
          }
        }
      })
  )
}

describe('a database from a newer Spleiselag', () => {
  it('is refused with a full page in the målform the app last ran in, and left as it was', async () => {
    const newer = await openBrowser()
    try {
      const { page } = newer
      await page.setViewportSize({ width: 1366, height: 768 })
      await writeNewerDatabase(page, url, 'nb')
      await page.goto(url)
      const refusal = page.getByTestId('newer-database')
      await refusal.getByRole('heading', { name: T('nb')('newerHeading'), level: 1 }).waitFor()
      expect(await refusal.textContent()).toContain(T('nb')('newerWeb'))
      expect(await refusal.textContent()).toContain('Databaseversjon 99')
      await screenshot(page, 'newer-database-nb', false)
      await chooseMaalform(page, 'nn')
      await refusal.getByRole('heading', { name: T('nn')('newerHeading'), level: 1 }).waitFor()
      await screenshot(page, 'newer-database-nn', false)
      // Nothing was opened for writing: the version and the rows are as the newer app left them.
      const stored = await storedDatabase(page)
      expect(stored).toEqual({ version: 990, stores: ['profile', 'somethingNew'], profile: { id: 'profile', name: 'Tysnes', from: 'v99' } })
      expect(newer.errors).toEqual([])
    } finally {
      await newer.close()
      removeProfile(newer.profileDir)
    }
  })

  it('is refused, and left as it was, also where the browser remembers nothing of the app and the setup shows at once', async () => {
    const newer = await openBrowser()
    try {
      const { page } = newer
      await writeNewerDatabase(page, url, 'nn')
      // No målform and no profile hint: the start takes the first-start path, which shows the
      // setup before the database's version check has answered (main.tsx).
      await page.evaluate(() => localStorage.clear())
      await page.goto(url)
      const refusal = page.getByTestId('newer-database')
      await refusal.getByRole('heading', { name: T('nn')('newerHeading'), level: 1 }).waitFor()
      expect(await page.getByLabel('Kommune eller fylkeskommune').count()).toBe(0)
      expect(await storedDatabase(page)).toEqual({ version: 990, stores: ['profile', 'somethingNew'], profile: { id: 'profile', name: 'Tysnes', from: 'v99' } })
      expect(newer.errors).toEqual([])
    } finally {
      await newer.close()
      removeProfile(newer.profileDir)
    }
  })
})
