import type { Page } from 'playwright-core'

/**
 * Leaves in the browser profile what a newer Spleiselag would: a database at a version this app
 * does not know (990, Dexie's 99), with a table it has never heard of, and the målform it last ran
 * in. An empty page of the app's origin writes it, so the app itself never opens the database first.
 */
export async function writeNewerDatabase(page: Page, url: string, maalform: 'nn' | 'nb'): Promise<void> {
  await page.route(`${url}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>-</title>' }))
  await page.goto(url)
  await page.evaluate(
    (m) =>
      new Promise<void>((resolve, reject) => {
        localStorage.setItem('spleiselag.maalform', m)
        const open = indexedDB.open('spleiselag', 990)
        open.onupgradeneeded = () => {
          open.result.createObjectStore('profile', { keyPath: 'id' }).put({ id: 'profile', name: 'Tysnes', from: 'v99' })
          open.result.createObjectStore('somethingNew', { keyPath: 'id' })
        }
        open.onsuccess = () => {
          open.result.close()
          resolve()
        }
        open.onerror = () => reject(open.error)
      }),
    maalform
  )
  await page.unroute(`${url}**`)
}
