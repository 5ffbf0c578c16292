/**
 * Scenario: email and other channels answered when someone looks. Checks the three parts of a
 * response time by hand: the wait to the next look, the wait to the next covered hour, and the
 * queue of work ahead.
 */
import { describe, expect, it } from 'vitest'
import { checkMinutes, runAsyncQueue } from '../async/pile'
import { evaluateChannel } from '../evaluate'
import {
  ALWAYS,
  FLAT,
  makeAsyncChannel,
  makeBusiness,
  WEEKDAY_OFFICE,
} from '../../__tests__/support/factory'

const UNLIMITED = 1e9 // minutes of staff presence per hour: piles go at once

describe('looks at the channel', () => {
  it('when a covered stretch starts, every target time while it lasts, and before it ends', () => {
    // Weekdays 09–17 with a 1 h target: 09:00, 10:00, …, 16:00 and 16:45: 9 a day, 45 a week.
    const looks = checkMinutes(WEEKDAY_OFFICE, 3600)
    expect(looks).toHaveLength(45)
    expect(looks.slice(0, 9)).toEqual([540, 600, 660, 720, 780, 840, 900, 960, 1005])
    // 4 h target: 09:00, 13:00 and 16:45: 3 a day.
    expect(checkMinutes(WEEKDAY_OFFICE, 4 * 3600)).toHaveLength(15)
    // 24/7 with a 1 h target: one an hour from Monday 00:00, 168.
    expect(checkMinutes(ALWAYS, 3600)).toHaveLength(168)
  })

  it('a longer target never means more looks', () => {
    let previous = Infinity
    for (let minutes = 1; minutes <= 48 * 60; minutes += 7) {
      const n = checkMinutes(WEEKDAY_OFFICE, minutes * 60).length
      expect(n).toBeLessThanOrEqual(previous)
      previous = n
    }
  })
})

describe('response time = wait to the next look (+ coverage + queue)', () => {
  // Unlimited staff: piles go at once, but each reply is one person's 5 minutes. The timeline
  // runs to the minute, so shares can be off by a minute's worth of contacts.
  const MINUTE = 1 / 60

  it('24/7, looked at hourly, unlimited staff: the wait for a look plus one reply', () => {
    // The wait for a look is uniform on (0, 60) min, then 5 min to reply: within 60 min when
    // the wait is under 55 (55/60 = 0.917), within 30 when under 25 (0.417); mean 30 + 5 = 35.
    const run = runAsyncQueue({
      contactsPerWeek: 1000,
      pattern: FLAT,
      coverage: ALWAYS,
      handleMinutes: 5,
      minutesPerCheck: 2,
      checkIntervalSeconds: 3600,
      allowanceMinutesPerHour: UNLIMITED,
      thresholdsMinutes: [60, 30],
    })
    expect(Math.abs((run.within[0] ?? 0) / 1000 - 55 / 60)).toBeLessThanOrEqual(MINUTE)
    expect(Math.abs((run.within[1] ?? 0) / 1000 - 25 / 60)).toBeLessThanOrEqual(MINUTE)
    expect(run.meanMinutes).toBeCloseTo(35, 0)
  })

  it('weekdays 09–17 only: the looks of the day decide who is answered within the hour', () => {
    // Looks at 09:00 … 16:00 and 16:45. Within 1 h means seen by a look no more than 55 min
    // after arriving: 55 min of arrivals before each of the eight looks 09:00–16:00 (those
    // before 09:00 wait from 08:05), and the 45 min from 16:00 to 16:45 for the last look:
    // 8 × 55 + 45 = 485 min a weekday, 5 × 485 / (168 × 60) = 0.2406 of an even week.
    const run = runAsyncQueue({
      contactsPerWeek: 1000,
      pattern: FLAT,
      coverage: WEEKDAY_OFFICE,
      handleMinutes: 5,
      minutesPerCheck: 2,
      checkIntervalSeconds: 3600,
      allowanceMinutesPerHour: UNLIMITED,
      thresholdsMinutes: [60],
    })
    expect(Math.abs((run.within[0] ?? 0) / 1000 - (5 * 485) / (168 * 60))).toBeLessThanOrEqual(
      (5 * MINUTE) / 168,
    )
    // Everything is answered eventually: Friday 16:45 – Monday 09:00 is the longest wait.
    expect(run.unanswered).toBeCloseTo(0, 6)
  })

  it('backlog: one person 15 minutes an hour cannot keep up with 6 emails an hour', () => {
    // 6 × 5 min = 30 work-minutes arrive per hour but only 15 are available: half the
    // contacts stay unanswered, and the pile grows through the measured week.
    const run = runAsyncQueue({
      contactsPerWeek: 6 * 168,
      pattern: FLAT,
      coverage: ALWAYS,
      handleMinutes: 5,
      minutesPerCheck: 0,
      checkIntervalSeconds: 3600,
      allowanceMinutesPerHour: 15,
    })
    // Over the three weeks 3 × 168 × 15 = 7 560 minutes answer at most 1 512 of the 2 016
    // contacts of weeks one and two; the first week's 1 008 go first, leaving at most 504 of
    // the measured week. A little less: early in week one the worker catches up with what has
    // been seen and waits for the next look, so some minutes go unused.
    expect(run.answered).toBeLessThanOrEqual(504 + 1e-6)
    expect(run.answered).toBeGreaterThan(495)
    expect(run.unanswered).toBeCloseTo(1008 - run.answered, 6)
    expect(run.maxBacklog).toBeGreaterThan(run.backlogAtWeekEnd - 1e-9)
  })
})

describe('email, meet-targets mode', () => {
  const business = makeBusiness()
  const email = makeAsyncChannel({ coverage: ALWAYS })

  it('24/7 with a 4 h target: reaches 80 % for little more than the work itself', () => {
    const r = evaluateChannel({ channel: email, contactsPerWeek: 400, business, pattern: FLAT })
    // Work: 400 × 5 min = 33.3 h, plus 42 looks (every 4 h) × 2 min = 1.4 h.
    expect(r.checkHoursPerWeek).toBeCloseTo((42 * 2) / 60, 9)
    expect(r.workloadHoursPerWeek).toBeCloseTo(400 * (5 / 60) + 1.4, 6)
    expect(r.attainment).toBeGreaterThanOrEqual(0.8)
    expect(r.targetMet).toBe(true)
    // Paid hours at least the work ÷ (occupancy 0.85 × (1 − shrinkage 0.3)) = 34.73 / 0.595.
    expect(r.staffHoursPerWeek).toBeGreaterThanOrEqual((400 * (5 / 60) + 1.4) / 0.595 - 1e-6)
  })

  it('weekday coverage cannot reach 80 % within 4 h of an evenly spread week, and says so', () => {
    const r = evaluateChannel({
      channel: makeAsyncChannel({ coverage: WEEKDAY_OFFICE }),
      contactsPerWeek: 400,
      business,
      pattern: FLAT,
    })
    // Looks at 09:00, 13:00 and 16:45 on weekdays, and a reply takes 5 min: arrivals from
    // 05:05 to 09:00, 09:05 to 13:00 and 13:00 to 16:45 make it: 235 + 235 + 225 = 695 min a
    // day; 5 × 695 / (168 × 60) = 0.345 is the most any staff could do.
    expect(r.bestPossibleAttainment).toBeCloseTo((5 * 695) / (168 * 60), 2)
    expect(r.targetMet).toBe(false)
    expect(r.attainment).toBeLessThanOrEqual(r.bestPossibleAttainment + 1e-9)
  })
})

describe('fixed hours: a team of one spread thin', () => {
  const business = makeBusiness()
  const channel = makeAsyncChannel({
    coverage: WEEKDAY_OFFICE,
    targetSeconds: 3600,
    expectationHours: 1,
  })

  it('the more hours a channel gets, the more it answers on time', () => {
    const at = (hours: number) =>
      evaluateChannel({
        channel,
        contactsPerWeek: 300,
        business,
        pattern: FLAT,
        staffHoursPerWeek: hours,
      })
    const thin = at(40 / 6)
    const focused = at(60)
    expect(thin.mode).toBe('fixed-hours')
    expect(thin.staffHoursPerWeek).toBeCloseTo(40 / 6, 9)
    // 60 paid hours give 60 × 0.7 = 42 h on the channel, enough for the 26.5 h needed.
    expect(focused.attainment).toBeGreaterThan(thin.attainment)
    expect(focused.contactsUnserved).toBeCloseTo(0, 6)
    // 40/6 paid hours give 6.67 × 0.7 = 4.67 h on the channel; the week needs 300 × 5 min
    // = 25 h plus 45 looks × 2 min = 1.5 h: most contacts are never answered.
    expect(thin.contactsHandled).toBeLessThan(0.2 * 300)
    expect(thin.contactsUnserved).toBeGreaterThan(0.8 * 300)
  })
})
