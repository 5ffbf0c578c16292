/**
 * People on site who answer live contacts alongside other work (a café's phone, a bike shop's
 * chat): nobody sits by the channel; whoever is free picks up.
 *
 * The policy (docs/methodology.md, "Alongside other work"):
 * - p people are on site. Each, while not on a contact, alternates spells of other work
 *   (serving a customer, cooking, a repair; exponential, mean d minutes) and free spells
 *   (exponential, mean d·(1 − b)/b), so that without contacts each is busy with other work a
 *   share b of the time.
 * - A contact that arrives while at least one person is free is answered at once by one of them
 *   (exponential handle time, mean h); a person on a contact finishes it and is then free.
 * - A contact that arrives while nobody is free is missed (voicemail, an unanswered chat).
 *
 * The state is (o, k): o people on other work, k on contacts, f = p − o − k free. Rates:
 * o → o + 1 at f·b/((1 − b)·d), o → o − 1 at o/d, k → k + 1 at λ when f ≥ 1, k → k − 1 at k/h.
 * An hour of constant arrival rate is taken in its steady state (spells and contacts last
 * minutes); arrivals see the steady state (Poisson arrivals see time averages), so the missed
 * share is P(f = 0). With b = 0 it is Erlang B; with λ → 0 it is bᵖ, everyone busy at once.
 */

import type { OnSiteTeam as Team } from '../model/types'

/** What the loss model needs of the team: how many, how busy, how long each spell of other work. */
export type OnSiteTeam = Pick<Team, 'people' | 'otherWorkShare' | 'otherWorkMinutes'>

/** The exact steady state is solved for teams up to this size (231 states). */
export const MAX_ON_SITE = 20

/** The states (o, k) with o + k ≤ p, numbered row by row. */
function stateIndex(people: number): (o: number, k: number) => number {
  // Row o holds k = 0 … p − o; rows before o hold Σ_{i<o} (p − i + 1) states.
  return (o, k) => o * (people + 1) - (o * (o - 1)) / 2 + k
}

/** The steady-state mean of f(o, k, free) over the team's states. */
function steadyMean(
  team: OnSiteTeam,
  arrivalsPerMinute: number,
  handleMinutes: number,
  f: (o: number, k: number, free: number) => number,
): number {
  const pi = onSiteSteadyState(team, arrivalsPerMinute, handleMinutes)
  const p = team.people
  const at = stateIndex(p)
  let mean = 0
  for (let o = 0; o <= p; o++) {
    for (let k = 0; k <= p - o; k++) mean += f(o, k, p - o - k) * (pi[at(o, k)] ?? 0)
  }
  return mean
}

/**
 * The share of contacts missed when they arrive at `arrivalsPerMinute` and each takes
 * `handleMinutes`: the steady-state chance that nobody is free.
 */
export function missedShare(
  team: OnSiteTeam,
  arrivalsPerMinute: number,
  handleMinutes: number,
): number {
  const missed = steadyMean(team, arrivalsPerMinute, handleMinutes, (_o, _k, free) =>
    free === 0 ? 1 : 0,
  )
  return Math.min(1, Math.max(0, missed))
}

/** Mean number of people free of other work and of contacts (the time async work can use). */
export function meanFree(
  team: OnSiteTeam,
  arrivalsPerMinute: number,
  handleMinutes: number,
): number {
  return steadyMean(team, arrivalsPerMinute, handleMinutes, (_o, _k, free) => free)
}

/** Mean number of people on contacts (the contact minutes per minute), for checks. */
export function meanOnContacts(
  team: OnSiteTeam,
  arrivalsPerMinute: number,
  handleMinutes: number,
): number {
  return steadyMean(team, arrivalsPerMinute, handleMinutes, (_o, k) => k)
}

/**
 * The steady-state probabilities of (o, k), by Gaussian elimination with partial pivoting on
 * πQ = 0 with one balance equation replaced by Σπ = 1.
 */
export function onSiteSteadyState(
  team: OnSiteTeam,
  arrivalsPerMinute: number,
  handleMinutes: number,
): Float64Array {
  const { people: p, otherWorkShare: b, otherWorkMinutes: d } = team
  if (!Number.isInteger(p) || p < 1 || p > MAX_ON_SITE) {
    throw new RangeError(`people on site must be a whole number from 1 to ${MAX_ON_SITE}, got ${p}`)
  }
  if (!(b >= 0 && b < 1) || !(d > 0) || !(arrivalsPerMinute >= 0) || !(handleMinutes > 0)) {
    throw new RangeError('on-site rates must be finite: 0 ≤ b < 1, d > 0, λ ≥ 0, h > 0')
  }
  const at = stateIndex(p)
  const n = ((p + 1) * (p + 2)) / 2
  const start = b / ((1 - b) * d)
  const end = 1 / d
  const done = 1 / handleMinutes
  // Column j of the system is the balance of state j: Σ_i π_i Q[i][j] = 0; stored as rows of
  // the transposed generator, a[j][i] = Q[i][j].
  const a = Array.from({ length: n }, () => new Float64Array(n + 1))
  const move = (from: number, to: number, rate: number) => {
    if (rate <= 0) return
    const rowTo = a[to]
    const rowFrom = a[from]
    if (!rowTo || !rowFrom) return
    rowTo[from] = (rowTo[from] ?? 0) + rate
    rowFrom[from] = (rowFrom[from] ?? 0) - rate
  }
  for (let o = 0; o <= p; o++) {
    for (let k = 0; k <= p - o; k++) {
      const i = at(o, k)
      const free = p - o - k
      if (free > 0) {
        move(i, at(o + 1, k), free * start)
        move(i, at(o, k + 1), arrivalsPerMinute)
      }
      if (o > 0) move(i, at(o - 1, k), o * end)
      if (k > 0) move(i, at(o, k - 1), k * done)
    }
  }
  // Replace the last balance equation by the normalisation.
  const last = a[n - 1]
  if (last) {
    last.fill(1)
    last[n] = 1
  }
  return solve(a, n)
}

/** Solves the augmented n × (n + 1) system in place; returns the solution. */
function solve(a: Float64Array[], n: number): Float64Array {
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let r = col + 1; r < n; r++) {
      if (Math.abs(a[r]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = r
    }
    const top = a[pivot]
    if (!top) continue
    if (pivot !== col) {
      a[pivot] = a[col] ?? top
      a[col] = top
    }
    const head = top[col] ?? 0
    if (head === 0) continue
    for (let r = col + 1; r < n; r++) {
      const row = a[r]
      if (!row) continue
      const f = (row[col] ?? 0) / head
      if (f === 0) continue
      for (let c = col; c <= n; c++) row[c] = (row[c] ?? 0) - f * (top[c] ?? 0)
    }
  }
  const x = new Float64Array(n)
  for (let r = n - 1; r >= 0; r--) {
    const row = a[r]
    if (!row) continue
    let s = row[n] ?? 0
    for (let c = r + 1; c < n; c++) s -= (row[c] ?? 0) * (x[c] ?? 0)
    const head = row[r] ?? 0
    x[r] = head !== 0 ? s / head : 0
  }
  return x
}
