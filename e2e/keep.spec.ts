/**
 * Scenarios that survive: a reload keeps every edit, undo and redo work from the keyboard,
 * scenarios can be duplicated and compared, and text typed into names stays text.
 */
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SCREENSHOTS } from './paths'
import { openPage, savedWith, settled, startJourney, type Journey } from './support'

let journey: Journey
beforeAll(async () => {
  journey = await startJourney()
})
afterAll(async () => {
  await journey?.close()
})

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(2)</script>',
  "javascript:alert('3')",
  '<svg onload=alert(4)>',
]

describe('keeping scenarios', () => {
  it('a reload keeps the scenario, its name and the answer', async () => {
    const { page, context, consoleErrors } = await openPage(journey)
    await settled(page)
    await page.locator('#contacts-per-week').fill('640')
    await page.locator('#scenario-name').fill('Bike shop, winter')
    await settled(page)
    await savedWith(page, ['"contactsPerWeek":640', '"name":"Bike shop, winter"'])
    await page.reload()
    await settled(page)
    expect(await page.locator('#contacts-per-week').inputValue()).toBe('640')
    expect(await page.locator('#scenario-name').inputValue()).toBe('Bike shop, winter')
    expect(consoleErrors).toEqual([])
    await context.close()
  })

  it('undoes and redoes with Ctrl+Z and Shift+Ctrl+Z', async () => {
    const { page, context } = await openPage(journey)
    await settled(page)
    const contacts = page.locator('#contacts-per-week')
    // Three keystrokes, three edits (5, 55, 555): one step, since they come closer together
    // than the history's pause. Undo first records a step still waiting for that pause, so it
    // needs no wait, and one Ctrl+Z goes back past all three.
    await contacts.selectText()
    await contacts.pressSequentially('555')
    expect(await contacts.inputValue()).toBe('555')
    await page.locator('body').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('Control+z')
    await expect.poll(() => contacts.inputValue()).toBe('400')
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(() => contacts.inputValue()).toBe('555')
    await context.close()
  })

  it('duplicates a scenario, changes it, and compares the two side by side', async () => {
    const { page, context, consoleErrors } = await openPage(journey)
    await settled(page)
    await page.getByRole('button', { name: 'Duplicate' }).click()
    await page.locator('#contacts-per-week').fill('1200')
    await settled(page)
    await page.getByRole('link', { name: 'Compare scenarios' }).click()
    await page.getByRole('heading', { name: 'Compare scenarios' }).waitFor()
    await expect
      .poll(() => page.getByRole('status').first().innerText(), { timeout: 60_000 })
      .not.toMatch(/Working/)
    const inputs = await page.getByRole('region', { name: 'The inputs side by side' }).innerText()
    expect(inputs).toMatch(/Contacts a week\s*differs/)
    const axe = await new AxeBuilder({ page }).analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-1280x720.png'), fullPage: true })
    expect(consoleErrors).toEqual([])
    await context.close()
  })

  it('shows names full of markup as plain text, everywhere', async () => {
    expect.assertions(PAYLOADS.length + 3)
    const { page, context, dialogs, consoleErrors } = await openPage(journey)
    await settled(page)
    for (const payload of PAYLOADS) {
      await page.locator('#scenario-name').fill(payload)
      await page.getByText('More about your business').click()
      await page.locator('#business-name').fill(payload)
      await settled(page)
      expect(await page.locator('#scenario-select option:checked').innerText()).toBe(payload)
      await page.getByText('More about your business').click()
    }
    expect(await page.locator('img[src="x"], script:not([src]), svg[onload]').count()).toBe(0)
    expect(dialogs).toEqual([])
    expect(consoleErrors).toEqual([])
    await context.close()
  })
})
