/**
 * Live and chat channels, contact by contact: live is chat with one slot at full speed.
 *
 * Agents are people with an identity, because a chat agent carries several chats across an
 * hour boundary. When an hour has fewer agents than the last, those holding the fewest contacts
 * leave (idle ones at once); a leaving agent finishes what it holds (no pre-emption) but takes
 * nothing new. When an hour has none, the queue is dropped: callers still waiting when the line
 * closes are unserved. With patience, each caller hangs up after an exponential wait.
 */
import { chatEfficiency } from '../channels/chat-efficiency'
import { HOURS_PER_WEEK } from '../model/types'
import { arrivalTimes } from './arrivals'
import { exponential } from './random'
import {
  measured,
  SECONDS_PER_HOUR,
  WEEKS,
  WEEK_SECONDS,
  type ContactWatch,
  type SimulationInput,
  type Tally,
} from './types'

const WAITING = 1
const ANSWERED = 2
const ABANDONED = 3
const UNCOVERED = 4

/**
 * The agents of one channel, processor sharing by virtual time: an agent's clock runs at the
 * speed of one of its chats, and a chat ends when the clock reaches its start reading plus its
 * work.
 */
class Agents {
  private readonly present: Uint8Array
  private readonly held: Int32Array
  private readonly clock: Float64Array
  private readonly updated: Float64Array
  /** When each agent's next chat ends (Infinity when it holds none). */
  readonly nextDone: Float64Array
  private readonly ends: Float64Array
  presentCount = 0

  constructor(
    readonly size: number,
    private readonly slots: number,
    /** Speed of each chat when an agent holds j of them. */
    private readonly speed: readonly number[],
  ) {
    this.present = new Uint8Array(size)
    this.held = new Int32Array(size)
    this.clock = new Float64Array(size)
    this.updated = new Float64Array(size)
    this.nextDone = new Float64Array(size).fill(Infinity)
    this.ends = new Float64Array(size * slots).fill(Infinity)
  }

  private advance(i: number, now: number): void {
    const speed = this.speed[this.held[i] ?? 0] ?? 0
    this.clock[i] = (this.clock[i] ?? 0) + speed * (now - (this.updated[i] ?? now))
    this.updated[i] = now
  }

  private firstEnd(i: number): number {
    let slot = i * this.slots
    for (let s = i * this.slots + 1; s < (i + 1) * this.slots; s++) {
      if ((this.ends[s] ?? Infinity) < (this.ends[slot] ?? Infinity)) slot = s
    }
    return slot
  }

  private refresh(i: number): void {
    const j = this.held[i] ?? 0
    const end = this.ends[this.firstEnd(i)] ?? Infinity
    this.nextDone[i] =
      j > 0
        ? (this.updated[i] ?? 0) + (end - (this.clock[i] ?? 0)) / (this.speed[j] ?? 1)
        : Infinity
  }

  /** Agent i takes a chat of `work` seconds at full speed. */
  start(i: number, now: number, work: number): void {
    this.advance(i, now)
    let slot = i * this.slots
    while ((this.ends[slot] ?? 0) !== Infinity) slot++
    this.ends[slot] = (this.clock[i] ?? 0) + work
    this.held[i] = (this.held[i] ?? 0) + 1
    this.refresh(i)
  }

  finish(i: number, now: number): void {
    this.advance(i, now)
    const slot = this.firstEnd(i)
    // Rounding may leave the clock a hair short of the end; the chat is over either way.
    this.clock[i] = Math.max(this.clock[i] ?? 0, this.ends[slot] ?? 0)
    this.ends[slot] = Infinity
    this.held[i] = (this.held[i] ?? 1) - 1
    this.refresh(i)
  }

  /** The present agent with a free slot holding the fewest chats; −1 when all are full. */
  free(): number {
    let best = -1
    for (let i = 0; i < this.size; i++) {
      const j = this.held[i] ?? 0
      if (this.present[i] && j < this.slots && (best < 0 || j < (this.held[best] ?? 0))) best = i
    }
    return best
  }

  /** The agent whose chat ends first, and when; −1 and Infinity when none holds any. */
  nextFinisher(): { who: number; at: number } {
    let at = Infinity
    let who = -1
    for (let i = 0; i < this.size; i++) {
      if ((this.nextDone[i] ?? Infinity) < at) {
        at = this.nextDone[i] ?? Infinity
        who = i
      }
    }
    return { who, at }
  }

  /** Brings the agents present to `wanted`: those holding the fewest leave first. */
  setPresence(wanted: number): void {
    while (this.presentCount > wanted) {
      let leaver = -1
      for (let i = this.size - 1; i >= 0; i--) {
        if (this.present[i] && (leaver < 0 || (this.held[i] ?? 0) < (this.held[leaver] ?? 0))) {
          leaver = i
        }
      }
      this.present[leaver] = 0
      this.presentCount--
    }
    for (let i = 0; i < this.size && this.presentCount < wanted; i++) {
      if (!this.present[i]) {
        this.present[i] = 1
        this.presentCount++
      }
    }
  }
}

/** The first-come-first-served line of callers, and the tally of the measured week. */
class Line {
  private readonly status: Uint8Array
  private readonly deadline: Float64Array
  /** The next arrival. */
  next = 0
  /** The first contact that may still be waiting; the line is head..next−1. */
  private head = 0
  readonly tally: Tally = { offered: 0, responses: [], uncovered: 0, abandoned: 0 }

  constructor(
    readonly arrivals: readonly number[],
    private readonly watch: ContactWatch | undefined,
  ) {
    this.status = new Uint8Array(arrivals.length)
    this.deadline = new Float64Array(arrivals.length)
  }

  get waiting(): boolean {
    return this.head < this.next
  }

  private settle(k: number, outcome: number, now: number): void {
    this.status[k] = outcome
    const arrival = this.arrivals[k] ?? 0
    // A caller who hung up left when their patience ran out, whenever that was noticed.
    const left = outcome === ABANDONED ? Math.min(now, this.deadline[k] ?? now) : now
    this.watch?.settled(0, arrival, left, outcome === ANSWERED)
    if (!measured(arrival)) return
    if (outcome === ANSWERED) this.tally.responses.push(now - arrival)
    else if (outcome === ABANDONED) this.tally.abandoned++
    else if (outcome === UNCOVERED) this.tally.uncovered++
  }

  /** The next contact arrives; with nobody there it is unserved at once. */
  arrive(now: number, patience: number, anybody: boolean): void {
    const k = this.next++
    this.deadline[k] = now + patience
    this.watch?.arrived(0, now)
    if (!anybody) this.settle(k, UNCOVERED, now)
    else this.status[k] = WAITING
  }

  /** Free agents answer the line in order; a caller whose patience ran out hung up then. */
  serve(now: number, agents: Agents, takeWork: () => number): void {
    while (this.head < this.next) {
      if (this.status[this.head] !== WAITING) {
        this.head++
        continue
      }
      const agent = agents.free()
      if (agent < 0) return
      if ((this.deadline[this.head] ?? Infinity) < now) this.settle(this.head, ABANDONED, now)
      else {
        this.settle(this.head, ANSWERED, now)
        agents.start(agent, now, takeWork())
      }
      this.head++
    }
  }

  /** The line closes with nobody there: whoever still waits is unserved (or had hung up). */
  close(now: number): void {
    for (; this.head < this.next; this.head++) {
      if (this.status[this.head] !== WAITING) continue
      this.settle(
        this.head,
        (this.deadline[this.head] ?? Infinity) < now ? ABANDONED : UNCOVERED,
        now,
      )
    }
  }
}

export function simulateAgents(
  input: SimulationInput,
  agentsByHour: readonly number[],
  random: () => number,
  watch?: ContactWatch,
): Tally {
  const { channel } = input
  const chat = channel.kind === 'chat'
  const slots = chat ? Math.max(1, Math.floor(channel.concurrency)) : 1
  const handleSeconds = channel.handleMinutes * 60
  const patience = channel.patienceSeconds
  const speed = [0]
  for (let j = 1; j <= slots; j++) speed.push(chat ? chatEfficiency(channel, j) / j : 1)
  const staffAt = (hour: number): number => {
    const h = hour % HOURS_PER_WEEK
    return channel.coverage[h] ? Math.floor(agentsByHour[h] ?? 0) : 0
  }
  let size = 0
  for (let h = 0; h < HOURS_PER_WEEK; h++) size = Math.max(size, staffAt(h))

  const line = new Line(arrivalTimes(input, random), watch)
  const agents = new Agents(size, slots, speed)
  const work = () => exponential(random, handleSeconds)
  let hour = 0
  let boundary = SECONDS_PER_HOUR
  agents.setPresence(staffAt(0))
  while (line.next < line.arrivals.length || line.waiting) {
    const arrival = line.arrivals[line.next] ?? Infinity
    const done = agents.nextFinisher()
    const now = Math.min(arrival, done.at, boundary)
    if (now >= WEEKS * WEEK_SECONDS) break
    if (done.at === now) {
      agents.finish(done.who, now)
    } else if (arrival === now) {
      const wait = patience !== undefined ? exponential(random, patience) : Infinity
      line.arrive(now, wait, agents.presentCount > 0)
    } else {
      hour++
      boundary += SECONDS_PER_HOUR
      agents.setPresence(staffAt(hour))
      if (agents.presentCount === 0) line.close(now)
    }
    line.serve(now, agents, work)
  }
  for (const a of line.arrivals) if (measured(a)) line.tally.offered++
  return line.tally
}
