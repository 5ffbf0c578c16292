// Prints the gzip size of the JavaScript a first visit loads (the entry and what it preloads),
// and fails above the budget. Usage: node scripts/size.mjs [dist-dir]  (npm run size builds first)
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export const BUDGET_KB = 150

export async function initialJsSizes(dist) {
  const html = await readFile(join(dist, 'index.html'), 'utf8')
  const files = new Set()
  for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) files.add(m[1])
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g))
    files.add(m[1])
  const sizes = []
  for (const file of files) {
    const body = await readFile(join(dist, file.replace(/^\.\//, '')))
    sizes.push({ file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length })
  }
  return sizes
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist'
  const sizes = await initialJsSizes(dist)
  const total = sizes.reduce((s, f) => s + f.gzip, 0)
  for (const f of sizes) {
    console.log(
      `${(f.gzip / 1024).toFixed(1).padStart(7)} KB gzip  ${(f.bytes / 1024).toFixed(1).padStart(7)} KB  ${f.file}`,
    )
  }
  console.log(`Initial JavaScript: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`)
  if (total > BUDGET_KB * 1024) process.exit(1)
}
