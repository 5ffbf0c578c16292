import { describe, expect, it } from 'vitest'
import { erlangB } from '../erlang-b'

describe('Erlang B', () => {
  it('matches the published table: 2 Erlangs on 5 lines block 3.67 %', () => {
    // Σ_{j=0..5} 2^j/j! = 1 + 2 + 2 + 4/3 + 2/3 + 4/15 = 109/15; 2^5/5! = 4/15.
    // B = (4/15) / (109/15) = 4/109 = 0.036697…
    expect(erlangB(5, 2)).toBeCloseTo(4 / 109, 15)
  })

  it('matches the published table: 10 Erlangs at 2 % blocking need 17 lines', () => {
    // Table value (Erlang B tables, 2 % grade of service): 17 lines carry up to 10.07 E.
    expect(erlangB(17, 10)).toBeLessThanOrEqual(0.02)
    expect(erlangB(16, 10)).toBeGreaterThan(0.02)
  })

  it('gives 1 for no lines and 0 for no traffic', () => {
    expect(erlangB(0, 3.5)).toBe(1)
    expect(erlangB(4, 0)).toBe(0)
  })

  it('one line: B = A / (1 + A)', () => {
    // From the recursion: B(1) = A·1 / (1 + A·1).
    expect(erlangB(1, 0.01)).toBeCloseTo(0.01 / 1.01, 16)
    expect(erlangB(1, 3)).toBeCloseTo(0.75, 16)
  })

  it('stays finite and positive past 170 lines, where factorials overflow a double', () => {
    // 171! > 1.8e308; the recursion never forms it.
    const b = erlangB(200, 180)
    expect(Number.isFinite(b)).toBe(true)
    expect(b).toBeGreaterThan(0)
    expect(b).toBeLessThan(1)
  })

  it('flushes to 0 rather than NaN when the true value is below the smallest double', () => {
    // B(400, 0.01) ≈ 0.01^400 / 400! ≈ 1e−1669.
    expect(erlangB(400, 0.01)).toBe(0)
  })

  it.each([
    [-1, 2, /agents must not be negative/],
    [2.5, 2, /agents must be a whole number/],
    [Number.NaN, 2, /agents must be a number/],
    [3, -0.5, /trafficErlangs must not be negative/],
    [3, Number.POSITIVE_INFINITY, /trafficErlangs must be finite/],
  ])('rejects agents=%s traffic=%s with a RangeError that says why', (n, a, message) => {
    expect(() => erlangB(n, a)).toThrow(RangeError)
    expect(() => erlangB(n, a)).toThrow(message)
  })
})
