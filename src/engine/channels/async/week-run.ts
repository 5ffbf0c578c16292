/**
 * One plan (I, c) of an async channel run over the week, exactly for the looks policy: the
 * expected checks, replies and staff minutes, and the expected number of contacts answered
 * within each threshold (the target, the customers' expectation).
 *
 * The pile is followed look by look (pile.ts) until the week repeats itself: the state before
 * the week's first look is what the week before leaves behind (periodic steady state), found by
 * running the week from an empty pile until the state at its start stops changing. The passes
 * start after the longest wait between two looks, where the pile is most likely empty, so at
 * small volumes one pass is the steady state.
 *
 * The share of contacts within each threshold is then integrated look by look (look-context.ts).
 */
import { MINUTES_PER_HOUR, MINUTES_PER_WEEK } from './looks'
import { LookContext } from './look-context'
import {
  batchMean,
  ratePieces,
  ratesPerMinute,
  lookPaces,
  type LookPace,
  type RatePiece,
  type WeekRunInput,
} from './run-input'
import {
  acrossGap,
  addAfterAnswering,
  convolveInto,
  mass,
  poissonDist,
  Scratch,
  trimmedLength,
  type Dist,
  type PileState,
} from './pile'

export type { WeekRunInput } from './run-input'

export interface WeekRun {
  /** False when the replies alone need more than c people in every covered minute. */
  stable: boolean
  looks: number
  /** Expected checks a week (looks that found nobody at work). */
  checks: number
  /**
   * Expected contacts answered within each threshold: worked out when first read (a search that
   * only needs a plan's hours, as fixed hours' does, never integrates it).
   */
  readonly within: number[]
  /** Mean response of the answered contacts, minutes (worked out when asked: a display figure). */
  meanMinutes(): number
  /** Expected contacts on hand before the week's first look (waiting or being answered). */
  onHandAtWeekStart: number
  /**
   * Expected contacts answered within a further threshold (the states are kept for it);
   * `coarse` takes fewer quadrature nodes (to about 1e−4 of the contacts: for percentiles).
   */
  withinAt(thresholdMinutes: number, coarse?: boolean): number
  /** Expected staff minutes in each hour of the week (checks, and replies at their look's hour). */
  workMinutesByHour: Float64Array
  /** The steady state before the first look after the longest wait: a start for nearby runs. */
  settledStart: PileState | undefined
}

/** Passes over the week before the steady state is given up on as never settling. */
const MAX_PASSES = 60
/** Passes before the rate at which the state settles is trusted to say whether it will in time. */
const PASSES_BEFORE_PROJECTING = 6
/** The state before the first look has settled when a pass moves it by less than this (L1). */
const SETTLED = 1e-8
/** What happens after look j, fixed by the plan: the same in every pass. */
interface LookStep {
  /** The look's new arrivals: Poisson over 0, 1, 2 … */
  batch: Dist
  /** Uniformized reply endings until the next look (or the stretch's end), after a check. */
  endsAfterCheck: Dist
  /** The same without a check. */
  endsBusy: Dist
  /** The stretch ends before the next look: the pile waits over a gap. */
  crossesGap: boolean
  /** The check runs past the stretch's end (nobody starts a reply after it). */
  checkPastEnd: boolean
  /** Chance a reply running at the stretch's end still runs at the next stretch's first look. */
  stillRunning: number
  /** People replying after this look. */
  people: number
}

function lookSteps(
  input: WeekRunInput,
  pieces: RatePiece[][],
  paces: readonly LookPace[],
): LookStep[] {
  const { schedule } = input
  const n = schedule.times.length
  // Looks of one hour see the same arrivals and wait as long: their Poisson counts are shared.
  const kept = new Map<number, Dist>()
  const poisson = (mean: number): Dist => {
    let d = kept.get(mean)
    if (!d) kept.set(mean, (d = mean > 0 ? poissonDist(mean) : Float64Array.of(1)))
    return d
  }
  return Array.from({ length: n }, (_, j) => {
    const { people: c, handleMinutes: h, minutesPerCheck: m } = paces[j] ?? paceMissing(j)
    const ends = (minutes: number) => poisson(minutes > 0 ? (c * minutes) / h : 0)
    const k = (j + 1) % n
    const crossesGap = !schedule.roundTheClock && schedule.firstOfStretch[k] === 1
    const until = crossesGap
      ? (schedule.toStretchEnd[j] ?? 0)
      : (schedule.sincePrevious[k] ?? MINUTES_PER_WEEK)
    const gap = (schedule.toNextStretch[j] ?? 0) - (schedule.toStretchEnd[j] ?? 0)
    return {
      batch: poisson(batchMean(pieces[j] ?? [])),
      endsAfterCheck: ends(until - m),
      endsBusy: ends(until),
      crossesGap,
      checkPastEnd: crossesGap && until <= m,
      stillRunning: crossesGap ? Math.exp(-gap / h) : 1,
      people: c,
    }
  })
}

function paceMissing(j: number): never {
  throw new RangeError(`look ${j} has no pace`)
}

/** Buffers one pass over the week reuses, so a look allocates nothing. */
class PassBuffers {
  checking = new Float64Array(64)
  answering = new Float64Array(64)
  next = new Float64Array(64)
  idle = new Float64Array(64)
  busy = new Float64Array(64)
  readonly scratch = new Scratch()

  ensure(size: number): void {
    if (this.next.length < size) {
      const grow = (old: Float64Array) => {
        const a = new Float64Array(size * 2)
        a.set(old)
        return a
      }
      this.checking = grow(this.checking)
      this.answering = grow(this.answering)
      this.next = grow(this.next)
      this.idle = grow(this.idle)
      this.busy = grow(this.busy)
    }
  }
}

/**
 * One pass over the week from the state before the start look; returns the state it leaves and
 * the week's expected checks. With `keep`, the state before every look is kept (a copy).
 */
function pass(
  input: WeekRunInput,
  steps: readonly LookStep[],
  from: PileState,
  buffers: PassBuffers,
  keep: PileState[] | undefined,
): PileState & { checks: number } {
  const { schedule } = input
  const n = steps.length
  buffers.ensure(Math.max(from.idle.length, from.busy.length) + 1)
  buffers.idle.set(from.idle)
  buffers.busy.set(from.busy)
  let lengths = { idle: from.idle.length, busy: from.busy.length }
  let checks = 0
  for (let i = 0; i < n; i++) {
    const j = (schedule.startIndex + i) % n
    const step = steps[j]
    if (!step) continue
    const idle = buffers.idle.subarray(0, lengths.idle)
    if (keep) keep[j] = { idle: idle.slice(), busy: buffers.busy.slice(0, lengths.busy) }
    checks += mass(idle)
    lengths = lookStep(step, buffers, lengths)
  }
  // Trimming drops up to 1e−13 a look: scale the mass back to 1, so passes compare.
  const idle = buffers.idle.slice(0, lengths.idle)
  const busy = buffers.busy.slice(0, lengths.busy)
  const total = mass(idle) + mass(busy)
  for (let k = 0; k < idle.length; k++) idle[k] = (idle[k] ?? 0) / total
  for (let k = 0; k < busy.length; k++) busy[k] = (busy[k] ?? 0) / total
  return { idle, busy, checks }
}

/**
 * One look: the state before it (in `buffers.idle` and `buffers.busy`, of the given lengths)
 * becomes the state before the next look, in place; returns the new lengths.
 */
function lookStep(
  step: LookStep,
  buffers: PassBuffers,
  lengths: { idle: number; busy: number },
): { idle: number; busy: number } {
  const c = step.people
  const idle = buffers.idle.subarray(0, lengths.idle)
  const busy = buffers.busy.subarray(0, lengths.busy)
  const size = Math.max(lengths.idle, lengths.busy) + step.batch.length
  buffers.ensure(size)
  const checkingLength = convolveInto(idle, step.batch, buffers.checking)
  const answeringLength = convolveInto(busy, step.batch, buffers.answering)
  const next = buffers.next
  next.fill(0, 0, size)
  if (!step.checkPastEnd) {
    addAfterAnswering(
      buffers.checking,
      checkingLength,
      step.endsAfterCheck,
      c,
      next,
      buffers.scratch,
    )
  }
  addAfterAnswering(buffers.answering, answeringLength, step.endsBusy, c, next, buffers.scratch)
  const length = trimmedLength(next, size)
  if (step.crossesGap) {
    const across = acrossGap(
      next,
      length,
      buffers.checking,
      step.checkPastEnd ? checkingLength : 0,
      step.stillRunning,
      c,
    )
    buffers.ensure(Math.max(across.idle.length, across.busy.length) + 1)
    buffers.idle.set(across.idle)
    buffers.busy.set(across.busy)
    return { idle: across.idle.length, busy: across.busy.length }
  }
  // Nobody on hand: the next look finds nobody at work; anyone on hand: somebody replies.
  buffers.idle[0] = next[0] ?? 0
  buffers.busy.set(next.subarray(0, length))
  buffers.busy[0] = 0
  return { idle: 1, busy: length }
}

/**
 * Whether passes that moved the state by `before` and then `now` settle within the passes left,
 * shrinking at that rate: a pile that barely shrinks (a team busy nearly all its covered time)
 * is given up on at once rather than after every pass.
 */
function settlesInTime(before: number, now: number, passesDone: number): boolean {
  const rate = now / before
  // Early on a pile may still be spreading out (the state moves more each pass) and then settle.
  if (!(rate < 1)) return passesDone < 2 * PASSES_BEFORE_PROJECTING
  return Math.log(SETTLED / now) / Math.log(rate) <= MAX_PASSES - passesDone - 1
}

/** Two pass-to-pass factors this close are taken as one geometric rate. */
const STEADY_RATE = 0.05
/** A rate this close to 1 is too slow to trust a jump on (the pile may be barely settling). */
const MOST_RATE = 0.98
/** Passes at least between two jumps, so the one before is checked first. */
const PASSES_BETWEEN_JUMPS = 3

/**
 * The state `to` (a pass from `from`) moved on by `factor` × (to − from), the geometric rest of
 * the way; negative entries (rounding) set to 0 and the mass scaled back to 1.
 */
function jumped(from: PileState, to: PileState, factor: number): PileState {
  const part = (x: Dist, y: Dist): Float64Array => {
    const out = new Float64Array(Math.max(x.length, y.length))
    for (let i = 0; i < out.length; i++) {
      const a = x[i] ?? 0
      const b = y[i] ?? 0
      out[i] = Math.max(0, b + factor * (b - a))
    }
    return out
  }
  const idle = part(from.idle, to.idle)
  const busy = part(from.busy, to.busy)
  const total = mass(idle) + mass(busy)
  if (!(total > 0)) return { idle: to.idle, busy: to.busy }
  for (let i = 0; i < idle.length; i++) idle[i] = (idle[i] ?? 0) / total
  for (let i = 0; i < busy.length; i++) busy[i] = (busy[i] ?? 0) / total
  return {
    idle: idle.subarray(0, Math.max(1, trimmedLength(idle))),
    busy: busy.subarray(0, Math.max(1, trimmedLength(busy))),
  }
}

function distance(a: PileState, b: PileState): number {
  let s = 0
  for (const [x, y] of [
    [a.idle, b.idle],
    [a.busy, b.busy],
  ] as const) {
    const len = Math.max(x.length, y.length)
    for (let i = 0; i < len; i++) s += Math.abs((x[i] ?? 0) - (y[i] ?? 0))
  }
  return s
}

export function runWeek(input: WeekRunInput): WeekRun {
  const { schedule } = input
  const looks = schedule.times.length
  const rates = ratesPerMinute(input)
  if (looks === 0 || !fitsCoveredTime(input)) return unstable(input, looks)
  const pieces = Array.from({ length: looks }, (_, j) =>
    ratePieces(rates, schedule.times[j] ?? 0, schedule.sincePrevious[j] ?? MINUTES_PER_WEEK),
  )
  const paces = lookPaces(input)
  const steps = lookSteps(input, pieces, paces)
  const buffers = new PassBuffers()
  // Every pass keeps its states: the one that leaves the start as it found it is the steady
  // state (at small volumes the first, from an empty pile after the longest wait).
  let start: PileState = input.start ?? { idle: Float64Array.of(1), busy: new Float64Array(1) }
  let states: PileState[] = []
  let final: PileState & { checks: number } = { ...start, checks: 0 }
  let settled = false
  let moved = Infinity
  let rate = NaN
  let extrapolatedAt = -Infinity
  for (let p = 0; p < MAX_PASSES && !settled; p++) {
    states = new Array<PileState>(looks)
    final = pass(input, steps, start, buffers, states)
    const now = distance(final, start)
    settled = now < SETTLED
    if (!settled && p >= PASSES_BEFORE_PROJECTING && !settlesInTime(moved, now, p)) break
    const previousRate = rate
    rate = now / moved
    moved = now
    if (settled) break
    // Passes that shrink the change by a steady factor r leave the rest of the way to the fixed
    // point as a geometric sum: jump there (the passes after it check that it holds).
    const steady = Math.abs(rate - previousRate) < STEADY_RATE && rate > 0 && rate < MOST_RATE
    if (steady && p - extrapolatedAt >= PASSES_BETWEEN_JUMPS) {
      start = jumped(start, final, rate / (1 - rate))
      extrapolatedAt = p
      moved = Infinity
      rate = NaN
    } else {
      start = { idle: final.idle, busy: final.busy }
    }
  }
  if (!settled) return unstable(input, looks)
  const context = new LookContext(input, pieces, states, paces)
  let within: number[] | undefined
  return {
    stable: true,
    looks,
    checks: final.checks,
    get within() {
      return (within ??= input.thresholdsMinutes.map((t) => context.withinAt(t)))
    },
    meanMinutes: () => context.meanResponse(),
    onHandAtWeekStart: expectedOnHand(states[0]),
    withinAt: (t, coarse) => context.withinAt(t, coarse),
    workMinutesByHour: workByHour(input, pieces, states),
    settledStart: start,
  }
}

/**
 * Whether the replies can fit in the covered time at all: the week's replies take less than the
 * people's covered minutes (under `paceByHour`, each hour's replies at its pace against its
 * people).
 */
function fitsCoveredTime(input: WeekRunInput): boolean {
  const { schedule, people: c, handleMinutes: h, paceByHour } = input
  if (!paceByHour) return input.contactsPerWeek * h < c * schedule.coveredMinutes
  const reply = input.replyWorkMinutes ?? h
  let work = 0
  let capacity = 0
  input.pattern.forEach((w, hour) => {
    const busy = paceByHour.busyShare[hour] ?? 0
    const people = paceByHour.people[hour] ?? 0
    work += (input.contactsPerWeek * w * reply) / (1 - busy)
    // Hours with nobody to reply (the channel closed) hold no capacity.
    if (people > 0) capacity += Math.max(c, people) * MINUTES_PER_HOUR
  })
  return work < capacity
}

function unstable(input: WeekRunInput, looks: number): WeekRun {
  return {
    stable: false,
    looks,
    checks: 0,
    within: input.thresholdsMinutes.map(() => 0),
    meanMinutes: () => Infinity,
    onHandAtWeekStart: Infinity,
    withinAt: () => 0,
    workMinutesByHour: new Float64Array(input.pattern.length),
    settledStart: undefined,
  }
}

/** Checks at their look's hour, and each look's replies there too (a chart's approximation). */
function workByHour(input: WeekRunInput, pieces: RatePiece[][], states: PileState[]): Float64Array {
  const out = new Float64Array(input.pattern.length)
  const { schedule, people } = input
  const minutesPerCheck = input.checkWorkMinutes ?? input.minutesPerCheck
  const handleMinutes = input.replyWorkMinutes ?? input.handleMinutes
  states.forEach((state, j) => {
    const hour = Math.floor((schedule.times[j] ?? 0) / MINUTES_PER_HOUR) % out.length
    const work =
      mass(state.idle) * people * minutesPerCheck + batchMean(pieces[j] ?? []) * handleMinutes
    out[hour] = (out[hour] ?? 0) + work
  })
  return out
}

function expectedOnHand(state: PileState | undefined): number {
  if (!state) return 0
  let s = 0
  for (const d of [state.idle, state.busy]) for (let n = 0; n < d.length; n++) s += n * (d[n] ?? 0)
  return s
}
