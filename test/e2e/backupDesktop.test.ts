import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import dictionary from '../../renderer/src/i18n/backup'
import { fileFailureText } from '../../shared/fileError'
import { chooseMaalform, openBrowser, removeProfile, screenshot, setUpTysnes, startServer, stopServer, type Session } from './harness'

/**
 * The desktop's backup folder as the renderer meets it (issue 10 §1). The Electron window cannot
 * start on these machines, so the preload's bridge is stood in for by a page script that keeps
 * the main process's rules (tested for real in test/main/backups.test.ts): it names the files,
 * keeps ten, and skips an automatic backup equal to the newest. What is tested here is the
 * renderer: the backup at each start, the list, "Ta tryggingskopi no", and a restore from the list
 * that first keeps what is there.
 */
let session: Session
let url = ''

type Maalform = 'nn' | 'nb'
const T = (m: Maalform) => (key: keyof typeof dictionary.nn, params: Record<string, string> = {}) =>
  dictionary[m][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '')

/** The stand-in for the preload's window.spleiselag, its folder kept in localStorage so it survives a reload. */
function fakeBridge(): void {
  type Stored = { name: string; date: string; size: number; text: string }
  const KEY = 'e2e.backupFolder'
  const read = (): Stored[] => JSON.parse(localStorage.getItem(KEY) ?? '[]') as Stored[]
  const entry = ({ name, date, size }: Stored) => ({ name, date, size })
  ;(window as unknown as { spleiselag: unknown }).spleiselag = {
    // The Save dialog's file cannot be written when a test says so: the disk is full.
    saveFile: async () =>
      localStorage.getItem('e2e.diskFull')
        ? { status: 'failed', reason: 'diskFull', code: 'ENOSPC', path: 'D:\\Minnepinne\\spleiselag.json' }
        : { status: 'cancelled' },
    appInfo: async () => ({ name: 'Spleiselag', version: '0.1.0', dataFolder: 'C:\\Users\\kari\\AppData\\Roaming\\Spleiselag', backupFolder: 'C:\\Users\\kari\\AppData\\Roaming\\Spleiselag\\backups', platform: 'win32' }),
    setMaalform: async () => undefined,
    openExternal: async () => false,
    async writeBackup({ data, automatic }: { data: Uint8Array; automatic: boolean }) {
      const text = new TextDecoder().decode(data)
      const all = read()
      if (automatic && all[0]?.text === text) return { status: 'unchanged', entry: entry(all[0]) }
      let at = Date.now()
      const name = () => `spleiselag-${new Date(at).toISOString().replace(/[:.]/g, '-')}.json`
      while (all.some((b) => b.name === name())) at += 1
      const stored = { name: name(), date: new Date(at).toISOString(), size: data.byteLength, text }
      localStorage.setItem(KEY, JSON.stringify([stored, ...all].slice(0, 10)))
      return { status: 'written', entry: entry(stored) }
    },
    listBackups: async () => read().map(entry),
    async readBackup(name: string) {
      const found = read().find((b) => b.name === name)
      if (!found) throw new Error('no such backup')
      return new TextEncoder().encode(found.text)
    }
  }
}

beforeAll(async () => {
  url = await startServer()
  session = await openBrowser()
  await session.page.setViewportSize({ width: 1366, height: 768 })
  await session.context.addInitScript(fakeBridge)
  await setUpTysnes(session.page, url)
})

afterAll(async () => {
  await session?.close()
  if (session) removeProfile(session.profileDir)
  await stopServer()
})

const card = (page: Page) => page.getByTestId('backup-settings')
const rows = (page: Page) => page.getByTestId('backup-list').locator('tbody tr')

async function openSettings(page: Page): Promise<void> {
  await page.locator('nav a[data-area="innstillingar"]').click()
  await card(page).waitFor()
}

function folderSize(page: Page): Promise<number> {
  return page.evaluate(() => (JSON.parse(localStorage.getItem('e2e.backupFolder') ?? '[]') as unknown[]).length)
}

describe('the backup folder on the desktop', () => {
  it('backs up at each start, but not the empty first run and not an unchanged database', async () => {
    const { page } = session
    // The first start had nothing to keep.
    expect(await folderSize(page)).toBe(0)
    await page.reload()
    await page.getByRole('heading', { name: 'Oversikt', level: 1 }).waitFor()
    await expect.poll(() => folderSize(page)).toBe(1)
    await expect.poll(() => page.getByTestId('last-backup').textContent()).toMatch(/Siste tryggingskopi: \d\d\.\d\d\.\d{4} kl\. \d\d\.\d\d\./)
    await page.reload()
    await page.getByRole('heading', { name: 'Oversikt', level: 1 }).waitFor()
    await openSettings(page)
    await expect.poll(() => rows(page).count()).toBe(1)
    expect(await folderSize(page)).toBe(1)
  })

  it('takes a backup when asked, and restores one from the list after keeping what is there', async () => {
    const { page } = session
    const t = T('nn')
    await card(page).getByRole('button', { name: t('takeNow') }).click()
    await expect.poll(() => rows(page).count()).toBe(2)
    expect(await card(page).getByRole('status').textContent()).toContain(t('written'))
    expect(await card(page).textContent()).toContain('C:\\Users\\kari\\AppData\\Roaming\\Spleiselag\\backups')

    // A change after the backups: the name of the case officer.
    const name = page.getByLabel('Namnet ditt (sakshandsamar)')
    await name.fill('Kari Nordmann')
    await page.getByRole('button', { name: 'Lagre endringane' }).click()
    await expect.poll(() => page.locator('header').textContent()).toContain('Tysnes')
    await expect.poll(() => name.inputValue()).toBe('Kari Nordmann')

    await rows(page).last().getByRole('button').click()
    const confirm = page.getByTestId('backup-confirm')
    await confirm.waitFor()
    expect(await confirm.textContent()).toContain(t('confirmSafetyDesktop'))
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))))
    await screenshot(page, 'backup-desktop-confirm-nn', false)
    await confirm.getByRole('button', { name: t('confirmRestore') }).click()
    await expect.poll(() => card(page).getByRole('status').textContent()).toContain('Dataa er henta fram att frå tryggingskopien frå')
    await expect.poll(() => page.getByLabel('Namnet ditt (sakshandsamar)').inputValue()).toBe('Anders Teigen')
    // What was there before the restore is the newest backup now, so the restore can be undone.
    await expect.poll(() => rows(page).count()).toBe(3)
    await screenshot(page, 'backup-desktop-nn', true)
    await chooseMaalform(page, 'nb')
    await card(page).getByRole('heading', { name: T('nb')('heading') }).waitFor()
    // The message about the restore is in bokmål too, not left in the målform it was made in.
    expect(await card(page).getByRole('status').textContent()).toContain('Dataene er hentet fram igjen fra sikkerhetskopien fra')
    expect((await card(page).textContent())!.toLowerCase()).not.toContain('tryggingskopi')
    await screenshot(page, 'backup-desktop-nb', true)
    await chooseMaalform(page, 'nn')
    expect(session.errors).toEqual([])
  })

  it('says why a file could not be written, in the målform, and keeps saying it after a switch of målform', async () => {
    const { page } = session
    await page.evaluate(() => localStorage.setItem('e2e.diskFull', '1'))
    await card(page).getByRole('button', { name: T('nn')('download') }).click()
    const alert = card(page).getByRole('alert')
    const reason = fileFailureText({ reason: 'diskFull', code: 'ENOSPC', path: 'D:\\Minnepinne\\spleiselag.json' })
    await expect.poll(() => alert.textContent()).toBe(reason.nn)
    expect(reason.nn).toBe('Klarte ikkje å skrive D:\\Minnepinne\\spleiselag.json: disken er full. Ei fil som fanst frå før, er urørt.')
    await screenshot(page, 'save-failed-nn', true)
    await chooseMaalform(page, 'nb')
    await expect.poll(() => alert.textContent()).toBe('Klarte ikke å skrive D:\\Minnepinne\\spleiselag.json: disken er full. En fil som fantes fra før, er urørt.')
    await screenshot(page, 'save-failed-nb', true)
    await chooseMaalform(page, 'nn')
    await page.evaluate(() => localStorage.removeItem('e2e.diskFull'))
    expect(session.errors).toEqual([])
  })
})
