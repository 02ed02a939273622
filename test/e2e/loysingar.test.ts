import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chooseMaalform, endSession, putRow, screenshot, startTysnesSession, type Session } from './harness'
import { wordText } from './wordText'

/**
 * Fellesløysingar and Økonomi as a sakshandsamar in Tysnes (2 847 innbyggjarar on 1.1.2017, the
 * figure the Bidrag page starts from) uses them: adopting a fund-financed solution is refused
 * before the participation is paid and allowed after; the four-year costs are shown and exported.
 */
let session: Session
let downloads = ''
const NBSP = '\u00a0'
const SHOTS = '/work/wt/shots/loysingar'

beforeAll(async () => {
  ;({ session, downloads } = await startTysnesSession('loysingar-downloads', { width: 1366, height: 768 }))
})

afterAll(async () => {
  await endSession(session)
})

/** A screenshot for the test results, and a copy where the lead looks at them. */
async function shot(page: Page, name: string): Promise<void> {
  const path = await screenshot(page, name)
  mkdirSync(SHOTS, { recursive: true })
  copyFileSync(path, join(SHOTS, `${name}.png`))
}

/** The participation row as the Deltaking flow writes it: round 2017, betalt. */
async function seedPaidParticipation(page: Page): Promise<void> {
  await putRow(page, 'participations', { roundId: '2017', record: { status: 'betalt' }, updatedAt: new Date().toISOString() })
}

async function openSolution(page: Page, name: string): Promise<void> {
  await page.locator('nav a[data-area="fellesloysingar"]').click()
  await page.getByTestId('fl-table').getByRole('link', { name, exact: true }).click()
  await page.getByRole('heading', { name, level: 1 }).waitFor()
}

const status = (page: Page) => page.getByTestId('fl-adoption-status').textContent()

/** Exports the adoption case with the button named `button`, keeps it as `name` and returns its words and file name. */
async function exportCase(page: Page, button: string, name: string): Promise<{ text: string; suggested: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('fl-case').getByRole('button', { name: button }).click()])
  const path = join(downloads, name)
  await download.saveAs(path)
  mkdirSync(join(SHOTS, '..', 'adopt'), { recursive: true })
  copyFileSync(path, join(SHOTS, '..', 'adopt', `e2e-${name}`))
  return { text: await wordText(path), suggested: download.suggestedFilename() }
}

describe('Fellesløysingar and Økonomi', () => {
  it('lists the catalogue as examples to check, and shows Digiorden’s bands and Tysnes’ costs', async () => {
    const { page } = session
    await page.locator('nav a[data-area="fellesloysingar"]').click()
    await page.getByRole('heading', { name: 'Fellesløysingar', level: 1 }).waitFor()
    expect(await page.getByTestId('fl-table').getByText('Døme – kontroller mot KS').count()).toBe(10)
    await shot(page, 'fellesloysingar-liste-nn')

    await openSolution(page, 'Digiorden')
    const price = await page.getByTestId('price').first().innerText()
    expect(price).toContain(`under 5${NBSP}000 innbyggjarar: kr${NBSP}25${NBSP}000; 5${NBSP}000–10${NBSP}000 innbyggjarar: kr${NBSP}40${NBSP}000; over 10${NBSP}000 innbyggjarar: kr${NBSP}60${NBSP}000`)
    expect(price).toContain(`KS: kr${NBSP}500 per månad + kr${NBSP}0,125 per innbyggjar per månad`)
    expect(price).toContain(`5${NBSP}000 og 10${NBSP}000 høyrer til «5${NBSP}000–10${NBSP}000».`)
    expect(price).toContain('Kjelde: KS, «Hva koster det å ta i bruk Digiorden?» (ks.no)')
    // 2 847 < 5 000: kr 25 000; (500 + 0,125 × 2 847) × 12 = 855,875 × 12 = 10 270,50
    expect(await page.getByTestId('fl-cost-connection').textContent()).toBe(`kr${NBSP}25${NBSP}000`)
    expect(await page.getByTestId('fl-cost-running').textContent()).toBe(`kr${NBSP}10${NBSP}270,50`)
  })

  it('opens Økonomi on 2018 while the DigiFin contribution is not paid, so the one-off amount is in view', async () => {
    const { page } = session
    await page.locator('nav a[data-area="okonomi"]').click()
    await page.getByRole('heading', { name: 'Økonomi', level: 1 }).waitFor()
    expect(await page.getByLabel('Første år i økonomiplanen').inputValue()).toBe('2018')
    await page.getByTestId('okonomi-table').getByRole('rowheader', { name: 'Eingongsbidrag til KS DigiFin' }).waitFor()
    await shot(page, 'okonomi-2018-nn')
    await chooseMaalform(page, 'nb')
    await page.getByTestId('okonomi-table').getByRole('rowheader', { name: 'Engangsbidrag til KS DigiFin' }).waitFor()
    await shot(page, 'okonomi-2018-nb')
    await chooseMaalform(page, 'nn')
    await openSolution(page, 'Digiorden')
  })

  it('refuses vedteke of a fund-financed solution before the participation is paid, with the reason and the way to Deltaking', async () => {
    const { page } = session
    await page.getByLabel('Dato', { exact: true }).fill('2026-01-10')
    await page.getByRole('button', { name: 'Start vurdering' }).click()
    await expect.poll(() => status(page)).toContain('Status: vurderer')

    await page.getByLabel('Dato', { exact: true }).fill('2026-02-15')
    await page.getByLabel('Utval').fill('Kommunestyret')
    await page.getByLabel('Saksnummer').fill('12/26')
    await page.getByRole('button', { name: 'Registrer vedtak' }).click()
    const notice = page.getByTestId('fl-adoption-notice')
    await expect.poll(() => notice.innerText()).toContain(
      'Digiorden er finansiert av DigiFin. Berre kommunar som har betalt eingongsbeløpet, kan vedta eller ta i bruk løysinga. Deltakinga er ikkje registrert enno.'
    )
    expect(await notice.getByRole('link', { name: 'Gå til Deltaking' }).getAttribute('href')).toBe('#/deltaking')
    expect(await status(page)).toContain('Status: vurderer')
    await shot(page, 'fellesloysing-avvist-nn')
  })

  it('keeps the decision typed for the refused step when the user follows the way to Deltaking, and gives it back on return without asking', async () => {
    const { page } = session
    await page.getByTestId('fl-adoption-notice').getByRole('link', { name: 'Gå til Deltaking' }).click()
    // No question to leave: the decision is kept for the session, so nothing is lost by going.
    await page.getByRole('heading', { name: 'Deltaking', level: 1 }).waitFor()
    expect(await page.getByRole('dialog').count()).toBe(0)
    await openSolution(page, 'Digiorden')
    expect(await page.getByLabel('Utval').inputValue()).toBe('Kommunestyret')
    expect(await page.getByLabel('Saksnummer').inputValue()).toBe('12/26')
    expect(await page.getByLabel('Dato', { exact: true }).inputValue()).toBe('15.02.2026')
    await shot(page, 'fellesloysing-utkast-att-nn')
  })

  it('allows it once the participation is betalt, then i bruk, with every step in the history', async () => {
    const { page } = session
    await seedPaidParticipation(page)
    await page.getByRole('button', { name: 'Registrer vedtak' }).click()
    await expect.poll(() => status(page)).toContain('Status: vedteke')
    expect(await page.getByTestId('fl-adoption-decision').textContent()).toBe('Vedteke i Kommunestyret 15.02.2026, sak 12/26')
    await page.getByLabel('Dato', { exact: true }).fill('2026-03-01')
    await page.getByRole('button', { name: 'Registrer at løysinga er i bruk' }).click()
    await expect.poll(() => status(page)).toContain('Status: i bruk')
    await expect.poll(() => page.getByTestId('fl-history').locator('li').count()).toBe(3)
    await shot(page, 'fellesloysing-i-bruk-nn')

    // The adoption case, reckoned from the day Digiorden came into use: 1 March 2026, økonomiplan 2026–2029.
    const nn = await exportCase(page, 'Lag saksframlegg om tilknyting', 'tilknyting-digiorden-nn.docx')
    expect(nn.suggested).toBe('Tilknyting til fellesløysinga Digiorden Tysnes kommune.docx')
    expect(nn.text).toContain('Tysnes kommune\nSAKSFRAMLEGG\n')
    // The case reckons from the newest figure the app has for Tysnes (4616): 2 922 (register 2024), not Bidrag's 2 847 of 2017.
    expect(nn.text).toContain('Kostnadene er rekna ut frå folketalet i Tysnes, 2 922 innbyggjarar (SSB, per 1. januar 2024).')
    expect(nn.text).toContain('Tysnes har under 5 000 innbyggjarar, og tilknytingskostnaden vert difor kr 25 000.')
    // (500 + 0,125 × 2 922) × 12 = 865,25 × 12 = 10 383 a year; ten months of 2026: 8 652,50. In all 25 000 + 8 652,50 + 3 × 10 383.
    // The table and the sentence in whole kroner, rounded half up: 8 653, 39 802 and 64 802 (set 12, B10).
    expect(nn.text).toContain('Drift\n8 653\n10 383\n10 383\n10 383\n39 802\n')
    expect(nn.text).toContain('Til saman kostar løysinga kommunen kr 64 802 i perioden 2026–2029.')
    expect(nn.text).toContain('Tysnes kommune har betalt eingongsbeløpet til KS DigiFin og kan difor ta løysinga i bruk.')
    expect(nn.text).toContain('Rådmannen får fullmakt til å inngå tenestevedlegg for løysinga.')
    // The starter entry is an example: the app says so on the card, the case does not.
    expect(nn.text).not.toContain('startkatalogen')
    expect(await page.getByTestId('fl-case-example').innerText()).toContain('Opplysningane om løysinga er eit døme frå startkatalogen.')
    expect(nn.text).toContain(
      'INNSTILLING FRÅ RÅDMANNEN\nKommunestyret vedtek at Tysnes kommune tek i bruk fellesløysinga Digiorden frå 1. mars 2026. ' +
        'Kostnadene vert innarbeidde i budsjett 2026 og økonomiplanen 2026–2029, og vert justerte når KS har stadfesta prisane.'
    )
    await page.getByTestId('fl-case').getByRole('button', { name: 'Vis saka' }).click()
    const preview = page.getByTestId('tilknyting-preview')
    await expect.poll(() => preview.innerText()).toContain('Kommunestyret vedtek at Tysnes kommune tek i bruk fellesløysinga Digiorden')
    // The catalogue gives Digiorden no purpose: the case form asks for it, and the case then has no hole.
    expect(await preview.innerText()).toContain('[kva løysinga gjer]')
    await page.getByLabel('Kva løysinga gjer', { exact: true }).fill('Løysinga tek imot og fordeler digital post til kommunen.')
    await expect.poll(() => preview.innerText()).toContain('fellesløysing for kommunal sektor. Løysinga tek imot og fordeler digital post til kommunen.')
    expect(await preview.innerText()).not.toContain('[kva løysinga gjer]')
    await preview.scrollIntoViewIfNeeded()
    await shot(page, 'tilknyting-saksframlegg-nn')

    // Min kommune – barnevern, being considered from 1 January 2027.
    await openSolution(page, 'Min kommune – barnevern, med Chat – barnevern (DigiBarnevern)')
    await page.getByLabel('Dato', { exact: true }).fill('2026-09-01')
    await page.getByLabel('Planlagd i bruk frå').fill('2027-01-01')
    await page.getByRole('button', { name: 'Start vurdering' }).click()
    await expect.poll(() => status(page)).toContain('Status: vurderer')
  })

  it('shows the four-year costs from a chosen year and exports them as CSV', async () => {
    const { page } = session
    await page.locator('nav a[data-area="okonomi"]').click()
    await page.getByRole('heading', { name: 'Økonomi', level: 1 }).waitFor()
    // Paid: the plan opens on the current year, no longer on the contribution's 2018.
    expect(await page.getByLabel('Første år i økonomiplanen').inputValue()).toBe(String(new Date().getFullYear()))
    await page.getByLabel('Første år i økonomiplanen').selectOption('2026')
    // Digiorden in use from 1 March 2026: 25 000 + 10 × 855,875 = 25 000 + 8 558,75 = 33 558,75 in 2026,
    // then 10 270,50 a year; four years 33 558,75 + 3 × 10 270,50 = 64 370,25.
    // Considered: barnevern 25 000 in 2027 (2 847 < 6 300), running unknown.
    const decided = await page.getByTestId('okonomi-total-decided').innerText()
    expect(decided.replace(/\s+/g, ' ')).toBe('Sum vedteke kr 33 558,75 kr 10 270,50 kr 10 270,50 kr 10 270,50 kr 64 370,25')
    const all = await page.getByTestId('okonomi-total-all').innerText()
    expect(all.replace(/\s+/g, ' ')).toContain('kr 35 270,50 + ukjend')
    expect(await page.getByTestId('okonomi-unknown-note').innerText()).toContain('«ukjend»: kjelda oppgir ikkje prisen for det året.')
    expect(await page.getByRole('img', { name: /Stolpediagram/ }).count()).toBe(1)
    await shot(page, 'okonomi-nn')

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksporter til CSV' }).click()])
    const path = join(downloads, 'okonomiplan-nn.csv')
    await download.saveAs(path)
    const lines = readFileSync(path, 'utf8').replace('\ufeff', '').trim().split('\r\n')
    expect(lines[0]).toBe('post;gruppe;2026;2027;2028;2029;sum;ukjend kostnad i år')
    expect(lines).toContain('Sum vedteke;;33558,75;10270,5;10270,5;10270,5;64370,25;')
    expect(download.suggestedFilename()).toBe('Økonomiplan 2026–2029.csv')
  })

  it('shows the card on Oversikt, and takes a step in bokmål', async () => {
    const { page } = session
    await page.locator('nav a[data-area="oversikt"]').click()
    const card = page.getByTestId('oversikt-loysingar')
    await expect.poll(() => card.innerText()).toContain('Vedtekne eller i bruk: 1')
    expect(await card.innerText()).toContain('Til vurdering: 1')
    // The contribution is a link to Bidrag, so it looks like one: the page's link colour, not the grey of the card's text.
    const amountColor = await page.locator('[data-testid="oversikt-amount"] a').evaluate((el) => getComputedStyle(el).color)
    const pageLinkColor = await page.locator('main').evaluate((main) => {
      const link = Object.assign(document.createElement('a'), { className: 'ds-link', href: '#' })
      main.append(link)
      const color = getComputedStyle(link).color
      link.remove()
      return color
    })
    expect(amountColor).toBe(pageLinkColor)
    await shot(page, 'oversikt-nn')

    await chooseMaalform(page, 'nb')
    await shot(page, 'oversikt-nb')
    await openSolution(page, 'Min kommune – barnevern, med Chat – barnevern (DigiBarnevern)')
    await page.getByLabel('Dato', { exact: true }).fill('2026-10-20')
    await page.getByLabel('Utvalg').fill('Kommunestyret')
    await page.getByLabel('Saksnummer').fill('40/26')
    await page.getByRole('button', { name: 'Registrer vedtak' }).click()
    await expect.poll(() => status(page)).toContain('Status: vedtatt')
    expect(await page.getByTestId('fl-adoption-notice').innerText()).toContain('Registrert: vedtatt.')
    await shot(page, 'fellesloysing-nb')

    // Its adoption case in bokmål: 2 922 < 6 300, so kr 25 000 in 2027; the running price is not stated, and not invented.
    // The header and the kommune's own benefit are set on the page before download.
    const fields = page.getByTestId('fl-case')
    await fields.getByLabel('Arkivsak', { exact: true }).fill('26/412')
    await fields.getByLabel('Arkivkode', { exact: true }).fill('026')
    await fields.getByLabel('Hva kommunen får ut av løsningen').fill('Barnevernet får sikker chat med barn og foreldre.')
    const nb = await exportCase(page, 'Lag saksframlegg om tilknytning', 'tilknytning-barnevern-nb.docx')
    expect(nb.suggested).toBe('Tilknytning til DigiBarnevern (Min kommune – barnevern og Chat – barnevern) Tysnes kommune.docx')
    expect(nb.text).toMatch(/Arkivsak:\s*26\/412\nArkivkode:\s*026\n/)
    expect(nb.text).toContain('Barnevernet får sikker chat med barn og foreldre.\nFør løsningen tas i bruk, må kommunen gjennomføre en risiko- og sårbarhetsanalyse (ROS-analyse)')
    expect(nb.text).toContain('personvernkonsekvensvurdering (DPIA), fordi løsningen behandler opplysninger om barn i barnevernet.\nIkke alle kostnadene er kjente')
    expect(nb.text).not.toContain('[hva kommunen får ut av løsningen')
    expect(nb.text).toContain('Med 2 922 innbyggere blir tilknytningskostnaden kr 25 000.')
    expect(nb.text).toContain('Vedlegg 1 oppgir ikke driftsprisen. Driftskostnaden er derfor ikke med i summene nedenfor, og driftsprisen må innhentes fra KS Digital.')
    expect(nb.text).toContain(`Drift\n${Array(5).fill('ikke kjent').join('\n')}\n`)
    expect(nb.text).toContain(
      'INNSTILLING FRA RÅDMANNEN\nTysnes kommune skal ta i bruk DigiBarnevern (Min kommune – barnevern og Chat – barnevern), tidligst fra 1. januar 2027 (prinsippvedtak). ' +
        'Tilknytningskostnaden på kr 25 000 innarbeides i budsjett 2027. Driftskostnaden kommer i tillegg og er ikke budsjettert. ' +
        'Saken legges fram på nytt når KS Digital har oppgitt driftsprisen. Inntil da inngås ikke tjenestevedlegg.'
    )
    await page.getByTestId('fl-case').getByRole('button', { name: 'Vis saken' }).click()
    await page.getByTestId('tilknyting-preview').scrollIntoViewIfNeeded()
    await shot(page, 'tilknyting-saksframlegg-nb')
    // «Registrert: vedtatt.» belongs to DigiBarnevern: SvarUt, opened by its address, does not show it.
    await page.evaluate(() => {
      window.location.hash = '#/fellesloysingar/svarut-svarinn'
    })
    await page.getByRole('heading', { name: /SvarUt/, level: 1 }).waitFor()
    expect(await page.getByTestId('fl-adoption-notice').count()).toBe(0)
    await shot(page, 'fellesloysing-other-no-notice-nb')

    await page.locator('nav a[data-area="fellesloysingar"]').click()
    await page.getByRole('heading', { name: 'Fellesløsninger', level: 1 }).waitFor()
    await shot(page, 'fellesloysingar-liste-nb')
    await page.getByRole('link', { name: 'Ny løsning' }).click()
    await page.getByRole('heading', { name: 'Ny fellesløsning', level: 1 }).waitFor()
    await page.getByRole('button', { name: 'Lagre' }).click()
    await expect.poll(() => page.getByText('Rett dette før du lagrer:').isVisible()).toBe(true)
    await shot(page, 'fellesloysing-ny-nb')
    await page.getByLabel('Navn', { exact: true }).fill('Fiks arkiv')
    await page.getByLabel('Eier/drift').fill('KS')
    await page.getByLabel('Formål (én linje)').fill('Arkivering fra fagsystemene.')
    await page.getByLabel('Tilknytningskostnad').selectOption('fixed')
    await page.getByLabel('Beløp (kr)').fill('12 500')
    await page.getByLabel('Kilde (tittel og adresse)').fill('KS, prisliste 2026')
    await page.getByRole('button', { name: 'Lagre' }).click()
    await page.getByRole('heading', { name: 'Fiks arkiv', level: 1 }).waitFor()
    expect(await page.getByTestId('price').innerText()).toContain(`kr${NBSP}12${NBSP}500`)
    expect(await page.getByTestId('fl-example').count()).toBe(0)

    await page.locator('nav a[data-area="okonomi"]').click()
    await page.getByRole('heading', { name: 'Økonomi', level: 1 }).waitFor()
    // The year chosen earlier in the session is kept.
    expect(await page.getByLabel('Første år i økonomiplanen').inputValue()).toBe('2026')
    await expect.poll(() => page.getByTestId('okonomi-total-decided').innerText()).toContain('Sum vedtatt')
    await shot(page, 'okonomi-nb')
    expect(session.errors).toEqual([])
  })

  it('adds a solution with population bands and two payees from the form, refusing overlapping bands with the reason', async () => {
    const { page } = session
    await chooseMaalform(page, 'nn')
    await page.locator('nav a[data-area="fellesloysingar"]').click()
    await page.getByRole('link', { name: 'Ny løysing' }).click()
    await page.getByRole('heading', { name: 'Ny fellesløysing', level: 1 }).waitFor()
    await page.getByLabel('Namn', { exact: true }).fill('Fiks dokumentflyt')
    await page.getByLabel('Eigar/drift').fill('KS')
    await page.getByLabel('Føremål (éi line)').fill('Dokument mellom kommunane.')
    await page.getByLabel('Tilknytingskostnad').selectOption('bands')
    // The form starts with two bands, the first from 0; a third is added from the keyboard.
    await page.locator('#fl-band-0-to').fill('5 000')
    await page.locator('#fl-band-0-amount').fill('25 000')
    await page.locator('#fl-band-1-from').fill('5 000')
    await page.locator('#fl-band-1-to').fill('10 000')
    await page.locator('#fl-band-1-amount').fill('40 000')
    await page.getByRole('button', { name: 'Legg til eit band' }).focus()
    await page.keyboard.press('Enter')
    expect(await page.locator('#fl-band-2-from').inputValue()).toBe('10001')
    // The new band is typed next: the focus is in its first empty field, not left on the button nor in
    // the filled «Frå», where typing would add to 10001.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('fl-band-2-to')
    expect(await page.locator('#fl-band-2-from').inputValue()).toBe('10001')
    await page.locator('#fl-band-2-amount').fill('60 000')
    await page.getByLabel('Drift', { exact: true }).selectOption('parts')
    await page.locator('#fl-part-0-fixed').fill('500')
    await page.locator('#fl-part-0-per').fill('0,125')
    await page.getByRole('button', { name: 'Legg til ein mottakar' }).click()
    await page.locator('#fl-part-1-payee').fill('UiO')
    await page.locator('#fl-part-1-fixed').fill('1 200')
    await page.locator('#fl-part-1-fixedPer').selectOption('year')
    await page.getByLabel('Kjelde (tittel og adresse)').fill('KS, prisliste 2026')
    await page.getByRole('button', { name: 'Lagre' }).click()
    // 5 000 is in both the first and the second band: refused, with where the second must start.
    const overlap = 'Bandet byrjar før det førre sluttar, så nokre innbyggjartal ville høyre til to band. Det må byrje på 5' + NBSP + '001.'
    await page.getByText(`Band 2, frå (innbyggjarar): ${overlap}`).waitFor()
    await shot(page, 'fellesloysing-band-avvist-nn')
    await page.locator('#fl-band-0-to').fill('4 999')
    await expect.poll(() => page.getByTestId('fl-band').nth(0).innerText()).toContain(`Vert vist som «under 5${NBSP}000»`)
    await chooseMaalform(page, 'nb')
    await expect.poll(() => page.getByTestId('fl-band').nth(2).innerText()).toContain(`Vises som «over 10${NBSP}000»`)
    await shot(page, 'fellesloysing-band-nb')
    await chooseMaalform(page, 'nn')
    // The user's own entry: the tick says so, not "checked against KS".
    expect(await page.getByLabel('Eiga oppføring, ikkje døme frå katalogen').isChecked()).toBe(true)
    await shot(page, 'fellesloysing-band-nn')
    // Leaving the form asks as Innstillingar and the editor do, with «Lagre og gå vidare»: saved, the user goes on.
    await page.locator('nav a[data-area="fellesloysingar"]').click()
    const leave = page.getByRole('dialog', { name: 'Endringane er ikkje lagra' })
    await leave.getByRole('button', { name: 'Lagre og gå vidare' }).click()
    await page.getByRole('heading', { name: 'Fellesløysingar', level: 1 }).waitFor()
    await page.getByRole('link', { name: 'Fiks dokumentflyt' }).first().click()
    await page.getByRole('heading', { name: 'Fiks dokumentflyt', level: 1 }).waitFor()
    const price = await page.getByTestId('price').first().innerText()
    expect(price).toContain(`under 5${NBSP}000 innbyggjarar: kr${NBSP}25${NBSP}000; 5${NBSP}000–10${NBSP}000 innbyggjarar: kr${NBSP}40${NBSP}000; over 10${NBSP}000 innbyggjarar: kr${NBSP}60${NBSP}000`)
    expect(price).toContain(`KS: kr${NBSP}500 per månad + kr${NBSP}0,125 per innbyggjar per månad`)
    expect(price).toContain('UiO: kr')
    expect(session.errors).toEqual([])
  })

  it('puts the focus on a new solution’s heading once it is saved, so the keyboard reads on from there', async () => {
    const { page } = session
    await page.locator('nav a[data-area="fellesloysingar"]').click()
    await page.getByRole('link', { name: 'Ny løysing' }).click()
    await page.getByRole('heading', { name: 'Ny fellesløysing', level: 1 }).waitFor()
    await page.getByLabel('Namn', { exact: true }).fill('Fiks arkiv')
    await page.getByLabel('Eigar/drift').fill('KS')
    await page.getByLabel('Føremål (éi line)').fill('Arkiv for kommunane.')
    await page.getByLabel('Kjelde (tittel og adresse)').fill('KS, prisliste 2026')
    await page.getByRole('button', { name: 'Lagre' }).click()
    await page.getByRole('heading', { name: 'Fiks arkiv', level: 1 }).waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('fl-solution-heading')
    await shot(page, 'fellesloysing-lagra-fokus-nn')
    expect(session.errors).toEqual([])
  })
})
