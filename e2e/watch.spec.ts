/**
 * Watch the week: the simulated week of today's set and the recommended one, on the planner, as
 * a slide and in the handout, with its text and table alternative, axe clean; screenshots of
 * each to look at.
 */
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SCREENSHOTS } from './paths'
import { openPage, settled, startJourney, type Journey } from './support'

let journey: Journey
beforeAll(async () => {
  journey = await startJourney()
})
afterAll(async () => {
  await journey?.close()
})

/** The sample: today phone, email, Facebook and Instagram; recommended email alone. */
async function weekShown(page: Page): Promise<void> {
  await page.locator('[data-testid="week-pile"] canvas').first().waitFor({ timeout: 60_000 })
  await expect
    .poll(() => page.locator('[data-testid="week-pile"]').count(), { timeout: 30_000 })
    .toBe(2)
}

async function axeOn(page: Page, selector: string): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include(selector).analyze()
  return axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)
}

describe('watch the week', () => {
  it('on the planner: a pile chart per set, the share as the week goes, tables by day', async () => {
    const { page, context, consoleErrors } = await openPage(journey, '', {
      viewport: { width: 1366, height: 768 },
    })
    await settled(page)
    await weekShown(page)
    const panel = page.getByTestId('week-watch')
    const captions = await panel.locator('[data-testid="week-pile"] figcaption').allInnerTexts()
    expect(captions[0]).toMatch(/^Today: Phone, Email, Facebook(,)? and Instagram\./)
    expect(captions[1]).toMatch(/^Recommended: Email\./)
    for (const c of captions) {
      expect(c).toMatch(
        /The biggest pile is \d+ contacts? waiting on \w+ at \w+day \d\d:00; \d+% of its [\d,]+ contacts answered within target\./,
      )
    }
    const soFar = await panel.getByTestId('week-so-far').locator('figcaption').innerText()
    expect(soFar).toMatch(/By the end of the week: recommended, \d+%; today, \d+%\./)
    await panel.getByText('Show the week as a table').first().click()
    const rows = panel.locator('[data-testid="week-pile"]').first().locator('tbody tr')
    expect(await rows.count()).toBe(7)
    expect(await rows.first().locator('th').innerText()).toBe('Monday')
    expect(await axeOn(page, '[data-testid="week-watch"]')).toEqual([])
    await panel.scrollIntoViewIfNeeded()
    await panel.screenshot({ path: join(SCREENSHOTS, 'watch-planner-1366x768.png') })
    expect(consoleErrors).toEqual([])
    await context.close()
  }, 180_000)

  it('as a slide, at 1920×1080', async () => {
    const { page, context, consoleErrors } = await openPage(journey, '#present', {
      viewport: { width: 1920, height: 1080 },
    })
    const title = page.locator('#present-slide-title')
    await title.waitFor()
    for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown')
    await expect.poll(() => title.innerText()).toBe('Watch the week')
    await weekShown(page)
    expect(await axeOn(page, '.present__stage')).toEqual([])
    await page.screenshot({ path: join(SCREENSHOTS, 'watch-slide-1920x1080.png') })
    expect(consoleErrors).toEqual([])
    await context.close()
  }, 180_000)

  it('in the handout, its tables open', async () => {
    const { page, context, consoleErrors } = await openPage(journey, '#print', {
      viewport: { width: 1280, height: 900 },
    })
    await page.getByTestId('recommended-channels').waitFor({ timeout: 60_000 })
    await weekShown(page)
    await page.emulateMedia({ media: 'print' })
    const section = page.locator('section[aria-labelledby="print-watch-title"]')
    expect(await section.locator('h2').innerText()).toBe('Watch the week')
    const text = await section.innerText()
    expect(text).toMatch(/Within target as planned/)
    expect(text).toMatch(/Sunday/)
    expect(await axeOn(page, 'section[aria-labelledby="print-watch-title"]')).toEqual([])
    await section.screenshot({ path: join(SCREENSHOTS, 'watch-handout.png') })
    expect(consoleErrors).toEqual([])
    await context.close()
  }, 180_000)
})
