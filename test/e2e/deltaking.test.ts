import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import dictionary from '../../renderer/src/i18n/deltaking'
import sfDictionary from '../../renderer/src/i18n/saksframlegg'
import templateDictionary from '../../renderer/src/i18n/template'
import { LETTER_BODY, rawTemplate } from '../fixtures/templates/rawTemplate'
import { inOrder } from '../fixtures/templates/readBack'
import { chooseMaalform, endSession, SCREENSHOT_DIR, type Session, startTysnesSession } from './harness'

/**
 * The participation as a user lives it after the saksframlegg: the case goes to the politicians,
 * the decision is recorded from the case's saksgang, the melding om vedtak is exported, the
 * invoice and the payment are recorded (a payment that differs from the computed amount is kept
 * and flagged), a step is undone with a reason, and in bokmål a step is recorded again.
 */
let session: Session
let downloads = ''
const VIEWPORT = { width: 1366, height: 768 }

beforeAll(async () => {
  ;({ session, downloads } = await startTysnesSession('deltaking-word', VIEWPORT))
})
afterAll(() => endSession(session))

type Maalform = 'nn' | 'nb'
const T = (m: Maalform) => (key: keyof typeof dictionary.nn, params: Record<string, string> = {}): string =>
  dictionary[m][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '')
const sf = (key: keyof typeof sfDictionary.nn, params: Record<string, string> = {}): string =>
  sfDictionary.nn[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '')
const t = T('nn')

const plain = (text: string): string => text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ')

/** The page as it stands, whole, at 1366 wide: test-results/screenshots/deltaking-NAME.png. */
async function shotOne(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))))
  const height = await page.evaluate(() => Math.min(9000, (document.querySelector('main')?.scrollHeight ?? 768) + 160))
  await page.setViewportSize({ width: VIEWPORT.width, height: Math.max(VIEWPORT.height, height) })
  await page.screenshot({ path: join(SCREENSHOT_DIR, `deltaking-${name}.png`), fullPage: true })
  await page.setViewportSize(VIEWPORT)
}

/** The page in both målformer (the interface switches; what was recorded stays), back in nynorsk. */
async function shot(page: Page, name: string): Promise<void> {
  await shotOne(page, `${name}-nn`)
  await chooseMaalform(page, 'nb')
  await shotOne(page, `${name}-nb`)
  await chooseMaalform(page, 'nn')
}

async function wordText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  return plain(
    (xml.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<\/w:p>/g) ?? []).map((m) => (m === '</w:p>' ? '\n' : m.replace(/<[^>]+>/g, ''))).join('')
  )
}

/** What a field says of itself: its aria-invalid, the texts it is described by, and whether it has the focus. */
async function fieldState(field: Locator): Promise<{ invalid: string | null; description: string; focused: boolean }> {
  return field.evaluate((el) => ({
    invalid: el.getAttribute('aria-invalid'),
    description: (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
    focused: document.activeElement === el
  }))
}

const status = (page: Page) => page.getByTestId('participation-status-value')
const form = (page: Page) => page.getByTestId('step-form')

async function openDeltaking(page: Page, m: Maalform): Promise<void> {
  await page.locator('nav a[data-area="deltaking"]').click()
  await page.getByRole('heading', { name: T(m)('heading'), level: 1 }).waitFor()
}

async function record(page: Page, m: Maalform, statusText: string): Promise<void> {
  await form(page).getByRole('button', { name: T(m)('record', { status: statusText }) }).click()
  await page.getByTestId('deltaking-flash').getByText(T(m)('recorded', { status: statusText })).waitFor()
}

describe('the participation, in nynorsk', () => {
  it('shows on Oversikt that the 2017 deadline passed with no decision recorded, by its date rather than thousands of days', async () => {
    const { page } = session
    const card = page.getByTestId('participation-card')
    await card.waitFor()
    await expect.poll(async () => plain(await card.innerText())).toContain('invitert')
    const passed = page.getByTestId('participation-deadline-passed')
    await expect.poll(async () => plain(await passed.innerText())).toContain('Fristen var 20. desember 2017. Eit vedtak er ikkje registrert.')
    expect(plain(await card.innerText())).not.toMatch(/dagar sidan/)
    await shot(page, 'oversikt-invitert')
  })

  it('sends the case to the politicians, linked to its saksframlegg with the saksgang filled in', async () => {
    const { page } = session
    await page.locator('nav a[data-area="saksframlegg"]').click()
    const create = page.getByTestId('sf-new').getByRole('button', { name: sf('new.create') })
    await create.waitFor()
    await expect.poll(async () => plain(await page.getByTestId('sf-new').locator('p').first().innerText())).toMatch(/= kr \d{2} \d{3}\./)
    await create.click()
    await page.locator('.sf-editor h1').waitFor()
    await page.getByLabel(sf('header.arkivsak')).fill('17/596')
    await page.getByLabel(sf('saksgang.moetedatoRow', { n: '2' })).fill('2017-12-13')
    await page.getByLabel(sf('saksgang.saksnrRow', { n: '2' })).fill('65/17')
    await page.getByLabel(sf('title.label'), { exact: true }).press('Control+s')
    await page.getByTestId('sf-notice').getByText(sf('notice.saved', { version: '2' })).waitFor()

    await openDeltaking(page, 'nn')
    await expect.poll(() => status(page).innerText()).toBe('invitert')
    await shot(page, '1-invitert')
    // The case is chosen, its long title shown whole: a radio's label wraps where a drop-down cut it at «…finans…».
    const caseChoice = form(page).getByTestId('step-case')
    expect(await caseChoice.getByRole('radio').first().isChecked()).toBe(true)
    const title = caseChoice.locator('label').first()
    expect(await title.innerText()).toMatch(/finansieringsordning\S*$/)
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
    // A date before the invitation is refused with the reason, and nothing is kept.
    await form(page).getByLabel(t('date'), { exact: true }).fill('2017-09-01')
    await form(page).getByRole('button', { name: t('record', { status: 'til politisk handsaming' }) }).click()
    // Told at the date field itself, marked invalid, with the date to type instead.
    const dateField = form(page).getByLabel(t('date'), { exact: true })
    await expect.poll(() => dateField.getAttribute('aria-invalid')).toBe('true')
    const describedBy = (await dateField.getAttribute('aria-describedby')) ?? ''
    const description = await page.evaluate(
      (ids) => ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
      describedBy
    )
    expect(plain(description)).toContain('Datoen 1. september 2017 er før steget «invitert» (8. september 2017). Skriv 08.09.2017 eller ein seinare dato.')
    expect(await page.getByTestId('step-error').count()).toBe(0)
    await shot(page, '1b-dato-for-tidleg')
    await expect.poll(() => status(page).innerText()).toBe('invitert')
    await form(page).getByLabel(t('date'), { exact: true }).fill('2017-11-20')
    await record(page, 'nn', 'til politisk handsaming')
    const link = page.getByTestId('participation-path').getByRole('link')
    expect(await link.getAttribute('href')).toMatch(/^#\/saksframlegg\/.+/)
    await shot(page, '2-handsaming')
  })

  it('records the decision from the saksgang and exports the melding om vedtak', async () => {
    const { page } = session
    expect(await form(page).getByLabel(t('utval')).inputValue()).toBe('Kommunestyret')
    expect(await form(page).getByLabel(t('saksnummer')).inputValue()).toBe('65/17')
    expect(await form(page).getByLabel(t('dateMeeting')).inputValue()).toBe('13.12.2017')
    expect(await form(page).getByLabel(t('vedtakText')).inputValue()).toContain('Tysnes kommune')
    // The protocol adds a sentence to the innstilling: the vedtak is recorded as typed.
    const vedtak = form(page).getByLabel(t('vedtakText'))
    await vedtak.fill(`${await vedtak.inputValue()}\nRådmannen rapporterer i juni.`)
    await form(page).getByLabel(t('note')).fill('Samrøystes vedteke.')
    await record(page, 'nn', 'vedteke')
    await expect.poll(() => status(page).innerText()).toBe(`vedteke (${t('decisionYes')})`)
    await shot(page, '3-vedteke')

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('meldingExport') }).click()])
    expect(file.suggestedFilename()).toBe('Melding om vedtak 65-17 Tysnes kommune.docx')
    const path = join(downloads, 'melding-om-vedtak-nn.docx')
    await file.saveAs(path)
    const text = await wordText(path)
    expect(text).not.toContain('MELDING OM VEDTAK')
    expect(text).toContain('Postboks 1378 Vika')
    expect(text).toContain('Kommunestyret i Tysnes kommune handsama saka i møte 13. desember 2017, sak 65/17')
    // The kommune's own case: its arkivsak, and its amount in the app's own sentence after the quote, before the attachment line.
    expect(text).toContain('17/596')
    expect(text).toMatch(
      /Vi ber om at KS sender faktura på kr \d{2} \d{3} til Tysnes kommune, merkt «17\/596»\.\s+Saksprotokollen med saksframlegget ligg ved\./
    )
  })

  it('writes the melding into the kommune’s own letter template, once one is set up for it in Innstillingar', async () => {
    const { page } = session
    const tm = (key: keyof typeof templateDictionary.nn): string => templateDictionary.nn[key]
    await page.locator('nav a[data-area="innstillingar"]').click()
    const settings = page.getByTestId('template-settings')
    await settings.getByLabel(tm('documentType')).selectOption('meldingOmVedtak')
    await settings.getByText(tm('none.meldingOmVedtak')).waitFor()
    await settings.locator('input[type="file"]').setInputFiles({
      name: 'brevmal.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(await rawTemplate(LETTER_BODY))
    })
    // The letter template's fields are taken by their names; the marker pair takes the whole letter.
    const selects = settings.locator('select[id^="template-place-"]')
    await expect.poll(() => selects.count()).toBe(6)
    expect(await selects.evaluateAll((all) => all.map((s) => (s as HTMLSelectElement).value))).toEqual([
      'melding.letter',
      'melding.recipient',
      'melding.ourReference',
      'melding.theirLetter',
      'melding.date',
      'melding.sakshandsamar'
    ])
    await settings.getByRole('button', { name: tm('save') }).click()
    await settings.getByText(tm('saved.meldingOmVedtak')).waitFor()
    await settings.scrollIntoViewIfNeeded()
    await shot(page, 'innstillingar-meldingsmal')
    // The saksframlegg has no template: the other type's card still says so.
    await settings.getByLabel(tm('documentType')).selectOption('saksframlegg')
    await settings.getByText(tm('none.saksframlegg')).waitFor()

    await openDeltaking(page, 'nn')
    const button = page.getByRole('button', { name: t('meldingExportTemplate') })
    await button.waitFor()
    await shot(page, '3-melding-i-malen')
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()])
    expect(file.suggestedFilename()).toBe('Melding om vedtak 65-17 Tysnes kommune.docx')
    const path = join(downloads, 'melding-om-vedtak-i-malen-nn.docx')
    await file.saveAs(path)
    const text = await wordText(path)
    inOrder(text, [
      'Tysnes kommune – Rådmannen',
      'Postboks 1378 Vika',
      'Vår ref.: 17/596 Dykkar dato: 8. september 2017 Dato:',
      'Sakshandsamar: Anders Teigen',
      'Melding om vedtak',
      'Kommunestyret i Tysnes kommune handsama saka i møte 13. desember 2017, sak 65/17',
      'Med helsing',
      'Postadresse: Uggdalsvegen 279, 5680 Tysnes'
    ])
    // The template's letterhead stands in for the app's own: no second heading above the letter.
    expect(text).not.toContain('MELDING OM VEDTAK')
    // A letter that is sent carries no marker line of the template (set 7, A2).
    expect(text).not.toMatch(/&&&|Ikkje slett denne lina/)
  })

  it('records the melding, the invoice and a payment that differs, which is kept and flagged', async () => {
    const { page } = session
    await form(page).getByLabel(t('date'), { exact: true }).fill('2017-12-14')
    // The melding asked KS to mark the invoice «17/596»: both steps start from that reference, not from nothing.
    expect(await form(page).getByLabel(t('invoiceReference')).inputValue()).toBe('17/596')
    await record(page, 'nn', 'melding sendt til KS')
    const amount = await form(page).getByLabel(t('amount')).inputValue()
    expect(amount).toMatch(/^\d{2} \d{3}$/)
    const reference = form(page).getByLabel(t('invoiceReference'))
    expect(await reference.inputValue()).toBe('17/596')
    await form(page).getByLabel(t('date'), { exact: true }).fill('2018-01-15')
    // An emptied reference is refused at the field itself, which takes the focus.
    await reference.fill('')
    await form(page).getByRole('button', { name: t('record', { status: 'fakturert' }) }).click()
    await expect.poll(async () => (await fieldState(reference)).invalid).toBe('true')
    expect(plain((await fieldState(reference)).description)).toContain('Skriv fakturareferansen.')
    expect((await fieldState(reference)).focused).toBe(true)
    await shot(page, '4a-referanse-manglar')
    await reference.fill('KS-2018-0042')
    await record(page, 'nn', 'fakturert')
    await shot(page, '4-fakturert')
    expect(await form(page).getByLabel(t('amount')).inputValue()).toBe(amount)
    await form(page).getByLabel(t('amount')).fill('57 000')
    await form(page).getByLabel(t('date'), { exact: true }).fill('2018-02-01')
    await record(page, 'nn', 'betalt')
    const flag = plain(await page.getByTestId('payment-difference').innerText())
    expect(flag).toContain('Betalt kr 57 000')
    expect(flag).toContain(`utrekna bidrag er kr ${amount}`)
    await shot(page, '5-betalt')
  })

  it('goes back one step with a reason, kept in the history', async () => {
    const { page } = session
    await page.getByRole('button', { name: t('goBack') }).click()
    const dialog = page.getByTestId('go-back-dialog')
    await dialog.getByLabel(t('goBackWhy')).fill('Feil beløp ført')
    await shotOne(page, '6-tilbake-dialog-nn')
    await dialog.getByRole('button', { name: t('goBackConfirm') }).click()
    await page.getByTestId('deltaking-flash').getByText(t('wentBack', { status: 'fakturert' })).waitFor()
    await expect.poll(() => status(page).innerText()).toBe('fakturert')
    const history = page.getByTestId('participation-history').locator('li')
    await expect.poll(async () => plain(await history.first().innerText())).toContain('Gjekk tilbake: «betalt» → «fakturert»')
    await expect.poll(async () => plain(await history.first().innerText())).toContain('Feil beløp ført')
    await expect.poll(() => history.count()).toBe(6)
    await shot(page, '7-tilbake')
  })
})

describe('the participation, in bokmål', () => {
  it('records the payment again, in bokmål, and Oversikt shows it paid', async () => {
    const { page } = session
    const b = T('nb')
    await chooseMaalform(page, 'nb')
    await page.getByRole('heading', { name: b('heading'), level: 1 }).waitFor()
    await expect.poll(() => status(page).innerText()).toBe('fakturert')
    // Going back asks first; cancelling changes nothing.
    await page.getByRole('button', { name: b('goBack') }).click()
    const dialog = page.getByTestId('go-back-dialog')
    await dialog.getByText(b('goBackHeading', { from: 'fakturert', to: 'melding sendt til KS' })).waitFor()
    await shotOne(page, '6-tilbake-dialog-nb')
    await dialog.getByRole('button', { name: b('cancel') }).click()
    await expect.poll(() => status(page).innerText()).toBe('fakturert')
    await form(page).getByLabel(b('date'), { exact: true }).fill('2018-02-01')
    await record(page, 'nb', 'betalt')
    await expect.poll(() => status(page).innerText()).toBe('betalt')
    expect(await page.getByTestId('payment-difference').count()).toBe(0)
    await page.getByText(b('complete')).waitFor()
    const history = page.getByTestId('participation-history').locator('li')
    await expect.poll(async () => plain(await history.nth(1).innerText())).toContain('Gikk tilbake: «betalt» → «fakturert»')
    await shotOne(page, '8-betalt-nb')
    await page.locator('nav a[data-area="oversikt"]').click()
    const card = page.getByTestId('participation-card')
    await card.waitFor()
    await expect.poll(async () => plain(await card.innerText())).toContain(b('cardDecided', { date: '13. desember 2017' }))
    await expect.poll(async () => plain(await card.innerText())).toContain(b('cardDone'))
    await shotOne(page, 'oversikt-betalt-nb')
    expect(session.errors).toEqual([])
  })
})

describe('a "nei", and joining later, in nynorsk', () => {
  it('ends the flow at a "nei" and joins later through a new decision and a melding with the invoice reference', async () => {
    const { page } = session
    await chooseMaalform(page, 'nn')
    await openDeltaking(page, 'nn')
    for (const back of ['fakturert', 'melding sendt til KS', 'vedteke', 'til politisk handsaming']) {
      await page.getByRole('button', { name: t('goBack') }).click()
      await page.getByTestId('go-back-dialog').getByRole('button', { name: t('goBackConfirm') }).click()
      await page.getByTestId('deltaking-flash').getByText(t('wentBack', { status: back })).waitFor()
    }
    // Back from «vedteke», the form offers the vedtak as it was typed, not the case's innstilling again.
    expect(await form(page).getByLabel(t('vedtakText')).inputValue()).toMatch(/Tysnes kommune[\s\S]*\nRådmannen rapporterer i juni\.$/)
    expect(await form(page).getByLabel(t('saksnummer')).inputValue()).toBe('65/17')
    await form(page).getByText(t('restoredDecision')).waitFor()
    await shot(page, '8b-tilbake-fra-vedteke')
    await form(page).getByLabel(t('answerNo')).check()
    await record(page, 'nn', 'vedteke')
    await expect.poll(() => status(page).innerText()).toBe(`vedteke (${t('decisionNo')})`)
    await page.getByText(t('declinedTitle')).waitFor()
    await shot(page, '9-nei')

    await form(page).getByLabel(t('saksnummer')).fill('30/18')
    await form(page).getByLabel(t('dateMeeting')).fill('2018-06-14')
    // The new vedtak adopts a round sum, not the computed contribution.
    await form(page).getByLabel(t('vedtakText')).fill('Tysnes kommune sluttar seg til ordninga og betaler kr 60 000.')
    await record(page, 'nn', 'vedteke')
    await expect.poll(() => status(page).innerText()).toBe(`vedteke (${t('decisionYes')})`)
    await form(page).getByLabel(t('date'), { exact: true }).fill('2018-06-15')
    await form(page).getByLabel(t('invoiceReference')).fill('')
    await form(page).getByRole('button', { name: t('record', { status: 'melding sendt til KS' }) }).click()
    // Told at the field, as a refused date is: marked invalid, described by the message, and focused.
    const reference = form(page).getByLabel(t('invoiceReference'))
    await expect.poll(async () => (await fieldState(reference)).invalid).toBe('true')
    expect(plain((await fieldState(reference)).description)).toContain('Skriv fakturareferansen.')
    expect((await fieldState(reference)).focused).toBe(true)
    expect(await page.getByTestId('step-error').count()).toBe(0)
    await shot(page, '10-seinare-utan-referanse')
    await form(page).getByLabel(t('invoiceReference')).fill('4410-DigiFin')
    await record(page, 'nn', 'melding sendt til KS')
    // The flash says the step is stored; the path is redrawn when the store's query answers, so wait for it.
    await expect.poll(async () => plain(await page.getByTestId('participation-path').innerText())).toContain('Fakturareferanse 4410-DigiFin')

    // KS invoices the sum the council decided: the invoice starts from it, and paying it is not flagged.
    const amountField = form(page).getByLabel(t('amount'))
    expect(await amountField.inputValue()).toBe('60 000')
    expect(plain((await fieldState(amountField)).description)).toContain('Vedteke beløp er kr 60 000.')
    await form(page).getByLabel(t('date'), { exact: true }).fill('2018-07-02')
    await record(page, 'nn', 'fakturert')
    expect(await form(page).getByLabel(t('amount')).inputValue()).toBe('60 000')
    await form(page).getByLabel(t('date'), { exact: true }).fill('2018-08-01')
    await record(page, 'nn', 'betalt')
    await expect.poll(() => status(page).innerText()).toBe('betalt')
    expect(await page.getByTestId('payment-difference').count()).toBe(0)
    await shot(page, '11-betalt-vedteke-sum')
    expect(session.errors).toEqual([])
  })
})

describe('a decision with no case in the app', () => {
  it('asks for the melding’s own reference, never prints «[arkivsaksnummer]», and always asks KS to invoice the adopted sum', async () => {
    const { page } = session
    await chooseMaalform(page, 'nn')
    await openDeltaking(page, 'nn')
    for (const back of ['fakturert', 'melding sendt til KS', `vedteke (${t('decisionYes')})`, `vedteke (${t('decisionNo')})`, 'til politisk handsaming', 'invitert']) {
      await page.getByRole('button', { name: t('goBack') }).click()
      await page.getByTestId('go-back-dialog').getByRole('button', { name: t('goBackConfirm') }).click()
      await expect.poll(() => status(page).innerText()).toBe(back)
    }
    await form(page).getByLabel(t('noCase')).check()
    await form(page).getByLabel(t('date'), { exact: true }).fill('2017-11-20')
    await record(page, 'nn', 'til politisk handsaming')
    await form(page).getByLabel(t('utval')).fill('Kommunestyret')
    await form(page).getByLabel(t('saksnummer')).fill('65/17')
    await form(page).getByLabel(t('dateMeeting')).fill('2017-12-13')
    await form(page).getByLabel(t('vedtakText')).fill('Tysnes kommune deltek i ordninga med til saman kr 400 000.')
    await record(page, 'nn', 'vedteke')
    await expect.poll(() => status(page).innerText()).toBe(`vedteke (${t('decisionYes')})`)

    const download = async (name: string): Promise<string> => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('meldingExport') }).click()])
      const path = join(downloads, name)
      await file.saveAs(path)
      return wordText(path)
    }
    // No reference typed: no «Vår ref.» placeholder, and the invoice is asked for all the same, unmarked.
    const unmarked = await download('melding-utan-sak.docx')
    expect(unmarked).not.toContain('[arkivsaksnummer]')
    expect(unmarked).not.toContain('Vår ref.')
    expect(unmarked).toMatch(/Vi ber om at KS sender faktura på kr 400 000 til [^,.«]+\./)
    // The reference asked for by the download: the letter's «Vår ref.», the invoice's mark, and the «melding sendt» step's start.
    const reference = page.getByLabel(t('meldingReference'))
    await reference.fill('17/2211')
    await reference.press('Tab')
    await expect.poll(() => form(page).getByLabel(t('invoiceReference')).inputValue()).toBe('17/2211')
    await shot(page, '12-utan-sak-referanse')
    const marked = await download('melding-utan-sak-ref.docx')
    expect(marked).toContain('17/2211')
    expect(marked).toMatch(/faktura på kr 400 000 til [^,.«]+, merkt «17\/2211»\./)
    expect(session.errors).toEqual([])
  })
})
