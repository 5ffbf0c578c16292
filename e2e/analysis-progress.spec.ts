/**
 * A slow analysis does not hold the planner up: the answer to an edit made while the worker
 * is deep in a long evaluation comes in seconds (the worker is replaced), not when that
 * evaluation ends.
 *
 * The scenario (e2e/fixtures/slow-scenario.json): one review site with a million contacts a
 * week, answered alongside other work by twenty people busy with other work 95 % of the time,
 * nine in ten late customers writing again. Its first grid point takes over a minute to
 * evaluate (80 s measured on the build machine's Node), and the worker reads no message
 * meanwhile. At 400 contacts a week the whole answer takes a fraction of a second.
 */
import { readFile } from 'node:fs/promises'
import { deflateSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, reasonOf, settled, startJourney, type Journey } from './support'

let journey: Journey
beforeAll(async () => {
  journey = await startJourney()
})
afterAll(async () => {
  await journey?.close()
})

/** A share link's fragment for a scenario, as the app makes them (zlib deflate, base64url). */
async function linkTo(fixture: string): Promise<string> {
  const json = JSON.stringify(JSON.parse(await readFile(new URL(fixture, import.meta.url), 'utf8')))
  return `#s=${deflateSync(Buffer.from(json)).toString('base64url')}`
}

describe('a slow analysis', () => {
  it('an edit made during a long evaluation gets its answer in seconds', async () => {
    const { page, consoleErrors } = await openPage(
      journey,
      await linkTo('./fixtures/slow-scenario.json'),
    )
    const status = page.getByTestId('answer-status')
    // The million-contact week is under way (the busy line shows after a quarter second).
    await expect
      .poll(() => status.innerText(), { timeout: 10_000 })
      .toMatch(/^Working out the answer/)
    expect(await page.locator('#contacts-per-week').inputValue()).toBe('1000000')
    await page.locator('#contacts-per-week').fill('400')
    // Well under the minute the evaluation under way still needs: the answer for 400.
    await settled(page, 20_000)
    expect(await status.innerText()).toBe('')
    expect(await reasonOf(page)).toMatch(/Channel 4/)
    expect(await page.locator('#contacts-per-week').inputValue()).toBe('400')
    expect(consoleErrors).toEqual([])
    await page.context().close()
  })
})
