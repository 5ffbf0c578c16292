/**
 * The handout and the workshop: the print view laid out for paper (looked at as a PDF-like
 * screenshot), and presentation mode driven by the keyboard a clicker sends, with a live
 * what-if slider moving the answer.
 */
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import jsQR from 'jsqr'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SCREENSHOTS } from './paths'
import { openPage, sensitivityShown, startJourney, type Journey } from './support'

let journey: Journey
beforeAll(async () => {
  journey = await startJourney()
})
afterAll(async () => {
  await journey?.close()
})

describe('handout', () => {
  it('prints the recommendation, the spread-thin chart and the assumptions', async () => {
    const { page, context, consoleErrors } = await openPage(journey, '#print', {
      viewport: { width: 1280, height: 900 },
    })
    await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor()
    await page.getByTestId('recommended-channels').waitFor({ timeout: 30_000 })
    await sensitivityShown(page)
    const axe = await new AxeBuilder({ page }).analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])
    await page.emulateMedia({ media: 'print' })
    const text = await page.locator('main').innerText()
    expect(text).toMatch(/Riverside Cycles/)
    expect(text).toMatch(/Shrinkage/i)
    // Why each channel was left out, and what would change the answer, its table open.
    expect(text).toMatch(/Why not the other channels/)
    expect(text).toMatch(/Without it, its \d+ customers a week go to/)
    expect(text).toMatch(/What would change the answer/)
    expect(text).toMatch(/At about [\d,]+ contacts a week or (more|fewer), /)
    const table = page.locator('[data-testid="sensitivity"] table')
    expect(await table.isVisible()).toBe(true)
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(3)
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false)
    // On paper: no instructions for the screen; the QR code and the link back to the scenario.
    expect(text).not.toMatch(/Select a column heading|Back to the planner/)
    expect(await page.getByTestId('print-qr').locator('svg').isVisible()).toBe(true)
    expect(text).toMatch(/This scenario, to open in Channel Planner: http\S+#b=sample&d=/)
    await page.screenshot({ path: join(SCREENSHOTS, 'print-a4.png'), fullPage: true })
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.length).toBeGreaterThan(10_000)
    expect(consoleErrors).toEqual([])
    await context.close()
  }, 180_000)
})

describe('presentation mode', () => {
  it('moves through the slides with the keys a clicker sends', async () => {
    const { page, context, consoleErrors } = await openPage(journey, '#present', {
      viewport: { width: 1920, height: 1080 },
    })
    const indicator = page.getByTestId('slide-indicator')
    await expect.poll(() => indicator.innerText()).toMatch(/^Slide 1 of 9/)
    await page.getByTestId('present-channels').waitFor({ timeout: 30_000 })
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => indicator.innerText()).toMatch(/^Slide 2 of 9/)
    await page.keyboard.press('PageDown')
    await expect.poll(() => indicator.innerText()).toMatch(/^Slide 3 of 9/)
    await page.keyboard.press('PageUp')
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => indicator.innerText()).toMatch(/^Slide 1 of 9/)
    await page.keyboard.press('End')
    await expect.poll(() => indicator.innerText()).toMatch(/^Slide 9 of 9/)
    await page.keyboard.press('Home')
    await expect.poll(() => indicator.innerText()).toMatch(/^Slide 1 of 9/)
    const axe = await new AxeBuilder({ page }).analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])
    await page.screenshot({ path: join(SCREENSHOTS, 'present-1920x1080.png') })
    expect(consoleErrors).toEqual([])
    await context.close()
  })

  it('says why each channel was left out, and what would change the answer, on slides 2 and 3', async () => {
    const { page, context, consoleErrors } = await openPage(journey, '#present', {
      viewport: { width: 1366, height: 768 },
    })
    await page.getByTestId('present-channels').waitFor({ timeout: 30_000 })
    await page.keyboard.press('ArrowRight')
    const dropped = page.getByTestId('present-dropped').locator('li')
    await dropped.first().waitFor()
    const sentences = await dropped.allInnerTexts()
    expect(sentences.length).toBeGreaterThan(0)
    for (const s of sentences) expect(s).toMatch(/Without it, its \d+ customers a week/)
    await page.screenshot({ path: join(SCREENSHOTS, 'present-left-out-1366x768.png') })
    await page.keyboard.press('ArrowRight')
    await expect
      .poll(() => page.getByTestId('slide-indicator').innerText())
      .toMatch(/^Slide 3 of 9/)
    expect(await page.locator('#present-slide-title').innerText()).toBe(
      'What would change the answer',
    )
    await sensitivityShown(page)
    const breakpoints = await page.getByTestId('breakpoints').locator('li').allInnerTexts()
    expect(breakpoints.some((b) => /contacts a week or (more|fewer)/.test(b))).toBe(true)
    const axe = await new AxeBuilder({ page }).analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])
    await page.screenshot({ path: join(SCREENSHOTS, 'present-change-1366x768.png') })
    expect(consoleErrors).toEqual([])
    await context.close()
  }, 180_000)

  it('a what-if slider moves the answer; its arrow keys do not change slides', async () => {
    const { page, context } = await openPage(journey, '#present', {
      viewport: { width: 1280, height: 720 },
    })
    const answer = page.locator('.answer-slide__reason')
    await answer.waitFor({ timeout: 30_000 })
    const reason = await answer.innerText()
    const slider = page.getByRole('slider', { name: /Contacts a week/ })
    await slider.focus()
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight')
    expect(await page.getByTestId('slide-indicator').innerText()).toMatch(/^Slide 1 of 9/)
    await expect.poll(() => answer.innerText(), { timeout: 30_000 }).not.toBe(reason)
    await page.screenshot({ path: join(SCREENSHOTS, 'present-what-if-1280x720.png') })
    await context.close()
  })

  it('after a slider drag the clicker moves the slide; reset and keep what-ifs', async () => {
    const { page, context, consoleErrors } = await openPage(journey, '#present', {
      viewport: { width: 1366, height: 768 },
    })
    const indicator = page.getByTestId('slide-indicator')
    await page.locator('.answer-slide__reason').waitFor({ timeout: 30_000 })
    const contacts = page.getByRole('slider', { name: /Contacts a week/ })
    const hours = page.getByRole('slider', { name: /Staff hours a week/ })
    const hoursBefore = await hours.getAttribute('aria-valuetext')
    const box = await contacts.boundingBox()
    if (!box) throw new Error('the contacts slider is not on screen')
    // Drag from the middle (×1) a quarter of the way right: about ×2.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 5 })
    await page.mouse.up()
    const dragged = await contacts.getAttribute('aria-valuetext')
    expect(dragged).not.toBe('400 a week (×1.0)')
    expect(await contacts.evaluate((e) => e === document.activeElement)).toBe(false)
    // The clicker's keys move the slides and leave every slider where it was.
    await page.keyboard.press('PageDown')
    await expect.poll(() => indicator.innerText()).toMatch(/^Slide 2 of 9/)
    await page.keyboard.press('End')
    await page.keyboard.press('Home')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => indicator.innerText()).toMatch(/^Slide 1 of 9/)
    expect(await contacts.getAttribute('aria-valuetext')).toBe(dragged)
    expect(await hours.getAttribute('aria-valuetext')).toBe(hoursBefore)
    const keep = page.getByTestId('what-if-keep')
    expect(await keep.innerText()).toMatch(/These what-ifs are not saved in the scenario/)
    await page.screenshot({ path: join(SCREENSHOTS, 'present-what-ifs-1366x768.png') })
    const axe = await new AxeBuilder({ page }).analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])
    await page.getByRole('button', { name: 'Reset what-ifs' }).click()
    await expect.poll(() => contacts.getAttribute('aria-valuetext')).toBe('400 a week (×1.0)')
    await page.keyboard.press('PageDown')
    await expect.poll(() => indicator.innerText()).toMatch(/^Slide 2 of 9/)
    // A what-if left unkept: the planner opens on the saved scenario and offers to keep it.
    await contacts.focus()
    await page.keyboard.press('ArrowRight')
    await page.getByRole('link', { name: 'Exit' }).click()
    const notice = page.getByRole('status').filter({ hasText: 'were not kept' })
    await notice.waitFor()
    const field = page.locator('#contacts-per-week')
    expect(await field.inputValue()).toBe('400')
    await notice.getByRole('button', { name: 'Keep the what-ifs' }).click()
    await expect.poll(() => field.inputValue()).not.toBe('400')
    expect(consoleErrors).toEqual([])
    await context.close()
  }, 180_000)

  it('the last slide’s QR code, at half size and blurred, decodes to a link that opens the what-ifs', async () => {
    const { page, context, consoleErrors } = await openPage(journey, '#present', {
      viewport: { width: 1366, height: 768 },
    })
    const answer = page.locator('.answer-slide__reason')
    await answer.waitFor({ timeout: 30_000 })
    const reason = await answer.innerText()
    const contacts = page.getByRole('slider', { name: /Contacts a week/ })
    await contacts.focus()
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
    const moved = await contacts.getAttribute('aria-valuetext')
    const shown = /^([\d,]+) a week/.exec(moved ?? '')?.[1]?.replace(/,/g, '')
    expect(shown).toMatch(/^\d+$/)
    await expect.poll(() => answer.innerText(), { timeout: 30_000 }).not.toBe(reason)
    await page.keyboard.press('End')
    await expect
      .poll(() => page.getByTestId('slide-indicator').innerText())
      .toMatch(/^Slide 9 of 9/)
    const code = page.getByTestId('present-qr').locator('svg')
    await code.waitFor()
    const modules = Number(await code.getAttribute('data-version')) * 4 + 17
    await page.screenshot({ path: join(SCREENSHOTS, 'present-qr-1366x768.png') })
    const axe = await new AxeBuilder({ page }).analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])
    const png = await code.screenshot()

    // As a phone across the room sees it: half the pixels, and a blur of one pixel.
    const blank = await context.newPage()
    const seen = await blank.evaluate(
      async (src) => {
        const image = new Image()
        image.src = src
        await image.decode()
        const canvas = document.createElement('canvas')
        canvas.width = Math.round(image.width / 2)
        canvas.height = Math.round(image.height / 2)
        const ctx = canvas.getContext('2d')
        if (!ctx) throw new Error('no 2D canvas')
        ctx.filter = 'blur(1px)'
        ctx.drawImage(image, 0, 0, canvas.width, canvas.height)
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height)
        return { width: data.width, height: data.height, pixels: Array.from(data.data) }
      },
      `data:image/png;base64,${png.toString('base64')}`,
    )
    const decoded = jsQR(Uint8ClampedArray.from(seen.pixels), seen.width, seen.height)
    console.log(
      `QR slide: ${modules} modules a side, ${decoded?.data.length ?? 0} characters, read at ${seen.width} px with a 1 px blur`,
    )
    expect(decoded?.data).toMatch(/#b=sample&d=/)
    const link = decoded?.data ?? ''
    expect(link.startsWith(journey.host.url)).toBe(true)
    expect(modules).toBeLessThanOrEqual(57)
    await blank.close()

    const b = await openPage(journey, link.slice(journey.host.url.length))
    await b.page.locator('#contacts-per-week').waitFor()
    await expect.poll(() => b.page.locator('#contacts-per-week').inputValue()).toBe(shown)
    expect(b.consoleErrors).toEqual([])
    expect(consoleErrors).toEqual([])
    await b.context.close()
    await context.close()
  }, 180_000)
})
