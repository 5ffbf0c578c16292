/**
 * The async look policy, simulated (simulation/async.ts), against values derived by hand from
 * the policy text. Each test states its derivation; means are checked within three standard
 * errors over many seeded weeks (fixed seeds, so every run computes the same numbers).
 *
 * Times are seconds from the run's first Monday 00:00; with the default two warm-up weeks the
 * measured week starts at MEASURED.
 */
import { describe, expect, it } from 'vitest'
import type { Channel } from '../../model/types'
import { HOURS_PER_WEEK } from '../../model/types'
import {
  ALWAYS,
  FLAT,
  OFFICE_ONLY,
  WEEKDAY_OFFICE,
  makeAsyncChannel,
  makeBusiness,
  makeChannel,
} from '../../__tests__/support/factory'
import {
  ASYNC_FINISH_WEEKS,
  ASYNC_WARMUP_WEEKS,
  simulateAsync,
  stretchesOf,
  type AsyncTally,
  type LookStaffing,
} from '../async'
import { createRandom } from '../random'
import { simulateWeek } from '../simulate-week'
import type { SimulationInput, SimulationResult } from '../types'

const MINUTE = 60
const HOUR = 3600
const DAY = 24 * HOUR
const WEEK = 7 * DAY
const MEASURED = ASYNC_WARMUP_WEEKS * WEEK
const business = makeBusiness()

interface Setup {
  channel?: Partial<Channel>
  interval: number
  people?: number
  answeredShare?: number
  contactsPerWeek?: number
  pattern?: readonly number[]
  warmupWeeks?: number
}

function inputOf(setup: Setup): SimulationInput {
  const staffing: LookStaffing = {
    kind: 'looks',
    lookIntervalMinutes: setup.interval,
    people: setup.people ?? 1,
  }
  if (setup.answeredShare !== undefined) staffing.answeredShare = setup.answeredShare
  const input: SimulationInput = {
    channel: makeAsyncChannel(setup.channel),
    contactsPerWeek: setup.contactsPerWeek ?? 0,
    pattern: setup.pattern ?? FLAT,
    business,
    staffing,
  }
  if (setup.warmupWeeks !== undefined) input.warmupWeeks = setup.warmupWeeks
  return input
}

const week = (setup: Setup, seed = 1): SimulationResult =>
  simulateWeek(inputOf(setup), createRandom(seed))

/** `runs` weeks, run r seeded by base + r. */
function weeks(setup: Setup, runs: number, base = 1000): SimulationResult[] {
  const input = inputOf(setup)
  return Array.from({ length: runs }, (_, r) => simulateWeek(input, createRandom(base + r)))
}

/** A pattern with all its weight spread evenly over the given hours of the week. */
function onlyHours(hours: readonly number[]): number[] {
  const set = new Set(hours)
  return Array.from({ length: HOURS_PER_WEEK }, (_, h) => (set.has(h) ? 1 / set.size : 0))
}

/** Coverage of the given hours of the week only. */
function coveredHours(hours: readonly number[]): boolean[] {
  const set = new Set(hours)
  return Array.from({ length: HOURS_PER_WEEK }, (_, h) => set.has(h))
}

/** Sunday 20:00 to Monday 02:00: one stretch of six hours through midnight. */
const SUNDAY_NIGHT = coveredHours([164, 165, 166, 167, 0, 1])

interface Estimate {
  value: number
  se: number
}

function mean(xs: readonly number[]): Estimate {
  const n = xs.length
  const m = xs.reduce((a, b) => a + b, 0) / n
  const v = xs.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1)
  return { value: m, se: Math.sqrt(v / n) }
}

/** Σy ÷ Σx over weeks, with its standard error (the ratio estimator's delta method). */
function ratio(ys: readonly number[], xs: readonly number[]): Estimate {
  const n = xs.length
  const sx = xs.reduce((a, b) => a + b, 0)
  const r = ys.reduce((a, b) => a + b, 0) / sx
  let s = 0
  for (let i = 0; i < n; i++) s += ((ys[i] ?? 0) - r * (xs[i] ?? 0)) ** 2
  return { value: r, se: Math.sqrt(s / (n * (n - 1))) / (sx / n) }
}

function expectWithin3SE(e: Estimate, expected: number): void {
  expect(e.se).toBeGreaterThan(0)
  expect(Math.abs(e.value - expected)).toBeLessThanOrEqual(3 * e.se)
}

/** Simpson's rule on [a, b] with n (even) intervals. */
function simpson(f: (x: number) => number, a: number, b: number, n = 2000): number {
  const h = (b - a) / n
  let s = f(a) + f(b)
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(a + i * h)
  return (s * h) / 3
}

// ------------------------------------------------------------------ traces

interface Trace {
  /** Every arrival, and the ones drawn to be answered. */
  all: number[]
  answered: number[]
  looks: { time: number; check: boolean }[]
  replies: { arrival: number; start: number; end: number }[]
  tally: AsyncTally
}

function traced(setup: Setup, seed: number): Trace {
  const input = inputOf(setup)
  if (input.staffing.kind !== 'looks') throw new Error('async is staffed by looks')
  const t: Omit<Trace, 'tally'> = { all: [], answered: [], looks: [], replies: [] }
  const tally = simulateAsync(input, input.staffing, createRandom(seed), {
    arrival: (time, answered) => {
      t.all.push(time)
      if (answered) t.answered.push(time)
    },
    look: (time, check) => t.looks.push({ time, check }),
    reply: (arrival, start, end) => t.replies.push({ arrival, start, end }),
  })
  return { ...t, tally }
}

/** Number of entries of a sorted array at most x (or below x when `strict`). */
function countUpTo(sorted: readonly number[], x: number, strict = false): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const v = sorted[mid] ?? Infinity
    if (strict ? v < x : v <= x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Looks the policy prescribes up to `until`, computed from the coverage afresh. */
function expectedLooks(coverage: readonly boolean[], interval: number, until: number): number[] {
  const I = interval * MINUTE
  const covered = (h: number): boolean => coverage[h % HOURS_PER_WEEK] === true
  const out: number[] = []
  if (coverage.every(Boolean)) {
    for (let w = 0; w * WEEK <= until; w++) {
      for (let k = 0; k * I < WEEK; k++) out.push(w * WEEK + k * I)
    }
  } else {
    for (let H = 0; H * HOUR <= until; H++) {
      // A stretch starts in an hour covered after one not covered (the week is a cycle).
      if (!covered(H) || covered(H + HOURS_PER_WEEK - 1)) continue
      let end = H + 1
      while (covered(end)) end++
      for (let k = 0; H * HOUR + k * I < end * HOUR; k++) out.push(H * HOUR + k * I)
    }
  }
  return out.filter((t) => t <= until)
}

/**
 * Checks a whole run against the policy, event by event: the look schedule; each look a check
 * exactly when nobody is at work; no reply started outside a stretch or during a check; first
 * come first served; at most c replies at once; and at every moment something happens (a look,
 * a check or a reply ending) exactly min(free people, pile) replies start there, none elsewhere.
 */
function verify(setup: Setup, trace: Trace): void {
  const input = inputOf(setup)
  const { coverage } = input.channel
  const c = setup.people ?? 1
  const m = input.channel.minutesPerCheck * MINUTE
  const covered = (t: number): boolean => coverage[Math.floor(t / HOUR) % HOURS_PER_WEEK] === true
  const { looks, replies, answered } = trace
  const lastLook = looks.at(-1)?.time ?? 0

  expect(looks.map((l) => l.time)).toEqual(expectedLooks(coverage, setup.interval, lastLook))

  // First come first served: replies start in arrival order, every answered contact in turn.
  replies.forEach((r, i) => {
    expect(r.arrival).toBe(answered[i])
    if (i > 0) expect(r.start).toBeGreaterThanOrEqual(replies[i - 1]?.start ?? 0)
  })
  const starts = replies.map((r) => r.start)
  const ends = replies.map((r) => r.end).sort((a, b) => a - b)
  const lookTimes = looks.map((l) => l.time)
  const checks = looks.filter((l) => l.check).map((l) => l.time)
  const checkAt = (x: number): boolean => {
    const i = countUpTo(checks, x) - 1
    const last = checks[i]
    return last !== undefined && x < last + m
  }
  // Replies at work at x: started by x, not yet ended (one ending at x is done).
  const busy = (x: number): number => countUpTo(starts, x) - countUpTo(ends, x)

  for (const r of replies) {
    // Shown by a look at or before its start, started in a stretch, never during a check.
    const shownAt = lookTimes[countUpTo(lookTimes, r.arrival, true)] ?? Infinity
    expect(shownAt).toBeLessThanOrEqual(r.start)
    expect(covered(r.start)).toBe(true)
    expect(checkAt(r.start)).toBe(false)
    expect(busy(r.start)).toBeLessThanOrEqual(c)
  }
  // A look is a check when nobody is at work as it comes: no reply running through it, no
  // check running, and nobody who just finished work at that instant took a reply from the
  // pile first (work ending comes before a look at the same instant).
  const checkEnds = checks.map((t) => t + m)
  // Work ending at x before a look at x: a reply, or a check begun earlier (with m = 0 the
  // look's own check ends at x too, but after it).
  const endsAt = (x: number): boolean =>
    countUpTo(ends, x) > countUpTo(ends, x, true) ||
    (m > 0 && countUpTo(checkEnds, x) > countUpTo(checkEnds, x, true))
  looks.forEach((l, i) => {
    const earlier = checks[countUpTo(checks, l.time, true) - 1]
    const checkRunning = earlier !== undefined && l.time < earlier + m
    const continuing = countUpTo(starts, l.time, true) - countUpTo(ends, l.time)
    const previous = lookTimes[i - 1] ?? -Infinity
    const pileBefore = countUpTo(answered, previous) - countUpTo(starts, l.time, true)
    const tookFromPile = endsAt(l.time) && covered(l.time) && pileBefore > 0
    expect([i, l.check]).toEqual([i, continuing === 0 && !checkRunning && !tookFromPile])
  })

  // Work conservation at every moment something happens.
  const moments = new Set<number>([...lookTimes, ...checkEnds, ...ends])
  for (const s of starts) expect(moments.has(s)).toBe(true)
  for (const x of moments) {
    if (x > lastLook) continue
    const startsHere = countUpTo(starts, x) - countUpTo(starts, x, true)
    const continuing = countUpTo(starts, x, true) - countUpTo(ends, x)
    const seenBy = lookTimes[countUpTo(lookTimes, x) - 1] ?? -Infinity
    const pile = countUpTo(answered, seenBy) - countUpTo(starts, x, true)
    const expected = covered(x) && !checkAt(x) ? Math.min(c - continuing, pile) : 0
    expect([x, startsHere]).toEqual([x, expected])
  }

  // The tally is the measured week of this trace.
  const measuredEnd = MEASURED + WEEK
  const measured = (t: number): boolean => t >= MEASURED && t < measuredEnd
  expect(trace.tally.offered).toBe(trace.all.filter(measured).length)
  expect(trace.tally.checks).toBe(checks.filter(measured).length)
  const horizon = measuredEnd + ASYNC_FINISH_WEEKS * WEEK
  const done = replies.filter((r) => measured(r.arrival) && r.end <= horizon)
  const byValue = (a: number, b: number): number => a - b
  expect([...trace.tally.responses].sort(byValue)).toEqual(
    done.map((r) => r.end - r.arrival).sort(byValue),
  )
  const replyMinutes = done.reduce((a, r) => a + (r.end - r.start), 0) / MINUTE
  expect(trace.tally.replyMinutes).toBeCloseTo(replyMinutes, 6)
}

// ------------------------------------------------------------------ tests

describe('stretches', () => {
  it('weekday office hours are five stretches of 9:00–17:00', () => {
    expect(stretchesOf(WEEKDAY_OFFICE)).toEqual(
      [0, 1, 2, 3, 4].map((d) => ({
        start: d * DAY + 9 * HOUR,
        looksUntil: d * DAY + 17 * HOUR,
        end: d * DAY + 17 * HOUR,
      })),
    )
  })

  it('a run through Sunday midnight is one stretch, starting Sunday 20:00, six hours long', () => {
    expect(stretchesOf(SUNDAY_NIGHT)).toEqual([
      { start: 164 * HOUR, looksUntil: 170 * HOUR, end: 170 * HOUR },
    ])
  })

  it('round the clock: no stretch end, looks restart each Monday; nothing covered: none', () => {
    expect(stretchesOf(ALWAYS)).toEqual([{ start: 0, looksUntil: WEEK, end: Infinity }])
    expect(stretchesOf(new Array<boolean>(HOURS_PER_WEEK).fill(false))).toEqual([])
  })
})

describe('look schedule: with no contacts every look is a check', () => {
  it('weekday 9–17 every 60 min: 40 looks, staff minutes 40 × c × m', () => {
    // 8 looks a day (9:00 … 16:00; 17:00 is the end, not before it) × 5 days = 40.
    const one = week({ interval: 60, people: 1, channel: { minutesPerCheck: 3 } })
    expect(one).toMatchObject({ checks: 40, checkMinutes: 120, replyMinutes: 0 })
    expect(one.staffMinutes).toBe(120)
    expect(one).toMatchObject({ offered: 0, answered: 0, attainment: 1, answeredShare: 1 })
    const two = week({ interval: 60, people: 2, channel: { minutesPerCheck: 3 } })
    expect(two).toMatchObject({ checks: 40, checkMinutes: 240, staffMinutes: 240 })
  })

  it('an interval that does not divide the stretch: looks strictly before its end', () => {
    // 480-minute stretches: I = 180 → 9:00, 12:00, 15:00 = 3 a day; I = 480 → 9:00 only (17:00
    // is the end); I = 481 → 9:00 only; I = 7 → ⌈480 / 7⌉ = 69 (7 × 68 = 476 < 480).
    expect(week({ interval: 180 }).checks).toBe(15)
    expect(week({ interval: 480 }).checks).toBe(5)
    expect(week({ interval: 481 }).checks).toBe(5)
    expect(week({ interval: 7 }).checks).toBe(5 * 69)
  })

  it('the looks of the measured Monday, every 3 h: 9:00, 12:00, 15:00', () => {
    const t = traced({ interval: 180 }, 1)
    const monday = t.looks.filter((l) => l.time >= MEASURED && l.time < MEASURED + DAY)
    expect(monday).toEqual([9, 12, 15].map((h) => ({ time: MEASURED + h * HOUR, check: true })))
  })

  it('round the clock every 45 min: 10080 / 45 = 224 looks; every 100 min: ⌈100.8⌉ = 101', () => {
    const r45 = week({ interval: 45, people: 3, channel: { coverage: ALWAYS, minutesPerCheck: 2 } })
    expect(r45).toMatchObject({ checks: 224, checkMinutes: 224 * 3 * 2 })
    expect(week({ interval: 100, channel: { coverage: ALWAYS } }).checks).toBe(101)
  })

  it('round the clock every 100 min: the last look is Sunday 22:40, the next Monday 00:00', () => {
    const t = traced({ interval: 100, channel: { coverage: ALWAYS } }, 1)
    const times = t.looks.map((l) => l.time).filter((x) => x >= MEASURED - 2 * HOUR)
    // Sunday 22:40 = minute 10000 of the week; the next look 80 minutes later, on Monday 00:00.
    expect(times.slice(0, 3)).toEqual([MEASURED - 80 * MINUTE, MEASURED, MEASURED + 100 * MINUTE])
  })

  it('a stretch through Sunday midnight is one stretch: 6 looks an hour apart, 8 at 45 min', () => {
    // One 360-minute stretch: I = 60 → 6 looks; I = 45 → 0, 45, …, 315 = 8 looks, two of them
    // on Monday (00:30, 01:15). Cut at midnight it would be 240 + 120 min: 6 + 3 = 9 looks.
    // I = 90 → 0, 90, 180, 270 = 4 (cut: 3 + 2 = 5).
    expect(week({ interval: 60, channel: { coverage: SUNDAY_NIGHT } }).checks).toBe(6)
    expect(week({ interval: 45, channel: { coverage: SUNDAY_NIGHT } }).checks).toBe(8)
    expect(week({ interval: 90, channel: { coverage: SUNDAY_NIGHT } }).checks).toBe(4)
    const t = traced({ interval: 45, channel: { coverage: SUNDAY_NIGHT } }, 1)
    const mondayLooks = t.looks.filter((l) => l.time >= MEASURED && l.time < MEASURED + DAY)
    expect(mondayLooks.map((l) => l.time - MEASURED)).toEqual([30 * MINUTE, 75 * MINUTE])
  })

  it('I < m: a look during a check is free', () => {
    // I = 2, m = 3: check at 9:00 (to 9:03), 9:02 free, 9:04 a check (to 9:07), 9:06 free, …:
    // a check every 4 min, 9:00 + 4k for k = 0 … 119 → 120 a day, 600 a week.
    const r = week({ interval: 2, channel: { minutesPerCheck: 3 } })
    expect(r).toMatchObject({ checks: 600, checkMinutes: 1800 })
  })

  it('a check ending just as a look comes: work ends first, so that look is a check again', () => {
    // I = 1, m = 3: the check from 9:00 ends at 9:03 as the 9:03 look comes; nothing to answer,
    // nobody at work, so 9:03 is a check: 9:00 + 3k, k = 0 … 159 → 160 a day, 800 a week.
    expect(week({ interval: 1, channel: { minutesPerCheck: 3 } }).checks).toBe(800)
  })

  it('checks of no minutes still count as checks', () => {
    expect(week({ interval: 60, channel: { minutesPerCheck: 0 } })).toMatchObject({
      checks: 40,
      checkMinutes: 0,
      staffMinutes: 0,
    })
  })

  it('nothing covered: no looks, every contact unserved', () => {
    const none = new Array<boolean>(HOURS_PER_WEEK).fill(false)
    const r = week({ interval: 60, contactsPerWeek: 100, channel: { coverage: none } })
    expect(r.offered).toBeGreaterThan(50)
    expect(r).toMatchObject({ checks: 0, answered: 0, attainment: 0, lateShare: 1 })
    expect(r.unserved).toBe(r.offered)
    expect(r.uncovered).toBe(r.offered)
  })
})

describe('one email a day on weekdays, arriving 10:00–11:00; looks every 60 min', () => {
  const emailADay: Setup = {
    interval: 60,
    contactsPerWeek: 5,
    pattern: onlyHours([0, 1, 2, 3, 4].map((d) => d * 24 + 10)),
    channel: { minutesPerCheck: 3, handleMinutes: 5, targetSeconds: HOUR },
  }
  const RUNS = 20_000
  /** P(the 12:00 look finds a reply running) = Σn≥1 e^−1/n! · P(Gamma(n, 5) > 57). */
  const FREE_NOON = 1.95e-4
  const one = weeks(emailADay, RUNS)

  it('staff minutes ≈ 40 × 3 + 5 × 5 = 145', () => {
    // 40 looks, each a check unless a reply is still running: only the 12:00 look can be, when
    // the day's n ~ Poisson(1) replies (started 11:03) take over 57 min: Σn e^−1/n! ·
    // P(Gamma(n, 5) > 57) = 1.95e−4 a day, so 40 − 5 × 1.95e−4 = 39.99903 checks, costing
    // 120 − 3 × 5 × 1.95e−4 = 119.9971. Replies: Poisson(5) contacts × 5 min = 25. Mean 144.9971;
    // measured 144.975 (SE 0.112), checks 39.9989 (SE 0.0002).
    for (const r of one) expect(r.staffMinutes).toBe((r.checkMinutes ?? 0) + (r.replyMinutes ?? 0))
    expectWithin3SE(mean(one.map((r) => r.staffMinutes ?? 0)), 120 - 3 * 5 * FREE_NOON + 25)
    expectWithin3SE(mean(one.map((r) => r.checks ?? 0)), 40 - 5 * FREE_NOON)
    expect(one.every((r) => r.unserved === 0)).toBe(true)
  })

  it('with one person, the share within 60 min counts the queue behind earlier emails', () => {
    // A contact arriving u min after 10:00 (u uniform on (0, 60)) has J ~ Poisson(u / 60) earlier
    // ones that day, all shown at 11:00 (a check, to 11:03), answered first: it ends at
    // 63 + S(J + 1), S(k) ~ Gamma(k, 5) the sum of k replies; within 60 min when
    // S(J + 1) ≤ u − 3. P = (1/60) ∫₃⁶⁰ Σj Pois(j; u/60) P(Gamma(j + 1, 5) ≤ u − 3) du = 0.84640
    // (Simpson below). Measured 0.8467 (SE 0.0013).
    const gammaCdf = (k: number, x: number): number => {
      let term = 1
      let sum = 1
      for (let i = 1; i < k; i++) sum += term *= x / 5 / i
      return 1 - Math.exp(-x / 5) * sum
    }
    const integrand = (u: number): number => {
      let p = 0
      let pois = Math.exp(-u / 60)
      for (let j = 0; j < 30; j++) {
        p += pois * gammaCdf(j + 1, u - 3)
        pois *= u / 60 / (j + 1)
      }
      return p
    }
    const exact = simpson(integrand, 3, 60) / 60
    expect(exact).toBeCloseTo(0.8464, 4)
    const share = ratio(
      one.map((r) => r.withinTarget),
      one.map((r) => r.offered),
    )
    expectWithin3SE(share, exact)
    // Mean response: (60 − u) + 3 + 5 × (1 + J): 30 + 3 + 5 + 5 × E[u / 60] = 40.5 min = 2430 s;
    // measured 2431.2 s (SE 3.7).
    expectWithin3SE(
      ratio(
        one.map((r) => r.meanResponseSeconds * r.answered),
        one.map((r) => r.answered),
      ),
      40.5 * MINUTE,
    )
  })

  it('with a person for each email, the share within 60 min is P(U + 3 + E ≤ 60)', () => {
    // 25 people: no email ever waits for another (P(26 in one hour) ≈ 1e−27). Response =
    // (11:00 − arrival) + 3 + E, 11:00 − arrival = U uniform on (0, 60), E ~ Exp(5):
    // P = (1/60) ∫₀⁵⁷ (1 − e^−(57 − w)/5) dw = (57 − 5(1 − e^−11.4)) / 60 = 0.866668.
    // Measured 0.8664 (SE 0.0011).
    const many = weeks({ ...emailADay, people: 25 }, RUNS)
    const exact = (57 - 5 * (1 - Math.exp(-57 / 5))) / 60
    expect(exact).toBeCloseTo(0.866668, 6)
    expectWithin3SE(
      ratio(
        many.map((r) => r.withinTarget),
        many.map((r) => r.offered),
      ),
      exact,
    )
    // Every look a check for all 25 but a 12:00 one when a reply outlasts 57 min: about
    // 5 e^−11.4 a week, each saving 75 min: 3000 − 375 e^−11.4 = 2999.9958; measured 2999.9925
    // (SE 0.0053).
    expectWithin3SE(mean(many.map((r) => r.checkMinutes ?? 0)), 3000 - 375 * Math.exp(-57 / 5))
  })
})

describe('waiting between stretches', () => {
  it('a Friday-evening post to a weekday 9–17 channel is never within 4 h: it waits for Monday', () => {
    // Posts Friday 19:00–20:00; the next look is Monday 9:00, a check (to 9:03): every response
    // is at least 61 h + 3 min, so none is within 4 h and all are later than expected.
    const setup: Setup = {
      interval: 60,
      contactsPerWeek: 20,
      pattern: onlyHours([4 * 24 + 19]),
      channel: { minutesPerCheck: 3, targetSeconds: 4 * HOUR, expectationHours: 4 },
    }
    for (let seed = 1; seed <= 10; seed++) {
      const r = week(setup, seed)
      expect(r.offered).toBeGreaterThan(0)
      expect(r).toMatchObject({ withinTarget: 0, attainment: 0, lateShare: 1 })
      expect(r.answered).toBe(r.offered)
      expect(r.meanResponseSeconds).toBeGreaterThanOrEqual(61 * HOUR + 3 * MINUTE)
      const t = traced(setup, seed)
      const nextMonday = MEASURED + WEEK
      for (const reply of t.replies.filter(
        (x) => x.arrival >= MEASURED && x.arrival < nextMonday,
      )) {
        expect(reply.start).toBeGreaterThanOrEqual(nextMonday + 9 * HOUR + 3 * MINUTE)
      }
    }
  })

  it('a pile left at 17:00 is answered from the next first look (a check), first come first served', () => {
    // Monday 15:00–16:00 contacts (Poisson(6)), one person, 30-min replies. The 16:00 look
    // shows them all and is a check (to 16:03). Replies run back to back while the stretch
    // lasts; the one running at 17:00 is finished; the rest wait for Tuesday 9:00, a check, and
    // resume at 9:03. So, in arrival order, start₁ = 16:03 and start(k+1) = end(k) when end(k)
    // falls in a stretch, else the next 9:00 + 3 min.
    const setup: Setup = {
      interval: 60,
      contactsPerWeek: 6,
      pattern: onlyHours([15]),
      channel: { minutesPerCheck: 3, handleMinutes: 30 },
    }
    const covered = (t: number): boolean =>
      WEEKDAY_OFFICE[Math.floor(t / HOUR) % HOURS_PER_WEEK] === true
    const nextOpening = (t: number): number => {
      let h = Math.ceil(t / HOUR)
      while (!(covered(h * HOUR) && !covered((h - 1) * HOUR))) h++
      return h * HOUR
    }
    let leftOver = 0
    let finishedAfterClose = 0
    for (let seed = 1; seed <= 40; seed++) {
      const t = traced(setup, seed)
      verify(setup, t)
      const mine = t.replies.filter((r) => r.arrival >= MEASURED && r.arrival < MEASURED + DAY)
      expect(mine.length).toBe(t.tally.offered)
      let expected = MEASURED + 16 * HOUR + 3 * MINUTE
      for (const r of mine) {
        expect(r.start).toBe(expected)
        if (r.start < MEASURED + 17 * HOUR && r.end > MEASURED + 17 * HOUR) finishedAfterClose++
        if (r.start >= MEASURED + 17 * HOUR) leftOver++
        expected = covered(r.end) ? r.end : nextOpening(r.end) + 3 * MINUTE
      }
      const tuesday = t.looks.find((l) => l.time === MEASURED + DAY + 9 * HOUR)
      expect(tuesday?.check).toBe(true)
    }
    // Both cases happen over these seeds.
    expect(leftOver).toBeGreaterThan(0)
    expect(finishedAfterClose).toBeGreaterThan(0)
  })
})

describe('checks and free looks', () => {
  it('a look finding a reply in progress is free, also the first look of a stretch', () => {
    // Replies of 10⁹ min on average: the first contacts (≥ c arrive Monday 9–10 of the first
    // warm-up week, Poisson(50)) are taken at 10:03 after the 10:00 check and last for years
    // (P(one ends within 7 weeks) ≈ 7e−5). Only the first week's 9:00 and 10:00 looks are checks;
    // every later one, each morning's first included, finds somebody at work: free.
    for (const people of [1, 2]) {
      const setup: Setup = {
        interval: 60,
        people,
        contactsPerWeek: 50,
        pattern: onlyHours([9]),
        channel: { minutesPerCheck: 3, handleMinutes: 1e9 },
      }
      const r = week(setup)
      expect(r).toMatchObject({ checks: 0, checkMinutes: 0, answered: 0, staffMinutes: 0 })
      const t = traced(setup, 1)
      expect(t.looks.filter((l) => l.check).map((l) => l.time)).toEqual([9 * HOUR, 10 * HOUR])
    }
  })

  const cases: [string, Setup][] = [
    [
      'Busy office hours: piles, free looks, carry-over to the next morning.',
      {
        interval: 30,
        people: 3,
        contactsPerWeek: 600,
        pattern: OFFICE_ONLY,
        channel: { minutesPerCheck: 2, handleMinutes: 10 },
      },
    ],
    [
      'The same with 60 % answered.',
      {
        interval: 30,
        people: 3,
        answeredShare: 0.6,
        contactsPerWeek: 600,
        pattern: OFFICE_ONLY,
        channel: { minutesPerCheck: 2, handleMinutes: 10 },
      },
    ],
    [
      'Looks more often than a check lasts.',
      {
        interval: 2,
        people: 2,
        contactsPerWeek: 300,
        pattern: FLAT,
        channel: { minutesPerCheck: 3, handleMinutes: 4 },
      },
    ],
    [
      'Check ends coinciding with looks (I = 1, m = 3).',
      {
        interval: 1,
        people: 1,
        contactsPerWeek: 50,
        pattern: OFFICE_ONLY,
        channel: { minutesPerCheck: 3, handleMinutes: 2 },
      },
    ],
    [
      'Free checks (m = 0).',
      {
        interval: 15,
        people: 2,
        contactsPerWeek: 400,
        pattern: OFFICE_ONLY,
        channel: { minutesPerCheck: 0, handleMinutes: 6 },
      },
    ],
    [
      'Round the clock, heavily loaded.',
      {
        interval: 45,
        people: 2,
        contactsPerWeek: 1500,
        pattern: FLAT,
        channel: { coverage: ALWAYS, minutesPerCheck: 1, handleMinutes: 12 },
      },
    ],
    [
      'A stretch through Sunday midnight, everything else piling up for it.',
      {
        interval: 45,
        people: 2,
        contactsPerWeek: 120,
        pattern: FLAT,
        channel: { coverage: SUNDAY_NIGHT, minutesPerCheck: 2, handleMinutes: 6 },
      },
    ],
  ]
  it.each(cases.map(([name, setup], i) => ({ name, setup, seed: 100 + i })))(
    'the run follows the policy event by event: $name',
    ({ setup, seed }) => verify(setup, traced(setup, seed)),
  )
})

describe('response times', () => {
  it('round the clock, looks restart at Monday 00:00: Sunday 23:00–24:00 contacts wait < 1 h', () => {
    // Every 100 min the last look is Sunday 22:40; the next is Monday 00:00. With m = 0 and
    // h = 0 the response is Monday 00:00 − arrival, uniform on (0, 1 h): all within a 1-hour
    // target, mean 30 min. (Were the 100-min cycle carried on, the next look would be Monday
    // 00:20 and responses 20–80 min.) Measured 1812.5 s (SE 10.1).
    const setup: Setup = {
      interval: 100,
      contactsPerWeek: 50,
      pattern: onlyHours([167]),
      channel: { coverage: ALWAYS, minutesPerCheck: 0, handleMinutes: 0, targetSeconds: HOUR },
    }
    const many = weeks(setup, 200)
    for (const r of many) {
      expect(r.attainment).toBe(1)
      expect(r.p90ResponseSeconds ?? Infinity).toBeLessThanOrEqual(HOUR)
    }
    const t = traced(setup, 7)
    for (const r of t.replies) expect(r.start).toBe(Math.ceil(r.arrival / WEEK) * WEEK)
    expectWithin3SE(
      ratio(
        many.map((r) => r.meanResponseSeconds * r.answered),
        many.map((r) => r.answered),
      ),
      1800,
    )
  })

  it('round the clock without queueing: response = wait to the next look + reply', () => {
    // 50 people, 100 contacts a week, m = 0: every contact is answered at the first look after
    // it, so response = W + E, W uniform on (0, I), E ~ Exp(5 min). Mean I/2 + 5: 35 min at
    // I = 60, 27.5 min at I = 45 (10080 / 45 = 224 intervals, so no short one). Within T = 45
    // min at I = 60: (1/60) ∫₀⁴⁵ (1 − e^−(45 − w)/5) dw = (40 + 5 e^−9) / 60 = 0.666677.
    // Measured: 2094.2 s = 34.90 min (SE 6.1 s), 1647.6 s = 27.46 min (SE 4.6 s), 0.6668
    // (SE 0.0027).
    const base: Setup = {
      interval: 60,
      people: 50,
      contactsPerWeek: 100,
      pattern: FLAT,
      channel: {
        coverage: ALWAYS,
        minutesPerCheck: 0,
        handleMinutes: 5,
        targetSeconds: 45 * MINUTE,
      },
    }
    const meanResponse = (rs: SimulationResult[]): Estimate =>
      ratio(
        rs.map((r) => r.meanResponseSeconds * r.answered),
        rs.map((r) => r.answered),
      )
    const r60 = weeks(base, 300)
    expectWithin3SE(meanResponse(r60), 35 * MINUTE)
    expectWithin3SE(
      ratio(
        r60.map((r) => r.withinTarget),
        r60.map((r) => r.offered),
      ),
      (40 + 5 * Math.exp(-9)) / 60,
    )
    expectWithin3SE(meanResponse(weeks({ ...base, interval: 45 }, 300)), 27.5 * MINUTE)
  })
})

describe('answered share and the cap', () => {
  it('answeredShare 0.5 answers about half the contacts', () => {
    // Each contact answered with probability 0.5 independently: answered ~ Binomial(offered,
    // 0.5); per week within 4 SD (4 √(n/4)); pooled over 20 weeks within 3 SE of 0.5. The
    // capacity (5 people, 2400 min each) is far above 500 × 5 min, so every drawn contact is
    // answered: unserved = offered − answered, none left waiting; mean reply 5 min.
    // Measured share 0.4996 (SE 0.0028), mean reply 5.06 min (SE 0.05).
    const rs = weeks(
      {
        interval: 30,
        people: 5,
        answeredShare: 0.5,
        contactsPerWeek: 1000,
        pattern: OFFICE_ONLY,
        channel: { minutesPerCheck: 2, handleMinutes: 5 },
      },
      20,
    )
    for (const r of rs) {
      expect(Math.abs(r.answered - r.offered / 2)).toBeLessThanOrEqual(4 * Math.sqrt(r.offered / 4))
      expect(r.answeredShare).toBe(r.answered / r.offered)
      expect(r.unserved).toBe(r.offered - r.answered)
      expect(r.uncovered).toBe(0)
      expect(r.attainment).toBeLessThanOrEqual(r.answeredShare)
    }
    const share = ratio(
      rs.map((r) => r.answered),
      rs.map((r) => r.offered),
    )
    expectWithin3SE(share, 0.5)
    const perReply = ratio(
      rs.map((r) => r.replyMinutes ?? 0),
      rs.map((r) => r.answered),
    )
    expectWithin3SE(perReply, 5)
  })

  it('an overloaded channel: the measured week is still unanswered at the cap', () => {
    // 1000 contacts a week, one person, 10-min replies: at most 40 × 60 / 10 = 240 answered a
    // week, so two warm-up weeks leave ≈ 2000 − 480 = 1520 (SD ≈ 45) ahead of the measured
    // week, more than the ≈ 5 × 240 = 1200 (SD ≈ 35) answered by the cap. So none is answered;
    // each morning's 9:00 look is a check (last night's reply long over), every other look finds
    // a reply running: 5 checks, 15 min.
    const r = week({
      interval: 60,
      contactsPerWeek: 1000,
      pattern: OFFICE_ONLY,
      channel: { minutesPerCheck: 3, handleMinutes: 10 },
    })
    expect(r.offered).toBeGreaterThan(800)
    expect(r).toMatchObject({ answered: 0, lateShare: 1, replyMinutes: 0, checks: 5 })
    expect(r.unserved).toBe(r.offered)
    expect(r.uncovered).toBe(r.offered)
    expect(r.checkMinutes).toBe(15)
  })

  it('more warm-up weeks change nothing on a busy but stable channel', () => {
    // 400 contacts × 5 min + ≤ 40 checks × 3 min against 2400 min: 88 % busy, piles carried
    // overnight. The mean attainment with 2 and with 6 warm-up weeks agree within 3 combined SE.
    // Measured 0.8345 (SE 0.0024) and 0.8368 (SE 0.0024).
    const setup: Setup = {
      interval: 60,
      contactsPerWeek: 400,
      pattern: OFFICE_ONLY,
      channel: { minutesPerCheck: 3, handleMinutes: 5 },
    }
    const two = mean(weeks(setup, 300).map((r) => r.attainment))
    const six = mean(weeks({ ...setup, warmupWeeks: 6 }, 300, 5000).map((r) => r.attainment))
    expect(Math.abs(two.value - six.value)).toBeLessThanOrEqual(3 * Math.hypot(two.se, six.se))
  })
})

describe('determinism and arguments', () => {
  const setup: Setup = {
    interval: 30,
    people: 2,
    contactsPerWeek: 300,
    pattern: OFFICE_ONLY,
    channel: { minutesPerCheck: 2 },
  }

  it('the same seed gives the same week; another seed another', () => {
    expect(week(setup, 42)).toEqual(week(setup, 42))
    expect(week(setup, 42)).not.toEqual(week(setup, 43))
  })

  it('rejects bad staffing with a RangeError that says what was wrong', () => {
    const bad = (s: Partial<Setup>, message: RegExp): void => {
      expect(() => week({ ...setup, ...s })).toThrow(RangeError)
      expect(() => week({ ...setup, ...s })).toThrow(message)
    }
    bad({ interval: 0 }, /lookIntervalMinutes must be greater than 0/)
    bad({ interval: -5 }, /lookIntervalMinutes/)
    bad({ interval: Infinity }, /lookIntervalMinutes must be finite/)
    bad({ interval: NaN }, /lookIntervalMinutes must be a number/)
    bad({ people: 0 }, /people must be a whole number of at least 1/)
    bad({ people: 1.5 }, /people must be a whole number/)
    bad({ answeredShare: 0 }, /answeredShare must be a share from above 0 to 1/)
    bad({ answeredShare: 1.2 }, /answeredShare/)
    bad({ warmupWeeks: 1 }, /warmupWeeks must be a whole number of at least 2/)
    bad({ warmupWeeks: 2.5 }, /warmupWeeks/)
    expect(week({ ...setup, answeredShare: 1, warmupWeeks: 3 }).offered).toBeGreaterThan(0)
  })

  it('each kind of channel takes its own staffing; live and chat still run', () => {
    const live = makeChannel()
    const agents: number[] = live.coverage.map((open) => (open ? 2 : 0))
    const liveInput: SimulationInput = {
      channel: live,
      contactsPerWeek: 100,
      pattern: OFFICE_ONLY,
      business,
      staffing: { kind: 'agents', agents },
    }
    const r = simulateWeek(liveInput, createRandom(1))
    expect(r.offered).toBeGreaterThan(0)
    expect(r.checks).toBeUndefined()
    expect(r.answeredShare).toBe(r.answered / r.offered)
    expect(() => simulateWeek({ ...liveInput, warmupWeeks: 3 }, createRandom(1))).toThrow(
      /warmupWeeks applies to async channels only/,
    )
    expect(() =>
      simulateWeek(
        { ...liveInput, staffing: { kind: 'looks', lookIntervalMinutes: 60, people: 1 } },
        createRandom(1),
      ),
    ).toThrow(/a live channel is staffed by agents, got looks/)
    expect(() =>
      simulateWeek({ ...inputOf(setup), staffing: { kind: 'agents', agents } }, createRandom(1)),
    ).toThrow(/an? async channel is staffed by looks, got agents/)
  })
})
