/** The rounding tolerance: a hair over the whole is the whole; anything further is left to see. */
import { describe, expect, it } from 'vitest'
import { ROUNDING_TOLERANCE, withoutRoundingAbove } from '../limits'

describe('withoutRoundingAbove', () => {
  it('100 + 3.8e−13 answered of 100 calls is rounding (within 1e−9 × 100 = 1e−7): 100', () => {
    expect(withoutRoundingAbove(100 + 3.8e-13, 100)).toBe(100)
  })

  it('a real excess is left as it is: 100.01 of 100 (beyond 1e−7)', () => {
    expect(withoutRoundingAbove(100.01, 100)).toBe(100.01)
  })

  it('the edge: half the tolerance over is rounding, twice it is not', () => {
    // Of 1 000 calls, the tolerance is 1e−9 × 1 000 = 1e−6.
    expect(withoutRoundingAbove(1000 + ROUNDING_TOLERANCE * 500, 1000)).toBe(1000)
    expect(withoutRoundingAbove(1000 + ROUNDING_TOLERANCE * 2000, 1000)).toBe(1000.000002)
  })

  it('parts up to the whole pass unchanged', () => {
    expect(withoutRoundingAbove(0, 100)).toBe(0)
    expect(withoutRoundingAbove(99.5, 100)).toBe(99.5)
    expect(withoutRoundingAbove(100, 100)).toBe(100)
  })
})
