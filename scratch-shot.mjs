import { chromium } from 'playwright-core'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
for (const [w, h] of [[1366, 768], [390, 844], [1920, 1080]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } })
  await page.goto('http://127.0.0.1:8765/')
  await page.getByTestId('recommendation-reason').waitFor({ timeout: 30000 })
  await page.waitForTimeout(2500)
  await page.screenshot({ path: `.scratch/planner-${w}.png`, fullPage: w !== 390 })
  const info = await page.evaluate(() => {
    const out = []
    for (const el of document.querySelectorAll('*')) {
      const cs = getComputedStyle(el)
      if ((cs.overflowY === 'auto' || cs.overflowY === 'scroll') && el.scrollHeight > el.clientHeight + 2) out.push(`${el.tagName}.${el.className} ${el.clientHeight}/${el.scrollHeight}`)
      if (el.scrollWidth > el.clientWidth + 2 && (cs.overflowX === 'auto' || cs.overflowX==='hidden')) out.push(`X ${el.tagName}.${el.className} ${el.clientWidth}/${el.scrollWidth}`)
    }
    const r = document.querySelector('[data-testid="recommendation-reason"]').getBoundingClientRect()
    return { out, reasonTop: r.top + scrollY, doc: document.documentElement.scrollHeight }
  })
  console.log(w, JSON.stringify(info))
}
await browser.close()
