import { describe, expect, it } from 'vitest'
import { sampleScenario } from '@/engine'
import { qrMatrix, qrRuns, type QrMatrix } from '../qr'
import { encodeScenarioLink, encodeShortestLink, shareUrl } from '../share-link'

/** The finder pattern: a dark 7 × 7 ring, a light ring, a dark 3 × 3 centre. */
function isFinder(m: QrMatrix, top: number, left: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3))
      const dark = ring !== 2
      if (m.modules[top + r]?.[left + c] !== dark) return false
    }
  }
  return true
}

function darkCount(m: QrMatrix): number {
  return m.modules.reduce((n, row) => n + row.filter(Boolean).length, 0)
}

describe('qrMatrix', () => {
  it('encodes a known string at level M with finder patterns in three corners', () => {
    // 30 bytes need version 3 at level M (version 2 holds 26 bytes): 29 × 29 modules.
    const m = qrMatrix('https://example.org/#s=abcdefg')
    if (!m) throw new Error('no code')
    expect(m.version).toBe(3)
    expect(m.size).toBe(29)
    expect(m.modules).toHaveLength(29)
    for (const row of m.modules) expect(row).toHaveLength(29)
    expect(isFinder(m, 0, 0)).toBe(true)
    expect(isFinder(m, 0, m.size - 7)).toBe(true)
    expect(isFinder(m, m.size - 7, 0)).toBe(true)
    expect(isFinder(m, m.size - 7, m.size - 7)).toBe(false)
    // The separator beside the top-left finder is light.
    for (let i = 0; i < 8; i++) {
      expect(m.modules[7]?.[i]).toBe(false)
      expect(m.modules[i]?.[7]).toBe(false)
    }
  })

  it('chooses the smallest version that fits', () => {
    // Byte mode at level M: version 1 holds 14 bytes, version 2 holds 26.
    expect(qrMatrix('a'.repeat(14))?.version).toBe(1)
    expect(qrMatrix('a'.repeat(15))?.version).toBe(2)
    expect(qrMatrix('a'.repeat(26))?.version).toBe(2)
    expect(qrMatrix('a'.repeat(27))?.version).toBe(3)
    // Level M, not boosted: 2 331 bytes is the most any version holds; beyond, level L up to
    // 2 953 bytes (ISO/IEC 18004 capacity table, byte mode: version 35-L holds 2 306 bytes,
    // 36-L 2 404, 40-L 2 953).
    expect(qrMatrix('a'.repeat(2331))).toMatchObject({ version: 40, level: 'M' })
    expect(qrMatrix('a'.repeat(2332))).toMatchObject({ version: 36, level: 'L' })
    expect(qrMatrix('a'.repeat(2953))?.level).toBe('L')
    expect(qrMatrix('a'.repeat(2954))).toBeUndefined()
  })

  it('fits the sample scenario’s share link', async () => {
    const url = shareUrl(
      'https://example.github.io/channel-planner/',
      await encodeScenarioLink(sampleScenario()),
    )
    const m = qrMatrix(url)
    expect(m?.size).toBe(17 + 4 * (m?.version ?? 0))
    expect(m?.version).toBeGreaterThan(30)
  })

  it('fits a short link to the sample with a change in a code of at most 57 modules a side', async () => {
    const s = sampleScenario()
    s.demand.contactsPerWeek = 828
    const url = shareUrl('https://example.github.io/channel-planner/', await encodeShortestLink(s))
    // 145 characters: version 9 at level M holds 180 bytes (ISO/IEC 18004, table 7), 53 modules.
    expect(url.length).toBeLessThan(180)
    expect(qrMatrix(url)?.size).toBeLessThanOrEqual(57)
  })
})

describe('qrRuns', () => {
  it('covers every dark module exactly once, row by row', () => {
    const m = qrMatrix('https://example.org/#s=abcdefg')
    if (!m) throw new Error('no code')
    const runs = qrRuns(m)
    expect(runs.reduce((n, r) => n + r.width, 0)).toBe(darkCount(m))
    for (const run of runs) {
      for (let x = run.x; x < run.x + run.width; x++) expect(m.modules[run.y]?.[x]).toBe(true)
      expect(m.modules[run.y]?.[run.x - 1] ?? false).toBe(false)
      expect(m.modules[run.y]?.[run.x + run.width] ?? false).toBe(false)
    }
    // The top row starts with the finder's 7 dark modules as one run.
    expect(runs[0]).toEqual({ x: 0, y: 0, width: 7 })
  })
})
