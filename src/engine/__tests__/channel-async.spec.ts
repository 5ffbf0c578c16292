/**
 * Scenario: email and other channels answered when someone looks. Checks the three parts of a
 * response time by hand: the wait to the next look, the wait to the next covered hour, and the
 * queue of work ahead.
 */
import { describe, expect, it } from 'vitest'
import { checkMinutes, runAsyncQueue } from '../async-channel'
import { evaluateChannel } from '../channel'
import { ALWAYS, FLAT, makeAsyncChannel, makeBusiness, WEEKDAY_OFFICE } from './support/factory'

const INSTANT = 1e9 // work-minutes per hour: answering takes no time

function within(run: ReturnType<typeof runAsyncQueue>, minutes: number, offered: number): number {
  let sum = 0
  for (let i = 0; i <= minutes; i++) sum += run.histogram[i] ?? 0
  return sum / offered
}

describe('looks at the channel', () => {
  it('when a covered stretch starts, every target time while it lasts, and before it ends', () => {
    // Weekdays 09–17 with a 1 h target: 09:00, 10:00, …, 16:00 and 16:59: 9 a day, 45 a week.
    const looks = checkMinutes(WEEKDAY_OFFICE, 3600)
    expect(looks).toHaveLength(45)
    expect(looks.slice(0, 9)).toEqual([540, 600, 660, 720, 780, 840, 900, 960, 1019])
    // 4 h target: 09:00, 13:00 and 16:59: 3 a day.
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
  it('24/7, looked at hourly, instant answers: waits spread evenly over 0–60 min', () => {
    // Arrivals are even, looks every 60 min: the wait is uniform on (0, 60). Half within 30.
    const run = runAsyncQueue({
      contactsPerWeek: 1000,
      pattern: FLAT,
      coverage: ALWAYS,
      handleMinutes: 5,
      minutesPerCheck: 2,
      checkIntervalSeconds: 3600,
      allowanceMinutesPerHour: INSTANT,
    })
    expect(within(run, 60, 1000)).toBeCloseTo(1, 9)
    expect(within(run, 30, 1000)).toBeCloseTo(0.5, 2)
    expect(run.meanMinutes).toBeCloseTo(30, 0)
  })

  it('weekdays 09–17 only: contacts arriving 08:00–17:00 on weekdays are answered within 1 h', () => {
    // Looks at 09:00 … 16:00 and 16:59. Arrivals 08:00–09:00 are seen at the 09:00 opening,
    // later ones at the next look; from 17:00 they wait for the next morning. That is 9 of each
    // weekday's 24 hours: 5 × 9 / 168 of an evenly spread week, less one minute a day: the
    // timeline runs to the minute and counts the 08:00 minute's arrivals at 60.5 minutes.
    const run = runAsyncQueue({
      contactsPerWeek: 1000,
      pattern: FLAT,
      coverage: WEEKDAY_OFFICE,
      handleMinutes: 5,
      minutesPerCheck: 2,
      checkIntervalSeconds: 3600,
      allowanceMinutesPerHour: INSTANT,
    })
    expect(within(run, 60, 1000)).toBeCloseTo((45 - 5 / 60) / 168, 9)
    // Everything is answered eventually: Friday 16:00 – Monday 09:00 is the longest wait.
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
    // Looks at 09:00, 13:00 and 16:59 on weekdays: arrivals from 05:00 to 17:00 (12 h) can be
    // seen within 4 h; 5 × 12/168 = 0.357 is the most any staff could do.
    expect(r.bestPossibleAttainment).toBeCloseTo((5 * 12) / 168, 2)
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
