/**
 * The planner's layout at a phone's, a laptop's and a projector's size: no box of its own that
 * scrolls and hides the charts, the ranking table's caption in view above a table that scrolls
 * sideways by itself, and on a phone the recommendation and its reason before the inputs.
 */
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
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

const SIZES = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]

describe('layout that shows the answer', () => {
  for (const viewport of SIZES) {
    it(`at ${viewport.width}×${viewport.height}`, async () => {
      const { page, context, consoleErrors } = await openPage(journey, '', { viewport })
      await settled(page)
      const layout = await page.evaluate(() => {
        // Boxes that scroll up and down by themselves, taller content hidden inside.
        const nested: string[] = []
        for (const el of document.querySelectorAll<HTMLElement>('main *')) {
          const style = getComputedStyle(el)
          const scrolls = style.overflowY === 'auto' || style.overflowY === 'scroll'
          if (scrolls && el.scrollHeight > el.clientHeight + 2) nested.push(el.className)
        }
        const top = (selector: string) =>
          (document.querySelector(selector)?.getBoundingClientRect().top ?? NaN) + window.scrollY
        const caption = document.querySelector('.portfolio-table__caption')?.getBoundingClientRect()
        return {
          nested,
          reason: top('[data-testid="recommendation-reason"]'),
          firstInput: top('.planner__inputs'),
          charts: top('[data-testid="spread-thin-table"]'),
          captionRight: caption?.right ?? NaN,
          pageWidth: document.documentElement.clientWidth,
          pageScrollsSideways:
            document.documentElement.scrollWidth > document.documentElement.clientWidth,
        }
      })
      expect(layout.nested).toEqual([])
      expect(layout.pageScrollsSideways).toBe(false)
      // The caption is whole on screen, whatever the width of the table below it.
      expect(layout.captionRight).toBeLessThanOrEqual(layout.pageWidth)
      if (viewport.width < 1024) {
        // On a phone, the answer and its reason first, the inputs after.
        expect(layout.reason).toBeLessThan(viewport.height)
        expect(layout.reason).toBeLessThan(layout.firstInput)
        expect(layout.charts).toBeGreaterThan(layout.firstInput)
      } else {
        expect(layout.reason).toBeLessThan(viewport.height)
      }
      const axe = await new AxeBuilder({ page }).analyze()
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])
      await page.screenshot({
        path: join(SCREENSHOTS, `layout-${viewport.width}x${viewport.height}.png`),
      })
      expect(consoleErrors).toEqual([])
      await context.close()
    }, 120_000)
  }
})
