/**
 * A person's path through the single-queue calculator, in Chromium, on the production build
 * served from a sub-path: type values, read the answer, see a bad value refused, and check
 * accessibility with axe.
 */
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SCREENSHOTS, SUB_PATH } from './paths'
import { openPage, startJourney, type Journey, type Opened } from './support'

let journey: Journey
beforeAll(async () => {
  journey = await startJourney()
})
afterAll(async () => {
  await journey?.close()
})

/** The planner is the front page; the single-queue calculator is one tab away. */
async function openApp(viewport = { width: 1280, height: 720 }): Promise<Opened> {
  const opened = await openPage(journey, '#queue', { viewport })
  await opened.page.getByTestId('agents-needed').waitFor()
  return opened
}

async function fill(page: Page, label: RegExp, value: string): Promise<void> {
  const input = page.getByLabel(label)
  await input.fill(value)
}

const agentsText = (page: Page) => page.getByTestId('agents-needed').innerText()

describe('single-queue calculator in Chromium', () => {
  it('opens from a sub-path on the worked example: 14 agents, no errors, nothing off-origin', async () => {
    const { page, consoleErrors, offOrigin } = await openApp()
    expect(await agentsText(page)).toMatch(/^14\s+agents on the queue/)
    await expect.poll(() => page.locator('canvas').count()).toBe(1)
    await page.screenshot({ path: join(SCREENSHOTS, 'queue-laptop-1280x720.png'), fullPage: true })
    expect(consoleErrors).toEqual([])
    expect(offOrigin).toEqual([])
    expect(journey.host.requests.every((p) => p.startsWith(SUB_PATH))).toBe(true)
    await page.context().close()
  })

  it('answers typed values: 100 contacts/h of 6 min, 90 % in 30 s → 15 agents', async () => {
    // A = 100 × 6/60 = 10 E. Erlang C (P(wait) depends only on n and A, as in the worked
    // example): 14 agents: C = 0.1741, SL = 1 − 0.1741·e^{−4·30/360} = 0.875 < 0.9;
    // 15 agents: C = 0.1020, SL = 1 − 0.1020·e^{−5·30/360} = 0.933; ASA = 0.1020·360/5 = 7.3 s.
    const { page } = await openApp()
    await fill(page, /^Contacts per hour/, '100')
    await fill(page, /^Handle time/, '6')
    await fill(page, /^Answer/, '90')
    await fill(page, /^within/, '30')
    await expect.poll(() => agentsText(page)).toMatch(/^15\s+agents/)
    const facts = await page.locator('.answer__facts').innerText()
    expect(facts).toContain('93.3%')
    expect(facts).toContain('7.3')
    expect(facts).toContain('10.00 Erlangs')
    await page.context().close()
  })

  it('patience switches to Erlang A and reports hang-ups', async () => {
    const { page } = await openApp()
    await fill(page, /^Caller patience/, '120')
    await expect.poll(() => agentsText(page)).toMatch(/^12\s+agents/)
    expect(await page.locator('.answer__facts').innerText()).toMatch(/Callers who hang up\s+\d/)
    await page.context().close()
  })

  it('refuses a bad value beside its field and keeps the previous answer', async () => {
    const { page, consoleErrors } = await openApp()
    await fill(page, /^Handle time/, '0')
    const handle = page.getByLabel(/^Handle time/)
    await expect.poll(() => handle.getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#handle-minutes-error').innerText()).toBe(
      'Handle time must be between 0.1 and 240 minutes',
    )
    expect(await agentsText(page)).toMatch(/^14\s+agents/)
    expect(await page.getByTestId('answer-status').innerText()).toMatch(/last valid answer/)
    await fill(page, /^Contacts per hour/, 'lots')
    expect(await page.locator('#contacts-per-hour-error').innerText()).toBe(
      'Contacts per hour must be a number, like 12.5',
    )
    const body = await page.locator('body').innerText()
    expect(body).not.toMatch(/NaN|Infinity|undefined/)
    await page.screenshot({ path: join(SCREENSHOTS, 'queue-invalid-input.png'), fullPage: true })
    await fill(page, /^Handle time/, '3')
    await fill(page, /^Contacts per hour/, '200')
    await expect.poll(() => page.getByTestId('answer-status').innerText()).toBe('')
    expect(consoleErrors).toEqual([])
    await page.context().close()
  })

  it('is reachable by keyboard: Tab moves from field to field in order', async () => {
    const { page } = await openApp()
    await page.keyboard.press('Tab') // skip link
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Skip to/)
    for (const link of ['Planner', 'How it works', 'Compare', 'Single queue calculator']) {
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(link)
    }
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contacts-per-hour')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('handle-minutes')
    await page.context().close()
  })

  it.each([
    { name: 'phone', width: 390, height: 844 },
    { name: 'laptop', width: 1280, height: 720 },
    { name: 'projector', width: 1920, height: 1080 },
  ])('has no axe violations at $name size ($width×$height)', async ({ name, width, height }) => {
    const { page } = await openApp({ width, height })
    await page.locator('details summary').click() // open the table alternative too
    const results = await new AxeBuilder({ page }).analyze()
    const violations = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)
    expect(violations).toEqual([])
    // Nothing sticks out sideways: no horizontal scrolling at this width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    )
    await page.screenshot({
      path: join(SCREENSHOTS, `queue-${name}-${width}x${height}.png`),
      fullPage: true,
    })
    await page.context().close()
  })
})
