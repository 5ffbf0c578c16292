/**
 * Scenarios that travel: a share link opened in a fresh browser reproduces the scenario
 * exactly; a damaged link and every malformed file in e2e/fixtures/bad-scenarios/ are refused
 * with a message while the current scenario survives; a valid file with markup in its names
 * opens with that markup shown as text.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, reasonOf, savedWith, settled, startJourney, type Journey } from './support'

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url))

let journey: Journey
beforeAll(async () => {
  journey = await startJourney()
})
afterAll(async () => {
  await journey?.close()
})

describe('share links', () => {
  it('a link opened in a fresh browser shows the same scenario and the same answer', async () => {
    const a = await openPage(journey)
    await settled(a.page)
    await a.page.locator('#contacts-per-week').fill('777')
    await a.page.locator('#channel-email-target-time').fill('24')
    await settled(a.page)
    const reason = await reasonOf(a.page)
    await a.page.getByRole('button', { name: 'Share', exact: true }).click()
    const field = a.page.getByLabel('Link', { exact: true })
    // Two changes to the sample: the short link, only what differs.
    await expect.poll(() => field.inputValue()).toMatch(/#b=sample&d=/)
    const link = await field.inputValue()
    expect(link.length - journey.host.url.length).toBeLessThan(200)
    expect(link.startsWith(journey.host.url)).toBe(true)
    expect(await a.page.getByRole('img', { name: /QR code/ }).count()).toBe(1)
    await a.context.close()

    const b = await openPage(journey, link.slice(journey.host.url.length))
    await settled(b.page)
    expect(await b.page.locator('#contacts-per-week').inputValue()).toBe('777')
    expect(await b.page.locator('#channel-email-target-time').inputValue()).toBe('24')
    expect(await reasonOf(b.page)).toBe(reason)
    expect(await b.page.getByRole('status').filter({ hasText: 'from the link' }).count()).toBe(1)
    expect(b.page.url()).not.toContain('#b=')
    expect(b.consoleErrors).toEqual([])
    expect(b.offOrigin).toEqual([])
    await b.context.close()
  })

  it.each([
    ['garbage', '#s=%%%not-base64'],
    ['truncated', '#s=q1YqSs0tyMnMSy1SslKKLdYBAA'],
    ['empty', '#s='],
  ])('a %s link loads nothing, says why, and the scenario kept here survives', async (_, hash) => {
    const { page, context, consoleErrors } = await openPage(journey)
    await settled(page)
    await page.locator('#contacts-per-week').fill('612')
    await settled(page)
    await savedWith(page, ['"contactsPerWeek":612'])
    await page.goto(`${journey.host.url}${hash}`)
    await page.getByRole('alert').filter({ hasText: 'could not be opened' }).waitFor()
    await settled(page)
    expect(await page.locator('#contacts-per-week').inputValue()).toBe('612')
    expect(await page.locator('#scenario-select option').count()).toBe(1)
    expect(consoleErrors).toEqual([])
    await context.close()
  })
})

describe('scenario files', () => {
  it('refuses every malformed file with a message and keeps the current scenario', async () => {
    const names = (await readdir(join(FIXTURES, 'bad-scenarios'))).filter((n) =>
      n.endsWith('.json'),
    )
    expect(names.length).toBeGreaterThanOrEqual(25)
    const { page, context, consoleErrors, dialogs } = await openPage(journey)
    await settled(page)
    await page.locator('#contacts-per-week').fill('333')
    await settled(page)
    const input = page.locator('input[type="file"]')
    const huge = Buffer.from(`{"version":2,"padding":"${'x'.repeat(1_100_000)}"}`)
    const files = [
      ...(await Promise.all(
        names.map(async (name) => ({
          name,
          mimeType: 'application/json',
          buffer: await readFile(join(FIXTURES, 'bad-scenarios', name)),
        })),
      )),
      { name: 'huge.json', mimeType: 'application/json', buffer: huge },
    ]
    // The count of files, one message each, and the four checks after them.
    expect.assertions(1 + files.length + 4)
    for (const file of files) {
      await input.setInputFiles(file)
      const alert = page.getByRole('alert').filter({ hasText: `${file.name} could not be opened` })
      await alert.waitFor({ timeout: 5_000 })
      expect((await alert.innerText()).length, file.name).toBeGreaterThan(file.name.length + 30)
    }
    expect(await page.locator('#contacts-per-week').inputValue()).toBe('333')
    expect(await page.locator('#scenario-select option').count()).toBe(1)
    expect(dialogs).toEqual([])
    expect(consoleErrors).toEqual([])
    await context.close()
  })

  it('opens a valid file as a new scenario, markup in its names shown as text', async () => {
    const { page, context, dialogs, consoleErrors } = await openPage(journey)
    await settled(page)
    await page.locator('input[type="file"]').setInputFiles(join(FIXTURES, 'good-scenario.json'))
    await expect.poll(() => page.locator('#scenario-select option').count()).toBe(2)
    await settled(page)
    const selected = await page.locator('#scenario-select option:checked').innerText()
    expect(selected).toContain('<img src=x onerror=alert(1)>')
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    expect(dialogs).toEqual([])
    expect(consoleErrors).toEqual([])
    await context.close()
  })
})
