/**
 * Offline, in Chromium, on the production build served from a sub-path: the first visit installs
 * the service worker, which precaches every built file; then, with the network off, the planner
 * still opens, the analysis worker still answers and the lazy pages still load, and nothing ever
 * leaves the page's origin. The built page's Content-Security-Policy allows only its own origin.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './browser'
import { E2E_DIST, SUB_PATH } from './paths'
import { serveStatic, type StaticHost } from './static-server'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** Every file the build wrote, relative to its folder, with forward slashes. */
async function builtFiles(): Promise<string[]> {
  const entries = await readdir(E2E_DIST, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(E2E_DIST, join(e.parentPath, e.name)).split(sep).join('/'))
}

/** The Content-Security-Policy meta tag of the built page, as directive → sources. */
async function builtPolicy(): Promise<Map<string, string[]>> {
  const html = await readFile(join(E2E_DIST, 'index.html'), 'utf8')
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)
  expect(meta, 'index.html has a Content-Security-Policy meta tag').not.toBeNull()
  const policy = new Map<string, string[]>()
  for (const directive of (meta?.[1] ?? '').split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/)
    if (name) policy.set(name, sources)
  }
  return policy
}

interface Recorded {
  context: BrowserContext
  page: Page
  consoleErrors: string[]
  offOrigin: string[]
}

async function openRecorded(server: StaticHost): Promise<Recorded> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const consoleErrors: string[] = []
  const offOrigin: string[] = []
  const origin = new URL(server.url).origin
  // On the context, so requests from every page, worker and the service worker are seen.
  context.on('request', (req) => {
    const url = req.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      offOrigin.push(url)
    }
  })
  context.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text())
  })
  context.on('weberror', (err) => consoleErrors.push(err.error().message))
  const page = await context.newPage()
  return { context, page, consoleErrors, offOrigin }
}

const recommended = (page: Page) => page.getByTestId('recommended-channels').innerText()
const status = (page: Page) => page.getByTestId('answer-status').innerText()

async function settled(page: Page): Promise<void> {
  await page.getByTestId('recommended-channels').waitFor({ timeout: 30_000 })
  await expect.poll(() => status(page), { timeout: 30_000 }).toBe('')
}

/** Waits for the page's service worker to be active; undefined if none registers in time. */
function activeWorker(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => {
    const ready = navigator.serviceWorker.ready.then((r) => r.active?.scriptURL)
    const late = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 20_000))
    return Promise.race([ready, late])
  })
}

const NO_WORKER =
  'No service worker became active. src/main.ts must call registerServiceWorker() (src/sw/register.ts), ' +
  'and the e2e build must be a production one (import.meta.env.PROD): Vitest sets NODE_ENV=test, ' +
  'so e2e/global-setup.ts sets NODE_ENV=production around its build.'

const controlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null)

describe('offline', () => {
  it('the built page allows nothing off-origin and runs no inline script', async () => {
    const policy = await builtPolicy()
    expect(policy.get('default-src')).toEqual(["'self'"])
    for (const directive of ['script-src', 'worker-src', 'manifest-src', 'connect-src']) {
      expect(policy.get(directive), directive).toEqual(["'self'"])
    }
    expect(policy.get('object-src')).toEqual(["'none'"])
    const allowed = new Set(["'self'", "'none'", 'data:'])
    for (const [directive, sources] of policy) {
      for (const source of sources) {
        expect(source, `${directive} ${source}`).not.toMatch(/^(https?|wss?):|\*|\.|^'unsafe-/)
        expect(allowed.has(source), `${directive} ${source}`).toBe(true)
      }
    }
    // data: only for images.
    expect([...policy].filter(([, s]) => s.includes('data:')).map(([d]) => d)).toEqual(['img-src'])

    const html = await readFile(join(E2E_DIST, 'index.html'), 'utf8')
    const scripts = html.match(/<script\b[^>]*>/g) ?? []
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toMatch(/\ssrc="\.\//)
    expect(html).toMatch(/<link rel="manifest" href="\.\/manifest\.webmanifest"/)
  })

  it('builds a manifest and a service worker that precaches every built file', async () => {
    const manifest = JSON.parse(await readFile(join(E2E_DIST, 'manifest.webmanifest'), 'utf8'))
    expect(manifest).toMatchObject({
      name: 'Channel Planner',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#1d4ed8',
    })
    const files = await builtFiles()
    const icons: { src: string }[] = manifest.icons ?? []
    expect(icons.length).toBeGreaterThan(0)
    for (const icon of icons) expect(files).toContain(icon.src)

    const sw = await readFile(join(E2E_DIST, 'sw.js'), 'utf8')
    const precached = new Set([...sw.matchAll(/\burl:"([^"]+)"/g)].map((m) => m[1]))
    const own = (f: string) => f === 'sw.js' || /^workbox-[\w-]+\.js$/.test(f)
    const missing = files.filter((f) => !own(f) && !precached.has(f))
    expect(missing).toEqual([])
    // The analysis worker and the lazy views are separate chunks, precached like the rest.
    for (const chunk of [/^assets\/analysis\.worker-/, /^assets\/MethodView-.*\.js$/]) {
      expect(
        [...precached].some((u) => chunk.test(u ?? '')),
        String(chunk),
      ).toBe(true)
    }
    // Nothing but relative (same-folder) URLs.
    expect(precached.size).toBeGreaterThan(0)
    for (const url of precached) expect(url).not.toMatch(/^(\/|[a-z]+:)/)
  })

  it('installs on the first visit, then works with no network, nothing off-origin', async () => {
    // A host of its own, shut down once the app is installed: then truly nothing can be fetched.
    const server = await serveStatic(E2E_DIST, SUB_PATH)
    const { context, page, consoleErrors, offOrigin } = await openRecorded(server)
    try {
      await page.goto(server.url)
      await settled(page)
      const worker = await activeWorker(page)
      expect(worker, NO_WORKER).toBe(`${server.url}sw.js`)
      await page.reload()
      await settled(page)
      expect(await controlled(page)).toBe(true)
      expect(server.requests.every((p) => p.startsWith(SUB_PATH))).toBe(true)

      // No network from here on: the browser is offline and the host is gone.
      await context.setOffline(true)
      await server.close()
      const fromNetwork: string[] = []
      context.on('response', (res) => {
        if (!res.fromServiceWorker()) fromNetwork.push(res.url())
      })
      const failed: string[] = []
      context.on('requestfailed', (req) => failed.push(req.url()))

      await page.reload()
      await settled(page)
      expect(await controlled(page)).toBe(true)
      expect((await recommended(page)).length).toBeGreaterThan(2)
      // The answer came from the analysis worker, whose script the service worker served.
      expect(page.workers().map((w) => w.url())).toEqual([
        expect.stringMatching(/\/assets\/analysis\.worker-[\w-]+\.js$/),
      ])

      // A lazy view in the same page, then a fresh page opened straight on another one.
      await page.getByRole('link', { name: 'How it works' }).click()
      await page.getByRole('heading', { name: /How the planner works/ }).waitFor()
      const fresh = await context.newPage()
      await fresh.goto(`${server.url}#queue`)
      await fresh.getByTestId('agents-needed').waitFor()
      expect(await controlled(fresh)).toBe(true)

      expect(fromNetwork).toEqual([])
      expect(failed).toEqual([])
      expect(consoleErrors).toEqual([])
      expect(offOrigin).toEqual([])
    } finally {
      await context.close()
      await server.close()
    }
  })
})
