/**
 * Generators shared by the channel invariants (fixed seeds). The default run checks a few
 * hundred cases per property; `npm run test:full` (and CI) checks 10 000.
 */
import fc from 'fast-check'
import { COVERAGE_PRESETS, PATTERN_PRESETS } from '../../data/week-presets'
import type { Business, Channel } from '../../model/types'
import { HOURS_PER_WEEK } from '../../model/types'
import { makeChannel } from '../../__tests__/support/factory'
import { evaluateChannel, type ChannelResult } from '../evaluate'

export const SEED = 4242
export const FULL = process.env.FULL_PROPERTIES === '1'
export const RUNS = FULL ? 10_000 : Number(process.env.PROPERTY_RUNS ?? 150)
/** The full run takes minutes per property on a 2-core machine. */
export const TIMEOUT = FULL ? 60 * 60_000 : 120_000
const EFFICIENCY = [1, 1, 1.7, 2.5]

/** Every coverage preset, and evenings only (a stretch that ends late). */
export const COVERAGES: readonly boolean[][] = [
  ...Object.values(COVERAGE_PRESETS).map((c) => [...c.flags]),
  Array.from({ length: HOURS_PER_WEEK }, (_, h) => h % 24 >= 17 && h % 24 < 22),
]
export const coverage = fc.constantFrom(...COVERAGES)
export const pattern = fc.constantFrom(...Object.values(PATTERN_PRESETS).map((p) => [...p.weights]))

export const business: fc.Arbitrary<Business> = fc.record({
  name: fc.constant('Generated'),
  currency: fc.constant('EUR'),
  locale: fc.constant('en-IE'),
  costPerHour: fc.double({ min: 5, max: 80, noNaN: true }),
  shrinkage: fc.double({ min: 0, max: 0.5, noNaN: true }),
  maxOccupancy: fc.double({ min: 0.5, max: 1, noNaN: true }),
})

/**
 * Channels of every kind in the ranges a small business has: replies of 2–15 minutes and looks
 * of 1–10 minutes (async), targets from 15 minutes to 72 hours (async) or 10 s to 5 minutes.
 */
export const channel: fc.Arbitrary<Channel> = fc
  .record({
    kind: fc.constantFrom('live', 'chat', 'async'),
    handleMinutes: fc.double({ min: 2, max: 15, noNaN: true }),
    concurrency: fc.integer({ min: 1, max: 3 }),
    targetShare: fc.double({ min: 0.5, max: 0.95, noNaN: true }),
    liveTarget: fc.integer({ min: 10, max: 300 }),
    asyncTargetMinutes: fc.integer({ min: 15, max: 72 * 60 }),
    patience: fc.option(fc.integer({ min: 30, max: 600 }), { nil: undefined }),
    coverage,
    minutesPerCheck: fc.double({ min: 1, max: 10, noNaN: true }),
    isPublic: fc.boolean(),
    privateHandoffShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
    expectationHours: fc.double({ min: 0.25, max: 72, noNaN: true }),
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

export const volume = fc.double({ min: 0, max: 500, noNaN: true })

/** The generated channel for a week, with any field of the evaluation input overridden. */
export const evaluate = (
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
