/**
 * Fixed hours on a live or chat channel: which hours get how many agents, so that the most
 * contacts are answered within target.
 */
import { HOURS_PER_WEEK } from '../../model/types'
import { queuePoint } from '../../queueing/single-queue'
import { staffLiveHours, type LiveQueueInput } from './hourly-queues'

/** In the fixed-hours split, a contact answered late counts this much of one answered on time. */
const ANSWERED_LATE_WEIGHT = 0.01

/**
 * A queue gains nothing until it has more agents than Erlangs, so the value of an hour's agents
 * is not concave and a greedy split can strand hours (4 + 2 agents for two 2-Erlang hours
 * answers fewer on time than 3 + 3). An exact knapsack over the hours that have contacts solves
 * it: agent-hours are whole numbers and a small business has few.
 */
export function allocateLiveHours(q: LiveQueueInput, agentHours: number): number[] {
  const needed = staffLiveHours(q).agents
  if (needed.reduce((s, n) => s + n, 0) <= agentHours) return needed
  // Agent-hours a hair under a whole number (rounding in hours × (1 − shrinkage)) still count.
  const budget = Math.max(0, Math.floor(agentHours + 1e-9))
  const hours = hourValues(q, needed, budget)
  const allocation = new Array<number>(HOURS_PER_WEEK).fill(0)
  const given = knapsack(
    hours.map((h) => h.value),
    budget,
  )
  hours.forEach(({ hour }, k) => {
    allocation[hour] = given[k] ?? 0
  })
  return allocation
}

/**
 * For each covered hour with contacts, value[n]: contacts answered within target with n agents
 * (n up to what the hour needs, and the budget), answered-late ones counting a little.
 */
function hourValues(
  q: LiveQueueInput,
  needed: readonly number[],
  budget: number,
): { hour: number; value: number[] }[] {
  const slots = q.slotsPerAgent ?? 1
  const hours: { hour: number; value: number[] }[] = []
  needed.forEach((top, hour) => {
    const contacts = q.contactsPerWeek * (q.pattern[hour] ?? 0)
    if (!q.coverage[hour] || contacts === 0) return
    const traffic = (contacts * q.effectiveHandleSeconds) / 3600
    const value = [0]
    for (let n = 1; n <= Math.min(top, budget); n++) {
      const p = queuePoint(n * slots, traffic, {
        handleSeconds: q.effectiveHandleSeconds,
        targetSeconds: q.targetSeconds,
        patienceSeconds: q.patienceSeconds,
      })
      // Answered within target first; answered at all breaks ties, so spare hours still go
      // where they let contacts through late rather than nowhere.
      const answered = p.stable ? 1 - p.probabilityOfAbandon : Math.min(1, (n * slots) / traffic)
      value.push(contacts * (p.serviceLevel + ANSWERED_LATE_WEIGHT * answered))
    }
    hours.push({ hour, value })
  })
  return hours
}

/**
 * The split of `budget` units over items, item k taking n units for values[k][n], that maximises
 * the total value: best[b] over the items seen so far, and the choice of each item at each b.
 */
function knapsack(values: readonly number[][], budget: number): number[] {
  let best = new Float64Array(budget + 1)
  const choices = values.map((value) => {
    const next = new Float64Array(budget + 1)
    const pick = new Uint16Array(budget + 1)
    for (let b = 0; b <= budget; b++) {
      let top = best[b] ?? 0
      let chosen = 0
      for (let n = 1; n < value.length && n <= b; n++) {
        const v = (best[b - n] ?? 0) + (value[n] ?? 0)
        // A tie keeps fewer units here: the earlier hours get them.
        if (v > top + 1e-12) {
          top = v
          chosen = n
        }
      }
      next[b] = top
      pick[b] = chosen
    }
    best = next
    return pick
  })
  const given = new Array<number>(values.length).fill(0)
  let b = budget
  for (let k = values.length - 1; k >= 0; k--) {
    const n = choices[k]?.[b] ?? 0
    given[k] = n
    b -= n
  }
  return given
}
