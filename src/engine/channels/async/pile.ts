/**
 * The pile of an async channel, look by look, exact for the looks policy (see async-week.ts):
 * Poisson arrivals at the hour's rate, exponential replies, c people, checks, stretch ends.
 *
 * The state just before a look is the distribution of n, the contacts on hand: the pile plus
 * those being answered. It comes in two parts: `idle` (nobody at work: the look is a check, and
 * n is the pile left from an earlier stretch) and `busy` (somebody is still replying: the look
 * is free). At a look the contacts that arrived since the previous one join (a Poisson count).
 * Between looks nobody new becomes visible, so n only falls: while n ≥ c all c people reply and
 * replies end at rate c/h, below that at n/h. That pure-death chain is followed exactly by
 * uniformization (events at rate c/h, each ending a reply with probability min(n, c)/c). A check
 * holds it for m minutes. At the end of a stretch nobody starts a reply: the pile stays, and each
 * reply in progress is still running at the next stretch's first look with probability
 * e^(−gap/h).
 */
import { poissonPmfInto, poissonSupport } from './counts'

/** Probability mass below this is dropped from the top of a distribution. */
export const MASS_DROPPED = 1e-13

/** A distribution over n = 0 … length − 1 (trailing zeros trimmed). */
export type Dist = Float64Array

/** The state before a look. */
export interface PileState {
  idle: Dist
  busy: Dist
}

export function mass(d: Dist): number {
  let s = 0
  for (let i = 0; i < d.length; i++) s += d[i] ?? 0
  return s
}

/** Probabilities below this are set to 0, so the loops that skip zeros skip them. */
export const TINY = 1e-17

/**
 * The length of d once the top entries that weigh less than MASS_DROPPED in all are dropped;
 * entries below TINY anywhere are set to 0 (a big pile's lowest counts are far below it).
 */
export function trimmedLength(d: Float64Array, length = d.length): number {
  for (let i = 0; i < length; i++) if ((d[i] ?? 0) < TINY) d[i] = 0
  let end = length
  let dropped = 0
  while (end > 1) {
    const top = d[end - 1] ?? 0
    if (dropped + top > MASS_DROPPED) break
    dropped += top
    end--
  }
  return end
}

/** A Poisson distribution, trimmed: the chance of 0, 1, 2 … contacts arriving or replies ending. */
export function poissonDist(mean: number): Dist {
  const out = new Float64Array(poissonSupport(mean))
  const n = poissonPmfInto(mean, out)
  return out.subarray(0, trimmedLength(out, n))
}

/**
 * d ⊗ p into `out` from index 0, at most `limit` entries; returns the length written. Used for
 * arrivals joining the pile (p Poisson).
 */
export function convolveInto(
  d: Dist,
  p: Float64Array,
  out: Float64Array,
  limit = Infinity,
  pLength = p.length,
): number {
  const length = Math.min(d.length + pLength - 1, limit, out.length)
  out.fill(0, 0, length)
  const top = Math.min(d.length, length)
  for (let n = 0; n < top; n++) {
    const q = d[n] ?? 0
    if (q === 0) continue
    const rTop = Math.min(pLength, length - n)
    for (let r = 0; r < rTop; r++) out[n + r] = (out[n + r] ?? 0) + q * (p[r] ?? 0)
  }
  return length
}

/** Scratch space for the death chain; grows as piles do. */
export class Scratch {
  a = new Float64Array(64)
  b = new Float64Array(64)

  ensure(size: number): void {
    if (this.a.length < size) {
      this.a = new Float64Array(size * 2)
      this.b = new Float64Array(size * 2)
    }
  }
}

/**
 * The death chain over a stretch of answering, added into `out` (which may not alias `d`): with
 * `ends` the Poisson(c·minutes/h) weights of the uniformized events, P = Σ_k ends[k]·Tᵏ, T moving
 * n to n − 1 with probability min(n, c)/c. Above c − 1 every event ends a reply, so after k
 * events a state n ≥ c + k − 1 is simply n − k; a state reaches c − 1 at its (n − c + 1)-th event
 * and from there the few states below c are followed step by step.
 */
export function addAfterAnswering(
  d: Dist,
  length: number,
  ends: Dist,
  people: number,
  out: Float64Array,
  scratch: Scratch,
): void {
  if (ends.length <= 1 || length <= 1) {
    for (let n = 0; n < length; n++) out[n] = (out[n] ?? 0) + (d[n] ?? 0)
    return
  }
  const c = people
  // States that stay at c or above: n → n − k, weight ends[k], for n − k ≥ c.
  for (let n = c; n < length; n++) {
    const q = d[n] ?? 0
    if (q === 0) continue
    const top = Math.min(n - c, ends.length - 1)
    for (let k = 0; k <= top; k++) out[n - k] = (out[n - k] ?? 0) + q * (ends[k] ?? 0)
  }
  // Below c: low[j] after k events, fed by the state c − 1 + k reaching c − 1 at event k.
  scratch.ensure(c + 1)
  const low = scratch.a
  low.fill(0, 0, c)
  for (let j = 0; j < Math.min(c, length); j++) low[j] = d[j] ?? 0
  for (let k = 0; k < ends.length; k++) {
    if (k > 0) {
      // One uniformized event: j → j − 1 with probability j/c.
      for (let j = 1; j < c; j++) {
        const moved = ((low[j] ?? 0) * j) / c
        low[j - 1] = (low[j - 1] ?? 0) + moved
        low[j] = (low[j] ?? 0) - moved
      }
      const entering = c - 1 + k
      if (entering < length) low[c - 1] = (low[c - 1] ?? 0) + (d[entering] ?? 0)
    }
    const w = ends[k] ?? 0
    for (let j = 0; j < c; j++) out[j] = (out[j] ?? 0) + w * (low[j] ?? 0)
  }
}

/**
 * The end of a stretch, then the gap to the next stretch's first look: nobody starts a reply,
 * the pile stays, each of the min(n, c) replies in progress is still running at the look with
 * probability `stillRunning`. `answering` is the state at the stretch's end with min(n, c)
 * replying; `checking` a part whose check runs past the end (nobody replying).
 */
export function acrossGap(
  answering: Float64Array,
  answeringLength: number,
  checking: Float64Array,
  checkingLength: number,
  stillRunning: number,
  people: number,
): PileState {
  const length = Math.max(answeringLength, checkingLength)
  const idle = new Float64Array(length)
  const busy = new Float64Array(length)
  const binomial = new Float64Array(people + 1)
  for (let n = 0; n < answeringLength; n++) {
    const p = answering[n] ?? 0
    if (p === 0) continue
    const replying = Math.min(n, people)
    const pile = n - replying
    binomialInto(replying, stillRunning, binomial)
    idle[pile] = (idle[pile] ?? 0) + p * (binomial[0] ?? 0)
    for (let b = 1; b <= replying; b++)
      busy[pile + b] = (busy[pile + b] ?? 0) + p * (binomial[b] ?? 0)
  }
  for (let n = 0; n < checkingLength; n++) idle[n] = (idle[n] ?? 0) + (checking[n] ?? 0)
  return {
    idle: idle.subarray(0, trimmedLength(idle)),
    busy: busy.subarray(0, trimmedLength(busy)),
  }
}

/** Binomial(n, p) probabilities into out[0 … n]. */
export function binomialInto(n: number, p: number, out: Float64Array): Float64Array {
  out.fill(0, 0, n + 1)
  out[0] = 1
  for (let i = 0; i < n; i++) {
    for (let k = i + 1; k > 0; k--) out[k] = (out[k] ?? 0) * (1 - p) + (out[k - 1] ?? 0) * p
    out[0] = (out[0] ?? 0) * (1 - p)
  }
  return out
}
