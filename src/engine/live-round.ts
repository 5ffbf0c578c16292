/** Live and chat channels for one week: staffing by hour, or what fixed hours buy. */
import type { ChannelEvaluationInput, Round } from './channel-round'
import { runLiveQueue, staffLiveHours, type LiveQueueInput } from './live-channel'
import { queuePoint } from './single-queue'
import { HOURS_PER_WEEK } from './types'

/** In the fixed-hours split, a contact answered late counts this much of one answered on time. */
const ANSWERED_LATE_WEIGHT = 0.01

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

/**
 * Fixed hours on a live queue: which hours get how many agents so that the most contacts are
 * answered within target. A queue gains nothing until it has more agents than Erlangs, so the
 * value of an hour's agents is not concave and a greedy split can strand hours (4 + 2 agents
 * for two 2-Erlang hours answers fewer on time than 3 + 3). An exact knapsack over the hours
 * that have contacts solves it: agent-hours are whole numbers and a small business has few.
 */
export function allocateLiveHours(q: LiveQueueInput, agentHours: number): number[] {
  const needed = staffLiveHours(q).agents
  if (needed.reduce((s, n) => s + n, 0) <= agentHours) return needed
  const budget = Math.max(0, Math.floor(agentHours + 1e-9))
  const allocation = new Array<number>(HOURS_PER_WEEK).fill(0)
  // value[i][n]: contacts answered within target in hour i with n agents (n ≤ needed there).
  const hours: { hour: number; value: number[] }[] = []
  needed.forEach((top, hour) => {
    const contacts = q.contactsPerWeek * (q.pattern[hour] ?? 0)
    if (!q.coverage[hour] || contacts === 0) return
    const traffic = (contacts * q.effectiveHandleSeconds) / 3600
    const value = [0]
    for (let n = 1; n <= Math.min(top, budget); n++) {
      const p = queuePoint(n * (q.slotsPerAgent ?? 1), traffic, {
        handleSeconds: q.effectiveHandleSeconds,
        targetSeconds: q.targetSeconds,
        patienceSeconds: q.patienceSeconds,
      })
      // Answered within target first; answered at all breaks ties, so spare hours still go
      // where they let contacts through late rather than nowhere.
      const answered = p.stable
        ? 1 - p.probabilityOfAbandon
        : Math.min(1, (n * (q.slotsPerAgent ?? 1)) / traffic)
      value.push(contacts * (p.serviceLevel + ANSWERED_LATE_WEIGHT * answered))
    }
    hours.push({ hour, value })
  })
  // best[b]: most contacts within target using b agent-hours over the hours seen so far;
  // choice[k][b]: agents given to the k-th hour in that best split.
  let best = new Float64Array(budget + 1)
  const choice = hours.map(() => new Uint16Array(budget + 1))
  hours.forEach(({ value }, k) => {
    const next = new Float64Array(budget + 1)
    const pick = choice[k] as Uint16Array
    for (let b = 0; b <= budget; b++) {
      let top = best[b] ?? 0
      let chosen = 0
      for (let n = 1; n < value.length && n <= b; n++) {
        const v = (best[b - n] ?? 0) + (value[n] ?? 0)
        if (v > top + 1e-12) {
          top = v
          chosen = n
        }
      }
      next[b] = top
      pick[b] = chosen
    }
    best = next
  })
  let b = budget
  for (let k = hours.length - 1; k >= 0; k--) {
    const n = choice[k]?.[b] ?? 0
    allocation[hours[k]?.hour ?? 0] = n
    b -= n
  }
  return allocation
}

export function liveRound(input: ChannelEvaluationInput, contacts: number): Round {
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
  const attainment = contacts > 0 ? withinTarget / contacts : 1
  const answeredShare = contacts > 0 ? handled / contacts : 1
  const coveredContacts = r.hours.reduce((s, h, i) => s + (channel.coverage[i] ? h.contacts : 0), 0)
  const expectationSeconds = channel.expectationHours * 3600
  return {
    handled,
    unserved: contacts - handled,
    attainment,
    bestAttainment: contacts > 0 ? coveredContacts / contacts : 1,
    meanResponseSeconds: handled > 0 ? waitSum / handled : 0,
    p90ResponseSeconds: percentileFromExceedance(r.waitExceeds, 0.9),
    lateShare: 1 - answeredShare + answeredShare * r.waitExceeds(expectationSeconds),
    // Fixed hours are paid whether or not the split needs them all.
    staffHours: input.staffHoursPerWeek ?? r.agentHours * paidPerAgentHour,
    workloadHours: r.hours.reduce((s, h) => s + h.traffic * (1 - h.unservedShare), 0),
    checkHours: 0,
    floorStaffHours: r.floorAgentHours * paidPerAgentHour,
    occupancy: r.occupancy,
    backlogAtWeekEnd: 0,
    plan: { kind: 'agents', agentsByHour },
  }
}

/** The least x with P(wait > x) ≤ 1 − p, by bisection on a decreasing exceedance function. */
function percentileFromExceedance(exceeds: (seconds: number) => number, p: number): number {
  const tail = 1 - p
  if (exceeds(0) <= tail) return 0
  let lo = 0
  let hi = 60
  while (exceeds(hi) > tail) {
    hi *= 2
    if (hi > 1e7) return Infinity
  }
  for (let i = 0; i < 60 && hi - lo > 1e-3 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2
    if (exceeds(mid) > tail) lo = mid
    else hi = mid
  }
  return hi
}
