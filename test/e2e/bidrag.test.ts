import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  chooseMaalform,
  openBrowser,
  putRow,
  removeProfile,
  screenshot,
  setUpTysnes,
  startServer,
  stopServer,
  type Session
} from './harness'

/** The Bidrag page and the landsoversikt as a sakshandsamar in Tysnes uses them. */
let url = ''
let session: Session
const NBSP = '\u00a0'

beforeAll(async () => {
  url = await startServer()
  session = await openBrowser()
  await setUpTysnes(session.page, url)
})

afterAll(async () => {
  await session?.close()
  if (session) removeProfile(session.profileDir)
  await stopServer()
})

const amount = () => session.page.getByTestId('amount').textContent()
const breakdown = () => session.page.getByTestId('breakdown').textContent()

describe('the Bidrag page', () => {
  it('starts from the newest embedded figure before the invitation: 1.1.2017, 2 847 × kr 20', async () => {
    const { page } = session
    await page.locator('nav a[data-area="bidrag"]').click()
    await page.getByRole('heading', { name: 'Bidrag', level: 1 }).waitFor()
    expect(await page.getByLabel('Tysnes kommune (1223)').isChecked()).toBe(true)
    expect(await amount()).toBe(`kr${NBSP}56${NBSP}940`)
    expect(await breakdown()).toBe(`2${NBSP}847${NBSP}innbyggjarar × kr${NBSP}20 = kr${NBSP}56${NBSP}940`)
    await page.getByText('Svarfrist').first().waitFor()
    await screenshot(page, 'bidrag-nn')
  })

  it('refuses a negative population with a message in nynorsk and stores nothing', async () => {
    const { page } = session
    await page.getByRole('button', { name: 'Legg inn eit anna folketal' }).click()
    const form = page.getByTestId('figure-form')
    await form.getByLabel('Folketal', { exact: true }).fill('-2853')
    await form.getByLabel('Kjelde').fill('SSB tabell 01222, 2. kvartal 2017')
    await form.getByRole('button', { name: 'Lagre og bruk folketalet' }).click()
    await form.getByText('Folketalet kan ikkje vere negativt.').waitFor()
    await form.getByLabel('Folketal', { exact: true }).fill('2.853')
    await form.getByRole('button', { name: 'Lagre og bruk folketalet' }).click()
    await form.getByText('Skriv folketalet utan punktum, til dømes 2853 eller 2 853.').waitFor()
    await screenshot(page, 'bidrag-feil-nn')
    expect(await amount()).toBe(`kr${NBSP}56${NBSP}940`)
    expect(await page.getByRole('radio', { name: /2 853/ }).count()).toBe(0)
  })

  it('uses the figure the seed used: 2 853 per 2. kvartal 2017 → kr 57 060, cited with its source', async () => {
    const { page } = session
    const form = page.getByTestId('figure-form')
    await form.getByLabel('Folketal', { exact: true }).fill('2 853')
    await form.getByLabel('Dato folketalet gjeld').fill('2017-06-30')
    await form.getByRole('button', { name: 'Lagre og bruk folketalet' }).click()
    await page.getByTestId('figure-form').waitFor({ state: 'detached' })
    await expect.poll(amount).toBe(`kr${NBSP}57${NBSP}060`)
    expect(await breakdown()).toBe(`2${NBSP}853${NBSP}innbyggjarar × kr${NBSP}20 = kr${NBSP}57${NBSP}060`)
    await page.getByText(`Folketal per 30.${NBSP}juni${NBSP}2017. Kjelde: SSB tabell 01222, 2. kvartal 2017.`).waitFor()
    await screenshot(page, 'bidrag-2853-nn')
  })

  it('shows the same in bokmål and keeps the choice over a reload', async () => {
    const { page } = session
    await chooseMaalform(page, 'nb')
    expect(await breakdown()).toBe(`2${NBSP}853${NBSP}innbyggere × kr${NBSP}20 = kr${NBSP}57${NBSP}060`)
    await screenshot(page, 'bidrag-nb')
    await page.reload()
    await page.getByTestId('amount').waitFor()
    expect(await amount()).toBe(`kr${NBSP}57${NBSP}060`)
    await chooseMaalform(page, 'nn')
  })

  it('imports an SSB CSV export and can use its figure', async () => {
    const { page } = session
    const file = join(__dirname, '..', 'fixtures', 'ssb', '01222-wide.csv')
    await page.getByTestId('ssb-import').getByLabel('Vel fil', { exact: true }).setInputFiles(file)
    await page.getByRole('button', { name: 'Lagre tala for Tysnes' }).click()
    await page.getByText(/^Lagra \d+ folketal\.$/).waitFor()
    // The newest figure of the file for Tysnes (end of 2. kvartal 2017) is chosen: 2 853 again.
    await expect.poll(amount).toBe(`kr${NBSP}57${NBSP}060`)
    await screenshot(page, 'bidrag-import-nn')
    expect(readFileSync(file, 'utf8')).toContain('2853')
  })

  it('says clearly when a file is not an SSB export, and changes nothing', async () => {
    const { page } = session
    const file = join(__dirname, '..', 'fixtures', 'ssb', 'truncated.json')
    await page.getByTestId('ssb-import').getByLabel('Vel fil', { exact: true }).setInputFiles(file)
    await page.getByTestId('ssb-import').locator('.ds-validation-message').first().waitFor()
    const message = await page.getByTestId('ssb-import').locator('.ds-validation-message').first().textContent()
    expect(message?.length).toBeGreaterThan(10)
    expect(message).not.toMatch(/(?<!\p{L})(ikke|fra|filen)(?!\p{L})/u)
    expect(await amount()).toBe(`kr${NBSP}57${NBSP}060`)
  })
})

describe('damaged data', () => {
  it('keeps working when a stored figure is damaged, and offers to delete it', async () => {
    const { page } = session
    await putRow(page, 'populationFigures', {
      contributorKind: 'kommune',
      number: '1223',
      count: 2853.5,
      date: '2017-06-30',
      source: 'skadd',
      origin: 'manual',
      createdAt: '2017-10-01T00:00:00.000Z'
    })
    await page.reload()
    await page.getByTestId('damaged-rows').waitFor()
    await expect.poll(amount).toBe(`kr${NBSP}57${NBSP}060`)
    await screenshot(page, 'bidrag-skadde-data-nn')
    await page.getByRole('button', { name: 'Slett den øydelagde rada' }).click()
    await page.getByTestId('damaged-rows').waitFor({ state: 'detached' })
    await expect.poll(amount).toBe(`kr${NBSP}57${NBSP}060`)
  })
})

describe('rounds and copying', () => {
  it('copies the figures with one click', async () => {
    const { page } = session
    await page.getByRole('button', { name: 'Kopier tala' }).click()
    await page.getByText(/^(Tala er kopierte\.|Klarte ikkje å kopiere\. Merk teksten og kopier han sjølv\.)$/).waitFor()
  })

  it('adds a round of its own, refuses a bad rate, computes with the new rate, and deletes it after asking', async () => {
    const { page } = session
    await page.getByRole('button', { name: 'Legg til runde' }).click()
    const form = page.getByRole('form', { name: 'Ny finansieringsrunde' })
    await form.getByLabel('Namn på runden').fill('Digitaliseringsfond 2019')
    await form.getByLabel('Dato for invitasjonen').fill('2018-09-01')
    await form.getByLabel('Svarfrist').fill('2018-12-20')
    await form.getByLabel('Budsjettår').fill('2019')
    await form.getByLabel('Sats for kommunar (kr per innbyggjar)').fill('12,5 kr')
    await form.getByLabel('Sats for fylkeskommunar (kr per innbyggjar)').fill('3')
    await form.getByRole('button', { name: 'Lagre runden' }).click()
    await form.getByText('Skriv satsen som eit tal i kroner, til dømes 20 eller 0,125.').first().waitFor()
    await screenshot(page, 'bidrag-ny-runde-feil-nn')
    expect(await page.getByLabel('Finansieringsrunde').locator('option').count()).toBe(1)
    await form.getByLabel('Sats for kommunar (kr per innbyggjar)').fill('12,5')
    await form.getByRole('button', { name: 'Lagre runden' }).click()
    await form.waitFor({ state: 'detached' })
    // The new round starts from the newest embedded figure before its invitation: 1.1.2018, 2 857.
    await expect.poll(breakdown).toBe(`2${NBSP}857${NBSP}innbyggjarar × kr${NBSP}12,50 = kr${NBSP}35${NBSP}712,50`)
    await page.getByRole('button', { name: 'Slett runden' }).click()
    await page.getByTestId('confirm-dialog-round').getByRole('button', { name: 'Avbryt' }).click()
    expect(await page.getByLabel('Finansieringsrunde').locator('option').count()).toBe(2)
    await page.getByRole('button', { name: 'Slett runden' }).click()
    await page.getByTestId('confirm-dialog-round').getByRole('button', { name: 'Slett runden' }).click()
    await expect.poll(() => page.getByLabel('Finansieringsrunde').locator('option').count()).toBe(1)
    await expect.poll(amount).toBe(`kr${NBSP}57${NBSP}060`)
  })
})

describe('the landsoversikt', () => {
  it('shows how "ca. 250 mill. kr if all join" comes about from the 1.1.2017 figures', async () => {
    const { page } = session
    await page.getByRole('tab', { name: 'Landsoversikt' }).click()
    await page.getByTestId('country-table').waitFor()
    expect(await page.getByTestId('if-all-join').textContent()).toBe(`kr${NBSP}253${NBSP}124${NBSP}130`)
    const explanation = await page.getByTestId('explanation').textContent()
    expect(explanation).toContain(`5${NBSP}258${NBSP}317`)
    expect(explanation).toContain(`kr${NBSP}105${NBSP}166${NBSP}340`)
    expect(explanation).toContain('ca. 250 millioner kroner')
    await page.getByText('Viser 444 av 444.').waitFor()
    await screenshot(page, 'landsoversikt-nn', false)
  })

  it('filters and sorts as a user expects', async () => {
    const { page } = session
    await page.getByLabel('Søk etter namn eller nummer').fill('tysnes')
    await page.getByText('Viser 1 av 444.').waitFor()
    const row = page.getByTestId('country-table').locator('tbody tr').first()
    expect((await row.textContent())?.replace(/\s/g, ' ')).toContain(`1223Tysnes2 847kr 56 940kommunekr 20`)
    await page.getByLabel('Søk etter namn eller nummer').fill('')
    await page.getByLabel('Vis', { exact: true }).selectOption('fylkeskommune')
    await page.getByText('Viser 18 av 444.').waitFor()
    await page.getByRole('columnheader', { name: 'Beløp' }).click()
    const first = await page.getByTestId('country-table').locator('tbody tr').first().locator('td').nth(1).textContent()
    expect(first).toBe('Akershus')
    await chooseMaalform(page, 'nb')
    await page.getByText('Viser 18 av 444.').waitFor()
    await screenshot(page, 'landsoversikt-nb', false)
  })

  it('logged no console errors', () => {
    expect(session.errors).toEqual([])
  })
})
