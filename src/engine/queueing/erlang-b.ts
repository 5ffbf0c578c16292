/**
 * Erlang B (blocking probability of an M/M/n/n loss system) by the stable recursion
 *
 *   B(0) = 1,   B(k) = A·B(k−1) / (k + A·B(k−1)).
 *
 * No factorials or powers appear, so nothing overflows; a result below the smallest
 * double (n far above A) flushes to 0.
 *
 * Warm start for large loads: for k ≤ A the recursion is a contraction. In log space its
 * derivative is k / (k + A·B(k−1)) ≤ k / (A + 1), because B(k−1) ≥ 1 − (k−1)/A (the carried
 * load A·(1 − B) cannot exceed the k−1 servers). Starting from the lower bound 1 − j0/A at a
 * step j0 far enough below min(n, A) therefore forgets the starting error by a factor of at
 * least exp(−Σ (A + 1 − k)/(A + 1)) ≤ e^−45 ≈ 3e−20 before it matters. That makes a solve at
 * 50 000 Erlangs cost about √(90·A) ≈ 2 100 steps instead of 50 000, with the same answer.
 */
import { requireAgentCount, requireNonNegative } from '../model/validate'

/** e^−45: how far the starting guess must be forgotten before the recursion is exact. */
const FORGET_LOG = 45
/** Below this many steps the plain recursion from 0 is as cheap as the warm start. */
const WARM_START_MIN_STEPS = 256

/** The step at which the recursion may start from the guess 1 − j0/A, and that guess. */
function warmStart(agents: number, traffic: number): { step: number; value: number } {
  const last = Math.min(agents, Math.ceil(traffic) - 1)
  if (last < WARM_START_MIN_STEPS) return { step: 0, value: 1 }
  // Damping over steps j0+1..last is at least Σ_{i=c}^{c+m} i/(A+1) with c = A+1−last.
  // Solve (m+1)(2c+m)/2 ≥ FORGET_LOG·(A+1) for the number of steps m.
  const c = traffic + 1 - last
  const b = 2 * c + 1
  const m = Math.ceil((-b + Math.sqrt(b * b - 4 * (2 * c - 2 * FORGET_LOG * (traffic + 1)))) / 2)
  const step = last - m - 1
  if (step <= 0) return { step: 0, value: 1 }
  return { step, value: 1 - step / traffic }
}

/** Erlang B without argument checks, for use inside the engine. */
export function erlangBUnchecked(agents: number, traffic: number): number {
  if (traffic === 0) return agents === 0 ? 1 : 0
  const start = warmStart(agents, traffic)
  let b = start.value
  for (let k = start.step + 1; k <= agents; k++) {
    const ab = traffic * b
    b = ab / (k + ab)
  }
  return b
}

/** One step up: B(n + 1) from B(n). */
export function erlangBStepUp(bAtN: number, agents: number, traffic: number): number {
  const ab = traffic * bAtN
  return ab / (agents + 1 + ab)
}

/**
 * One step down: B(n − 1) from B(n), inverting the recursion. It amplifies a relative error by
 * 1/(1 − B(n)) per step, negligible in the staffing range where B is small; callers take only
 * a few such steps.
 */
export function erlangBStepDown(bAtN: number, agents: number, traffic: number): number {
  return (agents * bAtN) / (traffic * (1 - bAtN))
}

/**
 * Probability that a contact finds all `agents` lines busy and is blocked (lost), for an
 * offered load of `trafficErlangs` (arrival rate × mean handle time).
 */
export function erlangB(agents: number, trafficErlangs: number): number {
  requireAgentCount('agents', agents)
  requireNonNegative('trafficErlangs', trafficErlangs)
  return erlangBUnchecked(agents, trafficErlangs)
}
