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

/** The length of d once the top entries that weigh less than MASS_DROPPED in all are dropped. */
export function trimmedLength(d: Float64Array, length = d.length): number {
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
 * The death chain over a stretch of answering into `out` (which may not alias `d`): with
 * `ends` the Poisson(c·minutes/h) weights of the uniformized events, P = Σ_k ends[k]·Tᵏ, T moving
 * n to n − 1 with probability min(n, c)/c. Adds to `out` (the caller clears it); weighted by w.
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
  if (people === 1) {
    // One person: k replies end while any are left, so n becomes n − k for k < n, else 0.
    for (let n = 0; n < length; n++) {
      const q = d[n] ?? 0
      if (q === 0) continue
      let left = 1
      const top = Math.min(n, ends.length)
      for (let k = 0; k < top; k++) {
        const w = ends[k] ?? 0
        out[n - k] = (out[n - k] ?? 0) + q * w
        left -= w
      }
      out[0] = (out[0] ?? 0) + q * Math.max(0, left)
    }
    return
  }
  scratch.ensure(length)
  let cur = scratch.a
  let next = scratch.b
  for (let n = 0; n < length; n++) cur[n] = d[n] ?? 0
  let top = length - 1
  let remaining = 1
  for (let k = 0; k < ends.length; k++) {
    const w = ends[k] ?? 0
    for (let n = 0; n <= top; n++) out[n] = (out[n] ?? 0) + w * (cur[n] ?? 0)
    remaining -= w
    if (top === 0) {
      // Everything is at 0, where it stays: the rest of the weights go to it at once.
      out[0] = (out[0] ?? 0) + Math.max(0, remaining) * (cur[0] ?? 0)
      return
    }
    next.fill(0, 0, top + 1)
    for (let n = 0; n <= top; n++) {
      const q = cur[n] ?? 0
      if (q === 0) continue
      const end = Math.min(n, people) / people
      if (n > 0) next[n - 1] = (next[n - 1] ?? 0) + q * end
      next[n] = (next[n] ?? 0) + q * (1 - end)
    }
    const swap = cur
    cur = next
    next = swap
    while (top > 0 && (cur[top] ?? 0) === 0) top--
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
