/**
 * How fast the answer follows an edit, as the eye sees it: from the edit to the answer on screen
 * for the new inputs (its reason changed, marked current) and then the frame that paints it and
 * the charts (which update without an animation). Measured on the sample, 20 edits each on the
 * planner's contacts field and the presentation's contacts slider; printed, not asserted (a
 * shared CI machine is no place for a speed limit: `npm run bench` measures the engine).
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, settled, startJourney, type Journey } from './support'

let journey: Journey
beforeAll(async () => {
  journey = await startJourney()
})
afterAll(async () => {
  await journey?.close()
})

/** One edit: sets the field's value as typing does, and times the answer and its paint. */
function timeEdit(
  page: Page,
  edit: { field: string; value: string; reason: string; current?: string },
): Promise<{ answer: number; painted: number }> {
  return page.evaluate(async ({ field, value, reason, current }) => {
    const text = () => document.querySelector(reason)?.textContent ?? ''
    const before = text()
    const input = document.querySelector<HTMLInputElement>(field)
    if (!input) throw new Error(`no ${field}`)
    const t0 = performance.now()
    input.value = value
    input.dispatchEvent(new Event('input', { bubbles: true }))
    await new Promise<void>((resolve) => {
      const check = () => {
        const isCurrent =
          !current || document.querySelector(current)?.getAttribute('data-current') === 'true'
        if (text() !== before && isCurrent) resolve()
        else requestAnimationFrame(check)
      }
      check()
    })
    const answer = performance.now() - t0
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    return { answer, painted: performance.now() - t0 }
  }, edit)
}

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN
  return `median ${Math.round(at(0.5))} ms, p95 ${Math.round(at(0.95))} ms, max ${Math.round(at(1))} ms`
}

describe('fast to the eye', () => {
  it('after an edit on the planner, the answer and charts settle (printed)', async () => {
    const { page, context } = await openPage(journey, '', {
      viewport: { width: 1366, height: 768 },
    })
    await settled(page)
    const answer: number[] = []
    const painted: number[] = []
    for (let i = 1; i <= 20; i++) {
      const t = await timeEdit(page, {
        field: '#contacts-per-week',
        value: String(400 + 9 * i),
        reason: '[data-testid="recommendation-reason"]',
        current: '[data-current]',
      })
      answer.push(t.answer)
      painted.push(t.painted)
    }
    console.log(`Planner, sample, 20 edits: answer ${summary(answer)}; painted ${summary(painted)}`)
    expect(answer.every(Number.isFinite)).toBe(true)
    await context.close()
  }, 180_000)

  it('after a what-if in the presentation, the slide settles (printed)', async () => {
    const { page, context } = await openPage(journey, '#present', {
      viewport: { width: 1366, height: 768 },
    })
    await page.locator('.answer-slide__reason').waitFor({ timeout: 30_000 })
    const painted: number[] = []
    for (let i = 1; i <= 20; i++) {
      const t = await timeEdit(page, {
        field: '#what-if-contacts',
        value: String((i % 2 === 0 ? 0.1 : -0.1) * Math.ceil(i / 2)),
        reason: '.answer-slide__reason',
      })
      painted.push(t.painted)
    }
    console.log(`Presentation what-ifs, sample, 20 moves: painted ${summary(painted)}`)
    expect(painted.every(Number.isFinite)).toBe(true)
    await context.close()
  }, 180_000)
})
