/** Shares of weights that may be as large as Number.MAX_VALUE (the schema bounds them below only). */
import { describe, expect, it } from 'vitest'
import { weightShares } from '../weights'

describe('weightShares', () => {
  it('ordinary weights: each over their sum (1 : 3 → 0.25, 0.75)', () => {
    expect([...weightShares([1, 3])]).toEqual([0.25, 0.75])
  })

  it('two weights of Number.MAX_VALUE (sum Infinity): half each, not 0', () => {
    expect([...weightShares([Number.MAX_VALUE, 0, Number.MAX_VALUE])]).toEqual([0.5, 0, 0.5])
  })

  it('Number.MAX_VALUE beside 1: 1 and 1/MAX ≈ 5.6e-309, not Infinity or NaN', () => {
    const [big, small] = weightShares([Number.MAX_VALUE, 1])
    expect(big).toBe(1)
    // 1/MAX is a subnormal 5.56e-309; over the sum 1 + 5.56e-309 = 1 it stays that.
    expect(small).toBe(1 / Number.MAX_VALUE)
  })

  it('the smallest doubles alone: shares of 1/2 (their sum does not underflow to 0)', () => {
    expect([...weightShares([Number.MIN_VALUE, Number.MIN_VALUE])]).toEqual([0.5, 0.5])
  })

  it('all zero: all zero', () => {
    expect([...weightShares([0, 0, 0])]).toEqual([0, 0, 0])
  })
})
