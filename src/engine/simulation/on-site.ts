/**
 * Alongside other work, person by person: the people on site, their other work, the live and
 * chat contacts they pick up when free and the async channels they look at between customers,
 * as a seeded discrete-event simulation (written from the policy text in the methodology, not
 * from the analytic model, which it checks).
 *
 * The policy as implemented (p people; b, d: share and mean length of other work; o the
 * interruption's minutes):
 * 1. Other work: a person who is free (not on other work, a contact or a look) starts a spell of
 *    other work after an exponential free time of mean d·(1 − b)/b; a spell lasts Exp(d). A
 *    person busy with a contact or a look starts none; when done, they are free again.
 * 2. Live and chat: a contact arriving in a covered hour is answered at once by a free person (the
 *    lowest-numbered: people are alike), who is busy Exp(h) with it; with nobody free it is
 *    missed, and so is every contact arriving in an hour the channel is not covered. One contact
 *    per person at a time, chats too.
 * 3. Async, plan (I, c): looks at a stretch's start and every I after it (round the clock, every
 *    I from Monday 00:00), as in async.ts. A look shows what arrived since the previous one. A
 *    look that finds nobody at work on the channel asks for c people: each of the first c to be
 *    free from then on spends m on a check and then answers; a look that finds someone at work
 *    is free, and asks for as many more people (no check) as the pile and c allow. Whoever is on
 *    the channel answers the oldest contact shown, Exp(h) each, one at a time, until none is
 *    left; nobody starts a check or a reply at or after the stretch's end.
 * 4. Response: live, answered or missed (answered at once is within any target); async, arrival to
 *    the end of the reply, within target when at most T.
 * 5. Staff time: live, the contact durations plus o each; async, m for each check a person makes
 *    plus the reply durations.
 * Runs ASYNC_WARMUP_WEEKS warm-up weeks, `weeks` measured weeks, then on until every measured
 * async contact is answered or ASYNC_FINISH_WEEKS more weeks have passed. Seconds throughout.
 */
import type { Channel, OnSiteTeam } from '../model/types'
import { HOURS_PER_WEEK } from '../model/types'
import { ASYNC_FINISH_WEEKS, ASYNC_WARMUP_WEEKS, LookSchedule, stretchesOf } from './async'
import { exponential } from './random'
import { SECONDS_PER_HOUR, WEEK_SECONDS } from './types'

export interface OnSiteSimulationChannel {
  channel: Channel
  contactsPerWeek: number
  /** Async channels: the plan's look interval and people. */
  looks?: { lookIntervalMinutes: number; people: number }
}

export interface OnSiteSimulationInput {
  team: OnSiteTeam
  /** 168 weights summing to 1. */
  pattern: readonly number[]
  channels: OnSiteSimulationChannel[]
  /** Measured weeks, at least 1. */
  weeks: number
}

export interface OnSiteChannelTally {
  offered: number
  answered: number
  withinTarget: number
  /** Response seconds of the answered measured contacts (0 for live: answered at once). */
  responses: number[]
  /** Contacts offered and within target in each measured week (for a standard error). */
  weekly: { offered: number; within: number }[]
  /** Async: checks made (person by person) in the measured weeks. */
  checks: number
  /** Staff minutes on the measured contacts and checks (interruption included for live). */
  staffMinutes: number
}

const FREE = 0
const OTHER = 1
const LIVE = 2
const CHECK = 3
const REPLY = 4

/** Event kinds, in the order they are handled when they fall at the same instant. */
const WORK_ENDS = 0
const OTHER_STARTS = 1
const LOOK = 2
const ARRIVAL = 3
const HOUR = 4

interface Event {
  time: number
  kind: number
  /** Person (WORK_ENDS, OTHER_STARTS) or channel (LOOK, ARRIVAL). */
  who: number
  /** A person's state number when the event was made: a stale event is dropped. */
  token: number
}

/** A binary min-heap of events by time, then kind. */
class Events {
  private readonly heap: Event[] = []

  get size(): number {
    return this.heap.length
  }

  private before(a: Event, b: Event): boolean {
    return a.time < b.time || (a.time === b.time && a.kind < b.kind)
  }

  push(e: Event): void {
    const h = this.heap
    h.push(e)
    let i = h.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      const up = h[parent]
      if (!up || !this.before(e, up)) break
      h[i] = up
      i = parent
    }
    h[i] = e
  }

  pop(): Event | undefined {
    const h = this.heap
    const top = h[0]
    const last = h.pop()
    if (h.length === 0 || !last) return top
    let i = 0
    for (;;) {
      let child = 2 * i + 1
      const left = h[child]
      if (!left) break
      const right = h[child + 1]
      if (right && this.before(right, left)) child++
      const next = h[child]
      if (!next || !this.before(next, last)) break
      h[i] = next
      i = child
    }
    h[i] = last
    return top
  }
}

interface Person {
  state: number
  /** Channel of the contact or look in hand. */
  channel: number
  token: number
  /** The contact in hand (async: its arrival; live: its start) and its duration. */
  arrival: number
  duration: number
}

interface AsyncState {
  looks: LookSchedule
  /** Arrival times of the contacts: [started, shown) is the pile, [shown, …) not yet shown. */
  contacts: number[]
  shown: number
  started: number
  /** People on the channel (checking or replying). */
  working: number
  /** People the latest look still asks for, and how many of them check first. */
  wanted: number
  checksWanted: number
  /** People who took the latest look: nobody takes the same look twice. */
  takenBy: Set<number>
  stretchEnd: number
}

export function simulateOnSite(
  input: OnSiteSimulationInput,
  random: () => number,
): OnSiteChannelTally[] {
  return new OnSiteRun(input, random).run()
}

class OnSiteRun {
  private readonly events = new Events()
  private readonly people: Person[]
  private readonly asyncs: (AsyncState | undefined)[]
  private readonly tallies: OnSiteChannelTally[]
  private readonly measuredStart = ASYNC_WARMUP_WEEKS * WEEK_SECONDS
  private readonly measuredEnd: number
  private readonly horizon: number
  /** Measured async contacts not answered yet. */
  private pending = 0
  private readonly freeMean: number
  private readonly otherMean: number

  constructor(
    private readonly input: OnSiteSimulationInput,
    private readonly random: () => number,
  ) {
    const { team, channels, weeks } = input
    this.measuredEnd = this.measuredStart + weeks * WEEK_SECONDS
    this.horizon = this.measuredEnd + ASYNC_FINISH_WEEKS * WEEK_SECONDS
    this.otherMean = team.otherWorkMinutes * 60
    this.freeMean =
      team.otherWorkShare > 0
        ? (this.otherMean * (1 - team.otherWorkShare)) / team.otherWorkShare
        : Infinity
    this.people = Array.from({ length: team.people }, () => ({
      state: FREE,
      channel: -1,
      token: 0,
      arrival: 0,
      duration: 0,
    }))
    this.asyncs = channels.map((c) => {
      if (c.channel.kind !== 'async' || !c.looks) return undefined
      return {
        looks: new LookSchedule(stretchesOf(c.channel.coverage), c.looks.lookIntervalMinutes * 60),
        contacts: [],
        shown: 0,
        started: 0,
        working: 0,
        wanted: 0,
        checksWanted: 0,
        takenBy: new Set<number>(),
        stretchEnd: -Infinity,
      }
    })
    this.tallies = channels.map(() => ({
      offered: 0,
      answered: 0,
      withinTarget: 0,
      responses: [],
      weekly: Array.from({ length: weeks }, () => ({ offered: 0, within: 0 })),
      checks: 0,
      staffMinutes: 0,
    }))
  }

  run(): OnSiteChannelTally[] {
    this.people.forEach((_, i) => this.becomeFree(i, 0))
    this.asyncs.forEach((a, j) => {
      if (a) this.events.push({ time: a.looks.time, kind: LOOK, who: j, token: 0 })
    })
    this.events.push({ time: 0, kind: HOUR, who: 0, token: 0 })
    for (let e = this.events.pop(); e; e = this.events.pop()) {
      if (e.time >= this.measuredEnd && this.pending === 0 && e.kind !== WORK_ENDS) break
      if (e.time > this.horizon) break
      this.handle(e)
    }
    return this.tallies
  }

  private handle(e: Event): void {
    switch (e.kind) {
      case HOUR:
        this.hour(e.who, e.time)
        break
      case ARRIVAL:
        this.arrive(e.who, e.time)
        break
      case LOOK:
        this.look(e.who, e.time)
        break
      case OTHER_STARTS: {
        const person = this.people[e.who]
        if (!person || person.token !== e.token || person.state !== FREE) return
        this.setState(e.who, OTHER, -1)
        this.schedule(e.who, e.time + exponential(this.random, this.otherMean), WORK_ENDS)
        break
      }
      case WORK_ENDS: {
        const person = this.people[e.who]
        if (!person || person.token !== e.token) return
        this.workEnds(e.who, e.time)
        break
      }
    }
  }

  private measuredWeek(t: number): number {
    return t >= this.measuredStart && t < this.measuredEnd
      ? Math.floor((t - this.measuredStart) / WEEK_SECONDS)
      : -1
  }

  /** Draws the hour's arrivals of every channel (as events) and schedules the next hour. */
  private hour(h: number, t: number): void {
    // New contacts keep arriving while the measured ones are still being answered.
    if (t >= this.horizon) return
    this.input.channels.forEach((c, j) => {
      const perSecond =
        (c.contactsPerWeek * (this.input.pattern[h % HOURS_PER_WEEK] ?? 0)) / SECONDS_PER_HOUR
      if (!(perSecond > 0)) return
      const end = t + SECONDS_PER_HOUR
      for (let at = t + exponential(this.random, 1 / perSecond); at < end;) {
        this.events.push({ time: at, kind: ARRIVAL, who: j, token: 0 })
        at += exponential(this.random, 1 / perSecond)
      }
    })
    this.events.push({ time: t + SECONDS_PER_HOUR, kind: HOUR, who: h + 1, token: 0 })
  }

  private arrive(j: number, t: number): void {
    const c = this.input.channels[j]
    const tally = this.tallies[j]
    if (!c || !tally) return
    const week = this.measuredWeek(t)
    if (week >= 0) {
      tally.offered++
      const w = tally.weekly[week]
      if (w) w.offered++
    }
    const state = this.asyncs[j]
    if (state) {
      state.contacts.push(t)
      if (week >= 0) this.pending++
      return
    }
    const hour = Math.floor(t / SECONDS_PER_HOUR) % HOURS_PER_WEEK
    if (!c.channel.coverage[hour]) return
    const free = this.people.findIndex((p) => p.state === FREE)
    if (free < 0) return
    const duration = exponential(this.random, c.channel.handleMinutes * 60)
    this.setState(free, LIVE, j, t, duration)
    this.schedule(free, t + duration, WORK_ENDS)
    if (week >= 0) {
      tally.answered++
      tally.withinTarget++
      tally.responses.push(0)
      tally.staffMinutes += duration / 60 + this.input.team.interruptionMinutes
      const w = tally.weekly[week]
      if (w) w.within++
    }
  }

  private look(j: number, t: number): void {
    const state = this.asyncs[j]
    const plan = this.input.channels[j]?.looks
    if (!state || !plan) return
    state.stretchEnd = state.looks.stretchEnd
    state.looks.advance()
    this.events.push({ time: state.looks.time, kind: LOOK, who: j, token: 0 })
    while (state.shown < state.contacts.length && (state.contacts[state.shown] ?? Infinity) <= t) {
      state.shown++
    }
    state.takenBy.clear()
    if (state.working > 0) {
      // A free look: more hands for the pile, up to c, without a check.
      const pile = state.shown - state.started
      state.wanted = Math.max(0, Math.min(plan.people - state.working, pile))
      state.checksWanted = 0
    } else {
      state.wanted = plan.people
      state.checksWanted = plan.people
    }
    for (let i = 0; i < this.people.length && state.wanted > 0; i++) {
      if (this.people[i]?.state === FREE) this.takeLook(i, j, t)
    }
  }

  /** Person i, free, takes channel j's look: a check, or straight to the pile. */
  private takeLook(i: number, j: number, t: number): void {
    const state = this.asyncs[j]
    const c = this.input.channels[j]
    const tally = this.tallies[j]
    if (!state || !c || !tally) return
    state.wanted--
    state.working++
    state.takenBy.add(i)
    if (state.checksWanted > 0) {
      state.checksWanted--
      const minutes = c.channel.minutesPerCheck
      if (this.measuredWeek(t) >= 0) {
        tally.checks++
        tally.staffMinutes += minutes
      }
      this.setState(i, CHECK, j)
      this.schedule(i, t + minutes * 60, WORK_ENDS)
      return
    }
    this.nextReply(i, j, t)
  }

  /** Person i, on channel j, starts the oldest reply shown, or leaves the channel. */
  private nextReply(i: number, j: number, t: number): void {
    const state = this.asyncs[j]
    const c = this.input.channels[j]
    if (!state || !c) return
    if (t < state.stretchEnd && state.started < state.shown) {
      const arrival = state.contacts[state.started++] ?? t
      const duration = exponential(this.random, c.channel.handleMinutes * 60)
      this.setState(i, REPLY, j, arrival, duration)
      this.schedule(i, t + duration, WORK_ENDS)
      return
    }
    state.working--
    this.becomeFree(i, t)
  }

  private workEnds(i: number, t: number): void {
    const person = this.people[i]
    if (!person) return
    const j = person.channel
    switch (person.state) {
      case OTHER:
      case LIVE:
        this.becomeFree(i, t)
        return
      case CHECK:
        this.nextReply(i, j, t)
        return
      case REPLY: {
        const tally = this.tallies[j]
        const c = this.input.channels[j]
        const week = this.measuredWeek(person.arrival)
        if (tally && c && week >= 0) {
          this.pending--
          tally.answered++
          tally.responses.push(t - person.arrival)
          tally.staffMinutes += person.duration / 60
          if (t - person.arrival <= c.channel.targetSeconds) {
            tally.withinTarget++
            const w = tally.weekly[week]
            if (w) w.within++
          }
        }
        this.nextReply(i, j, t)
        return
      }
    }
  }

  /** Person i is free: a look that asks for people comes first, else a free spell begins. */
  private becomeFree(i: number, t: number): void {
    this.setState(i, FREE, -1)
    for (let j = 0; j < this.asyncs.length; j++) {
      const state = this.asyncs[j]
      if (!state || state.wanted <= 0 || state.takenBy.has(i)) continue
      if (!(t < state.stretchEnd)) {
        state.wanted = 0
        state.checksWanted = 0
        continue
      }
      this.takeLook(i, j, t)
      return
    }
    if (this.freeMean < Infinity) {
      this.schedule(i, t + exponential(this.random, this.freeMean), OTHER_STARTS)
    }
  }

  private setState(i: number, state: number, channel: number, arrival = 0, duration = 0): void {
    const person = this.people[i]
    if (!person) return
    person.state = state
    person.channel = channel
    person.arrival = arrival
    person.duration = duration
    person.token++
  }

  private schedule(i: number, time: number, kind: number): void {
    const person = this.people[i]
    if (person) this.events.push({ time, kind, who: i, token: person.token })
  }
}
