/**
 * What the planner says when something is off, in Chromium on the production build: messages
 * of bounded length for links and files, limits stated exactly, sums shown with the decimals
 * that make them true, no "-0", names that show nothing refused, every documented link form
 * opened, and a page that never trips its own Content-Security-Policy.
 */
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleScenario, type Scenario } from '../src/engine/index'
import { SCREENSHOTS } from './paths'
import { openPage, settled, startJourney, type Journey } from './support'

let journey: Journey
beforeAll(async () => {
  journey = await startJourney()
})
afterAll(async () => {
  await journey?.close()
})

/** A share link's payload, as the app makes them (zlib deflate, base64url). */
const payload = (doc: unknown): string =>
  deflateSync(Buffer.from(JSON.stringify(doc))).toString('base64url')

/** The sample, named so it can be told apart, with a change. */
function sample(change: (s: Scenario) => void = () => undefined): Scenario {
  const s = sampleScenario()
  s.business.name = 'Linked shop'
  change(s)
  return s
}

const linkNotice = (page: Page) => page.getByRole('alert').filter({ hasText: 'This link' })

describe('links', () => {
  it('a link with 30 000 unknown fields is refused in one short notice', async () => {
    const junk = Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`junk${i}`, i]))
    const { page, consoleErrors } = await openPage(
      journey,
      `#s=${payload({ ...sample(), ...junk })}`,
    )
    const notice = linkNotice(page)
    await notice.waitFor({ timeout: 15_000 })
    const text = await notice.locator('p').innerText()
    expect(text).toBe(
      'This link could not be opened, so nothing was loaded: Unknown fields in scenario: junk0, junk1, junk2, junk3, junk4 and 29\u2009995 more.',
    )
    const height = await notice.evaluate((el) => el.getBoundingClientRect().height)
    // One or two lines of text beside the button, not 76 000 px.
    expect(height).toBeLessThan(200)
    await notice.screenshot({ path: join(SCREENSHOTS, 'link-unknown-fields.png') })
    expect(consoleErrors).toEqual([])
    await page.context().close()
  })

  it('shares off by more than the tolerance are shown with the decimals that say so', async () => {
    // The sample's shares sum to 1; email 0.15 → 0.1489 makes 0.9989, off by 0.11 points.
    const doc = sample((s) => (s.demand.shares.email = 0.1489))
    const { page } = await openPage(journey, `#s=${payload(doc)}`)
    await linkNotice(page).waitFor({ timeout: 15_000 })
    expect(await linkNotice(page).innerText()).toContain(
      'Channel shares must add up to 100\u2009% (now 99.89\u2009%)',
    )
    await page.context().close()
  })

  it('opens the documented #a=1&s=… form like #s=…', async () => {
    const { page, consoleErrors } = await openPage(journey, `#a=1&s=${payload(sample())}`)
    await page
      .getByRole('status')
      .filter({ hasText: 'Opened "Linked shop" from the link' })
      .waitFor()
    await settled(page)
    expect(await page.locator('#scenario-select option:checked').innerText()).toContain(
      'Linked shop',
    )
    expect(page.url()).not.toContain('s=')
    expect(consoleErrors).toEqual([])
    await page.context().close()
  })
})

describe('files', () => {
  it('a file one byte over 1 MB is refused with both sizes in bytes', async () => {
    const { page } = await openPage(journey)
    await settled(page)
    // 1 MB = 1 048 576 bytes; one more.
    const buffer = Buffer.alloc(1024 * 1024 + 1, 0x20)
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer })
    const alert = page.getByRole('alert').filter({ hasText: 'big.json could not be opened' })
    await alert.waitFor({ timeout: 5_000 })
    expect(await alert.innerText()).toContain(
      'This file is 1\u2009048\u2009577 bytes, too large for a scenario (at most 1\u2009048\u2009576 bytes, 1 MB)',
    )
    await page.context().close()
  })
})

describe('numbers and names', () => {
  it('-0 typed as shrinkage shows as 0 % in the handout, never "-0"', async () => {
    const { page } = await openPage(journey)
    await settled(page)
    await page.getByText('More about your business').click()
    await page.locator('#shrinkage').fill('-0')
    await settled(page)
    await page.getByRole('link', { name: 'Handout to print' }).click()
    await page.getByTestId('recommended-channels').waitFor({ timeout: 30_000 })
    const text = await page.locator('main').innerText()
    expect(text).toMatch(/Shrinkage \(paid time not spent on contacts[^)]*\)\s+0\s?%/)
    expect(text).not.toMatch(/-0(?![.,]?\d)/)
    await page.context().close()
  })

  it('a scenario name of only a zero-width space is refused and never listed blank', async () => {
    const { page } = await openPage(journey)
    await settled(page)
    await page.locator('#scenario-name').fill('\u200b')
    await expect
      .poll(() => page.locator('#scenario-name-error').innerText())
      .toBe('Give the scenario a name you can see')
    expect(await page.locator('#scenario-name').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#scenario-select option:checked').innerText()).toBe('(no name)')
    // The business name, checked by the scenario's own rules, likewise.
    await page.getByText('More about your business').click()
    await page.locator('#business-name').fill('\u200b\u200d')
    await expect
      .poll(() => page.locator('#business-name ~ .planner-step__error').innerText())
      .toMatch(/^Business name shows nothing/)
    await page
      .locator('.switcher')
      .screenshot({ path: join(SCREENSHOTS, 'scenario-name-invisible.png') })
    await page.context().close()
  })

  it('the queue calculator says a 400-digit number is out of range, in its own words', async () => {
    const { page } = await openPage(journey, '#queue')
    await page.getByTestId('agents-needed').waitFor()
    await page.getByLabel(/^Contacts per hour/).fill('9'.repeat(400))
    await expect
      .poll(() => page.locator('#contacts-per-hour-error').innerText())
      .toBe('Contacts per hour must be between 0 and 1\u2009000\u2009000 contacts')
    expect(await page.locator('body').innerText()).not.toMatch(/Infinity|expected number/)
    await page.context().close()
  })
})

describe('the page’s own Content-Security-Policy', () => {
  it('is never tripped: no violation reported on the planner, the calculator or a file', async () => {
    const context = await journey.browser.newContext()
    await context.addInitScript(() => {
      const seen: string[] = []
      Object.defineProperty(window, '__violations', { value: seen })
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push(`${e.violatedDirective} ${e.blockedURI}`)
      })
    })
    const { page } = await openPage(journey, '', { context })
    await settled(page)
    await page.locator('#contacts-per-week').fill('500')
    await settled(page)
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{}') })
    await page.getByRole('alert').filter({ hasText: 'x.json could not be opened' }).waitFor()
    await page.evaluate(() => (window.location.hash = '#queue'))
    await page.getByTestId('agents-needed').waitFor()
    await page.getByLabel(/^Handle time/).fill('4')
    const violations = await page.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    )
    expect(violations).toEqual([])
    await context.close()
  })
})
