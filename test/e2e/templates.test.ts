import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import saksframleggDictionary from '../../renderer/src/i18n/saksframlegg'
import dictionary from '../../renderer/src/i18n/template'
import { rawTemplate, WEBSAK_BODY } from '../fixtures/templates/rawTemplate'
import { inOrder, mainText } from '../fixtures/templates/readBack'
import { chooseMaalform, endSession, screenshot, type Session, startTysnesSession } from './harness'

/**
 * The kommune's own Word template as a user meets it (issue 8 §3): loaded in Innstillingar, its
 * places shown with the WebSak defaults, saved; a file that is no template refused with nothing
 * stored; a case written into the template from the editor and read back; the same in bokmål.
 */
let session: Session
let downloads = ''

const fixture = (name: string) => join(import.meta.dirname, '../fixtures/templates', name)

beforeAll(async () => {
  ;({ session, downloads } = await startTysnesSession('template-word', { width: 1366, height: 768 }))
})

afterAll(() => endSession(session))

type Maalform = 'nn' | 'nb'
const fill = (text: string, params: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '')
const T = (m: Maalform) => (key: keyof typeof dictionary.nn, params: Record<string, string> = {}) => fill(dictionary[m][key], params)
const S = (m: Maalform) => (key: keyof typeof saksframleggDictionary.nn, params: Record<string, string> = {}) => fill(saksframleggDictionary[m][key], params)

const settings = (page: Page) => page.getByTestId('template-settings')

/** How many templates the database holds, read straight from IndexedDB. */
function storedTemplates(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('spleiselag')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const count = db.transaction('templates').objectStore('templates').count()
          count.onsuccess = () => {
            resolve(count.result)
            db.close()
          }
        }
      })
  )
}

async function openSettings(page: Page): Promise<void> {
  await page.locator('nav a[data-area="innstillingar"]').click()
  await settings(page).waitFor()
}

async function chooseFile(page: Page, file: { name: string; buffer: Buffer }): Promise<void> {
  await settings(page).locator('input[type="file"]').setInputFiles({ ...file, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })
}

async function download(page: Page, button: Locator, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()])
  const path = join(downloads, name)
  await file.saveAs(path)
  return path
}

describe('the kommune’s Word template', () => {
  for (const m of ['nn', 'nb'] as const) {
    const t = T(m)
    const s = S(m)
    const file = m === 'nn' ? 'websak.docx' : 'websak-bokmaal.docx'
    const markers =
      m === 'nn'
        ? ['Set inn vedlegga og saksutgreiinga under', 'Set inn saksutgreiinga over', 'Set inn innstillinga under', 'Set inn innstillinga over']
        : ['Sett inn vedleggene og saksutredningen under', 'Sett inn saksutredningen over', 'Sett inn innstillingen under', 'Sett inn innstillingen over']
    describe(m === 'nn' ? 'in nynorsk' : 'in bokmål', () => {
      it('refuses a file that is no Word file, and stores nothing', async () => {
        const { page } = session
        await chooseMaalform(page, m)
        await openSettings(page)
        const before = await storedTemplates(page)
        await chooseFile(page, { name: 'mal.docx', buffer: Buffer.from('Dette er ein tekstfil, ikkje ein Word-mal.') })
        await settings(page).getByRole('alert').getByText(t('refused.notWord', { file: 'mal.docx' })).waitFor()
        expect(await storedTemplates(page)).toBe(before)
        await settings(page).scrollIntoViewIfNeeded()
        await screenshot(page, `mal-avvist-${m}`, false)
      })

      it('refuses a macro-enabled template, saying so, and stores nothing', async () => {
        const { page } = session
        const before = await storedTemplates(page)
        const name = m === 'nn' ? 'mal.dotm' : 'mal.docm'
        await chooseFile(page, { name, buffer: Buffer.from(await rawTemplate(WEBSAK_BODY, { macro: true, template: m === 'nn' })) })
        await settings(page).getByRole('alert').getByText(t('refused.macroEnabled', { file: name })).waitFor()
        expect(await storedTemplates(page)).toBe(before)
      })

      it('lists a marker it cannot use among the places, with the reason', async () => {
        const { page } = session
        const marker = m === 'nn' ? '&&& Set inn saksutgreiinga &&&' : '&&& Sett inn saksutredningen &&&'
        const body = `<w:p><w:r><w:t>${marker.replace(/&/g, '&amp;')}</w:t></w:r></w:p>${WEBSAK_BODY}`
        await chooseFile(page, { name: 'mal-med-feil.docx', buffer: Buffer.from(await rawTemplate(body)) })
        const unusable = settings(page).getByTestId('template-unusable')
        await unusable.getByText(`${t('kind.unusable')}: ${marker}`).waitFor()
        await unusable.getByText(t('unusable.noDirection')).waitFor()
        expect(await unusable.count()).toBe(1)
        // The usable places are offered as before (the document-type choice above them is no place).
        await expect.poll(() => settings(page).locator('.template-places select').count()).toBe(8)
        await unusable.scrollIntoViewIfNeeded()
        await screenshot(page, `mal-ubrukeleg-markor-${m}`, false)
      })

      it('loads the WebSak template, shows its places with the defaults chosen, and saves it', async () => {
        const { page } = session
        await chooseFile(page, { name: file, buffer: readFileSync(fixture(file)) })
        await expect.poll(() => settings(page).getByTestId('template-file').innerText()).toBe(file)
        const selects = settings(page).locator('.template-places select')
        await expect.poll(() => selects.count()).toBe(6)
        await expect.poll(() => selects.nth(0).inputValue()).toBe('vedlegg+saksutgreiing')
        expect(await selects.nth(1).inputValue()).toBe('innstilling')
        await settings(page).getByText(`${t('kind.markers')}: `).first().waitFor()
        await settings(page).getByText(`${t('kind.bookmark')}: `).first().waitFor()
        await settings(page).getByText(`${t('kind.placeholder')}: `).first().waitFor()
        expect(await storedTemplates(page)).toBe(m === 'nn' ? 0 : 1)
        await settings(page).getByRole('heading', { name: t('placesHeading') }).scrollIntoViewIfNeeded()
        await screenshot(page, `mal-stader-${m}`, false)
        await settings(page).getByRole('button', { name: t('save') }).click()
        await settings(page).getByText(t('saved.saksframlegg')).waitFor()
        expect(await storedTemplates(page)).toBe(1)
        await screenshot(page, `mal-lagra-${m}`)
      })

      it('writes a case into the template from the editor: the parts between the markers, the markers kept', async () => {
        const { page } = session
        await page.locator('nav a[data-area="saksframlegg"]').click()
        const card = page.getByTestId('sf-new')
        // Tysnes writes its documents in nynorsk; the case in bokmål is the user's pick.
        await card.getByLabel(s(`maalform.${m}`)).check()
        await card.getByRole('button', { name: s('new.create') }).click()
        await page.locator('.sf-editor h1').waitFor()
        const button = page.getByRole('button', { name: s('action.exportTemplate') })
        await button.waitFor()
        // A new case has no arkivsak or arkivkode: the editor names them, the preview marks their gaps.
        const missing = page.getByTestId('sf-missing-header')
        await missing.getByText(s('header.missing', { fields: `${s('header.arkivsak')} ([arkivsaksnummer]), ${s('header.arkivkode')} ([arkivkode])` })).waitFor()
        const gaps = page.getByTestId('saksframlegg-preview').locator('mark.doc-gap')
        expect((await gaps.allInnerTexts()).slice(0, 2)).toEqual(['[arkivsaksnummer]', '[arkivkode]'])
        expect(await gaps.first().getAttribute('title')).toBe(s('preview.gap'))
        await missing.scrollIntoViewIfNeeded()
        await screenshot(page, `sak-manglande-felt-${m}`, false)
        await screenshot(page, `mal-eksport-knapp-${m}`, false)
        const path = await download(page, button, `tysnes-i-malen-${m}.docx`)
        await page.getByTestId('sf-notice').getByText(s('notice.exportedTemplate', { path: '' }).trim()).waitFor()
        const text = await mainText(readFileSync(path))
        // The case is in the profile's målform when it is made: nynorsk for Tysnes, then bokmål.
        inOrder(text, [
          markers[0]!,
          m === 'nn' ? 'SAKSUTGREIING' : 'SAKSUTREDNING',
          'VURDERING',
          markers[1]!,
          'INNSTILLING FRÅ RÅDMANNEN:',
          markers[2]!,
          // The case is dated today, after KS's deadline: it reports joining rather than accepting the invitation.
          'Tysnes kommune melder til KS at kommunen vil delta',
          markers[3]!
        ])
        expect(text.match(m === 'nn' ? /Ikkje slett denne lina/g : /Ikke slett denne linjen/g)).toHaveLength(4)
        // The innstilling once, in its own place, under the template's own heading.
        expect(text.match(/^Tysnes kommune melder til KS at kommunen vil delta/gm)).toHaveLength(1)
        expect(text.match(/INNSTILLING FR/g)).toHaveLength(1)
        expect(text).toMatch(m === 'nn' ? /Sakshandsamar: Anders Teigen/ : /Saksbehandler: Anders Teigen/)
      })
    })
  }

  it('removes the template after asking, and the editor no longer offers it', async () => {
    const { page } = session
    await openSettings(page)
    await settings(page).getByRole('button', { name: T('nb')('remove') }).click()
    const dialog = page.getByTestId('template-remove')
    await dialog.getByText(T('nb')('removeBody.saksframlegg', { file: 'websak-bokmaal.docx' })).waitFor()
    await dialog.getByRole('button', { name: T('nb')('remove') }).click()
    await settings(page).getByText(T('nb')('removed')).waitFor()
    expect(await storedTemplates(page)).toBe(0)
    await page.locator('nav a[data-area="saksframlegg"]').click()
    await page.getByTestId('sf-new').getByRole('button', { name: S('nb')('new.create') }).click()
    await page.locator('.sf-editor h1').waitFor()
    await page.getByRole('button', { name: S('nb')('action.exportWhole') }).waitFor()
    expect(await page.getByRole('button', { name: S('nb')('action.exportTemplate') }).count()).toBe(0)
    expect(session.errors).toEqual([])
  })
})
