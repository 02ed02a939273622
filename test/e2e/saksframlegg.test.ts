import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import bidragDictionary from '../../renderer/src/i18n/bidrag'
import dictionary from '../../renderer/src/i18n/saksframlegg'
import { chooseMaalform, endSession, screenshot, SCREENSHOT_DIR, type Session, startTysnesSession } from './harness'

/**
 * The Saksframlegg area as a user meets it: a case for Tysnes built from the contribution, edited
 * section by section, saved in versions, restored, exported as Word and read back; the same in
 * bokmål; copy and delete from the list; and the guard against leaving unsaved work.
 */
let session: Session
let downloads = ''

beforeAll(async () => {
  ;({ session, downloads } = await startTysnesSession('saksframlegg-word'))
})
afterAll(() => endSession(session))

type Maalform = 'nn' | 'nb'
const T = (m: Maalform) => (key: keyof typeof dictionary.nn, params: Record<string, string> = {}): string =>
  dictionary[m][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '')

/** Spaces as a reader sees them: no-break spaces and runs of white space become one space. */
function plain(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ')
}

/** A screenshot of the window as it is (for dialogs, which sit in the viewport). */
async function viewShot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  // Let a dialog finish opening first.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))))
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) })
}

/** The editor scrolls inside the main area; a tall window shows all of it in one picture. */
async function editorShot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => {
    const main = document.querySelector('main')
    return Math.min(9000, (main?.scrollHeight ?? 860) + 120)
  })
  await page.setViewportSize({ width: 1280, height: Math.max(860, height) })
  await screenshot(page, name)
  await page.setViewportSize({ width: 1280, height: 860 })
}

/** The editor as it stands, with the interface in nynorsk and then in bokmål (the case's målform does not change). */
async function editorShotsInBoth(page: Page, name: string): Promise<void> {
  await chooseMaalform(page, 'nn')
  await editorShot(page, `${name}-nn`)
  await chooseMaalform(page, 'nb')
  await editorShot(page, `${name}-nb`)
  await chooseMaalform(page, 'nn')
}

async function readWord(path: string): Promise<{ document: string; styles: string; text: string }> {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const document = (await zip.file('word/document.xml')?.async('string')) ?? ''
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? ''
  const text = plain(
    (document.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<\/w:p>/g) ?? [])
      .map((m) => (m === '</w:p>' ? '\n' : m.replace(/<[^>]+>/g, '')))
      .join('')
      .replace(/&amp;/g, '&')
  )
  return { document, styles, text }
}

async function download(page: Page, button: Locator, name: string, folder = downloads): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()])
  const path = join(folder, name)
  await file.saveAs(path)
  return path
}

const status = (page: Page) => page.getByTestId('save-status')
const notice = (page: Page) => page.getByTestId('sf-notice')

/** A new nynorsk case from the list's card, once the card shows the figures it is to be built on. */
async function createCase(page: Page, figures: string): Promise<void> {
  const t = T('nn')
  await page.locator('nav a[data-area="saksframlegg"]').click()
  const card = page.getByTestId('sf-new')
  await expect.poll(async () => plain(await card.locator('p').first().innerText())).toContain(figures)
  await card.getByLabel(t('maalform.nn')).check()
  await card.getByRole('button', { name: t('new.create') }).click()
  await notice(page).getByText(t('notice.created')).waitFor()
}

describe('the saksframlegg', () => {
  for (const m of ['nn', 'nb'] as const) {
    const t = T(m)
    const lang = m === 'nn' ? 'nn-NO' : 'nb-NO'
    const vurdering = 'VURDERING'
    const ownParagraph =
      m === 'nn'
        ? 'Tysnes kommune har digitalisering på dagsorden og tek no i bruk omsorgsteknologi.'
        : 'Tysnes kommune har digitalisering på dagsordenen og tar nå i bruk omsorgsteknologi.'
    // The same sentence in both målformer.
    const ownInnstilling = 'Rådmannen får fullmakt til å melde vedtaket til KS.'
    // Worked out by hand, not read from the page: Tysnes' newest embedded figure before the 2017
    // invitation is 2 847 (SSB, 1 January 2017), and 2 847 × kr 20 = kr 56 940.
    const amount = 'kr 56 940'

    describe(m === 'nn' ? 'in nynorsk' : 'in bokmål', () => {
      it('builds a complete case from the contribution', async () => {
        const { page } = session
        await chooseMaalform(page, m)
        await page.locator('nav a[data-area="saksframlegg"]').click()
        await page.getByRole('heading', { name: t('list.heading'), level: 1 }).waitFor()
        const card = page.getByTestId('sf-new')
        await card.getByRole('button', { name: t('new.create') }).waitFor()
        // The figures come from live queries (the Bidrag choice, stored figures): wait until they stand.
        const figuresText = async (): Promise<string> => plain(await card.locator('p').first().innerText())
        await expect.poll(figuresText).toMatch(/Tysnes kommune, .*= kr \d{2} \d{3}\./)
        expect(await figuresText()).toMatch(new RegExp(`Tysnes kommune, 2 847 innbygg(jarar|ere) per 1\\. januar 2017 × kr 20 = ${amount}\\.`))
        // A new case starts in the kommune's document målform (Tysnes: nynorsk), whatever the screen is
        // in; a sakshandsamar reading in bokmål picks bokmål for the case here.
        expect(await card.getByLabel(t('maalform.nn')).isChecked()).toBe(true)
        if (m === 'nb') await card.getByLabel(t('maalform.nb')).check()
        await screenshot(page, `saksframlegg-liste-${m}`)

        await card.getByRole('button', { name: t('new.create') }).click()
        await page.locator('.sf-editor h1').waitFor()
        await notice(page).getByText(t('notice.created')).waitFor()
        expect(await status(page).innerText()).toBe(t('status.saved'))
        const preview = plain(await page.getByTestId('saksframlegg-preview').innerText())
        expect(preview).toContain('Tysnes kommune')
        expect(preview).toContain(amount)
        expect(preview).toContain(m === 'nn' ? 'INNSTILLING FRÅ RÅDMANNEN' : 'INNSTILLING FRA RÅDMANNEN')
        expect(await page.getByTestId('saksframlegg-preview').getAttribute('lang')).toBe(m)
        await editorShot(page, `saksframlegg-editor-${m}`)
      })

      it('says what is wrong and saves nothing when the title is empty', async () => {
        const { page } = session
        const title = page.getByLabel(t('title.label'), { exact: true })
        const before = await title.inputValue()
        await title.fill('')
        expect(await status(page).innerText()).toBe(t('status.unsaved'))
        await page.locator('.sf-toolbar').getByRole('button', { name: t('action.save'), exact: true }).click()
        await page.getByText(t('error.summary')).waitFor()
        expect(await page.locator('.ds-error-summary').getByText(t('error.title')).isVisible()).toBe(true)
        await expect.poll(() => page.getByTestId('sf-history').locator('summary').innerText()).toContain(
          t('history.summary_one', { count: '1' })
        )
        await viewShot(page, `saksframlegg-feil-${m}`)
        await title.fill(before)
        expect(await status(page).innerText()).toBe(t('status.saved'))
      })

      it('says, by the header, when a new date rewrites the standard text across KS\'s answer deadline', async () => {
        const { page } = session
        const date = page.locator('#sf-date')
        const today = await date.inputValue()
        const changed = page.getByTestId('sf-standard-changed')
        expect(await changed.count()).toBe(0)
        // The case is dated today, after the deadline of 20 December 2017; 20.11.2017 is before it.
        await date.fill('20.11.2017')
        await date.press('Tab')
        await changed.waitFor()
        const parts = m === 'nn'
            ? '«SAKSUTGREIING», «ØKONOMISKE KONSEKVENSAR», «VURDERING» og «INNSTILLING FRÅ RÅDMANNEN»'
            : '«SAKSUTREDNING», «ØKONOMISKE KONSEKVENSER», «VURDERING» og «INNSTILLING FRA RÅDMANNEN»'
        expect(plain(await changed.innerText())).toContain(plain(t('standardChanged.before', { answerBy: '20. desember 2017', parts })))
        expect(await changed.getAttribute('role')).toBe('status')
        await viewShot(page, `saksframlegg-standardtekst-${m}`)
        await date.fill(today)
        await date.press('Tab')
        await expect.poll(async () => plain(await changed.innerText())).toContain(plain(t('standardChanged.after', { answerBy: '20. desember 2017', parts })))
        // Typed key by key, the date is empty in between: moving back before the deadline still names the date as the cause.
        await date.selectText()
        await date.pressSequentially('19122017')
        await date.press('Tab')
        await expect.poll(async () => plain(await changed.innerText())).toContain(plain(t('standardChanged.before', { answerBy: '20. desember 2017', parts })))
        // Typed key by key forward, «21.12.20» is not 21 December 2020 on the way: the move past the deadline is named.
        await date.selectText()
        await date.pressSequentially('21.12.20')
        expect(await page.getByText('21. desember 2020').count()).toBe(0)
        await date.pressSequentially('17')
        await date.press('Tab')
        await expect.poll(async () => plain(await changed.innerText())).toContain(plain(t('standardChanged.after', { answerBy: '20. desember 2017', parts })))
        await date.fill(today)
        await date.press('Tab')
        await changed.getByRole('button', { name: t('action.dismiss') }).click()
        expect(await changed.count()).toBe(0)
        expect(await status(page).innerText()).toBe(t('status.saved'))
      })

      it('edits the saksgang, a section and the innstilling, and saves them as version 2', async () => {
        const { page } = session
        await page.getByLabel(t('saksgang.moetedatoRow', { n: '1' })).fill('2017-11-08')
        await page.getByLabel(t('saksgang.saksnrRow', { n: '1' })).fill('65/17')
        // Move the second row up and back down again, by keyboard.
        await page.getByRole('button', { name: t('saksgang.up', { n: '2' }) }).focus()
        await page.keyboard.press('Enter')
        expect(await page.getByLabel(t('saksgang.utvalRow', { n: '1' })).inputValue()).toBe('Kommunestyret')
        await page.keyboard.press('Tab') // focus followed the row: now on row 1's "down"
        await page.keyboard.press('Enter')
        expect(await page.getByLabel(t('saksgang.utvalRow', { n: '1' })).inputValue()).toBe('Formannskapet')

        const sectionText = page.getByLabel(t('section.text', { heading: vurdering }))
        const text = await sectionText.inputValue()
        await sectionText.fill(`${text}\n\n${ownParagraph}`)
        expect(await status(page).innerText()).toBe(t('status.unsaved'))

        await page.getByLabel(t('innstilling.custom'), { exact: true }).check()
        const innstilling = page.getByLabel(t('innstilling.text'), { exact: true })
        const generated = await innstilling.inputValue()
        expect(plain(generated)).toContain(amount)
        await innstilling.fill(`${generated}\n${ownInnstilling}`)

        const preview = plain(await page.getByTestId('saksframlegg-preview').innerText())
        expect(preview).toContain(ownParagraph)
        expect(preview).toContain(ownInnstilling)
        expect(preview).toContain('08.11.2017')

        await page.getByLabel(t('title.label'), { exact: true }).press('Control+s')
        await notice(page).getByText(t('notice.saved', { version: '2' })).waitFor()
        expect(await status(page).innerText()).toBe(t('status.saved'))
        const history = page.getByTestId('sf-history')
        await history.locator('summary').getByText(t('history.summary_other', { count: '2' })).waitFor()
        await history.locator('summary').click()
        // The history is a live query: it may still be one version behind when the notice shows.
        await expect.poll(() => history.getByRole('row').count()).toBe(3)
        await expect.poll(() => history.getByRole('row').nth(1).innerText()).toContain('Anders Teigen')
        await editorShot(page, `saksframlegg-historikk-${m}`)
      })

      it('exports the whole case, the sections only and the innstilling only as Word files, in the case\'s målform', async () => {
        const { page } = session
        const whole = await download(page, page.getByRole('button', { name: t('action.exportWhole') }), `whole-${m}.docx`)
        await notice(page).getByText(t('notice.exportedWhole', { path: '' }).trim()).waitFor()
        const word = await readWord(whole)
        expect(word.text).toContain(amount)
        expect(word.text).toContain(ownParagraph)
        expect(word.text).toContain(ownInnstilling)
        expect(word.text).toContain('65/17')
        expect(word.styles).toMatch(new RegExp(`<w:lang w:val="${lang}"/>`))
        expect(word.text).toContain('SAKSFRAMLEGG')
        await viewShot(page, `saksframlegg-eksportert-${m}`)

        const sections = await download(page, page.getByRole('button', { name: t('action.exportSections') }), `sections-${m}.docx`)
        const part = await readWord(sections)
        expect(part.text).not.toContain('SAKSFRAMLEGG')
        expect(part.text).not.toContain('65/17')
        expect(part.text).toContain(ownParagraph)
        // The innstilling is a part of its own (issue 8 §3): a template has its own place for it.
        expect(part.text).not.toContain(ownInnstilling)
        const innstilling = await readWord(await download(page, page.getByRole('button', { name: t('action.exportInnstilling') }), `innstilling-${m}.docx`))
        expect(innstilling.text).toContain(ownInnstilling)
        expect(innstilling.text).not.toContain(ownParagraph)
      })

      it('restores version 1 as version 3 after asking', async () => {
        const { page } = session
        await page.getByRole('button', { name: t('history.restoreVersion', { version: '1' }) }).click()
        const dialog = page.getByTestId('sf-restore-dialog')
        await dialog.getByText(t('dialog.restoreBody', { version: '1', next: '3' })).waitFor()
        await viewShot(page, `saksframlegg-hent-fram-${m}`)
        await dialog.getByRole('button', { name: t('dialog.restore'), exact: true }).click()
        await notice(page).getByText(t('notice.restored', { from: '1', version: '3' })).waitFor()
        const preview = plain(await page.getByTestId('saksframlegg-preview').innerText())
        expect(preview).not.toContain(ownParagraph)
        expect(await page.getByLabel(t('section.text', { heading: vurdering })).inputValue()).not.toContain(ownParagraph)
        await expect.poll(() => page.getByTestId('sf-history').getByRole('row').count()).toBe(4)
      })

      it('asks before a section goes back to its default text, and keeps it on cancel', async () => {
        const { page } = session
        const sectionText = page.getByLabel(t('section.text', { heading: vurdering }))
        await sectionText.fill('Kort.')
        await page.locator('#sf-section-vurdering').getByRole('button', { name: t('section.reset') }).click()
        const dialog = page.getByTestId('sf-reset-dialog')
        await dialog.getByRole('heading', { name: t('dialog.resetHeading', { heading: vurdering }) }).waitFor()
        // The safe answer has the focus: Enter cancels.
        await page.keyboard.press('Enter')
        await dialog.waitFor({ state: 'hidden' })
        expect(await sectionText.inputValue()).toBe('Kort.')
        await page.locator('#sf-section-vurdering').getByRole('button', { name: t('section.reset') }).click()
        await viewShot(page, `saksframlegg-tilbakestill-${m}`)
        await dialog.getByRole('button', { name: t('dialog.reset'), exact: true }).click()
        expect(await page.getByLabel(t('section.text', { heading: vurdering })).inputValue()).not.toBe('Kort.')
        await page.getByText(t('undo.reset', { heading: vurdering })).waitFor()
        expect(await status(page).innerText()).toBe(t('status.saved'))
      })

      it('removes a section after asking, and can undo it', async () => {
        const { page } = session
        const section = page.locator('#sf-section-vurdering')
        await section.getByRole('button', { name: t('section.remove') }).click()
        await page.getByTestId('sf-remove-dialog').getByRole('button', { name: t('dialog.remove'), exact: true }).click()
        await section.waitFor({ state: 'detached' })
        expect(plain(await page.getByTestId('saksframlegg-preview').innerText())).not.toContain('VURDERING')
        expect(await status(page).innerText()).toBe(t('status.unsaved'))
        await page.getByRole('button', { name: t('action.undo') }).click()
        await section.waitFor()
        expect(plain(await page.getByTestId('saksframlegg-preview').innerText())).toContain('VURDERING')
        expect(await status(page).innerText()).toBe(t('status.saved'))
      })

      it('writes the standard sections for the innstilling chosen, and back again', async () => {
        const { page } = session
        const preview = async (): Promise<string> => plain(await page.getByTestId('saksframlegg-preview').innerText())
        await page.getByLabel(t('innstilling.decline'), { exact: true }).check()
        await expect.poll(preview).toContain(m === 'nn' ? 'deltek ikkje i finansieringsordninga for digitaliseringsprosjekt no' : 'deltar ikke i finansieringsordningen for digitaliseringsprosjekter nå')
        // The økonomiske konsekvensar are standard text: they follow the nei by themselves.
        expect(await preview()).toContain(m === 'nn' ? 'Innstillinga har ingen økonomiske konsekvensar' : 'Innstillingen har ingen økonomiske konsekvenser')
        await editorShot(page, `saksframlegg-takk-nei-${m}`)
        await page.getByLabel(t('innstilling.join'), { exact: true }).check()
        await expect.poll(preview).not.toContain(m === 'nn' ? 'Innstillinga har ingen økonomiske konsekvensar' : 'Innstillingen har ingen økonomiske konsekvenser')
        expect(await status(page).innerText()).toBe(t('status.saved'))
      })

      it('asks before leaving a case with unsaved changes, and can stay', async () => {
        const { page } = session
        await page.getByLabel(t('header.arkivsak')).fill('17/596')
        await page.locator('nav a[data-area="oversikt"]').click()
        const dialog = page.getByTestId('sf-leave-dialog')
        await dialog.getByRole('heading', { name: t('dialog.leaveHeading') }).waitFor()
        await viewShot(page, `saksframlegg-ulagra-${m}`)
        await dialog.getByRole('button', { name: t('dialog.stay') }).click()
        expect(await page.evaluate(() => window.location.hash)).toMatch(/^#\/saksframlegg\//)
        expect(await status(page).innerText()).toBe(t('status.unsaved'))
        // Save and leave: the change is kept and the app goes where the user asked.
        await page.locator('nav a[data-area="oversikt"]').click()
        await dialog.getByRole('button', { name: t('dialog.saveAndLeave') }).click()
        await page.getByRole('heading', { name: 'Oversikt', level: 1 }).waitFor()
      })

      it('lists the case, copies it, and deletes the copy after asking', async () => {
        const { page } = session
        await page.locator('nav a[data-area="saksframlegg"]').click()
        const table = page.getByTestId('sf-case-table')
        await table.waitFor()
        const rows = table.locator('tbody tr')
        const mine = rows.filter({ hasText: t(`maalform.${m}`) })
        // The list is a live query: poll what it shows rather than read it once.
        await expect.poll(() => mine.count()).toBe(1)
        // Version 4: created, saved, restored, and saved on leaving.
        await expect.poll(() => mine.first().locator('td').nth(4).innerText()).toBe('4')
        const title = (await mine.first().getByRole('link').innerText()).trim()
        await mine.first().getByRole('button', { name: t('list.duplicateLabel', { title }) }).click()
        await notice(page).getByText(t('notice.duplicated', { title })).waitFor()
        expect(await page.getByLabel(t('header.arkivsak')).inputValue()).toBe('17/596')
        await page.getByRole('button', { name: t('editor.back') }).click()
        await table.waitFor()
        await expect.poll(() => rows.filter({ hasText: t(`maalform.${m}`) }).count()).toBe(2)
        await screenshot(page, `saksframlegg-liste-saker-${m}`)

        // The copy was saved last, so it stands first among this målform's cases.
        const copy = rows.filter({ hasText: t(`maalform.${m}`) }).first()
        await expect.poll(() => copy.locator('td').nth(4).innerText()).toBe('1')
        await copy.getByRole('button', { name: t('list.deleteLabel', { title }) }).click()
        const dialog = page.getByTestId('sf-delete-dialog')
        await dialog.getByRole('heading', { name: t('dialog.deleteHeading', { title }) }).waitFor()
        await viewShot(page, `saksframlegg-slett-${m}`)
        await dialog.getByRole('button', { name: t('dialog.delete'), exact: true }).click()
        await page.getByText(t('list.deleted', { title })).waitFor()
        await expect.poll(() => rows.filter({ hasText: t(`maalform.${m}`) }).count()).toBe(1)
      })
    })
  }

  it('makes a copy of the nynorsk case in bokmål with the bokmål default text', async () => {
    const { page } = session
    const t = T('nb')
    const table = page.getByTestId('sf-case-table')
    await table.locator('tbody tr').filter({ hasText: 'Nynorsk' }).getByRole('link').click()
    await page.getByRole('button', { name: t('action.copyIn.nb') }).click()
    await notice(page).getByText(t('notice.copied.nb')).waitFor()
    const preview = plain(await page.getByTestId('saksframlegg-preview').innerText())
    expect(preview).toContain('Saksbehandler:')
    expect(preview).toContain('INNSTILLING FRA RÅDMANNEN')
    expect(preview).not.toMatch(/(?<!\p{L})(ikkje|frå|vert|kommunar|innbyggjarar)(?!\p{L})/u)
    expect(await page.getByLabel(t('header.arkivsak')).inputValue()).toBe('17/596')
    await editorShot(page, 'saksframlegg-kopi-nb')

    // A click in the preview takes the user to the field the text comes from.
    await page.getByTestId('saksframlegg-preview').locator('[data-part="title"]').click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sf-title')
  })

  it('asks before the browser\'s back button leaves unsaved work, and drops it when the user says so', async () => {
    const { page } = session
    const t = T('nb')
    const title = page.getByLabel(t('title.label'), { exact: true })
    const saved = await title.inputValue()
    await title.fill('Digitalisering – deltakelse i KS DigiFin')
    expect(await status(page).innerText()).toBe(t('status.unsaved'))
    // Back asks as the app's own links do; leaving without saving goes back to the case before.
    await page.goBack()
    const leave = page.getByTestId('sf-leave-dialog')
    await leave.getByRole('button', { name: t('dialog.leaveWithout') }).click()
    await page.locator('.sf-editor h1', { hasText: 'KS si finansieringsordning' }).waitFor()
    expect(await status(page).innerText()).toBe(t('status.saved'))

    await page.getByRole('button', { name: t('editor.back') }).click()
    const table = page.getByTestId('sf-case-table')
    await table.waitFor()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sf-list-heading')
    // The case left by Back holds what was saved, not the text typed and dropped.
    await table.getByRole('link', { name: saved }).first().click()
    await page.locator('.sf-editor h1', { hasText: saved }).waitFor()
    expect(await title.inputValue()).toBe(saved)
    expect(await status(page).innerText()).toBe(t('status.saved'))
    expect(await notice(page).count()).toBe(0)
  })

  it('writes a case on a round the user added from that round alone, in both målformer', async () => {
    const { page } = session
    const t = T('nn')
    const b = bidragDictionary.nn
    await chooseMaalform(page, 'nn')
    await page.locator('nav a[data-area="bidrag"]').click()
    await page.getByRole('button', { name: b.addRound }).click()
    const form = page.getByRole('form', { name: b['round.heading'] })
    await form.getByLabel(b['round.name']).fill('Spleiselaget 2025')
    await form.getByLabel(b['round.invitationDate']).fill('2025-03-01')
    await form.getByLabel(b['round.answerBy']).fill('2025-06-15')
    await form.getByLabel(b['round.budgetYear']).fill('2026')
    await form.getByLabel(b['round.rateKommune']).fill('12,5')
    await form.getByLabel(b['round.rateFylkeskommune']).fill('3')
    await form.getByRole('button', { name: b['round.save'] }).click()
    await form.waitFor({ state: 'detached' })

    await createCase(page, '× kr 12,50 =')
    const FACTS_OF_2017 = ['25 mill.', '35 mill.', '40 mill.', '250 mill.', 'DigiFin', 'arbeidstittel', 'ti største', 'Prinsippnotat', 'KMD', '2017']
    const nn = plain(await page.getByTestId('saksframlegg-preview').innerText())
    expect(nn).toContain('i runden «Spleiselaget 2025» (vedlegg 1)')
    expect(nn).toContain('kr 12,50 per innbyggjar')
    expect(nn).toContain('budsjettet for 2026')
    for (const fact of FACTS_OF_2017) expect(nn, fact).not.toContain(fact)
    await editorShot(page, 'saksframlegg-eigen-runde-nn')
    const word = await readWord(await download(page, page.getByRole('button', { name: t('action.exportWhole') }), 'eigen-runde-nn.docx'))
    for (const fact of FACTS_OF_2017) expect(word.text, fact).not.toContain(fact)
    expect(word.text).toContain('«Spleiselaget 2025»')

    // The interface stays in nynorsk; the copy is in bokmål.
    await page.getByRole('button', { name: t('action.copyIn.nb') }).click()
    await notice(page).getByText(t('notice.copied.nb')).waitFor()
    const nb = plain(await page.getByTestId('saksframlegg-preview').innerText())
    expect(nb).toContain('i runden «Spleiselaget 2025» (vedlegg 1)')
    expect(nb).toContain('kr 12,50 per innbygger')
    for (const fact of FACTS_OF_2017) expect(nb, fact).not.toContain(fact)
    await editorShot(page, 'saksframlegg-eigen-runde-nb')

    // Bidrag back on KS DigiFin 2017: the case keeps its round and does not offer 2017's figures.
    await page.locator('nav a[data-area="bidrag"]').click()
    await page.getByLabel(b.round).selectOption({ label: 'KS DigiFin 2017' })
    await page.goBack()
    await page.getByTestId('sf-other-round').waitFor()
    expect(await page.getByRole('button', { name: t('figures.use') }).count()).toBe(0)
    await editorShotsInBoth(page, 'saksframlegg-annan-runde')

    // The round deleted: the case stays, with the invitation it holds, but it cannot be copied.
    await page.locator('nav a[data-area="bidrag"]').click()
    await page.getByLabel(b.round).selectOption({ label: 'Spleiselaget 2025' })
    await page.getByRole('button', { name: b.deleteRound }).click()
    await page.getByTestId('confirm-dialog-round').getByRole('button', { name: b.deleteRound }).click()
    await expect.poll(() => page.getByLabel(b.round).locator('option').count()).toBe(1)
    await page.goBack()
    await page.getByTestId('sf-round-gone').waitFor()
    expect(await page.getByRole('button', { name: t('section.reset') }).count()).toBe(0)
    expect(await page.getByRole('button', { name: t('action.copyIn.nn') }).count()).toBe(0)
    await editorShotsInBoth(page, 'saksframlegg-runde-sletta')
  })

  it('explains what is missing when there is no contribution to build on, in both målformer', async () => {
    const { page } = session
    // Sunnfjord was four kommunar in 2017: the Bidrag page must say which one pays.
    await chooseMaalform(page, 'nb')
    await page.locator('nav a[data-area="innstillingar"]').click()
    await page.getByRole('textbox', { name: 'Kommune eller fylkeskommune' }).fill('4647')
    await page.getByLabel('Sunnfjord kommune (4647)').check()
    await page.getByRole('button', { name: 'Lagre endringene' }).click()
    await page.getByText('Endringene er lagret.').waitFor()
    for (const m of ['nb', 'nn'] as const) {
      const t = T(m)
      await chooseMaalform(page, m)
      await page.locator('nav a[data-area="saksframlegg"]').click()
      const card = page.getByTestId('sf-new')
      await card.getByText(t('new.noContributor')).waitFor()
      expect(await card.getByRole('link', { name: t('new.toBidrag') }).getAttribute('href')).toBe('#/bidrag')
      await expect.poll(() => page.getByTestId('sf-empty').isVisible()).toBe(true)
      await screenshot(page, `saksframlegg-manglar-bidrag-${m}`)
    }
  })

  it('after a merger, names the unit whose figures the case cites (Vestland paying as Hordaland in 2017)', async () => {
    const { page } = session
    const t = T('nn')
    await chooseMaalform(page, 'nn')
    await page.locator('nav a[data-area="innstillingar"]').click()
    await page.getByLabel('Ein fylkeskommune').check()
    await page.getByRole('textbox', { name: 'Kommune eller fylkeskommune' }).fill('46')
    await page.getByLabel('Vestland fylkeskommune (46)').check()
    await page.getByRole('button', { name: 'Lagre endringane' }).click()
    await page.getByText('Endringane er lagra.').waitFor()
    await page.locator('nav a[data-area="bidrag"]').click()
    // The choice is stored and read back live: click, then wait for it to stand.
    const hordaland = page.getByLabel('Hordaland fylkeskommune (12)')
    await hordaland.click()
    await expect.poll(() => hordaland.isChecked()).toBe(true)
    await createCase(page, 'Hordaland fylkeskommune, 519 963 innbyggjarar')
    const preview = plain(await page.getByTestId('saksframlegg-preview').innerText())
    expect(preview).toContain('folketalet i Hordaland per 1. januar 2017')
    // Dated today, after KS's deadline: the innstilling reports joining (issue 8 §2, dates).
    expect(preview).toContain('Hordaland fylkeskommune melder til KS at fylkeskommunen vil delta')
    expect(preview).toContain('kr 2 599 815')
    expect(preview).not.toContain('Vestland')
    expect(plain(await page.locator('#sf-part-header').innerText())).toContain(
      t('header.description', { kommune: 'Hordaland fylkeskommune' })
    )
    await editorShotsInBoth(page, 'saksframlegg-samanslaatt')
  })

  it('logged no console errors', () => {
    expect(session.errors).toEqual([])
  })
})

/** Its own browser: the story stores Bidrag choices that the tests above must not inherit. */
describe('one figure, one title, everywhere (issue 8 §1)', () => {
  let own: Session
  let ownDownloads = ''
  beforeAll(async () => {
    ;({ session: own, downloads: ownDownloads } = await startTysnesSession('saksframlegg-verdiar'))
  })
  afterAll(() => endSession(own))

    it('states one amount only after the figures change: 2 853 → "Bruk tala frå Bidrag" with 2 847 → only kr 56 940 (issue 8 §1)', async () => {
      const { page } = own
      const t = T('nn')
      await chooseMaalform(page, 'nn')
      // Bidrag: the seed's figure, 2 853 per 30.6.2017.
      await page.locator('nav a[data-area="bidrag"]').click()
      await page.getByRole('button', { name: 'Legg inn eit anna folketal' }).click()
      const form = page.getByTestId('figure-form')
      await form.getByLabel('Folketal', { exact: true }).fill('2 853')
      await form.getByLabel('Dato folketalet gjeld').fill('2017-06-30')
      await form.getByLabel('Kjelde').fill('SSB tabell 01222, 2. kvartal 2017')
      await form.getByRole('button', { name: 'Lagre og bruk folketalet' }).click()
      await form.waitFor({ state: 'detached' })
      // A case on it, with a sentence of the user's own in the økonomiske konsekvensar.
      await createCase(page, '2 853')
      const economy = page.getByLabel(t('section.text', { heading: 'ØKONOMISKE KONSEKVENSAR' }))
      await economy.fill(`${await economy.inputValue()}\n\nSjå òg budsjettskjema 1A.`)
      await page.getByLabel(t('title.label'), { exact: true }).fill('Verdiar som endrar seg')
      await page.getByLabel(t('title.label'), { exact: true }).press('Control+s')
      await notice(page).getByText(t('notice.saved', { version: '2' })).waitFor()
      // Bidrag: the register's figure, 2 847 per 1.1.2017.
      await page.locator('nav a[data-area="bidrag"]').click()
      const register = page.getByRole('radio', { name: /2 847/ })
      // The choice is stored and read back live: click, then wait for it to stand.
      await register.click()
      await expect.poll(() => register.isChecked()).toBe(true)
      await expect.poll(() => page.getByTestId('amount').textContent()).toBe('kr\u00a056\u00a0940')
      // The case: take Bidrag's figures.
      await page.locator('nav a[data-area="saksframlegg"]').click()
      await page.getByRole('link', { name: 'Verdiar som endrar seg' }).first().click()
      await page.getByRole('button', { name: t('figures.use') }).click()
      const preview = async (): Promise<string> => plain(await page.getByTestId('saksframlegg-preview').innerText())
      await expect.poll(preview).toContain('kr 56 940')
      // The user's own text still says 2 853: shown beside it, and no export until decided.
      const conflicts = page.getByTestId('sf-section-okonomiskeKonsekvensar-conflicts')
      await conflicts.getByRole('heading', { name: t('conflict.heading', { value: t('value.populationCount'), was: '«2 853»', now: '«2 847»' }) }).waitFor()
      const blocked = page.getByTestId('sf-export-blocked')
      await blocked.waitFor()
      expect(await page.getByRole('button', { name: t('action.exportWhole') }).isDisabled()).toBe(true)
      for (const m of ['nn', 'nb'] as const) {
        await chooseMaalform(page, m)
        await page.setViewportSize({ width: 1366, height: 768 })
        // The export bar with its reason, then the notes under the section's text; only the editor's own area scrolls.
        await page.evaluate(() => window.scrollTo(0, 0))
        await blocked.evaluate((el) => el.scrollIntoView({ block: 'start' }))
        await page.evaluate(() => window.scrollTo(0, 0))
        await screenshot(page, `verdikonflikt-eksport-${m}`, false)
        await conflicts.evaluate((el) => el.scrollIntoView({ block: 'start' }))
        await page.evaluate(() => window.scrollTo(0, 0))
        await screenshot(page, `verdikonflikt-${m}`, false)
        await page.setViewportSize({ width: 1280, height: 860 })
      }
      await chooseMaalform(page, 'nn')
      // Put the new values into the text, one choice at a time, until none is left.
      const replace = conflicts.getByRole('button', { name: /^Byt ut / })
      while ((await replace.count()) > 0) await replace.first().click()
      await blocked.waitFor({ state: 'detached' })
      expect(await economy.inputValue()).toContain('Sjå òg budsjettskjema 1A.')
      const word = await readWord(await download(page, page.getByRole('button', { name: t('action.exportWhole') }), 'verdiar-nn.docx', ownDownloads))
      expect(word.text).toContain('kr 56 940')
      expect(word.text).toContain('2 847 innbyggjarar × kr 20 = kr 56 940')
      expect(word.text).not.toContain('57 060')
      expect(word.text).not.toContain('2 853')
      expect(word.text).not.toContain('30. juni 2017')
      await page.getByLabel(t('title.label'), { exact: true }).press('Control+s')
      await notice(page).getByText(t('notice.saved', { version: '3' })).waitFor()
    })

  it('logged no console errors', () => {
    expect(own.errors).toEqual([])
  })
})
