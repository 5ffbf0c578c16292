/**
 * Async channels for one week: the staff presence that meets the target (or what fixed hours
 * buy), on top of the minute-by-minute pile of work in async-channel.ts.
 *
 * Staff presence is measured in minutes per covered hour (the allowance): that is the capacity
 * the pile is worked at. Paid hours = allowance × covered hours ÷ 60 ÷ (1 − shrinkage). In
 * meet-targets mode the allowance is never below the work ÷ the occupancy cap, so nobody is
 * planned to be busy all the time: the spare share absorbs the bursts a steady flow hides.
 */
import { checkMinutes, runAsyncQueue, type AsyncQueueResult } from './async-channel'
import type { ChannelEvaluationInput, Round } from './channel-round'
import type { Channel } from './types'

/** Presence that makes answering instant: what coverage and looks alone allow. */
const UNLIMITED_ALLOWANCE = 1e9
/**
 * When the target is out of reach, staff is worth adding only while each extra paid hour
 * answers at least this many more contacts within target.
 */
const CONTACTS_PER_PAID_HOUR_WORTH_IT = 1
/** Presence levels tried when looking for the best trade-off: the floor × 2^k, k ≤ this. */
const MAX_DOUBLINGS = 8
/** Within this of the best coverage allows, more staff cannot help. */
const AT_COVERAGE_LIMIT = 1e-3
/**
 * The meet-targets search settles the allowance on the grid 2^(k / STEPS_PER_DOUBLING) minutes
 * (steps of 0.07 %). One grid for every channel and target makes the answer monotone: a target
 * that is easier to meet at every allowance is met at the same grid point or a lower one.
 */
const STEPS_PER_DOUBLING = 1024
/**
 * How often somebody may look, in minutes: the intervals people keep to. A target of T is
 * served by looking every T rounded down to this ladder, or more often when that is cheaper
 * (a long target looked at rarely lets piles grow that need more staff to clear in time).
 */
export const LOOK_INTERVALS_MINUTES = [
  1, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1440, 2880, 4320, 10080,
] as const

export function coveredHoursOf(channel: Channel): number {
  return channel.coverage.reduce((s, c) => s + (c ? 1 : 0), 0)
}

/** The look intervals a target allows, longest first: the ladder's steps up to the target. */
export function lookIntervalsFor(targetSeconds: number): number[] {
  const fits = LOOK_INTERVALS_MINUTES.filter((m) => m * 60 <= targetSeconds + 1e-6)
  return fits.length > 0 ? [...fits].reverse() : [LOOK_INTERVALS_MINUTES[0]]
}

function asyncRun(
  input: ChannelEvaluationInput,
  contacts: number,
  allowance: number,
  lookIntervalMinutes: number,
): AsyncQueueResult {
  const { channel } = input
  return runAsyncQueue({
    thresholdsMinutes: [channel.targetSeconds / 60, channel.expectationHours * 60],
    contactsPerWeek: contacts,
    pattern: input.pattern,
    coverage: channel.coverage,
    handleMinutes: channel.handleMinutes,
    minutesPerCheck: channel.minutesPerCheck,
    checkIntervalSeconds: lookIntervalMinutes * 60,
    allowanceMinutesPerHour: allowance,
  })
}

/** Share of the offered contacts answered within the target (0) or the expectation (1). */
function shareWithin(run: AsyncQueueResult, threshold: 0 | 1, offered: number): number {
  if (offered <= 0) return 1
  return Math.min(1, (run.within[threshold] ?? 0) / offered)
}

function histogramPercentile(run: AsyncQueueResult, p: number): number {
  if (run.answered <= 0) return 0
  let cumulative = 0
  for (let i = 0; i < run.histogram.length; i++) {
    cumulative += run.histogram[i] ?? 0
    if (cumulative >= p * run.answered - 1e-9) return i * 60
  }
  return Infinity
}

interface Option {
  allowance: number
  lookIntervalMinutes: number
  paidHours: number
  /** What unlimited presence reaches with these looks: the coverage limit. */
  limit: number
  /** Contacts answered within target less paid hours (one paid hour = one contact). */
  value: number
}

/**
 * Meet-targets mode. For each look interval the target allows, the least allowance that answers
 * the target share within the target time, never below the work ÷ the occupancy cap; the
 * cheapest of these wins. When no allowance reaches the target (coverage rules it out: a
 * Friday-evening post to a weekday channel waits for Monday whatever the staff), or reaching it
 * costs more paid hours than it answers contacts on time, the allowance with the best trade-off,
 * counting one paid hour as worth one contact answered within target.
 *
 * Intervals are tried longest first. Looking more often never means less work, so once an
 * interval's floor costs as much as the cheapest way found to meet the target, no shorter
 * interval can do better and the search stops: an exact cut, not a heuristic.
 */
function planForTarget(
  input: ChannelEvaluationInput,
  contacts: number,
  covered: number,
): { allowance: number; lookIntervalMinutes: number; bestAttainment: number } {
  const { channel, business } = input
  const paidHours = (a: number) => (a * covered) / 60 / (1 - business.shrinkage)
  const option = (a: number, interval: number, limit: number, attainment: number): Option => ({
    allowance: a,
    lookIntervalMinutes: interval,
    paidHours: paidHours(a),
    limit,
    value: attainment * contacts - CONTACTS_PER_PAID_HOUR_WORTH_IT * paidHours(a),
  })
  let met: Option | undefined
  let unmet: Option | undefined
  const intervals = lookIntervalsFor(channel.targetSeconds)
  const floorAt = (interval: number) => {
    const looks = checkMinutes(channel.coverage, interval * 60).length
    const work = contacts * channel.handleMinutes + looks * channel.minutesPerCheck
    return Math.max(work / covered / business.maxOccupancy, 1e-6)
  }
  // Looks every minute see everything any other schedule sees, as early or earlier: if even
  // they, with unlimited staff, miss the target, no interval reaches it, and only the target's
  // own interval is searched for the best trade-off.
  const shortest = LOOK_INTERVALS_MINUTES[0]
  const reachable =
    shareWithin(asyncRun(input, contacts, UNLIMITED_ALLOWANCE, shortest), 0, contacts) >=
    channel.targetShare
  for (const interval of reachable ? intervals : intervals.slice(0, 1)) {
    const floor = floorAt(interval)
    if (met && paidHours(floor) >= met.paidHours) break
    const limit = shareWithin(asyncRun(input, contacts, UNLIMITED_ALLOWANCE, interval), 0, contacts)
    if (reachable && limit < channel.targetShare) continue
    const attainmentAt = (a: number) =>
      shareWithin(asyncRun(input, contacts, a, interval), 0, contacts)
    for (let k = 0, a = floor; k <= MAX_DOUBLINGS; k++, a *= 2) {
      const attainment = attainmentAt(a)
      if (attainment >= channel.targetShare) {
        const least =
          k === 0 ? floor : leastOnGrid(a / 2, a, floor, attainmentAt, channel.targetShare)
        const found = option(least, interval, limit, attainmentAt(least))
        if (!met || found.paidHours < met.paidHours) met = found
        break
      }
      const found = option(a, interval, limit, attainment)
      if (!unmet || found.value > unmet.value) unmet = found
      if (!reachable && attainment >= limit - AT_COVERAGE_LIMIT) break
    }
  }
  // A target reached only by staff that answer less than a contact on time per extra paid
  // hour is not worth reaching: keep the better trade-off found on the way.
  const chosen = met && (!unmet || met.value >= unmet.value) ? met : unmet
  const fallback = intervals[0] ?? LOOK_INTERVALS_MINUTES[0]
  return {
    allowance: chosen?.allowance ?? 0,
    lookIntervalMinutes: chosen?.lookIntervalMinutes ?? fallback,
    bestAttainment: chosen?.limit ?? 0,
  }
}

/**
 * The least allowance max(floor, 2^(k / STEPS_PER_DOUBLING)) that meets the target, given that
 * `lo` does not and `hi` does (more presence never lowers attainment).
 */
function leastOnGrid(
  lo: number,
  hi: number,
  floor: number,
  attainmentAt: (a: number) => number,
  targetShare: number,
): number {
  const at = (k: number) => Math.max(floor, 2 ** (k / STEPS_PER_DOUBLING))
  let kLo = Math.floor(Math.log2(lo) * STEPS_PER_DOUBLING)
  let kHi = Math.ceil(Math.log2(hi) * STEPS_PER_DOUBLING)
  // Attainment is smooth in the allowance, so guess where it crosses the target by straight
  // lines (Illinois false position) and fall back to halving when a guess gains little. Any
  // shrinking bracket ends on the same grid point; this one needs fewer runs.
  let fLo = attainmentAt(at(kLo)) - targetShare
  let fHi = attainmentAt(at(kHi)) - targetShare
  let side = 0
  while (kHi - kLo > 1) {
    let mid = Math.floor((kLo + kHi) / 2)
    if (fHi > fLo) {
      const guess = Math.round(kLo + ((kHi - kLo) * -fLo) / (fHi - fLo))
      mid = Math.min(kHi - 1, Math.max(kLo + 1, guess))
    }
    const f = attainmentAt(at(mid)) - targetShare
    if (f >= 0) {
      kHi = mid
      fHi = f
      if (side === 1) fLo /= 2
      side = 1
    } else {
      kLo = mid
      fLo = f
      if (side === -1) fHi /= 2
      side = -1
    }
  }
  return at(kHi)
}

export function asyncRound(input: ChannelEvaluationInput, contacts: number): Round {
  const { channel, business } = input
  const covered = coveredHoursOf(channel)
  if (covered === 0) return emptyRound(contacts, input.staffHoursPerWeek ?? 0)
  const present = 1 - business.shrinkage
  let allowance: number
  let lookIntervalMinutes: number
  let bestAttainment: number
  if (input.staffHoursPerWeek !== undefined) {
    // Fixed hours: look every target time (on the ladder); what instant answers would reach
    // is the coverage limit.
    lookIntervalMinutes = lookIntervalsFor(channel.targetSeconds)[0] ?? 1
    allowance = (input.staffHoursPerWeek * present * 60) / covered
    const instant = asyncRun(input, contacts, UNLIMITED_ALLOWANCE, lookIntervalMinutes)
    bestAttainment = shareWithin(instant, 0, contacts)
  } else {
    ;({ allowance, lookIntervalMinutes, bestAttainment } = planForTarget(input, contacts, covered))
  }
  const run = asyncRun(input, contacts, allowance, lookIntervalMinutes)
  const capacity = allowance * covered

  return {
    handled: run.answered,
    unserved: run.unanswered,
    attainment: shareWithin(run, 0, contacts),
    bestAttainment,
    meanResponseSeconds: run.meanMinutes * 60,
    p90ResponseSeconds: histogramPercentile(run, 0.9),
    // Late: answered after the expectation, or never.
    lateShare: 1 - shareWithin(run, 1, contacts),
    staffHours: capacity / 60 / present,
    workloadHours: Math.min(run.workMinutes, capacity) / 60,
    checkHours: (run.checks * channel.minutesPerCheck) / 60,
    floorStaffHours: 0,
    occupancy: capacity > 0 ? Math.min(1, run.workMinutes / capacity) : 0,
    backlogAtWeekEnd: run.backlogAtWeekEnd,
    plan: { kind: 'allowance', allowanceMinutesPerHour: allowance, lookIntervalMinutes },
  }
}

function emptyRound(contacts: number, staffHours: number): Round {
  return {
    handled: 0,
    unserved: contacts,
    attainment: contacts > 0 ? 0 : 1,
    bestAttainment: contacts > 0 ? 0 : 1,
    meanResponseSeconds: 0,
    p90ResponseSeconds: contacts > 0 ? Infinity : 0,
    lateShare: contacts > 0 ? 1 : 0,
    staffHours,
    workloadHours: 0,
    checkHours: 0,
    floorStaffHours: 0,
    occupancy: 0,
    backlogAtWeekEnd: contacts,
    plan: { kind: 'allowance', allowanceMinutesPerHour: 0, lookIntervalMinutes: 1 },
  }
}
