/**
 * Invariants of the channel model on generated channels (fixed seed). The default run checks
 * a few hundred cases; `npm run test:full` (and CI) checks 10 000 per property.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateChannel, type ChannelResult } from '../evaluate'
import type { Business, Channel } from '../../model/types'
import { HOURS_PER_WEEK } from '../../model/types'
import {
  ALWAYS,
  FLAT,
  makeChannel,
  OFFICE_ONLY,
  WEEKDAY_OFFICE,
} from '../../__tests__/support/factory'

const SEED = 4242
const FULL = process.env.FULL_PROPERTIES === '1'
const RUNS = FULL ? 10_000 : Number(process.env.PROPERTY_RUNS ?? 150)
/** The full run takes minutes per property on a 2-core machine. */
const TIMEOUT = FULL ? 40 * 60_000 : 60_000
const EFFICIENCY = [1, 1, 1.7, 2.5]

const EVENINGS: boolean[] = Array.from(
  { length: HOURS_PER_WEEK },
  (_, h) => h % 24 >= 17 && h % 24 < 22,
)
const coverage = fc.constantFrom(WEEKDAY_OFFICE, ALWAYS, EVENINGS)
const pattern = fc.oneof(
  fc.constantFrom(FLAT, OFFICE_ONLY),
  fc
    .array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: HOURS_PER_WEEK,
      maxLength: HOURS_PER_WEEK,
    })
    .filter((w) => w.reduce((s, x) => s + x, 0) > 0.01)
    .map((w) => {
      const total = w.reduce((s, x) => s + x, 0)
      return w.map((x) => x / total)
    }),
)

const business: fc.Arbitrary<Business> = fc.record({
  name: fc.constant('Generated'),
  currency: fc.constant('EUR'),
  locale: fc.constant('en-IE'),
  costPerHour: fc.double({ min: 5, max: 80, noNaN: true }),
  shrinkage: fc.double({ min: 0, max: 0.5, noNaN: true }),
  maxOccupancy: fc.double({ min: 0.5, max: 1, noNaN: true }),
})

const channel: fc.Arbitrary<Channel> = fc
  .record({
    kind: fc.constantFrom('live', 'chat', 'async'),
    handleMinutes: fc.double({ min: 0.5, max: 20, noNaN: true }),
    concurrency: fc.integer({ min: 1, max: 3 }),
    targetShare: fc.double({ min: 0.5, max: 0.95, noNaN: true }),
    liveTarget: fc.integer({ min: 10, max: 300 }),
    asyncTargetMinutes: fc.integer({ min: 15, max: 48 * 60 }),
    patience: fc.option(fc.integer({ min: 30, max: 600 }), { nil: undefined }),
    coverage,
    minutesPerCheck: fc.double({ min: 0, max: 5, noNaN: true }),
    isPublic: fc.boolean(),
    privateHandoffShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
    expectationHours: fc.double({ min: 0.05, max: 24, noNaN: true }),
    repeatRate: fc.double({ min: 0, max: 0.6, noNaN: true }),
  })
  .map((g) => {
    const live = g.kind !== 'async'
    const concurrency = g.kind === 'chat' ? g.concurrency : 1
    return makeChannel({
      kind: g.kind,
      handleMinutes: g.handleMinutes,
      concurrency,
      concurrencyEfficiency: EFFICIENCY[concurrency] ?? 1,
      targetShare: g.targetShare,
      targetSeconds: live ? g.liveTarget : g.asyncTargetMinutes * 60,
      patienceSeconds: live ? g.patience : undefined,
      coverage: g.coverage,
      minutesPerCheck: live ? 0 : g.minutesPerCheck,
      isPublic: g.isPublic,
      privateHandoffShare: g.privateHandoffShare,
      expectationHours: g.expectationHours,
      repeatRate: g.repeatRate,
    })
  })

const volume = fc.double({ min: 0, max: 1500, noNaN: true })

/** The generated channel for a week, with any field of the evaluation input overridden. */
const evaluate = (
  c: Channel,
  b: Business,
  p: number[],
  v: number,
  more: { channel?: Partial<Channel>; staffHoursPerWeek?: number } = {},
): ChannelResult =>
  evaluateChannel({
    channel: { ...c, ...more.channel },
    business: b,
    pattern: p,
    contactsPerWeek: v,
    staffHoursPerWeek: more.staffHoursPerWeek,
  })

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
  expect(Number.isNaN(r.meanResponseSeconds)).toBe(false)
  expect(Number.isNaN(r.p90ResponseSeconds)).toBe(false)
  expect(r.contactsHandled + r.contactsUnserved).toBeCloseTo(r.contactsOffered, 6)
  // Staff never answer more within target than unlimited staff would (the search's cuts rely
  // on it: an interval that unlimited staff cannot make meet the target is skipped). Below a
  // thousandth of a contact a week the per-minute flow falls under the queue's rounding floor.
  if (r.firstContacts >= 1e-3) {
    expect(r.attainment).toBeLessThanOrEqual(r.bestPossibleAttainment + 1e-6)
  }
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
          expect(at(hours + extra).attainment).toBeGreaterThanOrEqual(at(hours).attainment - 1e-6)
        },
      ),
      { seed: SEED, numRuns: RUNS },
    )
  })

  // Cost comparisons hold where the target is met. When a target is out of reach (coverage
  // alone rules it out), the model stops adding staff where more stops paying, so its cost is
  // not comparable with a case whose target is met: see docs/methodology.md.
  it('more volume never lowers cost (meet targets, target met at the larger volume)', () => {
    fc.assert(
      fc.property(
        channel,
        business,
        pattern,
        volume,
        fc.double({ min: 1, max: 2, noNaN: true }),
        (c, b, p, v, grow) => {
          const at = (n: number) => evaluate(c, b, p, n)
          const small = at(v)
          const large = at(v * grow)
          if (!large.targetMet || !small.targetMet) return
          expect(large.cost.total).toBeGreaterThanOrEqual(small.cost.total * (1 - 1e-6) - 1e-6)
        },
      ),
      { seed: SEED, numRuns: RUNS },
    )
  })

  // Without repeats. With them a longer target can cost more, and should: fewer looks leave
  // more customers past their expectation, they come back, and the extra contacts are work
  // (found by this test at 10 000 cases: a 31 h target tripled cost 9 % more). Without them it
  // holds because meet-targets chooses how often to look (any step of the look ladder up to the
  // target, cheapest wins) and settles staff on one grid for all targets: a longer target can
  // always keep the shorter one's plan, and that plan meets it for no more (async-round.ts).
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
          if (!short.targetMet) return
          expect(at(c.targetSeconds * stretch).cost.total).toBeLessThanOrEqual(
            short.cost.total * (1 + 1e-6) + 1e-6,
          )
        },
      ),
      { seed: SEED, numRuns: RUNS },
    )
  })
})
