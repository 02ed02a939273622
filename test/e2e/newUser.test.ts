import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chooseMaalform, endSession, putRow, screenshot, startTysnesSession, type Session } from './harness'

/**
 * What a new user tripped on in Fellesløysingar, Deltaking, Økonomi and Oversikt (issue 11, the
 * U3 trial), as Tysnes (2 847 innbyggjarar, kr 56 940 computed) meets it at 1366×768: dates that
 * are typed over, not added to; each step starting without the last one's date; a payment short of
 * the computed amount said with what to do, on Oversikt too, and budgeted as paid.
 */
let session: Session
/** The colour of a primary action outside any card, which every primary action shares. */
let primary = ''
const SHOTS = '/work/wt/shots/fixt'
const plain = (text: string | null): string => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()

beforeAll(async () => {
  ;({ session } = await startTysnesSession('newuser-downloads', { width: 1366, height: 768 }))
})

afterAll(async () => {
  await endSession(session)
})

async function shot(page: Page, name: string): Promise<void> {
  const path = await screenshot(page, name, false)
  mkdirSync(SHOTS, { recursive: true })
  copyFileSync(path, join(SHOTS, `${name}.png`))
}

/** The screen in both målformer, nynorsk first and back, with `target` in view in each. */
async function shotsBoth(page: Page, name: string, target?: Locator): Promise<void> {
  for (const m of ['nn', 'nb'] as const) {
    if (m === 'nb') await chooseMaalform(page, 'nb')
    await target?.scrollIntoViewIfNeeded()
    await shot(page, `${name}-${m}`)
  }
  await chooseMaalform(page, 'nn')
}

const step = { by: 'Anders Teigen', note: '' }

/** DigiFin 2017 paid, kr 360 short of the kr 56 940 computed, as the Deltaking flow records it. */
async function seedShortPayment(page: Page): Promise<void> {
  const steps = [
    { status: 'invitert', date: '2017-09-08', ...step },
    { status: 'tilPolitiskHandsaming', date: '2017-12-01', ...step },
    { status: 'vedteke', date: '2017-12-13', decision: 'ja', utval: 'Kommunestyret', saksnummer: '65/17', ...step },
    { status: 'meldingSendt', date: '2017-12-20', ...step },
    { status: 'fakturert', date: '2018-01-15', amount: '56580', invoiceReference: 'DF-1223', ...step },
    { status: 'betalt', date: '2018-02-01', amount: '56580', computedAmount: '56940', ...step }
  ]
  await putRow(page, 'participations', { roundId: '2017', record: { roundId: '2017', status: 'betalt', steps, joinedLater: false }, updatedAt: new Date().toISOString() })
}

const background = (page: Page, name: string) =>
  page.getByRole('button', { name, exact: true }).evaluate((el) => getComputedStyle(el).backgroundColor)

describe('what a new user tripped on', () => {
  it('keeps a date typed over the planned start the app filled in, and starts the next step without the last date', async () => {
    const { page } = session
    await page.locator('nav a[data-area="fellesloysingar"]').click()
    primary = await page.getByRole('link', { name: 'Ny løysing' }).evaluate((el) => getComputedStyle(el).backgroundColor)
    await page.getByTestId('fl-table').getByRole('link', { name: 'Digiorden', exact: true }).click()
    await page.getByRole('heading', { name: 'Digiorden', level: 1 }).waitFor()

    // The note on which band 5 000 belongs to stands with the connection cost the bands are for.
    const connection = page.getByTestId('price').first().locator('dd').first()
    expect(plain(await connection.getByTestId('price-edge').textContent())).toBe('5 000 og 10 000 høyrer til «5 000–10 000».')
    // A primary action inside the neutral card has the colour of every other primary action.
    expect(await background(page, 'Start vurdering')).toBe(primary)

    // Typing the date fills in the planned start; a click into that field and typing replaces it.
    await page.getByLabel('Dato', { exact: true }).click()
    await page.keyboard.type('10.1.2018')
    const planned = page.getByLabel('Planlagd i bruk frå')
    await expect.poll(() => planned.inputValue()).toBe('01.01.2019')
    await planned.click()
    await page.keyboard.type('1.3.2019')
    expect(await planned.inputValue()).toBe('1.3.2019')
    await page.getByLabel('Dato', { exact: true }).click()
    await page.keyboard.type('15.1.2018')
    // The date typed in the planned start is the user's: filling in Dato again does not replace it.
    expect(await planned.inputValue()).toBe('01.03.2019')
    await shotsBoth(page, 'fl-adopt-planned', page.getByTestId('fl-adoption'))

    await page.getByRole('button', { name: 'Start vurdering' }).click()
    await expect.poll(async () => plain(await page.getByTestId('fl-adoption-status').textContent())).toBe('Status: vurderer · Planlagd i bruk frå 01.03.2019')
    // A past round: the next step starts with no date, not with 15.01.2018.
    expect(await page.getByLabel('Dato', { exact: true }).inputValue()).toBe('')
  })

  it('says the decision with its date, and the step after starts empty again', async () => {
    const { page } = session
    await seedShortPayment(page)
    await page.getByLabel('Dato', { exact: true }).fill('20.2.2018')
    await page.getByLabel('Utval').fill('Kommunestyret')
    await page.getByLabel('Saksnummer').fill('12/18')
    expect(await background(page, 'Registrer vedtak')).toBe(primary)
    await page.getByRole('button', { name: 'Registrer vedtak' }).click()
    await expect.poll(async () => plain(await page.getByTestId('fl-adoption-decision').textContent())).toBe('Vedteke i Kommunestyret 20.02.2018, sak 12/18')
    expect(await page.getByLabel('Dato', { exact: true }).inputValue()).toBe('')
    await shotsBoth(page, 'fl-adopt-vedteke', page.getByTestId('fl-adoption'))
  })

  it('opens Økonomi on 2018 with the amount paid, so the contribution and the 2019 connection cost (unknown: Digiorden\'s price is from 2021) are both in view', async () => {
    const { page } = session
    await page.locator('nav a[data-area="okonomi"]').click()
    await page.getByRole('heading', { name: 'Økonomi', level: 1 }).waitFor()
    await expect.poll(() => page.getByLabel('Første år i økonomiplanen').inputValue()).toBe('2018')
    const row = page.getByTestId('okonomi-table').getByRole('row').filter({ hasText: 'Eingongsbidrag til KS DigiFin' })
    expect(plain(await row.innerText())).toContain('kr 56 580')
    expect(plain(await row.innerText())).not.toContain('56 940')
    const connection = page.getByTestId('okonomi-table').getByRole('row').filter({ hasText: 'Tilknyting: Digiorden' })
    expect(plain(await connection.innerText())).toContain('ukjend')
    await shotsBoth(page, 'okonomi-paid')
  })

  it('says on Oversikt and in Deltaking what to do about the kr 360 not paid, and the finished flow is no link', async () => {
    const { page } = session
    await page.locator('nav a[data-area="oversikt"]').click()
    const difference = page.getByTestId('participation-card-difference')
    await expect.poll(async () => plain(await difference.textContent())).toContain('Avviket på kr 360 bør avklarast med KS, som fakturerer bidraget')
    const next = page.getByTestId('participation-card-next')
    expect(plain(await next.textContent())).toBe('Ingen: deltakinga er betalt.')
    expect(await next.getByRole('link').count()).toBe(0)
    await shotsBoth(page, 'oversikt-difference', difference)

    await page.locator('nav a[data-area="deltaking"]').click()
    await expect.poll(async () => plain(await page.getByTestId('payment-difference').textContent())).toContain('og Økonomi reknar med det. Avviket på kr 360')
    await shotsBoth(page, 'deltaking-difference', page.getByTestId('payment-difference'))
  })

  it('gives the saksgang’s case number room for «2017/101»', async () => {
    const { page } = session
    await page.locator('nav a[data-area="saksframlegg"]').click()
    await page.getByTestId('sf-new').getByRole('button', { name: 'Lag nytt saksframlegg' }).click()
    const saksnr = page.getByLabel('Saksnummer, rad 1')
    await saksnr.fill('2017/101')
    expect(await saksnr.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth)).toBe(true)
    await shotsBoth(page, 'saksgang-saksnr', saksnr)
    expect(session.errors).toEqual([])
  })
})
