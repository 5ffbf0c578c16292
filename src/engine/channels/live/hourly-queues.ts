/**
 * Live and chat channels: contacts are answered as they arrive, so each hour of the week is a
 * queue of its own (Erlang C, or Erlang A when customers give up).
 *
 * Chat: one person holds up to k chats at once and is slower on each: k chats together go at
 * efficiency(k) times one chat's pace (2 chats ≈ 1.7, 3 ≈ 2.5; Call Centre Helper). The queue
 * therefore has k slots per agent, each working at efficiency(k)/k of full speed: n agents are
 * n·k servers with a per-chat handle time of k·h/efficiency(k). A chat waits only when every
 * slot is taken. The alternatives bracket it: one server per agent with handle h/efficiency(k)
 * (Call Centre Helper's "Erlang C for chat") makes a chat wait whenever every agent has one,
 * and the simulation shows it 8–13 points too pessimistic; k slots at full speed ignore the
 * slowdown of juggling and overstate what one person can do. At k = 1 all three are the live
 * model.
 */
import { erlangAUnchecked } from '../../queueing/erlang-a'
import { erlangCFromB, type ErlangCInput } from '../../queueing/erlang-c'
import { erlangBUnchecked } from '../../queueing/erlang-b'
import { agentsForTarget } from '../../queueing/staffing'
import { meetsTarget, NEGLIGIBLE_CONTACTS, TARGET_MET_TOLERANCE } from '../../model/limits'
import { HOURS_PER_WEEK } from '../../model/types'

export interface LiveQueueInput {
  contactsPerWeek: number
  pattern: readonly number[]
  coverage: readonly boolean[]
  /** Handle time per contact as the queue sees it (chat: k·handle ÷ efficiency(k)), seconds. */
  effectiveHandleSeconds: number
  /** Contacts one agent holds at once (chat); 1 for live. */
  slotsPerAgent?: number
  targetSeconds: number
  targetShare: number
  maxOccupancy: number
  patienceSeconds?: number
  /**
   * Agents present in each hour. Absent: the least that meet the target in every covered hour,
   * at least one whenever the channel is covered (the floor).
   */
  agents?: readonly number[]
}

export interface LiveHour {
  contacts: number
  agents: number
  /** Offered load, Erlangs. */
  traffic: number
  /** Share of this hour's contacts answered within target (0 when nobody is there). */
  serviceLevel: number
  /** Share that hang up (Erlang A) or cannot get through (nobody there, or queue overloaded). */
  unservedShare: number
  /** Mean wait of those answered, seconds. */
  meanWaitSeconds: number
  /** True when the hour is staffed only because somebody must be present (the floor). */
  floor: boolean
}

export interface LiveQueueResult {
  hours: LiveHour[]
  agentHours: number
  /**
   * Agent-hours present beyond the work only because somebody must be there while the channel
   * is open: in each staffed hour, the first person's time the work leaves idle.
   */
  floorAgentHours: number
  /** Busy share of present agents' time. */
  occupancy: number
  /** Share of the answered contacts' waits longer than `seconds`. */
  waitExceeds(seconds: number): number
}

/** One hour's queue: its load, service level, who cannot get through, and how long others wait. */
type HourQueue = Omit<LiveHour, 'floor' | 'contacts' | 'agents'> & {
  waitExceeds(seconds: number): number
}

function hourQueue(input: LiveQueueInput, contacts: number, agents: number): HourQueue {
  const h = input.effectiveHandleSeconds
  const traffic = (contacts * h) / 3600
  if (contacts === 0) {
    return {
      traffic: 0,
      serviceLevel: 1,
      unservedShare: 0,
      meanWaitSeconds: 0,
      waitExceeds: () => 0,
    }
  }
  if (agents === 0) {
    return { traffic, serviceLevel: 0, unservedShare: 1, meanWaitSeconds: 0, waitExceeds: () => 0 }
  }
  // Chat: every agent brings `slotsPerAgent` servers.
  const servers = agents * (input.slotsPerAgent ?? 1)
  const base = {
    agents: servers,
    trafficErlangs: traffic,
    handleSeconds: h,
    targetSeconds: input.targetSeconds,
  }
  return input.patienceSeconds !== undefined
    ? patientQueue(base, input.patienceSeconds)
    : waitingQueue(base)
}

/** Erlang A: callers give up after an exponential patience. */
function patientQueue(base: ErlangCInput, patience: number): HourQueue {
  const r = erlangAUnchecked({ ...base, patienceSeconds: patience })
  const answered = 1 - r.probabilityOfAbandon
  return {
    traffic: base.trafficErlangs,
    serviceLevel: r.serviceLevel,
    unservedShare: r.probabilityOfAbandon,
    meanWaitSeconds: r.averageWaitAnsweredSeconds,
    waitExceeds: (seconds: number) => {
      if (answered <= 0) return 0
      const within = erlangAUnchecked({
        ...base,
        targetSeconds: seconds,
        patienceSeconds: patience,
      })
      return Math.max(0, 1 - within.serviceLevel / answered)
    },
  }
}

/** Erlang C: nobody gives up. */
function waitingQueue(base: ErlangCInput): HourQueue {
  const { agents: servers, trafficErlangs: traffic, handleSeconds: h } = base
  const r = erlangCFromB(base, erlangBUnchecked(servers, traffic))
  if (!r.stable) {
    // Contacts arrive faster than they can be answered: the queue only grows. Count the excess
    // as unable to get through and the rest as answered late (never within target).
    const served = servers / traffic
    return {
      traffic,
      serviceLevel: 0,
      unservedShare: 1 - served,
      meanWaitSeconds: Infinity,
      waitExceeds: () => 1,
    }
  }
  const decay = (servers - traffic) / h
  return {
    traffic,
    serviceLevel: r.serviceLevel,
    unservedShare: 0,
    meanWaitSeconds: r.averageSpeedOfAnswerSeconds,
    waitExceeds: (seconds: number) => r.probabilityOfWait * Math.exp(-decay * seconds),
  }
}

/**
 * The staff for a target judged over the whole week's contacts, as written channels judge it
 * (contacts outside the channel's hours count as misses). First the least agents meeting the
 * target in each covered hour on its own, never fewer than one. When the hours outside cover
 * pull the week below the target and cover allows it, agents are added one hour at a time,
 * each to the hour where it brings the most contacts within target, until the week meets it.
 */
export function staffLiveHours(input: LiveQueueInput): { agents: number[]; floor: boolean[] } {
  const agents: number[] = []
  const floor: boolean[] = []
  // Hours with the same contacts (the pattern repeats day to day) need the same staff.
  const solved = new Map<number, number>()
  for (let i = 0; i < HOURS_PER_WEEK; i++) {
    if (!input.coverage[i]) {
      agents.push(0)
      floor.push(false)
      continue
    }
    const contacts = input.contactsPerWeek * (input.pattern[i] ?? 0)
    const slots = input.slotsPerAgent ?? 1
    let servers = solved.get(contacts)
    if (servers === undefined) {
      servers = agentsForTarget({
        trafficErlangs: (contacts * input.effectiveHandleSeconds) / 3600,
        handleSeconds: input.effectiveHandleSeconds,
        targetSeconds: input.targetSeconds,
        targetServiceLevel: input.targetShare,
        maxOccupancy: input.maxOccupancy,
        patienceSeconds: input.patienceSeconds,
      })
      solved.set(contacts, servers)
    }
    const needed = Math.ceil(servers / slots)
    agents.push(Math.max(1, needed))
    floor.push(needed < 1)
  }
  topUpToWeeklyTarget(input, agents)
  return { agents, floor }
}

/**
 * Agents added to the hours above, most contacts within target per added agent-hour first,
 * until the week's share within target meets the target. Nothing is added when cover alone
 * keeps the week below the target (more staff cannot help; the limit is coverage), and the
 * additions stop once an agent-hour adds next to nothing (a target equal to what cover allows
 * is reached only in the limit).
 */
function topUpToWeeklyTarget(input: LiveQueueInput, agents: number[]): void {
  const total = input.contactsPerWeek
  if (total <= NEGLIGIBLE_CONTACTS) return
  const contactsAt = (i: number) => total * (input.pattern[i] ?? 0)
  let covered = 0
  for (let i = 0; i < HOURS_PER_WEEK; i++) if (input.coverage[i]) covered += contactsAt(i)
  if (!meetsTarget(covered / total, input.targetShare)) return
  const levels = new Map<string, number>()
  const withinAt = (i: number, n: number) => {
    const contacts = contactsAt(i)
    if (contacts <= NEGLIGIBLE_CONTACTS) return 0
    const key = `${contacts} ${n}`
    let level = levels.get(key)
    if (level === undefined) {
      level = hourQueue(input, contacts, n).serviceLevel
      levels.set(key, level)
    }
    return contacts * level
  }
  let within = 0
  const gain = new Float64Array(HOURS_PER_WEEK)
  for (let i = 0; i < HOURS_PER_WEEK; i++) {
    if (!input.coverage[i]) continue
    const n = agents[i] ?? 0
    within += withinAt(i, n)
    gain[i] = withinAt(i, n + 1) - withinAt(i, n)
  }
  const wanted = (input.targetShare - TARGET_MET_TOLERANCE) * total
  while (within < wanted) {
    let best = -1
    for (let i = 0; i < HOURS_PER_WEEK; i++) {
      if ((gain[i] ?? 0) > (best < 0 ? 0 : (gain[best] ?? 0))) best = i
    }
    if (best < 0 || (gain[best] ?? 0) <= NEGLIGIBLE_GAIN * total) return
    const n = (agents[best] ?? 0) + 1
    agents[best] = n
    within += gain[best] ?? 0
    gain[best] = withinAt(best, n + 1) - withinAt(best, n)
  }
}

/** An agent-hour adding less than this share of the week's contacts within target adds nothing. */
const NEGLIGIBLE_GAIN = 1e-12

export function runLiveQueue(input: LiveQueueInput): LiveQueueResult {
  const staffed = input.agents
    ? { agents: [...input.agents], floor: input.agents.map(() => false) }
    : staffLiveHours(input)
  const hours: LiveHour[] = []
  // Hours with the same contacts and agents queue alike: one queue each, and the answered
  // contacts of all of them weigh its waits.
  const queues = new Map<string, HourQueue>()
  const exceeders = new Map<HourQueue, number>()
  let agentHours = 0
  let floorAgentHours = 0
  let busy = 0
  for (let i = 0; i < HOURS_PER_WEEK; i++) {
    const contacts = input.contactsPerWeek * (input.pattern[i] ?? 0)
    const covered = input.coverage[i] === true
    const agents = covered ? (staffed.agents[i] ?? 0) : 0
    const key = `${contacts} ${agents}`
    let q = queues.get(key)
    if (!q) {
      q = hourQueue(input, contacts, agents)
      queues.set(key, q)
    }
    const floor = staffed.floor[i] === true
    hours.push({
      contacts,
      agents,
      traffic: q.traffic,
      serviceLevel: q.serviceLevel,
      unservedShare: q.unservedShare,
      meanWaitSeconds: q.meanWaitSeconds,
      floor,
    })
    agentHours += agents
    const busyHere = Math.min(
      agents,
      (q.traffic * (1 - q.unservedShare)) / (input.slotsPerAgent ?? 1),
    )
    // The first person of a staffed hour is there anyway: the part of them the work leaves idle
    // is the floor; people beyond the first are the queue's headroom.
    floorAgentHours += Math.max(0, Math.min(agents, 1) - busyHere)
    busy += busyHere
    const answered = contacts * (1 - q.unservedShare)
    if (answered > 0) exceeders.set(q, (exceeders.get(q) ?? 0) + answered)
  }
  let totalAnswered = 0
  for (const weight of exceeders.values()) totalAnswered += weight
  return {
    hours,
    agentHours,
    floorAgentHours,
    occupancy: agentHours > 0 ? busy / agentHours : 0,
    waitExceeds: (seconds: number) => {
      if (totalAnswered <= 0) return 0
      let sum = 0
      for (const [queue, weight] of exceeders) sum += weight * queue.waitExceeds(seconds)
      return sum / totalAnswered
    },
  }
}
