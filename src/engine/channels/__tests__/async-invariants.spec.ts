/**
 * Invariants of the async looks policy itself, on generated plans (fixed seed; generators in
 * support-properties.ts): more people never answer fewer within target, and a target shorter
 * than a gap in coverage cannot be met for contacts arriving in the gap.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HOURS_PER_WEEK } from '../../model/types'
import { makeAsyncChannel, makeBusiness } from '../../__tests__/support/factory'
import { evaluateChannel } from '../evaluate'
import { lookIntervals, lookSchedule, MINUTES_PER_HOUR } from '../async/looks'
import { runWeek } from '../async/week-run'
import { ROUGH_ERROR } from '../async/plan-search'
import { coverage, pattern, RUNS, SEED, TIMEOUT } from './support-properties'

/** Generated plans with up to `contacts` a week and `people` looking. */
const plans = (most: { contacts: number; people: number }) => ({
  coverage,
  pattern,
  contacts: fc.double({ min: 1, max: most.contacts, noNaN: true }),
  handleMinutes: fc.double({ min: 2, max: 15, noNaN: true }),
  minutesPerCheck: fc.double({ min: 1, max: 10, noNaN: true }),
  targetMinutes: fc.integer({ min: 15, max: 72 * 60 }),
  people: fc.integer({ min: 1, max: most.people }),
  interval: fc.nat(30),
})

const plan = fc.record(plans({ contacts: 500, people: 6 }))

describe('the looks policy', { timeout: TIMEOUT }, () => {
  it('more people never answer fewer within target (same interval)', () => {
    fc.assert(
      fc.property(plan, (g) => {
        const intervals = lookIntervals(g.minutesPerCheck, g.targetMinutes)
        const interval = intervals[g.interval % intervals.length] ?? 60
        const at = (people: number) =>
          runWeek({
            contactsPerWeek: g.contacts,
            pattern: g.pattern,
            schedule: lookSchedule(g.coverage, interval),
            intervalMinutes: interval,
            people,
            handleMinutes: g.handleMinutes,
            minutesPerCheck: g.minutesPerCheck,
            thresholdsMinutes: [g.targetMinutes],
          })
        const fewer = at(g.people)
        fc.pre(fewer.stable)
        const more = at(g.people + 1)
        expect(more.stable).toBe(true)
        expect(more.within[0] ?? 0).toBeGreaterThanOrEqual(
          (fewer.within[0] ?? 0) - 1e-6 * g.contacts,
        )
      }),
      { seed: SEED, numRuns: RUNS },
    )
  })

  // The meet-targets search decides "meets the target" on the coarse quadrature whenever its share
  // is further than ROUGH_ERROR from the target, so the coarse share must never be further than
  // that from the fine one: checked on plans wider than the invariants' (up to 3 000 contacts a
  // week, 12 people, alongside other work too).
  it('the coarse share within target stays within the bound the search relies on', () => {
    const wide = fc.record({
      ...plans({ contacts: 3000, people: 12 }),
      otherWork: fc.option(
        fc.record({
          busyShare: fc.double({ min: 0.05, max: 0.9, noNaN: true }),
          spellMinutes: fc.double({ min: 0.5, max: 60, noNaN: true }),
        }),
        { nil: undefined },
      ),
    })
    fc.assert(
      fc.property(wide, (g) => {
        const intervals = lookIntervals(g.minutesPerCheck, g.targetMinutes)
        const interval = intervals[g.interval % intervals.length] ?? 60
        const free = 1 - (g.otherWork?.busyShare ?? 0)
        const week = runWeek({
          contactsPerWeek: g.contacts,
          pattern: g.pattern,
          schedule: lookSchedule(g.coverage, interval),
          intervalMinutes: interval,
          people: g.people,
          handleMinutes: g.handleMinutes / free,
          minutesPerCheck: g.minutesPerCheck / free,
          checkWorkMinutes: g.minutesPerCheck,
          replyWorkMinutes: g.handleMinutes,
          thresholdsMinutes: [g.targetMinutes],
          otherWork: g.otherWork,
        })
        fc.pre(week.stable)
        const fine = week.withinAt(g.targetMinutes)
        const coarse = week.withinAt(g.targetMinutes, true)
        expect(Math.abs(fine - coarse) / g.contacts).toBeLessThan(ROUGH_ERROR)
      }),
      { seed: SEED, numRuns: RUNS },
    )
  })

  // A contact arriving in hour h of a gap is first seen when the next stretch starts, `wait`
  // minutes after the hour's end at the earliest; a target shorter than the wait from the hour's
  // start can therefore not be met for any of them, whatever the plan or the staff.
  it('a target shorter than a coverage gap cannot be met for contacts arriving in it', () => {
    fc.assert(
      fc.property(
        coverage,
        fc.nat(HOURS_PER_WEEK - 1),
        fc.double({ min: 1, max: 300, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (flags, hour, contacts, fraction) => {
          fc.pre(!flags[hour] && flags.some(Boolean))
          // Minutes from the start of `hour` to the next covered hour.
          let wait = 0
          while (!flags[(hour + wait / MINUTES_PER_HOUR) % HOURS_PER_WEEK]) wait += MINUTES_PER_HOUR
          const targetMinutes = Math.max(1, Math.floor((wait - MINUTES_PER_HOUR) * fraction))
          fc.pre(targetMinutes >= 15)
          const onlyThen = Array.from({ length: HOURS_PER_WEEK }, (_, h) => (h === hour ? 1 : 0))
          const r = evaluateChannel({
            channel: makeAsyncChannel({ coverage: flags, targetSeconds: targetMinutes * 60 }),
            business: makeBusiness(),
            pattern: onlyThen,
            contactsPerWeek: contacts,
          })
          expect(r.attainment).toBe(0)
          expect(r.bestPossibleAttainment).toBe(0)
          expect(r.targetMet).toBe(false)
        },
      ),
      { seed: SEED, numRuns: RUNS },
    )
  })
})
