/**
 * Never locked out, never lose work: damaged saved data is put into localStorage and the page
 * reloaded. Each time the planner opens, says what happened once, keeps what it could not open
 * aside under one key (counted here) for the user to download or discard, and opens everything
 * else. A full storage is said out loud; the scenario limit is stated, not silent.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SCREENSHOTS } from './paths'
import { openPage, savedWith, settled, startJourney, STORAGE_KEY, type Journey } from './support'

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url))
/** Where the planner keeps what it could not open (BACKUP_KEY in src/composables/kept-aside.ts). */
const BACKUP_KEY = 'channel-planner:backup'

let journey: Journey
let goodDocument: Record<string, unknown>
beforeAll(async () => {
  journey = await startJourney()
  goodDocument = JSON.parse(await readFile(join(FIXTURES, 'good-scenario.json'), 'utf8')) as Record<
    string,
    unknown
  >
})
afterAll(async () => {
  await journey?.close()
})

/** The good scenario file's document under another business name, with `contacts` a week. */
function documentNamed(name: string, contacts = 400): Record<string, unknown> {
  const doc = structuredClone(goodDocument)
  const business = doc.business as Record<string, unknown>
  const demand = doc.demand as Record<string, unknown>
  business.name = name
  demand.contactsPerWeek = contacts
  return doc
}

function savedState(entries: { id: string; name: string; document: unknown }[]): string {
  return JSON.stringify({ version: 1, activeId: entries[0]?.id, scenarios: entries })
}

/** Every key in localStorage with the length of its value. */
const storedKeys = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '').map((k) => [
        k,
        localStorage.getItem(k)?.length ?? 0,
      ]),
    ),
  )

/** Puts `text` where the planner keeps its scenarios and reloads, as a next visit does. */
async function injectAndReload(page: Page, text: string): Promise<void> {
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: STORAGE_KEY,
    value: text,
  })
  await page.reload()
  await settled(page)
}

/** Fills this origin's storage to the last character with a key of its own; returns its length. */
const fillStorage = (page: Page) =>
  page.evaluate(() => {
    let lo = 0
    let hi = 20_000_000
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      try {
        localStorage.setItem('filler', 'f'.repeat(mid))
        lo = mid
      } catch {
        hi = mid - 1
      }
    }
    localStorage.setItem('filler', 'f'.repeat(lo))
    return lo
  })

async function noAxeViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])
}

const keptAside = (page: Page) => page.getByRole('region', { name: 'Kept aside' })

describe('damaged saved data', () => {
  it('a save of 200 000 nested lists: the planner opens, on every reload, and says why', async () => {
    const { page, context, consoleErrors } = await openPage(journey)
    await settled(page)
    // 400 KB: before, the dangerous-key walk overflowed the stack and the page stayed blank.
    const nested = '['.repeat(200_000) + ']'.repeat(200_000)
    await injectAndReload(page, nested)
    await page
      .getByRole('status')
      .filter({ hasText: 'This saved data is nested too deeply to be a scenario' })
      .waitFor()
    await page.reload()
    await settled(page)
    expect(await page.locator('#scenario-select option').count()).toBe(1)
    expect(Object.keys(await storedKeys(page))).toEqual([BACKUP_KEY])
    expect(await keptAside(page).innerText()).toMatch(/nested too deeply to be a scenario/)
    expect(consoleErrors).toEqual([])
    await context.close()
  })

  it('a 600 KB unreadable save: six reloads leave one backup, one message, and it can be downloaded or discarded', async () => {
    const { page, context, consoleErrors } = await openPage(journey)
    await settled(page)
    // Cut short, and without quotes, which a copy kept inside the kept-aside list would escape:
    // 26 + 600 000 characters.
    const text = `{"version":1,"scenarios":[${'1,'.repeat(300_000)}`
    await injectAndReload(page, text)
    const told = page.getByRole('status').filter({ hasText: 'could not be read' })
    await told.waitFor()
    expect(await told.innerText()).toMatch(
      /^Your saved scenarios could not be read: This saved data is cut short or garbled\. They are kept aside in this browser, under "Kept aside", below your scenarios/,
    )
    await noAxeViolations(page)
    await page.screenshot({ path: join(SCREENSHOTS, 'kept-aside-1280x720.png'), fullPage: true })
    for (let load = 2; load <= 6; load++) {
      await page.reload()
      await settled(page)
      // Told once: the later loads only list it.
      expect(await told.count()).toBe(0)
    }
    // Before: six backup keys of 600 KB each, until the storage was full.
    expect(await storedKeys(page)).toEqual({ [BACKUP_KEY]: expect.any(Number) })
    const used = (await storedKeys(page))[BACKUP_KEY] ?? 0
    expect(used).toBeGreaterThan(text.length)
    expect(used).toBeLessThan(text.length + 1000) // one copy and its label

    const list = keptAside(page)
    expect(await list.innerText()).toMatch(/Saved scenarios that could not be read/)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      list.getByRole('button', { name: 'Download Saved scenarios that could not be read' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(
      /^channel-planner-saved-data-\d{4}-\d{2}-\d{2}\.json$/,
    )
    expect(await readFile((await download.path()) ?? '', 'utf8')).toBe(text)

    await list.getByRole('button', { name: /^Discard/ }).click()
    await page.getByRole('status').filter({ hasText: 'Discarded' }).waitFor()
    // Gone, and what is on the page is saved in its place.
    expect(Object.keys(await storedKeys(page))).toEqual([STORAGE_KEY])
    expect(await list.count()).toBe(0)
    expect(consoleErrors).toEqual([])
    await context.close()
  })

  it('a scenario 100 000 objects deep beside two good ones: the two open, the deep one is kept aside', async () => {
    const { page, context, consoleErrors } = await openPage(journey)
    await settled(page)
    const deep = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)
    const good = savedState([
      { id: 'a', name: 'Shop', document: documentNamed('Shop', 410) },
      { id: 'b', name: 'Web shop', document: documentNamed('Web shop', 420) },
    ])
    const text = good.replace(']}', `,{"id":"c","name":"Deep","document":${deep}}]}`)
    await injectAndReload(page, text)
    await page
      .getByRole('status')
      .filter({ hasText: '1 of your 3 saved scenarios could not be opened: "Deep"' })
      .waitFor()
    const options = page.locator('#scenario-select option')
    expect(await options.allInnerTexts()).toEqual(['Shop', 'Web shop'])
    expect(await page.locator('#contacts-per-week').inputValue()).toBe('410')
    expect(await keptAside(page).innerText()).toMatch(
      /Saved data holding "Deep"[\s\S]*nested far more deeply than any scenario/,
    )
    const keys = await storedKeys(page)
    expect(Object.keys(keys).sort()).toEqual([BACKUP_KEY, STORAGE_KEY])
    expect(keys[STORAGE_KEY]).toBeLessThan(text.length) // rewritten with the two good ones
    await page.reload()
    await settled(page)
    expect(await options.count()).toBe(2)
    expect(await keptAside(page).count()).toBe(1)
    expect(consoleErrors).toEqual([])
    await context.close()
  })

  it('one invalid scenario among three: the two open, the third is listed to download or remove', async () => {
    const { page, context, consoleErrors } = await openPage(journey)
    await settled(page)
    const bad = documentNamed('Winter hours', -5)
    await injectAndReload(
      page,
      savedState([
        { id: 'a', name: 'Shop', document: documentNamed('Shop', 410) },
        { id: 'b', name: 'Winter hours', document: bad },
        { id: 'c', name: 'Web shop', document: documentNamed('Web shop', 420) },
      ]),
    )
    // Before: all three went to a backup key and the planner opened the sample.
    await page.getByRole('status').filter({ hasText: '1 of your 3 saved scenarios' }).waitFor()
    expect(await page.locator('#scenario-select option').allInnerTexts()).toEqual([
      'Shop',
      'Web shop',
    ])
    const list = keptAside(page)
    expect(await list.innerText()).toMatch(
      /Scenario "Winter hours"[\s\S]*Contacts per week must be between 0 and 1\u2009000\u2009000 contacts\./,
    )
    await noAxeViolations(page)
    await page.screenshot({ path: join(SCREENSHOTS, 'kept-scenario-1280x720.png'), fullPage: true })

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      list.getByRole('button', { name: 'Download Scenario "Winter hours"' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('winter-hours-scenario.json')
    expect(JSON.parse(await readFile((await download.path()) ?? '', 'utf8'))).toEqual(bad)

    await list.getByRole('button', { name: 'Remove Scenario "Winter hours"' }).click()
    const undo = page.getByRole('status').filter({ hasText: 'Discarded "Winter hours".' })
    await undo.getByRole('button', { name: 'Undo' }).click()
    await list.waitFor()
    expect(Object.keys(await storedKeys(page)).sort()).toEqual([BACKUP_KEY, STORAGE_KEY])
    await list.getByRole('button', { name: 'Remove Scenario "Winter hours"' }).click()
    await page.reload()
    await settled(page)
    expect(await list.count()).toBe(0)
    expect(Object.keys(await storedKeys(page))).toEqual([STORAGE_KEY])
    expect(await page.locator('#scenario-select option').count()).toBe(2)
    expect(consoleErrors).toEqual([])
    await context.close()
  })
})

describe('a full storage', () => {
  it('an unreadable save with no room to set it aside: nothing overwritten, said out loud, leaving asks first', async () => {
    const { page, context, consoleErrors } = await openPage(journey)
    await settled(page)
    // 600 000 quotes: not JSON, and twice as long once quoted inside the kept-aside list.
    const text = '"'.repeat(600_000)
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
      key: STORAGE_KEY,
      value: text,
    })
    expect(await fillStorage(page)).toBeGreaterThan(0)
    await page.reload()
    await settled(page)
    const alert = page.getByRole('alert').filter({ hasText: 'changes are not being kept' })
    await alert.waitFor()
    expect(await alert.getByRole('button').allInnerTexts()).toEqual(['Save scenario file'])
    expect(await keptAside(page).innerText()).toMatch(
      /no room in this browser's storage to set it aside/,
    )
    await noAxeViolations(page)
    await page.screenshot({ path: join(SCREENSHOTS, 'storage-full-1280x720.png'), fullPage: true })

    await page.locator('#contacts-per-week').click()
    await page.locator('#contacts-per-week').fill('640')
    // Leaving asks first (the dialog is dismissed, so the page stays): before, a reload lost it.
    const dialogs: string[] = []
    page.on('dialog', (d) => dialogs.push(d.type()))
    const asked = page.waitForEvent('dialog')
    await page.close({ runBeforeUnload: true })
    await asked
    expect(dialogs).toEqual(['beforeunload'])
    expect(page.isClosed()).toBe(false)
    expect(await page.locator('#contacts-per-week').inputValue()).toBe('640')
    // The leaving page tried to save: the unreadable data is still there, untouched.
    const keys = await storedKeys(page)
    expect(keys[STORAGE_KEY]).toBe(text.length)
    expect(keys[BACKUP_KEY]).toBeUndefined()

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Save scenario file' }).click(),
    ])
    expect(file.suggestedFilename()).toMatch(/-scenario\.json$/)
    expect(await readFile((await file.path()) ?? '', 'utf8')).toContain('"contactsPerWeek": 640')

    // Discarding it makes room: the edit is saved at once and the message goes.
    await keptAside(page)
      .getByRole('button', { name: /^Discard/ })
      .click()
    await savedWith(page, ['"contactsPerWeek":640'])
    expect(await alert.count()).toBe(0)
    await page.reload()
    await settled(page)
    expect(await page.locator('#contacts-per-week').inputValue()).toBe('640')
    expect(consoleErrors).toEqual([])
    await context.close()
  })

  it('a save that fails for room: a message that stays, the scenario file, and leaving asks first', async () => {
    const { page, context, consoleErrors } = await openPage(journey)
    await settled(page)
    await page.locator('#contacts-per-week').fill('620')
    await savedWith(page, ['"contactsPerWeek":620'])
    await fillStorage(page)
    // A name of 80 characters makes the saved state longer than the room left: it cannot fit.
    await page.locator('#scenario-name').fill('n'.repeat(80))
    const alert = page.getByRole('alert').filter({ hasText: "Your browser's storage is full" })
    await alert.waitFor()
    expect(await alert.innerText()).toMatch(
      /changes are not being kept: they will be lost when this page closes/,
    )
    expect(await alert.getByRole('button').allInnerTexts()).toEqual(['Save scenario file'])
    await noAxeViolations(page)

    const dialogs: string[] = []
    page.on('dialog', (d) => dialogs.push(d.type()))
    const asked = page.waitForEvent('dialog')
    await page.close({ runBeforeUnload: true })
    await asked
    expect(dialogs).toEqual(['beforeunload'])

    await page.evaluate(() => localStorage.removeItem('filler'))
    await page.locator('#contacts-per-week').fill('630')
    await savedWith(page, ['"contactsPerWeek":630', `"name":"${'n'.repeat(80)}"`])
    expect(await alert.count()).toBe(0)
    expect(consoleErrors).toEqual([])
    await context.close()
  })
})

describe('the scenario limit', () => {
  it('with 30 scenarios, a link or a file is not added, the notice says why, and adds it once there is room', async () => {
    const { page, context, consoleErrors } = await openPage(journey)
    await settled(page)
    const thirty = Array.from({ length: 30 }, (_, i) => ({
      id: `s-${i + 1}`,
      name: `Shop ${i + 1}`,
      document: documentNamed(`Shop ${i + 1}`, 401 + i),
    }))
    await injectAndReload(page, savedState(thirty))
    const options = page.locator('#scenario-select option')
    expect(await options.count()).toBe(30)
    expect(await page.getByRole('button', { name: 'New' }).isDisabled()).toBe(true)
    expect(await page.getByText('This browser keeps at most 30 scenarios').innerText()).toMatch(
      /delete one you no longer need to add another/,
    )

    // A link as the Share dialog makes it: the document deflated (zlib), base64url.
    const shared = documentNamed('Harbour Books', 555)
    const link = `#s=${deflateSync(Buffer.from(JSON.stringify(shared))).toString('base64url')}`
    await page.goto(`${journey.host.url}${link}`)
    const fromLink = page.getByRole('status').filter({ hasText: 'from the link' })
    await fromLink.waitFor()
    // Before: "Opened "Harbour Books" from the link." while nothing was added.
    expect(await fromLink.innerText()).toMatch(
      /^"Harbour Books" from the link was not added: this browser keeps at most 30 scenarios, and all 30 are in use\./,
    )
    await page.locator('input[type="file"]').setInputFiles({
      name: 'corner-shop.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(documentNamed('Corner Shop', 444))),
    })
    const fromFile = page.getByRole('status').filter({ hasText: 'from the file' })
    await fromFile.waitFor()
    expect(await fromFile.innerText()).toMatch(/^"Corner Shop" from the file was not added/)
    expect(await page.getByText(/Opened/).count()).toBe(0)
    expect(await options.count()).toBe(30)
    expect(await page.locator('#scenario-select option:checked').innerText()).toBe('Shop 1')
    await noAxeViolations(page)
    await page.screenshot({
      path: join(SCREENSHOTS, 'scenario-limit-1280x720.png'),
      fullPage: true,
    })

    await page.getByRole('button', { name: 'Delete' }).click()
    await fromLink.getByRole('button', { name: 'Add it now' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: 'Opened "Harbour Books" from the link.' })
      .waitFor()
    expect(await options.count()).toBe(30)
    expect(await page.locator('#scenario-select option:checked').innerText()).toBe(
      'Harbour Books (shared)',
    )
    expect(await page.locator('#contacts-per-week').inputValue()).toBe('555')
    // Still full: the file's notice, asked again, says so again rather than opening it.
    await fromFile.getByRole('button', { name: 'Add it now' }).click()
    await fromFile.getByText('was not added').waitFor()
    expect(consoleErrors).toEqual([])
    await context.close()
  })
})

describe('two tabs', () => {
  it('an edit in one tab shows in the other, edits to two scenarios both survive, and neither undoes the other', async () => {
    const first = await openPage(journey)
    await settled(first.page)
    await injectAndReload(
      first.page,
      savedState([
        { id: 'a', name: 'Shop', document: documentNamed('Shop', 410) },
        { id: 'b', name: 'Web shop', document: documentNamed('Web shop', 420) },
      ]),
    )
    const second = await openPage(journey, '', { context: first.context })
    const two = second.page
    await settled(two)
    const one = first.page

    // Before: the second tab kept showing 410, and its next save put it back over the first's.
    await one.locator('#contacts-per-week').fill('640')
    await savedWith(one, ['"contactsPerWeek":640'])
    await two
      .getByRole('status')
      .filter({
        hasText: 'Updated from another tab of the planner: "Shop" changed or added there.',
      })
      .waitFor()
    await settled(two)
    expect(await two.locator('#contacts-per-week').inputValue()).toBe('640')
    await noAxeViolations(two)
    await two.screenshot({ path: join(SCREENSHOTS, 'other-tab-1280x720.png'), fullPage: true })

    // Each tab edits its own scenario at once: both edits are kept.
    await two.locator('#scenario-select').selectOption({ label: 'Web shop' })
    await settled(two)
    await two.locator('#contacts-per-week').fill('555')
    await one.locator('#contacts-per-week').fill('650')
    await savedWith(one, ['"contactsPerWeek":650', '"contactsPerWeek":555'])
    await one.waitForTimeout(1500)
    await one.reload()
    await settled(one)
    const saved = await one.evaluate((key) => localStorage.getItem(key) ?? '', STORAGE_KEY)
    expect(saved).toContain('"contactsPerWeek":650')
    expect(saved).toContain('"contactsPerWeek":555')
    expect(await one.locator('#scenario-select option').allInnerTexts()).toEqual([
      'Shop',
      'Web shop',
    ])
    expect(await two.locator('#contacts-per-week').inputValue()).toBe('555')
    expect([...first.consoleErrors, ...second.consoleErrors]).toEqual([])
    await first.context.close()
  })
})
