/**
 * The least number of agents that meets a service-level target.
 *
 * Without patience (Erlang C): the least integer n > A with service level ≥ target and, if
 * given, occupancy A/n ≤ maxOccupancy. With patience (Erlang A): the least n ≥ 1 with service
 * level ≥ target and, if given, P(abandon) ≤ maxAbandonRate and occupancy ≤ maxOccupancy.
 * Zero traffic needs 0 agents.
 *
 * Both searches start at the square-root-staffing estimate n ≈ A + z·√A (z the normal
 * quantile of the target), which is within a few agents of the answer, and walk from there:
 * Erlang C steps Erlang B up or down by one recursion step per agent; Erlang A, whose every
 * evaluation sums a queue distribution, gallops and then bisects.
 */
import { erlangAUnchecked } from './erlang-a'
import { erlangBStepDown, erlangBStepUp, erlangBUnchecked } from './erlang-b'
import { requireNonNegative, requirePositive, requireShare } from '../model/validate'

export interface StaffingInput {
  trafficErlangs: number
  handleSeconds: number
  targetSeconds: number
  /** Share of contacts to answer within the target, 0 ≤ target < 1. */
  targetServiceLevel: number
  /** Highest acceptable share of agent time spent on contacts, 0 < cap ≤ 1. */
  maxOccupancy?: number
  /** Mean time a waiting customer waits before giving up; switches to Erlang A. */
  patienceSeconds?: number
  /** Highest acceptable share of contacts abandoning (Erlang A only), 0 < cap ≤ 1. */
  maxAbandonRate?: number
}

/** Standard normal quantile (Acklam's rational approximation, |error| < 1.2e−9). */
export function normalQuantile(p: number): number {
  const a = [
    -39.6968302866538, 220.946098424521, -275.928510446969, 138.357751867269, -30.6647980661472,
    2.50662827745924,
  ]
  const b = [
    -54.4760987982241, 161.585836858041, -155.698979859887, 66.8013118877197, -13.2806815528857,
  ]
  const c = [
    -0.00778489400243029, -0.322396458041136, -2.40075827716184, -2.54973253934373,
    4.37466414146497, 2.93816398269878,
  ]
  const d = [0.00778469570904146, 0.32246712907004, 2.445134137143, 3.75440866190742]
  const poly = (coef: number[], v: number): number => coef.reduce((acc, k) => acc * v + k, 0)
  if (p <= 0) return -Infinity
  if (p >= 1) return Infinity
  const pLow = 0.02425
  if (p < pLow) {
    const q = Math.sqrt(-2 * Math.log(p))
    return poly(c, q) / (poly(d, q) * q + 1)
  }
  if (p > 1 - pLow) {
    const q = Math.sqrt(-2 * Math.log(1 - p))
    return -poly(c, q) / (poly(d, q) * q + 1)
  }
  const q = p - 0.5
  const r = q * q
  return (poly(a, r) * q) / (poly(b, r) * r + 1)
}

function checkStaffingInput(p: StaffingInput): void {
  requireNonNegative('trafficErlangs', p.trafficErlangs)
  requirePositive('handleSeconds', p.handleSeconds)
  requireNonNegative('targetSeconds', p.targetSeconds)
  requireShare('targetServiceLevel', p.targetServiceLevel, { allowZero: true, allowOne: false })
  if (p.maxOccupancy !== undefined) {
    requireShare('maxOccupancy', p.maxOccupancy, { allowZero: false, allowOne: true })
  }
  if (p.patienceSeconds !== undefined) requirePositive('patienceSeconds', p.patienceSeconds)
  if (p.maxAbandonRate !== undefined) {
    if (p.patienceSeconds === undefined) {
      throw new RangeError('maxAbandonRate needs patienceSeconds: without patience nobody abandons')
    }
    requireShare('maxAbandonRate', p.maxAbandonRate, { allowZero: false, allowOne: true })
  }
}

function squareRootEstimate(traffic: number, targetServiceLevel: number): number {
  const z = Math.max(0, normalQuantile(Math.max(targetServiceLevel, 0.5)))
  return Math.ceil(traffic + z * Math.sqrt(traffic))
}

function agentsErlangC(p: StaffingInput): number {
  return erlangCStaffing(
    p.trafficErlangs,
    p.handleSeconds,
    p.targetSeconds,
    p.targetServiceLevel,
    p.maxOccupancy ?? 1,
  ).agents
}

/**
 * Erlang C staffing for inputs already checked (traffic > 0): the least integer n > A with
 * service level ≥ target and A/n ≤ cap, and the probability of waiting with n agents. No objects
 * per step: the blended pool solves it for every hour class of every portfolio.
 */
export function erlangCStaffing(
  traffic: number,
  handleSeconds: number,
  targetSeconds: number,
  targetServiceLevel: number,
  cap: number,
): { agents: number; probabilityOfWait: number } {
  // Erlang C from Erlang B (as erlangCFromB): C = nB / (n − A + AB), SL = 1 − C·e^(−(n−A)t/h).
  const waitOf = (n: number, blocking: number): number =>
    n <= traffic ? 1 : (n * blocking) / (n - traffic + traffic * blocking)
  const meets = (n: number, blocking: number): boolean =>
    traffic / n <= cap &&
    n > traffic &&
    1 - waitOf(n, blocking) * Math.exp((-(n - traffic) * targetSeconds) / handleSeconds) >=
      targetServiceLevel
  // The least stable count, and the least one within the occupancy cap.
  let floor = Math.floor(traffic) + 1
  while (traffic / floor > cap) floor++
  let n = Math.max(floor, squareRootEstimate(traffic, targetServiceLevel))
  let blocking = erlangBUnchecked(n, traffic)
  if (meets(n, blocking)) {
    while (n > floor) {
      const below = erlangBStepDown(blocking, n, traffic)
      if (!meets(n - 1, below)) break
      n--
      blocking = below
    }
    return { agents: n, probabilityOfWait: waitOf(n, blocking) }
  }
  do {
    blocking = erlangBStepUp(blocking, n, traffic)
    n++
  } while (!meets(n, blocking))
  return { agents: n, probabilityOfWait: waitOf(n, blocking) }
}

function agentsErlangA(p: StaffingInput, patienceSeconds: number): number {
  const meets = (n: number): boolean => {
    const r = erlangAUnchecked({ ...p, agents: n, patienceSeconds })
    if (r.serviceLevel < p.targetServiceLevel) return false
    if (p.maxAbandonRate !== undefined && r.probabilityOfAbandon > p.maxAbandonRate) return false
    if (p.maxOccupancy !== undefined && r.occupancy > p.maxOccupancy) return false
    return true
  }
  // Invariant once found: `bad` fails (or is 0), `good` meets; the answer is in (bad, good].
  const start = Math.max(1, squareRootEstimate(p.trafficErlangs, p.targetServiceLevel))
  let good: number
  let bad: number
  if (meets(start)) {
    good = start
    let stride = 1
    bad = Math.max(0, good - stride)
    while (bad > 0 && meets(bad)) {
      good = bad
      stride *= 2
      bad = Math.max(0, good - stride)
    }
  } else {
    bad = start
    let stride = 1
    good = bad + stride
    while (!meets(good)) {
      bad = good
      stride *= 2
      good = bad + stride
    }
  }
  while (good - bad > 1) {
    const mid = Math.floor((good + bad) / 2)
    if (meets(mid)) good = mid
    else bad = mid
  }
  return good
}

export function agentsForTarget(p: StaffingInput): number {
  checkStaffingInput(p)
  if (p.trafficErlangs === 0) return 0
  if (p.patienceSeconds === undefined) return agentsErlangC(p)
  return agentsErlangA(p, p.patienceSeconds)
}
