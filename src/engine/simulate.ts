/**
 * A seeded discrete-event simulation of one channel for one week, to check the analytic model
 * (channel.ts) against the process it stands for: individual contacts arriving at random,
 * handle times that vary, agents who come and go by the hour, people who hang up.
 *
 * Same semantics as the analytic model, contact by contact:
 * - arrivals: Poisson, at a constant rate within each hour (contactsPerWeek × pattern[h]);
 * - live: `agents[h]` servers in hour h (none when not covered), exponential handle times,
 *   first come first served; with `patienceSeconds`, each caller has an exponential patience
 *   and hangs up if not answered by then. Nobody there (uncovered, or 0 agents) means the
 *   contact is unserved, and so are those still waiting when the channel closes;
 * - chat: each agent holds up to `concurrency` chats; with j chats each progresses at
 *   eff(j) ÷ j of full speed (processor sharing), eff from the catalog's efficiency table; a new
 *   chat goes to the present agent holding the fewest;
 * - async: looks at the minutes `checkMinutes` gives; each costs `minutesPerCheck` and shows
 *   what arrived since the previous look; one worker does the shown work first come first served,
 *   in covered hours only, within the allowance of work-minutes per covered hour.
 *
 * Like runAsyncQueue, three weeks run back to back: a warm-up week (so the measured Monday
 * starts with a typical queue), the measured week, and a week for its contacts to finish. Only
 * contacts arriving in the measured week count; one still waiting at the end is unanswered.
 *
 * Response time: live and chat, arrival to answer (the wait); async, arrival to the answer
 * being finished, as in the analytic model.
 */
import { checkMinutes } from './async-channel'
import { CONCURRENCY_EFFICIENCY } from './catalog'
import type { ChannelEvaluationInput, ChannelResult } from './channel'
import type { Business, Channel } from './types'
import { HOURS_PER_WEEK } from './types'
import { requireAgentCount, requireNonNegative, requirePositive } from './validate'

const SECONDS_PER_HOUR = 3600
const WEEK_SECONDS = HOURS_PER_WEEK * SECONDS_PER_HOUR
/** Warm-up, measured, and a week for the measured contacts to finish. */
const WEEKS = 3

// ---------------------------------------------------------------- random numbers

/**
 * A seeded generator of uniform numbers in [0, 1): sfc32 (Chris Doty-Humphrey's Small Fast
 * Counting generator from PractRand), 128 bits of state, passes PractRand and TestU01 BigCrush,
 * and its counter guarantees a period of at least 2^32. The seed (taken as a 32-bit integer) is
 * spread over the state by Chris Wellons' lowbias32 hash, so seeds 1, 2, 3 give unrelated
 * streams. The engine never uses Math.random: the same seed gives the same week everywhere.
 */
export function createRandom(seed: number): () => number {
  let s = Math.trunc(Number.isFinite(seed) ? seed : 0) >>> 0
  const spread = (): number => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x7feb352d)
    z = Math.imul(z ^ (z >>> 15), 0x846ca68b)
    return (z ^ (z >>> 16)) | 0
  }
  let a = spread()
  let b = spread()
  let c = spread()
  let d = spread()
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  // The first outputs still show the seed's structure; PractRand's author discards 12.
  for (let i = 0; i < 12; i++) next()
  return next
}

/** An exponential draw with the given mean; 1 − u lies in (0, 1], so the log is finite. */
export function exponential(random: () => number, mean: number): number {
  return -mean * Math.log(1 - random())
}

// ---------------------------------------------------------------- input and result

/**
 * The staffing to simulate, as the analytic model chose it: live and chat, agents present in each
 * of the 168 hours; async, work-minutes per covered hour (runAsyncQueue's allowance).
 */
export type SimulationStaffing =
  | { kind: 'agents'; agents: readonly number[] }
  | {
      kind: 'allowance'
      allowanceMinutesPerHour: number
      /** Minutes between looks; the channel's target time when absent. */
      lookIntervalMinutes?: number
    }

export interface SimulationInput {
  channel: Channel
  /** Contacts reaching the channel in a week (the analytic result's contactsOffered). */
  contactsPerWeek: number
  /** 168 weights summing to 1. */
  pattern: readonly number[]
  /**
   * The queue itself needs nothing from it (shrinkage and occupancy are already inside the
   * staffing); it travels with the input so `simulationInputFor` can rebuild the staffing.
   */
  business: Business
  staffing: SimulationStaffing
}

export interface SimulationResult {
  /** Contacts that arrived in the measured week. */
  offered: number
  answered: number
  withinTarget: number
  /** Never answered: nobody there, hung up, or still waiting a week later. */
  unserved: number
  /** Of the unserved: arrived when nobody was there, or still waiting when the channel closed. */
  uncovered: number
  /** Of the unserved: hung up before an answer (live and chat with patience). */
  abandoned: number
  /** Share of offered contacts answered within the target time; 1 when none arrived. */
  attainment: number
  /** Over the answered contacts; 0 when none was. */
  meanResponseSeconds: number
  /** 90th percentile (nearest rank) over the answered contacts; Infinity when none was. */
  p90ResponseSeconds: number
  /** Share of offered contacts answered later than customers expect, or never. */
  lateShare: number
}

/** The measured week's contacts as they turned out. */
interface Tally {
  offered: number
  responses: number[]
  uncovered: number
  abandoned: number
}

function summarise(channel: Channel, tally: Tally): SimulationResult {
  const { offered, responses, uncovered, abandoned } = tally
  const expectationSeconds = channel.expectationHours * SECONDS_PER_HOUR
  let within = 0
  let late = 0
  let sum = 0
  for (const r of responses) {
    if (r <= channel.targetSeconds) within++
    if (r > expectationSeconds) late++
    sum += r
  }
  const answered = responses.length
  const sorted = Float64Array.from(responses).sort()
  return {
    offered,
    answered,
    withinTarget: within,
    unserved: offered - answered,
    uncovered,
    abandoned,
    attainment: offered > 0 ? within / offered : 1,
    meanResponseSeconds: answered > 0 ? sum / answered : 0,
    p90ResponseSeconds:
      answered > 0 ? (sorted[Math.ceil(0.9 * answered) - 1] ?? Infinity) : Infinity,
    lateShare: offered > 0 ? (late + offered - answered) / offered : 0,
  }
}

// ---------------------------------------------------------------- arrivals

/** Arrival times (seconds) over the warm-up and measured weeks, in order. */
function arrivalTimes(input: SimulationInput, random: () => number): number[] {
  const times: number[] = []
  for (let h = 0; h < 2 * HOURS_PER_WEEK; h++) {
    const perSecond = (input.contactsPerWeek * (input.pattern[h % HOURS_PER_WEEK] ?? 0)) / 3600
    if (!(perSecond > 0)) continue
    // Within an hour the rate is constant; gaps are memoryless, so restarting at the hour's
    // start is exact.
    const end = (h + 1) * SECONDS_PER_HOUR
    for (let t = h * SECONDS_PER_HOUR + exponential(random, 1 / perSecond); t < end;) {
      times.push(t)
      t += exponential(random, 1 / perSecond)
    }
  }
  return times
}

const measured = (arrival: number) => arrival >= WEEK_SECONDS && arrival < 2 * WEEK_SECONDS

// ---------------------------------------------------------------- live and chat

/**
 * Throughput of one agent holding j of at most k chats, relative to one chat: the catalog table
 * (1, 1.7, 2.5, 2.9, 3.5 for 1..5 chats, then +0.6 a chat), ending at the channel's own
 * efficiency at j = k and never above it, so the analytic model's figure is the full-load speed.
 */
export function chatEfficiency(channel: Channel, j: number): number {
  const k = Math.max(1, Math.floor(channel.concurrency))
  if (j >= k) return channel.concurrencyEfficiency
  const table = CONCURRENCY_EFFICIENCY as Readonly<Record<number, number>>
  const tabled = table[j] ?? 3.5 + 0.6 * (j - 5)
  return Math.max(1, Math.min(tabled, channel.concurrencyEfficiency))
}

const WAITING = 1
const ANSWERED = 2
const ABANDONED = 3
const UNCOVERED = 4

/**
 * Live and chat as one process: live is chat with one slot at full speed. Agents are people
 * with an identity, because a chat agent carries several chats across an hour boundary. When an
 * hour has fewer agents than the last, those holding the fewest contacts leave (idle ones at
 * once); a leaving agent finishes what it holds (no pre-emption) but takes nothing new. When an
 * hour has none, the queue is dropped: callers still waiting when the line closes are unserved.
 */
function simulateAgents(
  input: SimulationInput,
  agentsByHour: readonly number[],
  random: () => number,
): Tally {
  const { channel } = input
  const chat = channel.kind === 'chat'
  const slots = chat ? Math.max(1, Math.floor(channel.concurrency)) : 1
  const handleSeconds = channel.handleMinutes * 60
  const patience = channel.patienceSeconds
  // Speed of each chat when an agent holds j of them.
  const speed = [0]
  for (let j = 1; j <= slots; j++) speed.push(chat ? chatEfficiency(channel, j) / j : 1)

  const staffAt = (hour: number): number => {
    const h = hour % HOURS_PER_WEEK
    return channel.coverage[h] ? Math.floor(agentsByHour[h] ?? 0) : 0
  }
  let size = 0
  for (let h = 0; h < HOURS_PER_WEEK; h++) size = Math.max(size, staffAt(h))

  const arrivals = arrivalTimes(input, random)
  const n = arrivals.length
  const status = new Uint8Array(n)
  const deadline = new Float64Array(n)

  // Processor sharing by virtual time: an agent's clock runs at the speed of one of its chats,
  // and a chat ends when the clock reaches its start reading plus its work.
  const present = new Uint8Array(size)
  const held = new Int32Array(size)
  const clock = new Float64Array(size)
  const updated = new Float64Array(size)
  const nextDone = new Float64Array(size).fill(Infinity)
  const ends = new Float64Array(size * slots).fill(Infinity)
  let presentCount = 0

  const advance = (i: number, now: number) => {
    clock[i] = (clock[i] ?? 0) + (speed[held[i] ?? 0] ?? 0) * (now - (updated[i] ?? now))
    updated[i] = now
  }
  const firstEnd = (i: number): number => {
    let slot = i * slots
    for (let s = i * slots + 1; s < (i + 1) * slots; s++) {
      if ((ends[s] ?? Infinity) < (ends[slot] ?? Infinity)) slot = s
    }
    return slot
  }
  const refresh = (i: number) => {
    const j = held[i] ?? 0
    const end = ends[firstEnd(i)] ?? Infinity
    nextDone[i] = j > 0 ? (updated[i] ?? 0) + (end - (clock[i] ?? 0)) / (speed[j] ?? 1) : Infinity
  }
  const start = (i: number, now: number) => {
    advance(i, now)
    let slot = i * slots
    while ((ends[slot] ?? 0) !== Infinity) slot++
    ends[slot] = (clock[i] ?? 0) + exponential(random, handleSeconds)
    held[i] = (held[i] ?? 0) + 1
    refresh(i)
  }
  const finish = (i: number, now: number) => {
    advance(i, now)
    const slot = firstEnd(i)
    // Rounding may leave the clock a hair short of the end; the chat is over either way.
    clock[i] = Math.max(clock[i] ?? 0, ends[slot] ?? 0)
    ends[slot] = Infinity
    held[i] = (held[i] ?? 1) - 1
    refresh(i)
  }
  // The present agent with a free slot holding the fewest chats; −1 when all are full.
  const freeAgent = (): number => {
    let best = -1
    for (let i = 0; i < size; i++) {
      const j = held[i] ?? 0
      if (present[i] && j < slots && (best < 0 || j < (held[best] ?? 0))) best = i
    }
    return best
  }
  const setPresence = (wanted: number) => {
    while (presentCount > wanted) {
      let leaver = -1
      for (let i = size - 1; i >= 0; i--) {
        if (present[i] && (leaver < 0 || (held[i] ?? 0) < (held[leaver] ?? 0))) leaver = i
      }
      present[leaver] = 0
      presentCount--
    }
    for (let i = 0; i < size && presentCount < wanted; i++) {
      if (!present[i]) {
        present[i] = 1
        presentCount++
      }
    }
  }

  const tally: Tally = { offered: 0, responses: [], uncovered: 0, abandoned: 0 }
  const settle = (k: number, outcome: number, now: number) => {
    status[k] = outcome
    const arrival = arrivals[k] ?? 0
    if (!measured(arrival)) return
    if (outcome === ANSWERED) tally.responses.push(now - arrival)
    else if (outcome === ABANDONED) tally.abandoned++
    else if (outcome === UNCOVERED) tally.uncovered++
  }

  let next = 0 // next arrival
  let head = 0 // first contact that may still be waiting; the queue is head..next−1
  const serveQueue = (now: number) => {
    while (head < next) {
      if (status[head] !== WAITING) {
        head++
        continue
      }
      const agent = freeAgent()
      if (agent < 0) return
      // Patience ran out while waiting: the caller hung up then, whoever is free now.
      if ((deadline[head] ?? Infinity) < now) settle(head, ABANDONED, now)
      else {
        settle(head, ANSWERED, now)
        start(agent, now)
      }
      head++
    }
  }
  const closeQueue = (now: number) => {
    for (; head < next; head++) {
      if (status[head] !== WAITING) continue
      settle(head, (deadline[head] ?? Infinity) < now ? ABANDONED : UNCOVERED, now)
    }
  }

  let hour = 0
  let boundary = SECONDS_PER_HOUR
  setPresence(staffAt(0))
  while (next < n || head < next) {
    const arrival = arrivals[next] ?? Infinity
    let done = Infinity
    let who = -1
    for (let i = 0; i < size; i++) {
      if ((nextDone[i] ?? Infinity) < done) {
        done = nextDone[i] ?? Infinity
        who = i
      }
    }
    const now = Math.min(arrival, done, boundary)
    if (now >= WEEKS * WEEK_SECONDS) break
    if (done === now) {
      finish(who, now)
    } else if (arrival === now) {
      const k = next++
      if (patience !== undefined) deadline[k] = now + exponential(random, patience)
      else deadline[k] = Infinity
      if (presentCount === 0) settle(k, UNCOVERED, now)
      else status[k] = WAITING
    } else {
      hour++
      boundary += SECONDS_PER_HOUR
      setPresence(staffAt(hour))
      if (presentCount === 0) closeQueue(now)
    }
    serveQueue(now)
  }
  for (const a of arrivals) if (measured(a)) tally.offered++
  return tally
}

// ---------------------------------------------------------------- async

/**
 * One worker works through the shown pile in order: the look's own minutes, then the contacts
 * it showed, then the next look's. Work happens in covered hours only, at speed
 * max(1, allowance ÷ 60), and stops for the hour once the hour's allowance is spent.
 */
function simulateAsync(
  input: SimulationInput,
  allowance: number,
  lookIntervalSeconds: number,
  random: () => number,
): Tally {
  const { channel } = input
  const arrivals = arrivalTimes(input, random)
  const budgetPerHour = Math.max(0, allowance) * 60
  const rate = Math.max(1, allowance / 60)
  const horizon = WEEKS * WEEK_SECONDS
  let t = 0
  let budgetHour = -1
  let budget = 0
  // Time at which `work` seconds of work started at t are done; Infinity past the horizon.
  const doWork = (work: number): number => {
    let left = work
    while (left > 0) {
      const hour = Math.floor(t / SECONDS_PER_HOUR)
      if (hour >= WEEKS * HOURS_PER_WEEK) return (t = Infinity)
      const hourEnd = (hour + 1) * SECONDS_PER_HOUR
      if (!channel.coverage[hour % HOURS_PER_WEEK]) {
        t = hourEnd
        continue
      }
      if (hour !== budgetHour) {
        budgetHour = hour
        budget = budgetPerHour
      }
      const doable = Math.min(budget, rate * (hourEnd - t))
      if (left <= doable) {
        t += left / rate
        budget -= left
        return t
      }
      left -= doable
      budget -= doable
      t = hourEnd
    }
    return t
  }

  const weekChecks = checkMinutes(channel.coverage, lookIntervalSeconds)
  const tally: Tally = { offered: 0, responses: [], uncovered: 0, abandoned: 0 }
  let next = 0
  for (let week = 0; week < WEEKS && t < horizon; week++) {
    for (const minute of weekChecks) {
      const look = week * WEEK_SECONDS + minute * 60
      t = Math.max(t, look)
      doWork(channel.minutesPerCheck * 60)
      while (next < arrivals.length && (arrivals[next] ?? Infinity) <= look) {
        const arrival = arrivals[next++] ?? 0
        // Several people share the pile at `rate` in all, but one reply is one person's work:
        // it takes its whole handle time although the pile moves on at `rate`.
        const work = exponential(random, channel.handleMinutes * 60)
        const finished = doWork(work) + work * (1 - 1 / rate)
        if (measured(arrival) && finished <= horizon) tally.responses.push(finished - arrival)
      }
    }
  }
  for (const a of arrivals) if (measured(a)) tally.offered++
  return tally
}

// ---------------------------------------------------------------- the week

export function simulateWeek(input: SimulationInput, random: () => number): SimulationResult {
  const { channel, staffing } = input
  requireNonNegative('contactsPerWeek', input.contactsPerWeek)
  if (input.pattern.length !== HOURS_PER_WEEK) {
    throw new RangeError(`pattern must have 168 weights, got ${input.pattern.length}`)
  }
  if ((channel.kind === 'async') !== (staffing.kind === 'allowance')) {
    const wanted = channel.kind === 'async' ? 'allowance' : 'agents'
    throw new RangeError(`a ${channel.kind} channel is staffed by ${wanted}, got ${staffing.kind}`)
  }
  if (staffing.kind === 'allowance') {
    requireNonNegative('allowanceMinutesPerHour', staffing.allowanceMinutesPerHour)
    const interval = (staffing.lookIntervalMinutes ?? channel.targetSeconds / 60) * 60
    requireNonNegative('lookIntervalMinutes', interval)
    return summarise(
      channel,
      simulateAsync(input, staffing.allowanceMinutesPerHour, interval, random),
    )
  }
  if (staffing.agents.length !== HOURS_PER_WEEK) {
    throw new RangeError(`agents must have 168 entries, got ${staffing.agents.length}`)
  }
  staffing.agents.forEach((a, h) => requireAgentCount(`agents[${h}]`, a))
  return summarise(channel, simulateAgents(input, staffing.agents, random))
}

export interface AttainmentEstimate {
  /** Mean attainment over the runs. */
  mean: number
  /** Standard error of that mean (sample standard deviation ÷ √runs); Infinity for one run. */
  standardError: number
  runs: number
}

/** Mean attainment over `runs` independent weeks; run i is seeded by draw i of `seed`'s stream. */
export function simulateAttainment(
  input: SimulationInput,
  seed: number,
  runs: number,
): AttainmentEstimate {
  requirePositive('runs', runs)
  const seeds = createRandom(seed)
  let sum = 0
  let squares = 0
  for (let r = 0; r < runs; r++) {
    const a = simulateWeek(input, createRandom(Math.floor(seeds() * 4294967296))).attainment
    sum += a
    squares += a * a
  }
  const mean = sum / runs
  const variance = runs > 1 ? Math.max(0, (squares - runs * mean * mean) / (runs - 1)) : Infinity
  return { mean, standardError: Math.sqrt(variance / runs), runs }
}

// ---------------------------------------------------------------- from the analytic model

/**
 * The simulation input matching an analytic evaluation: the same contacts (repeats included)
 * and the staffing plan the analytic model chose (agents per hour, or staff presence per
 * covered hour).
 */
export function simulationInputFor(
  input: ChannelEvaluationInput,
  result: ChannelResult,
): SimulationInput {
  const { channel, business } = input
  const base = {
    channel,
    contactsPerWeek: result.contactsOffered,
    pattern: input.pattern,
    business,
  }
  const plan = result.plan
  if (plan.kind === 'allowance') {
    return {
      ...base,
      staffing: {
        kind: 'allowance',
        allowanceMinutesPerHour: plan.allowanceMinutesPerHour,
        lookIntervalMinutes: plan.lookIntervalMinutes,
      },
    }
  }
  return { ...base, staffing: { kind: 'agents', agents: plan.agentsByHour } }
}
