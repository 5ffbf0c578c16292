/** Live and chat channels for one week: staffing by hour, or what fixed hours buy. */
import { withoutRoundingAbove } from '../../model/limits'
import type { ChannelEvaluationInput, QueueWeek } from '../types'
import { allocateLiveHours } from './fixed-hours'
import { runLiveQueue, type LiveQueueInput } from './hourly-queues'

/** The hourly queues of a live or chat channel (see live-channel.ts for the chat slots). */
export function liveInput(input: ChannelEvaluationInput, contacts: number): LiveQueueInput {
  const { channel, business } = input
  const chat = channel.kind === 'chat'
  const slots = chat ? Math.max(1, channel.concurrency) : 1
  const efficiency = chat ? channel.concurrencyEfficiency : 1
  return {
    contactsPerWeek: contacts,
    pattern: input.pattern,
    coverage: channel.coverage,
    effectiveHandleSeconds: (channel.handleMinutes * 60 * slots) / efficiency,
    slotsPerAgent: slots,
    targetSeconds: channel.targetSeconds,
    targetShare: channel.targetShare,
    maxOccupancy: business.maxOccupancy,
    patienceSeconds: channel.patienceSeconds,
  }
}

export function liveWeek(input: ChannelEvaluationInput, contacts: number): QueueWeek {
  const { channel, business } = input
  const q = liveInput(input, contacts)
  const paidPerAgentHour = 1 / (1 - business.shrinkage)
  if (input.staffHoursPerWeek !== undefined) {
    q.agents = allocateLiveHours(q, input.staffHoursPerWeek * (1 - business.shrinkage))
  }
  const r = runLiveQueue(q)
  const agentsByHour = r.hours.map((h) => h.agents)
  let withinTarget = 0
  let handled = 0
  let waitSum = 0
  for (const hour of r.hours) {
    withinTarget += hour.contacts * hour.serviceLevel
    const answered = hour.contacts * (1 - hour.unservedShare)
    handled += answered
    waitSum += answered > 0 ? answered * hour.meanWaitSeconds : 0
  }
  // The hours' contacts add up to the week's only to rounding: what is answered (within target
  // or at all) must not come out above it (nor the unserved below zero).
  withinTarget = withoutRoundingAbove(withinTarget, contacts)
  handled = withoutRoundingAbove(handled, contacts)
  const attainment = contacts > 0 ? withinTarget / contacts : 1
  const answeredShare = contacts > 0 ? handled / contacts : 1
  const coveredContacts = withoutRoundingAbove(
    r.hours.reduce((s, h, i) => s + (channel.coverage[i] ? h.contacts : 0), 0),
    contacts,
  )
  const expectationSeconds = channel.expectationHours * 3600
  return {
    handled,
    unserved: contacts - handled,
    attainment,
    bestAttainment: contacts > 0 ? coveredContacts / contacts : 1,
    // No contact answered, no time to answer; an hour whose queue only grows waits without end.
    responseTimes: () => ({
      meanSeconds: handled > 0 && Number.isFinite(waitSum) ? waitSum / handled : null,
      p90Seconds: handled > 0 ? percentileFromExceedance(r.waitExceeds, 0.9) : null,
    }),
    lateShare: 1 - answeredShare + answeredShare * r.waitExceeds(expectationSeconds),
    // Fixed hours are paid whether or not the split needs them all.
    staffHours: input.staffHoursPerWeek ?? r.agentHours * paidPerAgentHour,
    // In people's time: a chat holds one of k slots for k·h ÷ efficiency(k), h ÷ efficiency(k)
    // of a person.
    workloadHours:
      r.hours.reduce((s, h) => s + h.traffic * (1 - h.unservedShare), 0) / (q.slotsPerAgent ?? 1),
    checkHours: 0,
    floorStaffHours: r.floorAgentHours * paidPerAgentHour,
    occupancy: r.occupancy,
    backlogAtWeekEnd: 0,
    plan: { kind: 'agents', agentsByHour },
  }
}

/**
 * The least x with P(wait > x) ≤ 1 − p, by bisection on a decreasing exceedance function; null
 * when it lies beyond 10^7 s (nearly four months: a queue that only grows).
 */
function percentileFromExceedance(exceeds: (seconds: number) => number, p: number): number | null {
  const tail = 1 - p
  if (exceeds(0) <= tail) return 0
  let lo = 0
  let hi = 60
  while (exceeds(hi) > tail) {
    hi *= 2
    if (hi > 1e7) return null
  }
  for (let i = 0; i < 60 && hi - lo > 1e-3 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2
    if (exceeds(mid) > tail) lo = mid
    else hi = mid
  }
  return hi
}
