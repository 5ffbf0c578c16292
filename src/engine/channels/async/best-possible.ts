/**
 * The most any plan could answer within target with this coverage: every contact seen at the
 * next whole minute while the channel is covered (or at the next stretch's start), and its reply
 * begun at once (no check, nobody busy). Every look of every plan falls on a whole minute and no
 * reply starts before its look, so no plan does better; the figure does not depend on the volume.
 */
import type { ChannelEvaluationInput } from '../types'
import { coveredStretches, MINUTES_PER_HOUR, MINUTES_PER_WEEK } from './looks'

/** ∫ over waits w in [from, to] of P(w + S ≤ T), S ~ Exp(mean h), divided by nothing. */
function waitIntegral(from: number, to: number, target: number, h: number): number {
  const b = Math.min(to, target)
  if (!(b > from)) return 0
  return b - from - h * (Math.exp(-(target - b) / h) - Math.exp(-(target - from) / h))
}

export function bestPossibleShare(input: ChannelEvaluationInput): number {
  const { channel, pattern } = input
  const target = channel.targetSeconds / 60
  const h = channel.handleMinutes
  const stretches = coveredStretches(channel.coverage)
  if (stretches.length === 0 && !channel.coverage.some(Boolean)) return 0
  // Within a stretch: the wait to the next minute is uniform on (0, 1].
  const covered = waitIntegral(0, 1, target, h)
  let total = 0
  let weight = 0
  for (let hour = 0; hour < pattern.length; hour++) {
    const w = pattern[hour] ?? 0
    weight += w
    if (w === 0) continue
    if (channel.coverage[hour]) {
      total += w * covered
      continue
    }
    // Closed: seen when the next stretch starts.
    const start = hour * MINUTES_PER_HOUR
    let wait = Infinity
    for (const s of stretches) {
      const ahead = (((s.start - start) % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK
      wait = Math.min(wait, ahead)
    }
    // Arrivals from the hour's start (wait `wait`) to its end (wait − 60).
    total += (w * waitIntegral(wait - MINUTES_PER_HOUR, wait, target, h)) / MINUTES_PER_HOUR
  }
  return weight > 0 ? Math.min(1, total / weight) : 1
}
