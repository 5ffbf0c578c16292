/**
 * Invariants of the channel model on generated channels (fixed seed; generators in
 * support-properties.ts). The default run checks a few hundred cases; `npm run test:full` (and
 * CI) checks 10 000 per property.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ChannelResult } from '../evaluate'
import {
  business,
  channel,
  evaluate,
  pattern,
  RUNS,
  SEED,
  TIMEOUT,
  volume,
} from './support-properties'

function expectSane(r: ChannelResult, repeatRate: number): void {
  for (const v of [
    r.staffHoursPerWeek,
    r.workloadHoursPerWeek,
    r.checkHoursPerWeek,
    r.floorStaffHoursPerWeek,
  ]) {
    expect(Number.isFinite(v)).toBe(true)
    expect(v).toBeGreaterThanOrEqual(0)
  }
  for (const v of [
    r.cost.total,
    r.contactsOffered,
    r.contactsHandled,
    r.contactsUnserved,
    r.repeatContacts,
  ]) {
    expect(Number.isFinite(v)).toBe(true)
    expect(v).toBeGreaterThanOrEqual(-1e-9)
  }
  for (const v of [r.attainment, r.occupancy, r.lateShare, r.bestPossibleAttainment]) {
    expect(v).toBeGreaterThanOrEqual(-1e-12)
    expect(v).toBeLessThanOrEqual(1 + 1e-9)
  }
  // Worked out (not absent), and a time or null (none answered): never NaN or Infinity.
  for (const t of [r.meanResponseSeconds, r.p90ResponseSeconds]) {
    expect(t === null || (Number.isFinite(t) && (t ?? -1) >= 0), String(t)).toBe(true)
  }
  expect(r.contactsHandled + r.contactsUnserved).toBeCloseTo(r.contactsOffered, 6)
  // No plan answers more within target than the best coverage allows (seen at the next whole
  // minute while covered, reply begun at once).
  expect(r.attainment).toBeLessThanOrEqual(r.bestPossibleAttainment + 1e-6)
  // The settled volume covers the repeats its own plan brings back (to the 1e-4 tolerance):
  // where the late share jumps, the plan on the side that copes is taken.
  const first = r.firstContacts
  expect(first + repeatRate * r.lateShare * r.contactsOffered).toBeLessThanOrEqual(
    r.contactsOffered + 1e-4 * first + 1e-9,
  )
}

describe('channel invariants', { timeout: TIMEOUT }, () => {
  it('no NaN, Infinity or negative hours for any valid channel, in either mode', () => {
    fc.assert(
      fc.property(
        channel,
        business,
        pattern,
        volume,
        fc.option(fc.double({ min: 0, max: 200, noNaN: true })),
        (c, b, p, v, hours) => {
          expectSane(evaluate(c, b, p, v, { staffHoursPerWeek: hours ?? undefined }), c.repeatRate)
        },
      ),
      { seed: SEED, numRuns: RUNS },
    )
  })

  // More hours only widen the plans that fit (fixed hours picks the most within target among
  // them), so the share never falls; the search stops adding people once they gain less than
  // 0.01 points, which bounds how much a wider choice can be missed by.
  it('more staff never lowers attainment (fixed hours)', () => {
    fc.assert(
      fc.property(
        channel,
        business,
        pattern,
        volume,
        fc.double({ min: 0, max: 150, noNaN: true }),
        fc.double({ min: 0.5, max: 50, noNaN: true }),
        (c, b, p, v, hours, extra) => {
          const at = (h: number) => evaluate(c, b, p, v, { staffHoursPerWeek: h })
          expect(at(hours + extra).attainment).toBeGreaterThanOrEqual(at(hours).attainment - 1e-4)
        },
      ),
      { seed: SEED, numRuns: RUNS },
    )
  })

  // Cost comparisons hold where the target is met. When a target is out of reach, the plan is
  // the best trade-off of cost and attainment, not comparable with a case whose target is met.
  it('more volume never lowers cost (meet targets, target met at both volumes)', () => {
    fc.assert(
      fc.property(
        channel,
        business,
        pattern,
        volume,
        fc.double({ min: 1, max: 2, noNaN: true }),
        (c, b, p, v, grow) => {
          const small = evaluate(c, b, p, v)
          fc.pre(small.targetMet)
          const large = evaluate(c, b, p, v * grow)
          fc.pre(large.targetMet)
          expect(large.cost.total).toBeGreaterThanOrEqual(small.cost.total * (1 - 1e-6) - 1e-6)
        },
      ),
      { seed: SEED, numRuns: RUNS },
    )
  })

  // Without repeats. With them a longer target can cost more, and should: fewer looks leave more
  // customers past their expectation, they come back, and the extra contacts are work. Without
  // them it holds because a longer target allows every plan the shorter one did, and each plan
  // answers at least as many within the longer target: the cheapest plan that met the shorter
  // one still meets it.
  it('a longer target never raises cost (meet targets, shorter target met, no repeats)', () => {
    fc.assert(
      fc.property(
        channel,
        business,
        pattern,
        volume,
        fc.double({ min: 1, max: 3, noNaN: true }),
        (c, b, p, v, stretch) => {
          const at = (target: number) =>
            evaluate(c, b, p, v, { channel: { targetSeconds: target, repeatRate: 0 } })
          const short = at(c.targetSeconds)
          fc.pre(short.targetMet)
          expect(at(c.targetSeconds * stretch).cost.total).toBeLessThanOrEqual(
            short.cost.total * (1 + 1e-6) + 1e-6,
          )
        },
      ),
      { seed: SEED, numRuns: RUNS },
    )
  })
})
