/**
 * Async channels for one week: the staff presence that meets the target (or what fixed hours
 * buy), on top of the minute-by-minute pile of work in async-channel.ts.
 *
 * Staff presence is measured in minutes per covered hour (the allowance): that is the capacity
 * the pile is worked at. Paid hours = allowance × covered hours ÷ 60 ÷ (1 − shrinkage). In
 * meet-targets mode the allowance is never below the work ÷ the occupancy cap, so nobody is
 * planned to be busy all the time: the spare share absorbs the bursts a steady flow hides.
 */
import { checkMinutes, runAsyncQueue, type AsyncQueueResult } from './pile'
import type { ChannelEvaluationInput, QueueWeek } from '../types'
import type { Channel } from '../../model/types'

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
const GOLDEN = (1 + Math.sqrt(5)) / 2
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
  /** Only the share within target is needed (the searches): skip the expectation's count. */
  targetOnly = false,
): AsyncQueueResult {
  const { channel } = input
  const target = channel.targetSeconds / 60
  return runAsyncQueue({
    thresholdsMinutes: targetOnly ? [target] : [target, channel.expectationHours * 60],
    contactsPerWeek: contacts,
    pattern: input.pattern,
    coverage: channel.coverage,
    handleMinutes: channel.handleMinutes,
    minutesPerCheck: channel.minutesPerCheck,
    checkIntervalSeconds: lookIntervalMinutes * 60,
    allowanceMinutesPerHour: allowance,
    histogram: !targetOnly,
  })
}

/** Share of the offered contacts answered within the target (0) or the expectation (1). */
function shareWithin(run: AsyncQueueResult, threshold: 0 | 1, offered: number): number {
  if (offered <= 0) return 1
  return Math.min(1, (run.within[threshold] ?? 0) / offered)
}

/**
 * Contacts a week of the run standing for unlimited staff. With unlimited staff every look's
 * pile is answered the minute it is seen, so the share within target depends on the coverage,
 * the looks and the pattern, not on the volume: one run serves every volume and every repeat
 * round, and the answer does not depend on which volume asked first.
 */
const UNLIMITED_RUN_CONTACTS = 1000

/**
 * What unlimited staff reach, kept between the runs of one evaluation (its repeat rounds) or
 * of one channel's curve (every volume): keyed by what the answer depends on.
 */
export class UnlimitedMemo {
  private readonly shares = new Map<string, number>()

  /** Share within target that unlimited staff reach, looking every `lookIntervalMinutes`. */
  attainment(input: ChannelEvaluationInput, lookIntervalMinutes: number): number {
    const { channel } = input
    const key = JSON.stringify([
      channel.coverage,
      input.pattern,
      channel.handleMinutes,
      channel.minutesPerCheck,
      channel.targetSeconds,
      lookIntervalMinutes,
    ])
    let share = this.shares.get(key)
    if (share === undefined) {
      const run = asyncRun(
        input,
        UNLIMITED_RUN_CONTACTS,
        UNLIMITED_ALLOWANCE,
        lookIntervalMinutes,
        true,
      )
      share = shareWithin(run, 0, UNLIMITED_RUN_CONTACTS)
      this.shares.set(key, share)
    }
    return share
  }
}

/**
 * Can any staff meet this async channel's target? Looks every minute see everything any other
 * schedule sees, as early or earlier, so the target is reachable exactly when unlimited staff
 * looking every minute meet it. The answer does not depend on the volume.
 */
function asyncTargetReachable(input: ChannelEvaluationInput, memo: UnlimitedMemo): boolean {
  return memo.attainment(input, LOOK_INTERVALS_MINUTES[0]) >= input.channel.targetShare
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
  /** Contacts answered within target less paid hours (one paid hour = one contact). */
  value: number
}

/** Where a search may start: the plan of a nearby case (the previous repeat round). */
export interface AllowanceHint {
  allowanceMinutesPerHour: number
  lookIntervalMinutes: number
}

/**
 * Meet-targets mode. For each look interval the target allows, the least allowance that answers
 * the target share within the target time, never below the work ÷ the occupancy cap; the
 * cheapest of these wins (the longer interval on a tie). When no allowance reaches the target
 * (coverage rules it out: a Friday-evening post to a weekday channel waits for Monday whatever
 * the staff), or reaching it costs more paid hours than it answers contacts on time, the
 * allowance with the best trade-off, counting one paid hour as worth one contact answered within
 * target.
 *
 * Allowances live on the grid max(floor, 2^(k / STEPS_PER_DOUBLING)), the same for every case,
 * and the answer for an interval is the least grid point that meets the target (attainment
 * never falls as the allowance grows). Once one interval's answer is known, another can only
 * win if it meets the target one grid step lower: one run tells, and only then is it searched.
 * Its floor (looks only add work as intervals shorten) ends the search early when it already
 * costs as much. These cuts are exact: the answer is the one trying every interval in full
 * would give.
 */
function planForTarget(
  input: ChannelEvaluationInput,
  contacts: number,
  covered: number,
  hint: AllowanceHint | undefined,
  memo: UnlimitedMemo,
): { allowance: number; lookIntervalMinutes: number; bestAttainment: number } {
  const { channel, business } = input
  const targetShare = channel.targetShare
  const paidHours = (a: number) => (a * covered) / 60 / (1 - business.shrinkage)
  const valueOf = (a: number, attainment: number) =>
    attainment * contacts - CONTACTS_PER_PAID_HOUR_WORTH_IT * paidHours(a)
  const intervals = lookIntervalsFor(channel.targetSeconds)
  const floorAt = (interval: number) => {
    const looks = checkMinutes(channel.coverage, interval * 60).length
    const work = contacts * channel.handleMinutes + looks * channel.minutesPerCheck
    return Math.max(work / covered / business.maxOccupancy, 1e-6)
  }
  // Looks every minute see everything any other schedule sees, as early or earlier: if even
  // they, with unlimited staff, miss the target, no interval reaches it.
  const reachable = contacts <= 0 || asyncTargetReachable(input, memo)

  /** What unlimited staff reach at each interval tried. */
  const limits = new Map<number, number>()
  let met: (Option & { k: number }) | undefined
  let unmet: (Option & { refine: () => Option }) | undefined
  const consider = (
    interval: number,
    grid: AllowanceGrid,
    k: number,
    attainmentAt: (k: number) => number,
    halfWidth = 64,
  ) => {
    const optionAt = (j: number): Option => {
      const a = grid.value(j)
      return {
        allowance: a,
        lookIntervalMinutes: interval,
        paidHours: paidHours(a),
        value: valueOf(a, attainmentAt(j)),
      }
    }
    const option = optionAt(k)
    if (unmet && option.value <= unmet.value) return
    // The doublings only bracket the best trade-off; settle it to 1/64 of a doubling (about
    // 1 %) by golden-section search, so the staff follows the volume smoothly. The search range is
    // a doubling either side, or `halfWidth` steps around a hint, moved along while the best
    // point sits on its edge.
    const refine = () => {
      const step = STEPS_PER_DOUBLING / 64
      const at = (j: number) => optionAt(k + j * step)
      const bottom = Math.ceil((grid.lowest - k) / step)
      const top = Math.floor((grid.highest - k) / step)
      let centre = 0
      let best = option
      for (let moves = 0; moves < 8; moves++) {
        let lo = Math.max(bottom, centre - halfWidth)
        let hi = Math.min(top, centre + halfWidth)
        let m1 = Math.round(hi - (hi - lo) / GOLDEN)
        let m2 = Math.round(lo + (hi - lo) / GOLDEN)
        let v1 = at(m1).value
        let v2 = at(m2).value
        while (hi - lo > 3) {
          if (v1 < v2) {
            lo = m1
            m1 = m2
            v1 = v2
            m2 = Math.max(m1 + 1, Math.round(lo + (hi - lo) / GOLDEN))
            v2 = at(m2).value
          } else {
            hi = m2
            m2 = m1
            v2 = v1
            m1 = Math.min(m2 - 1, Math.round(hi - (hi - lo) / GOLDEN))
            v1 = at(m1).value
          }
        }
        let bestJ = centre
        for (let j = lo; j <= hi; j++) {
          const o = at(j)
          if (o.value > best.value) {
            best = o
            bestJ = j
          }
        }
        const onEdge =
          (bestJ <= centre - halfWidth && bestJ > bottom) ||
          (bestJ >= centre + halfWidth && bestJ < top)
        if (!onEdge) break
        centre = bestJ
      }
      return best
    }
    unmet = { ...option, refine }
  }

  // The hinted interval first (its answer is usually the winner, and makes the cuts bite),
  // then the others, longest first.
  const hinted = hint && intervals.includes(hint.lookIntervalMinutes) ? hint : undefined
  const order = hinted
    ? [hinted.lookIntervalMinutes, ...intervals.filter((m) => m !== hinted.lookIntervalMinutes)]
    : intervals
  for (const [position, interval] of order.entries()) {
    if (!reachable && interval !== intervals[0]) continue
    const floor = floorAt(interval)
    const grid = new AllowanceGrid(floor)
    const attained = new Map<number, number>()
    const attainmentAt = (k: number) => {
      let a = attained.get(k)
      if (a === undefined) {
        a = shareWithin(asyncRun(input, contacts, grid.value(k), interval, true), 0, contacts)
        attained.set(k, a)
      }
      return a
    }
    const meets = (k: number) => attainmentAt(k) >= targetShare
    if (met) {
      // Longest first after the hinted one: floors only grow from here.
      if (paidHours(floor) >= met.paidHours) break
      // Unlimited staff with these looks miss the target: no allowance meets it (no run).
      if (memo.attainment(input, interval) < targetShare) continue
      const cheaper = Math.max(grid.lowest, grid.indexOf(met.allowance) - 1)
      if (grid.value(cheaper) >= met.allowance || !meets(cheaper)) continue
      const k = grid.leastMeeting(attainmentAt, targetShare, grid.lowest, cheaper)
      met = { ...optionAt(k), k }
      continue
    }
    // What unlimited staff reach with these looks: an interval that cannot reach the target
    // is skipped; out of reach everywhere, more staff stops being tried near this limit.
    const limit = contacts <= 0 ? 1 : memo.attainment(input, interval)
    if (reachable && limit < targetShare) continue
    limits.set(interval, limit)
    const start =
      hinted && position === 0 ? grid.indexOf(hinted.allowanceMinutesPerHour) : undefined
    if (!reachable && start !== undefined) {
      // Out of reach, from a nearby plan: the best trade-off is near it (1/8 doubling either
      // side, moved along if need be), so no doublings are needed.
      consider(interval, grid, start, attainmentAt, 8)
      continue
    }
    const found = grid.search(attainmentAt, targetShare, {
      start,
      limit: reachable ? undefined : limit,
      missed: (k) => consider(interval, grid, k, attainmentAt),
    })
    if (found !== undefined) met = { ...optionAt(found), k: found }

    function optionAt(k: number): Option {
      const a = grid.value(k)
      return {
        allowance: a,
        lookIntervalMinutes: interval,
        paidHours: paidHours(a),
        value: valueOf(a, attainmentAt(k)),
      }
    }
  }
  // A target reached only by staff that answer less than a contact on time per extra paid
  // hour is not worth reaching: keep the better trade-off found on the way.
  const trade = met && unmet && met.value >= unmet.value ? undefined : unmet?.refine()
  const chosen = met && (!trade || met.value >= trade.value) ? met : trade
  const allowance = chosen?.allowance ?? 0
  const lookIntervalMinutes = chosen?.lookIntervalMinutes ?? intervals[0] ?? 1
  const bestAttainment =
    limits.get(lookIntervalMinutes) ??
    (contacts <= 0 ? 1 : memo.attainment(input, lookIntervalMinutes))
  return { allowance, lookIntervalMinutes, bestAttainment }
}

/**
 * Allowances one interval may take: index `lowest` is the floor itself, index k above it is
 * 2^(k / STEPS_PER_DOUBLING) minutes. The grid is shared by every case, so answers compare.
 */
class AllowanceGrid {
  readonly lowest: number
  constructor(private readonly floor: number) {
    this.lowest = Math.floor(Math.log2(floor) * STEPS_PER_DOUBLING)
  }
  value(k: number): number {
    return k <= this.lowest ? this.floor : Math.max(this.floor, 2 ** (k / STEPS_PER_DOUBLING))
  }
  /** The least index whose value is at least `a`. */
  indexOf(a: number): number {
    if (a <= this.floor) return this.lowest
    let k = Math.ceil(Math.log2(a) * STEPS_PER_DOUBLING - 1e-9)
    while (k > this.lowest + 1 && this.value(k - 1) >= a) k--
    while (this.value(k) < a) k++
    return k
  }
  get highest(): number {
    return this.lowest + MAX_DOUBLINGS * STEPS_PER_DOUBLING
  }
  /**
   * The least k in (lo, hi] that meets the target, given that hi meets and lo (if above lowest)
   * does not. Attainment grows smoothly with the allowance, so each probe goes where the straight
   * line through the bracket's ends crosses the target, and a halving follows any probe that
   * did not halve the bracket: the answer of plain bisection (the least index that meets), in
   * fewer runs.
   */
  leastMeeting(
    attainmentAt: (k: number) => number,
    target: number,
    lo: number,
    hi: number,
  ): number {
    if (lo <= this.lowest) {
      if (attainmentAt(this.lowest) >= target) return this.lowest
      lo = this.lowest
    }
    let halve = false
    while (hi - lo > 1) {
      let k: number
      if (halve) {
        k = Math.floor((lo + hi) / 2)
      } else {
        const below = attainmentAt(lo)
        const above = attainmentAt(hi)
        const t = above > below ? (target - below) / (above - below) : 0.5
        k = Math.min(hi - 1, Math.max(lo + 1, lo + Math.ceil(t * (hi - lo) - 1e-9)))
      }
      const width = hi - lo
      if (attainmentAt(k) >= target) hi = k
      else lo = k
      halve = !halve && hi - lo > width / 2
    }
    return hi
  }
  /**
   * The least index that meets the target, or undefined when even 2^MAX_DOUBLINGS × the floor
   * does not. Without a start: double from the floor (recording each miss through `missed`, and
   * stopping within AT_COVERAGE_LIMIT of `limit`, what unlimited staff reach, when the target is
   * out of reach), then settle within the last doubling. With a start (a nearby answer): step
   * away from it until the target is crossed, each step aimed a little past where the line
   * through the last two runs crosses it (at least 8 grid steps, at least double the last step
   * when that line says nothing), then settle.
   */
  search(
    attainmentAt: (k: number) => number,
    target: number,
    options: {
      start: number | undefined
      limit: number | undefined
      missed: (k: number, attainment: number) => void
    },
  ): number | undefined {
    const { start, limit, missed } = options
    if (
      start !== undefined &&
      start > this.lowest &&
      start <= this.highest &&
      limit === undefined
    ) {
      // Down from a start that meets, up from one that does not.
      const down = attainmentAt(start) >= target
      let from = start
      let step = 8
      for (;;) {
        const k = down ? Math.max(this.lowest, from - step) : Math.min(this.highest, from + step)
        const attainment = attainmentAt(k)
        if (down && attainment < target) return this.leastMeeting(attainmentAt, target, k, from)
        if (!down && attainment >= target) return this.leastMeeting(attainmentAt, target, from, k)
        if (k === this.lowest) return k
        if (k === this.highest) return undefined
        const slope = (attainment - attainmentAt(from)) / (k - from)
        const aim = slope > 0 ? Math.ceil((Math.abs(target - attainment) / slope) * 1.25) + 2 : 0
        step = Math.max(8, aim > 0 ? aim : 2 * step)
        from = k
      }
    }
    for (let d = 0; d <= MAX_DOUBLINGS; d++) {
      const k = this.lowest + d * STEPS_PER_DOUBLING
      const attainment = attainmentAt(k)
      if (attainment >= target) {
        return d === 0 ? k : this.leastMeeting(attainmentAt, target, k - STEPS_PER_DOUBLING, k)
      }
      missed(k, attainment)
      if (limit !== undefined && attainment >= limit - AT_COVERAGE_LIMIT) return undefined
    }
    return undefined
  }
}

export function asyncWeek(
  input: ChannelEvaluationInput,
  contacts: number,
  hint?: AllowanceHint,
  memo = new UnlimitedMemo(),
): QueueWeek {
  const { channel, business } = input
  const covered = coveredHoursOf(channel)
  if (covered === 0) return emptyWeek(contacts, input.staffHoursPerWeek ?? 0)
  const present = 1 - business.shrinkage
  let allowance: number
  let lookIntervalMinutes: number
  let bestAttainment: number
  if (input.staffHoursPerWeek !== undefined) {
    // Fixed hours: look as often as answers the most within target with these hours (every
    // step of the ladder up to the target is tried; the longer interval on a tie). The best
    // of curves that each rise with the hours still rises with them.
    allowance = (input.staffHoursPerWeek * present * 60) / covered
    let best = { interval: lookIntervalsFor(channel.targetSeconds)[0] ?? 1, attainment: -1 }
    for (const interval of lookIntervalsFor(channel.targetSeconds)) {
      const attainment = shareWithin(
        asyncRun(input, contacts, allowance, interval, true),
        0,
        contacts,
      )
      if (attainment > best.attainment + 1e-12) best = { interval, attainment }
    }
    lookIntervalMinutes = best.interval
    bestAttainment = contacts <= 0 ? 1 : memo.attainment(input, lookIntervalMinutes)
  } else {
    ;({ allowance, lookIntervalMinutes, bestAttainment } = planForTarget(
      input,
      contacts,
      covered,
      hint,
      memo,
    ))
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

function emptyWeek(contacts: number, staffHours: number): QueueWeek {
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
