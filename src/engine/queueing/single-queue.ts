/**
 * One queue, one question: how many agents does this contact rate need, and what does each
 * agent count around the answer buy? Backs the single-queue calculator.
 */
import { erlangAUnchecked } from './erlang-a'
import { erlangBUnchecked } from './erlang-b'
import { erlangCFromB } from './erlang-c'
import { agentsForTarget } from './staffing'
import { requireNonNegative, requirePositive, requireShare } from '../model/validate'

export interface QueueQuestion {
  contactsPerHour: number
  handleSeconds: number
  targetSeconds: number
  /** Share of contacts to answer within the target, 0 ≤ share < 1. */
  targetServiceLevel: number
  /** Highest share of agent time spent on contacts, 0 < cap ≤ 1. */
  maxOccupancy: number
  /** Mean wait before a caller gives up; leave out to assume nobody does (Erlang C). */
  patienceSeconds?: number
}

export interface QueuePoint {
  agents: number
  serviceLevel: number
  probabilityOfWait: number
  /** Mean wait over all contacts; Infinity when the queue is unstable. */
  averageWaitSeconds: number
  /** 0 without patience: nobody gives up in Erlang C. */
  probabilityOfAbandon: number
  occupancy: number
  /** False when contacts arrive faster than the agents can ever answer them (Erlang C). */
  stable: boolean
}

export interface QueueAnswer {
  trafficErlangs: number
  agents: number
  /** The queue at the recommended agent count. */
  atAnswer: QueuePoint
  /** Agent counts around the answer, ascending, for a chart of service level against agents. */
  curve: QueuePoint[]
}

/** How many agent counts below and above the answer the curve shows. */
export const CURVE_BELOW = 8
export const CURVE_ABOVE = 4

export function trafficFromRate(contactsPerHour: number, handleSeconds: number): number {
  return (contactsPerHour * handleSeconds) / 3600
}

export function queuePoint(
  agents: number,
  trafficErlangs: number,
  q: Pick<QueueQuestion, 'handleSeconds' | 'targetSeconds' | 'patienceSeconds'>,
): QueuePoint {
  const base = {
    agents,
    trafficErlangs,
    handleSeconds: q.handleSeconds,
    targetSeconds: q.targetSeconds,
  }
  if (q.patienceSeconds !== undefined) {
    const r = erlangAUnchecked({ ...base, patienceSeconds: q.patienceSeconds })
    return {
      agents,
      serviceLevel: r.serviceLevel,
      probabilityOfWait: r.probabilityOfWait,
      averageWaitSeconds: r.averageWaitSeconds,
      probabilityOfAbandon: r.probabilityOfAbandon,
      occupancy: r.occupancy,
      stable: true,
    }
  }
  const r = erlangCFromB(base, erlangBUnchecked(agents, trafficErlangs))
  return {
    agents,
    serviceLevel: r.serviceLevel,
    probabilityOfWait: r.probabilityOfWait,
    averageWaitSeconds: r.averageSpeedOfAnswerSeconds,
    probabilityOfAbandon: 0,
    occupancy: r.occupancy,
    stable: r.stable,
  }
}

export function analyseQueue(q: QueueQuestion): QueueAnswer {
  requireNonNegative('contactsPerHour', q.contactsPerHour)
  requirePositive('handleSeconds', q.handleSeconds)
  requireShare('maxOccupancy', q.maxOccupancy, { allowZero: false, allowOne: true })
  const trafficErlangs = trafficFromRate(q.contactsPerHour, q.handleSeconds)
  const agents = agentsForTarget({
    trafficErlangs,
    handleSeconds: q.handleSeconds,
    targetSeconds: q.targetSeconds,
    targetServiceLevel: q.targetServiceLevel,
    maxOccupancy: q.maxOccupancy,
    patienceSeconds: q.patienceSeconds,
  })
  const from = Math.max(1, agents - CURVE_BELOW)
  const curve: QueuePoint[] = []
  for (let n = from; n <= Math.max(agents, 1) + CURVE_ABOVE; n++) {
    curve.push(queuePoint(n, trafficErlangs, q))
  }
  return { trafficErlangs, agents, atAnswer: queuePoint(agents, trafficErlangs, q), curve }
}
