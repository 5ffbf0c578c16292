/**
 * Async channels for one week: the staff presence that meets the target (or what fixed hours
 * buy), on top of the minute-by-minute pile of work in async-channel.ts.
 *
 * Staff presence is measured in minutes per covered hour (the allowance): that is the capacity
 * the pile is worked at. Paid hours = allowance × covered hours ÷ 60 ÷ (1 − shrinkage). In
 * meet-targets mode the allowance is never below the work ÷ the occupancy cap, so nobody is
 * planned to be busy all the time: the spare share absorbs the bursts a steady flow hides.
 */
import { runAsyncQueue, type AsyncQueueResult } from './async-channel'
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
/** The meet-targets search settles the allowance to this relative precision. */
const SEARCH_PRECISION = 1e-3

export function coveredHoursOf(channel: Channel): number {
  return channel.coverage.reduce((s, c) => s + (c ? 1 : 0), 0)
}

function asyncRun(
  input: ChannelEvaluationInput,
  contacts: number,
  allowance: number,
): AsyncQueueResult {
  const { channel } = input
  return runAsyncQueue({
    thresholdsMinutes: [channel.targetSeconds / 60, channel.expectationHours * 60],
    contactsPerWeek: contacts,
    pattern: input.pattern,
    coverage: channel.coverage,
    handleMinutes: channel.handleMinutes,
    minutesPerCheck: channel.minutesPerCheck,
    checkIntervalSeconds: channel.targetSeconds,
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

/**
 * Meet-targets mode: the least allowance that answers the target share within the target
 * time, never below the work ÷ the occupancy cap. When no allowance reaches the target (coverage
 * rules it out: a Friday-evening post to a weekday channel waits for Monday whatever the staff),
 * or reaching it costs more paid hours than it answers contacts on time, the allowance with the
 * best trade-off, counting one paid hour as worth one contact answered within target.
 */
function allowanceForTarget(
  input: ChannelEvaluationInput,
  contacts: number,
  covered: number,
  instant: AsyncQueueResult,
): number {
  const { channel, business } = input
  const attainmentAt = (a: number) => shareWithin(asyncRun(input, contacts, a), 0, contacts)
  const paidHours = (a: number) => (a * covered) / 60 / (1 - business.shrinkage)
  const limit = shareWithin(instant, 0, contacts)
  const floor = Math.max(instant.workMinutes / covered / business.maxOccupancy, 1e-6)
  const valueAt = (a: number, attainment: number) =>
    attainment * contacts - CONTACTS_PER_PAID_HOUR_WORTH_IT * paidHours(a)
  let best = { allowance: floor, value: -Infinity }
  let lo = 0
  let hi = 0
  for (let k = 0, a = floor; k <= MAX_DOUBLINGS; k++, a *= 2) {
    const attainment = attainmentAt(a)
    if (attainment >= channel.targetShare) {
      if (k === 0) return floor
      lo = a / 2
      hi = a
      break
    }
    const value = valueAt(a, attainment)
    if (value > best.value) best = { allowance: a, value }
    if (attainment >= limit - AT_COVERAGE_LIMIT) break
  }
  if (hi === 0) return best.allowance
  while (hi - lo > SEARCH_PRECISION * hi) {
    const mid = (lo + hi) / 2
    if (attainmentAt(mid) >= channel.targetShare) hi = mid
    else lo = mid
  }
  // A target reached only by staff that answer less than a contact on time per extra paid
  // hour is not worth reaching: keep the better trade-off found on the way.
  return valueAt(hi, attainmentAt(hi)) >= best.value ? hi : best.allowance
}

export function asyncRound(input: ChannelEvaluationInput, contacts: number): Round {
  const { channel, business } = input
  const covered = coveredHoursOf(channel)
  if (covered === 0) return emptyRound(contacts, input.staffHoursPerWeek ?? 0)
  const present = 1 - business.shrinkage
  // What instant answers would reach: the coverage limit, reported and used by the search.
  const instant = asyncRun(input, contacts, UNLIMITED_ALLOWANCE)
  const allowance =
    input.staffHoursPerWeek !== undefined
      ? (input.staffHoursPerWeek * present * 60) / covered
      : allowanceForTarget(input, contacts, covered, instant)
  const run = asyncRun(input, contacts, allowance)
  const capacity = allowance * covered

  return {
    handled: run.answered,
    unserved: run.unanswered,
    attainment: shareWithin(run, 0, contacts),
    bestAttainment: shareWithin(instant, 0, contacts),
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
    plan: { kind: 'allowance', allowanceMinutesPerHour: allowance },
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
    plan: { kind: 'allowance', allowanceMinutesPerHour: 0 },
  }
}
