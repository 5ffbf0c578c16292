/** An absolute tolerance, stated where the expected value is derived. */
import { expect } from 'vitest'

export function expectNear(actual: number, expected: number, tolerance: number): void {
  expect(
    Math.abs(actual - expected),
    `${actual} within ${tolerance} of ${expected}`,
  ).toBeLessThanOrEqual(tolerance)
}
