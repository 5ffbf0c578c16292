/**
 * Erlang A (M/M/n+M, Palm's queue): waiting customers give up after an exponential patience
 * with mean `patienceSeconds`. Rates: arrivals λ = A/h, service μ = 1/h, abandonment θ = 1/patience.
 *
 * With all n agents busy and k customers queued, the queue grows at λ and shrinks at nμ + kθ.
 * Writing a = nμ/θ and x = λ/θ, the queue-length weights (relative to the state "n busy,
 * none queued") are t_0 = 1, t_k = t_{k−1}·x/(a + k), their sum S = Σ t_k, and with
 * E = Erlang B(n, A):
 *
 *   P(wait)    = E·S / (1 + E·(S − 1))
 *   E[queue]   = P(wait)·Σ k·t_k / S
 *   P(abandon) = θ·E[queue]/λ               (rate of abandoning over rate of arriving)
 *   mean wait  = E[queue]/λ                 (Little; abandoners count at their time of leaving)
 *   mean wait of those answered = P(wait)·Σ_k (t_k/S)·a/(a+k+1)·(1/θ)·Σ_{i=1}^{k+1} 1/(a+i)
 *                                 ÷ (1 − P(abandon))
 *   occupancy  = A·(1 − P(abandon)) / n      (served load over agents)
 *
 * Service level (share of all offered contacts answered within t): a contact that finds k
 * queued ahead is answered after V = a sum of exponentials with rates nμ + iθ, i = 0..k, if its
 * own patience lasts. Then U = e^{−θV} ~ Beta(a, k + 1), and
 *   P(answered within t | k ahead) = E[U; U ≥ e^{−θt}] = a/(a + k + 1) · P(NB > k),
 * where NB is negative binomial with r = a + 1 and success probability u = e^{−θt}
 * (pmf p_j = C(a + j, j)·u^{a+1}·(1 − u)^j). So
 *   service level = (1 − P(wait)) + P(wait)·Σ_k (t_k/S)·a/(a + k + 1)·P(NB > k).
 *
 * Every sum has positive terms only, so nothing cancels; the weights are kept relative to
 * their largest term (found where x/(a + k) drops below 1) and the NB pmf in log space, so
 * nothing overflows or underflows for any n, A or patience. The cost is the number of queue
 * states that carry weight: about 50/−log(ρ) below saturation, about 20·√x in overload.
 */
import { erlangBUnchecked } from './erlang-b'
import { checkErlangCInput, type ErlangCInput } from './erlang-c'
import { requirePositive } from '../model/validate'

export interface ErlangAInput extends ErlangCInput {
  patienceSeconds: number
}

export interface ErlangAResult {
  probabilityOfWait: number
  probabilityOfAbandon: number
  serviceLevel: number
  averageWaitSeconds: number
  /** Mean wait of the contacts answered (those who hang up left out). */
  averageWaitAnsweredSeconds: number
  occupancy: number
}

/** Queue weights below e^−50 of the largest one change no sum in double precision. */
const LOG_NEGLIGIBLE = 50
const NEGLIGIBLE = Math.exp(-LOG_NEGLIGIBLE)

export function checkErlangAInput(p: ErlangAInput): void {
  checkErlangCInput(p)
  requirePositive('patienceSeconds', p.patienceSeconds)
}

const IDLE: ErlangAResult = {
  probabilityOfWait: 0,
  probabilityOfAbandon: 0,
  serviceLevel: 1,
  averageWaitSeconds: 0,
  averageWaitAnsweredSeconds: 0,
  occupancy: 0,
}

export function erlangAUnchecked(p: ErlangAInput): ErlangAResult {
  const { agents: n, trafficErlangs: traffic, handleSeconds: h, targetSeconds: t } = p
  const patience = p.patienceSeconds
  if (traffic === 0) return { ...IDLE }
  const a = (n * patience) / h
  const x = (traffic * patience) / h
  const span = weightWindow(a, x)
  const sums = queueSums(a, x, t / patience, span)

  const blocking = erlangBUnchecked(n, traffic)
  const inverseS = Math.exp(-(span.logPeak + Math.log(sums.w)))
  const denominator = blocking + (1 - blocking) * inverseS
  const probabilityOfWait = blocking / denominator
  const probabilityOfNoWait = ((1 - blocking) * inverseS) / denominator
  const meanQueue = (probabilityOfWait * sums.kw) / sums.w
  // x underflows to 0 only for loads below ~1e−308 Erlangs, where nobody queues at all.
  const probabilityOfAbandon = x > 0 ? meanQueue / x : 0
  return {
    probabilityOfWait,
    probabilityOfAbandon,
    serviceLevel: probabilityOfNoWait + (probabilityOfWait * sums.servedW) / sums.w,
    averageWaitSeconds: (meanQueue * h) / traffic,
    averageWaitAnsweredSeconds:
      probabilityOfAbandon < 1
        ? (probabilityOfWait * (sums.servedWaitW / sums.w) * patience) / (1 - probabilityOfAbandon)
        : 0,
    occupancy: n === 0 ? 0 : (traffic * (1 - probabilityOfAbandon)) / n,
  }
}

/** Where the queue weights carry weight: the largest (at `peak`) and the lowest that counts. */
interface WeightWindow {
  peak: number
  /** log of the largest weight relative to t_0. */
  logPeak: number
  /** The lowest queue length whose weight counts, and its weight relative to the peak's. */
  lo: number
  rel: number
}

function weightWindow(a: number, x: number): WeightWindow {
  // Largest weight: t_k rises while x/(a + k) ≥ 1.
  const peak = x >= a + 1 ? Math.floor(x - a) : 0
  let logPeak = 0
  for (let i = 1; i <= peak; i++) logPeak += Math.log(x / (a + i))
  // Walk down from the peak to where weights stop counting.
  let lo = peak
  let rel = 1
  while (lo > 0) {
    const below = (rel * (a + lo)) / x
    if (below < NEGLIGIBLE) break
    rel = below
    lo--
  }
  return { peak, logPeak, lo, rel }
}

/** Σ t_k, Σ k·t_k, the answered-within-target and answered-wait sums, relative to the peak. */
function queueSums(
  a: number,
  x: number,
  thetaT: number,
  { peak, lo, rel: start }: WeightWindow,
): { w: number; kw: number; servedW: number; servedWaitW: number } {
  // Negative binomial pmf in log space, advanced up to k = lo − 1 before the main walk.
  const logOneMinusU = Math.log(-Math.expm1(-thetaT))
  let logPmf = -(a + 1) * thetaT
  let cdf = 0
  // Σ_{i=1}^{k+1} 1/(a + i), kept for k = lo − 1 onward: the mean wait of an answered contact
  // with k ahead is (1/θ)·Σ_{i=1}^{k+1} 1/(a + i) (E[−U·ln U] for U ~ Beta(a, k + 1)).
  let harmonic = 0
  for (let j = 0; j < lo; j++) {
    cdf += Math.exp(logPmf)
    logPmf += Math.log((a + j + 1) / (j + 1)) + logOneMinusU
    harmonic += 1 / (a + j + 1)
  }
  let rel = start
  const sums = { w: 0, kw: 0, servedW: 0, servedWaitW: 0 }
  for (let k = lo; ; k++) {
    cdf += Math.exp(logPmf)
    logPmf += Math.log((a + k + 1) / (k + 1)) + logOneMinusU
    const survival = cdf >= 1 ? 0 : 1 - cdf
    sums.w += rel
    sums.kw += k * rel
    sums.servedW += ((rel * a) / (a + k + 1)) * survival
    harmonic += 1 / (a + k + 1)
    sums.servedWaitW += ((rel * a) / (a + k + 1)) * harmonic
    rel = (rel * x) / (a + k + 1)
    if (k >= peak && rel < NEGLIGIBLE) break
  }
  return sums
}

export function erlangA(p: ErlangAInput): ErlangAResult {
  checkErlangAInput(p)
  return erlangAUnchecked(p)
}
