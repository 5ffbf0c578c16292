/**
 * Counting distributions for the looks model, exact to double precision (no factorials, no
 * overflow): Poisson probabilities and tails, and the time a reply is done when K other replies
 * must end first.
 *
 * With c people replying, exponential replies of mean h end one after another at rate c/h while
 * all c are busy. A contact that needs K of them to end before a person is free for it starts
 * after G_K ~ Gamma(K, c/h), and its own reply S ~ Exp(1/h) follows. By uniformization (events
 * at rate c/h; the own reply ends at each event after the K-th with probability 1/c):
 *
 *   H_K(t) = P(G_K + S ≤ t) = Σ_{j ≥ 1} (1/c)(1 − 1/c)^(j−1) · P(N_t ≥ K + j),  N_t ~ Poisson(ct/h)
 *
 * so H_K = (1/c)·P(N_t ≥ K + 1) + (1 − 1/c)·H_{K+1}: a backward recurrence over positive terms.
 * It starts from the closed form at the top K (Gamma(K, c/h) + Exp(1/h), c ≥ 2):
 *
 *   H_K(t) = P(N_t ≥ K) − e^(−t/h)·(c/(c − 1))^K·P(M_t ≥ K),  M_t ~ Poisson((c − 1)t/h)
 *
 * For c = 1 it is the Gamma(K + 1) distribution, P(N_t ≥ K + 1).
 */

/** Poisson probabilities below this share of the total change no sum we make. */
const NEGLIGIBLE = 1e-15
/** e^(−mean) stays a normal double for means up to about 708; above, work from the mode. */
const DIRECT_MEAN = 700

/** log Γ(x) for x > 0 (Lanczos, g = 7, n = 9; relative error below 1e−15). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x)
  const z = x - 1
  let a = LANCZOS[0] ?? 0
  const t = z + 7.5
  for (let i = 1; i < LANCZOS.length; i++) a += (LANCZOS[i] ?? 0) / (z + i)
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a)
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
]

/** The number of Poisson(mean) counts worth keeping: beyond it the rest weighs under 1e−17. */
export function poissonSupport(mean: number): number {
  if (!(mean > 0)) return 1
  return Math.ceil(mean + 9 * Math.sqrt(mean) + 10)
}

/**
 * P(N = k) for N ~ Poisson(mean) into out[0 …]; returns how many entries count (the rest are
 * below 1e−17 and left out). `out` must hold poissonSupport(mean) entries.
 */
export function poissonPmfInto(mean: number, out: Float64Array): number {
  if (!(mean > 0)) {
    out[0] = 1
    return 1
  }
  const limit = Math.min(out.length, poissonSupport(mean))
  if (mean <= DIRECT_MEAN) {
    let p = Math.exp(-mean)
    out[0] = p
    let k = 1
    for (; k < limit; k++) {
      p *= mean / k
      out[k] = p
      if (k > mean && p < NEGLIGIBLE) return k + 1
    }
    return k
  }
  const mode = Math.floor(mean)
  const atMode = Math.exp(-mean + mode * Math.log(mean) - logGamma(mode + 1))
  out.fill(0, 0, limit)
  if (mode < limit) out[mode] = atMode
  let p = atMode
  let end = Math.min(limit, mode + 1)
  for (let k = mode + 1; k < limit; k++) {
    p *= mean / k
    out[k] = p
    end = k + 1
    if (p < NEGLIGIBLE) break
  }
  p = atMode
  for (let k = mode; k > 0; k--) {
    p *= k / mean
    if (k - 1 < limit) out[k - 1] = p
    if (p < NEGLIGIBLE) break
  }
  return end
}

/** P(N = k) for N ~ Poisson(mean), k = 0 … out.length − 1 (zeros past the support). */
export function poissonPmf(mean: number, out: Float64Array): Float64Array {
  out.fill(0)
  const scratch = new Float64Array(Math.max(out.length, poissonSupport(mean)))
  const n = poissonPmfInto(mean, scratch)
  for (let k = 0; k < Math.min(n, out.length); k++) out[k] = scratch[k] ?? 0
  return out
}

/** P(N ≥ k) for N ~ Poisson(mean), k = 0 … kMax, into out; out must hold kMax + 1 entries. */
export function poissonTailsInto(mean: number, kMax: number, out: Float64Array): Float64Array {
  out[0] = 1
  if (kMax === 0) return out
  if (!(mean > 0)) {
    out.fill(0, 1, kMax + 1)
    return out
  }
  // The whole lower tail below mean − 9√mean − 10 weighs under 1e−18: every tail there is 1.
  const low = mean - 9 * Math.sqrt(mean) - 10
  if (kMax < low) {
    out.fill(1, 0, kMax + 1)
    return out
  }
  if (mean <= DIRECT_MEAN) {
    // P(N ≥ k) = 1 − P(N < k): exact to about 1e−16 absolute, which is all the sums need.
    let p = Math.exp(-mean)
    let below = 0
    for (let k = 1; k <= kMax; k++) {
      below += p
      out[k] = Math.max(0, 1 - below)
      p *= mean / k
    }
    return out
  }
  // Large means: the probabilities from the mode, summed from the top down.
  const mode = Math.floor(mean)
  const atMode = Math.exp(-mean + mode * Math.log(mean) - logGamma(mode + 1))
  let top = mode
  let rel = 1
  while (rel > NEGLIGIBLE) {
    top++
    rel *= mean / top
  }
  let tail = 0
  for (let k = top; k >= 1; k--) {
    tail += rel
    if (k <= kMax) out[k] = Math.min(1, tail * atMode)
    if (k < mode && rel < NEGLIGIBLE) {
      for (let j = Math.min(k - 1, kMax); j >= 1; j--) out[j] = 1
      break
    }
    rel *= k / mean
  }
  for (let k = top + 1; k <= kMax; k++) out[k] = 0
  return out
}

/** P(N ≥ k) for one k, N ~ Poisson(mean): the shorter tail summed from k outward. */
function poissonTail(mean: number, k: number): number {
  if (k <= 0) return 1
  if (!(mean > 0)) return 0
  const spread = 10 * Math.sqrt(mean) + 12
  if (k <= mean - spread) return 1
  if (k > mean + spread) return 0
  const pAt = (j: number) => Math.exp(-mean + j * Math.log(mean) - logGamma(j + 1))
  if (k > mean) {
    // Upper tail: terms fall from k on.
    let p = pAt(k)
    let sum = 0
    for (let j = k; p > NEGLIGIBLE * sum || sum === 0; j++) {
      sum += p
      p *= mean / (j + 1)
      if (p === 0) break
    }
    return Math.min(1, sum)
  }
  // Lower tail P(N < k): terms fall from k − 1 down.
  let p = pAt(k - 1)
  let below = 0
  for (let j = k - 1; j >= 0; j--) {
    below += p
    p *= j / mean
    if (p < NEGLIGIBLE * below) break
  }
  return Math.max(0, 1 - below)
}

/**
 * H_K(t) for K = 0 … kMax into out: the probability that a reply is done within t minutes of the
 * look when K replies must end before a person is free for it (see the file's comment). `tails`
 * is scratch space of at least kMax + 2 entries.
 */
export function replyDoneInto(
  t: number,
  people: number,
  handleMinutes: number,
  kMax: number,
  out: Float64Array,
  tails: Float64Array,
): Float64Array {
  if (!(t > 0)) {
    out.fill(0, 0, kMax + 1)
    return out
  }
  const mean = (people * t) / handleMinutes
  poissonTailsInto(mean, kMax + 1, tails)
  if (people === 1) {
    for (let k = 0; k <= kMax; k++) out[k] = tails[k + 1] ?? 0
    return out
  }
  const keep = 1 / people
  const carry = 1 - keep
  out[kMax] = topDone(t, people, handleMinutes, kMax)
  for (let k = kMax - 1; k >= 0; k--) {
    out[k] = keep * (tails[k + 1] ?? 0) + carry * (out[k + 1] ?? 0)
  }
  return out
}

/** H_K(t) for c ≥ 2 by the closed form, in logs where the factor (c/(c − 1))^K is large. */
function topDone(t: number, people: number, handleMinutes: number, k: number): number {
  const n = poissonTail((people * t) / handleMinutes, k)
  if (k === 0) return 1 - Math.exp(-t / handleMinutes)
  const m = poissonTail(((people - 1) * t) / handleMinutes, k)
  if (m === 0) return n
  const second = Math.exp(-t / handleMinutes + k * Math.log(people / (people - 1)) + Math.log(m))
  return Math.min(n, Math.max(0, n - second))
}

/**
 * The free time a person busy a share b of the time, in exponential spells of mean d with free
 * spells between (mean d(1 − b)/b), has in the s minutes after a spell ends (or a look finds them
 * free), in minutes of elapsed time at the mean pace: reach·ξ, where reach·(1 − b) is its mean
 * and ξ has mean 1. Starting free adds b·τc·(1 − e^(−s/τc)) free minutes to the long-run share
 * (1 − b)·s, τc = (1 − b)·d the spells' correlation time, so reach = s + r·τc·(1 − e^(−s/τc)),
 * r = b/(1 − b). The variance of ξ is that of the occupation time of a two-state Markov chain,
 * 2·b·(1 − b)·τc·(s − τc·(1 − e^(−s/τc))), over ((1 − b)·s)², divided by c (c people's free
 * time pooled). Three nodes 1 − t, 1, 1 + t·r inside ξ's range [0, 1/(1 − b)] carry its mean 1
 * and variance v²: the outer two together v²/(r·t²), in the ratio r : 1, with t = √(3v²/r) up
 * to 1 (at t = 1 only the two ends and the middle, up to the largest variance the spells allow,
 * b/(1 − b), all at the ends).
 */
export function freeTimeNodes(
  b: number,
  d: number,
  s: number,
  c: number,
): { reach: number; nodes: [number, number][] } {
  const tc = (1 - b) * d
  const r = b / (1 - b)
  const settle = tc > 0 ? tc * (1 - Math.exp(-s / tc)) : 0
  const reach = s + r * settle
  const v2 = Math.min(r, (2 * b * tc * (s - settle)) / ((1 - b) * s * s * Math.max(1, c)))
  if (!(v2 > 0)) return { reach, nodes: [[1, 1]] }
  const t = Math.min(1, Math.sqrt((3 * v2) / r))
  const outer = v2 / (r * t * t)
  const nodes: [number, number][] = [
    [1 - t, (outer * r) / (1 + r)],
    [1, 1 - outer],
    [1 + t * r, outer / (1 + r)],
  ]
  return { reach, nodes: nodes.filter(([, w]) => w > 0) }
}
