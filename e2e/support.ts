/** What the browser journeys share: a served build, Chromium, and a page that records trouble. */
import { mkdir } from 'node:fs/promises'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium } from './browser'
import { E2E_DIST, SCREENSHOTS, SUB_PATH } from './paths'
import { serveStatic, type StaticHost } from './static-server'

export interface Journey {
  host: StaticHost
  browser: Browser
  close(): Promise<void>
}

export async function startJourney(): Promise<Journey> {
  await mkdir(SCREENSHOTS, { recursive: true })
  const host = await serveStatic(E2E_DIST, SUB_PATH)
  const browser = await launchChromium()
  return {
    host,
    browser,
    close: async () => {
      await browser.close()
      await host.close()
    },
  }
}

export interface Opened {
  page: Page
  context: BrowserContext
  consoleErrors: string[]
  offOrigin: string[]
  dialogs: string[]
}

/** Opens the app in a fresh context (or the given one), recording errors, dialogs and requests. */
export async function openPage(
  journey: Journey,
  hash = '',
  options: { viewport?: { width: number; height: number }; context?: BrowserContext } = {},
): Promise<Opened> {
  const context =
    options.context ??
    (await journey.browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 720 },
    }))
  const page = await context.newPage()
  const consoleErrors: string[] = []
  const offOrigin: string[] = []
  const dialogs: string[] = []
  const origin = new URL(journey.host.url).origin
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text())
  })
  page.on('pageerror', (err) => consoleErrors.push(err.message))
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('request', (req) => {
    const url = req.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      offOrigin.push(url)
    }
  })
  await page.goto(`${journey.host.url}${hash}`)
  return { page, context, consoleErrors, offOrigin, dialogs }
}

export const reasonOf = (page: Page) => page.getByTestId('recommendation-reason').innerText()

/** Waits for an answer that belongs to the inputs on screen. */
export async function settled(page: Page, timeout = 30_000): Promise<void> {
  await page.getByTestId('recommended-channels').waitFor({ timeout })
  await page.locator('[data-current="true"]').waitFor({ timeout })
}

/** Where the app keeps its scenarios (STORAGE_KEY in src/composables/autosave.ts). */
export const STORAGE_KEY = 'channel-planner:state'

/**
 * Waits for the autosave (which waits for edits to pause) to have written every fragment, e.g.
 * '"contactsPerWeek":640', to the saved state.
 */
export async function savedWith(page: Page, fragments: readonly string[]): Promise<void> {
  await page.waitForFunction(
    ({ key, wanted }) => {
      const saved = localStorage.getItem(key)
      return saved !== null && wanted.every((f) => saved.includes(f))
    },
    { key: STORAGE_KEY, wanted: [...fragments] },
    { timeout: 10_000 },
  )
}

/** Waits until what would change the answer is all there (its status line empties). */
export async function sensitivityShown(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const panel = document.querySelector('[data-testid="sensitivity"]')
      const status = panel?.querySelector('[role="status"]')
      return !!panel?.querySelector('figure') && status?.textContent?.trim() === ''
    },
    null,
    { timeout },
  )
}
